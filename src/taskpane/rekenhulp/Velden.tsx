import { Field, Input, Radio, RadioGroup, makeStyles } from "@fluentui/react-components";
import type { Melding } from "../../engine";
import { naKlik } from "./wijzer";

/** Controls shrink with the pane (Fluent's inputs and selects otherwise keep a minimum width of their own). */
export const useVol = makeStyles({ vol: { minWidth: 0, width: "100%", maxWidth: "100%", boxSizing: "border-box" } });

/** The messages to show under a field: fouten win over waarschuwingen. */
export function veldStatus(meldingen: readonly Melding[]): {
  validationState?: "error" | "warning";
  validationMessage?: string;
} {
  if (meldingen.length === 0) return {};
  const fout = meldingen.some((m) => m.niveau === "fout");
  return { validationState: fout ? "error" : "warning", validationMessage: meldingen.map((m) => m.tekst).join(" ") };
}

interface GetalveldProps {
  label: string;
  waarde: string;
  hint?: string;
  meldingen: readonly Melding[];
  onChange: (waarde: string) => void;
  /** The user left the field: from now on its messages show (after a click in progress has landed). */
  onVerlaat: () => void;
  placeholder?: string;
}

/** A number typed as text, so a decimal comma ("2,5") goes to the engine exactly as written. */
export function Getalveld({ label, waarde, hint, meldingen, onChange, onVerlaat, placeholder }: GetalveldProps) {
  const { vol } = useVol();
  return (
    <Field label={label} hint={hint} className={vol} {...veldStatus(meldingen)}>
      <Input
        className={vol}
        input={{ className: vol }}
        value={waarde}
        inputMode="decimal"
        placeholder={placeholder}
        onChange={(_, d) => onChange(d.value)}
        onBlur={() => naKlik(onVerlaat)}
      />
    </Field>
  );
}

export interface Keuze {
  waarde: string;
  label: string;
  /** Why it cannot be chosen, shown with it; null when it can. */
  nietKiesbaar: string | null;
}

interface KeuzeveldProps {
  label: string;
  waarde: string;
  keuzes: readonly Keuze[];
  meldingen: readonly Melding[];
  onChange: (waarde: string) => void;
}

/** A short list as radio buttons: one click (or Space) to choose, and what cannot be chosen says why. */
export function Keuzeveld({ label, waarde, keuzes, meldingen, onChange }: KeuzeveldProps) {
  return (
    <Field label={label} {...veldStatus(meldingen)}>
      <RadioGroup value={waarde} onChange={(_, d) => onChange(d.value)}>
        {keuzes.map((k) => (
          <Radio
            key={k.waarde}
            value={k.waarde}
            disabled={k.nietKiesbaar !== null}
            label={k.nietKiesbaar === null ? k.label : `${k.label} (${k.nietKiesbaar})`}
          />
        ))}
      </RadioGroup>
    </Field>
  );
}
