import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";

const useStijl = makeStyles({
  // Four tabs in Excel are wider than a 320 px pane: they wrap onto a second line rather than run off it.
  lijst: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    border: "none",
    background: "none",
    cursor: "pointer",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    borderBottom: "3px solid transparent",
    ":hover": { color: tokens.colorNeutralForeground1 },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  gekozen: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorBrandStroke1,
  },
});

/**
 * A tab list as the ARIA pattern describes it: tabs that control panels (`paneel-<naam>`), one tab stop, arrow
 * keys to move. Fluent's TabList adds hidden focus sentinels that axe-core reports as focusable inside
 * aria-hidden; this has none.
 */
export function Tabbladen<T extends string>({
  tabs,
  gekozen,
  kies,
  label,
}: {
  tabs: readonly (readonly [T, string])[];
  gekozen: T;
  kies: (naam: T) => void;
  label: string;
}) {
  const stijl = useStijl();
  const knoppen = useRef<(HTMLButtonElement | null)[]>([]);
  const toets = (e: KeyboardEvent, i: number) => {
    const stap = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    const naar =
      e.key === "Home" ? 0 : e.key === "End" ? tabs.length - 1 : stap ? (i + stap + tabs.length) % tabs.length : -1;
    if (naar < 0) return;
    e.preventDefault();
    kies(tabs[naar][0]);
    knoppen.current[naar]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={stijl.lijst}>
      {tabs.map(([naam, titel], i) => (
        <button
          key={naam}
          ref={(k) => {
            knoppen.current[i] = k;
          }}
          type="button"
          role="tab"
          id={`tab-${naam}`}
          aria-controls={`paneel-${naam}`}
          aria-selected={naam === gekozen}
          tabIndex={naam === gekozen ? 0 : -1}
          className={mergeClasses(stijl.tab, naam === gekozen && stijl.gekozen)}
          onClick={() => kies(naam)}
          onKeyDown={(e) => toets(e, i)}
        >
          {titel}
        </button>
      ))}
    </div>
  );
}
