import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import type { Omgeving } from "./omgeving";
import { Rekenhulp } from "./rekenhulp/Rekenhulp";
import { Tabbladen } from "./Tabbladen";
import { TariefInstellingen } from "./tarieven/TariefInstellingen";
import { useTariefsets } from "./tarieven/useTariefsets";

// The Excel-only tabs load when first opened: the rekenhulp, which most users open the pane for, starts without
// the code for bulk files, iJw messages and the comparison of models.
const BulkTab = lazy(() =>
  import(/* webpackChunkName: "bulk" */ "./bulk/BulkTab").then((m) => ({ default: m.BulkTab })),
);
const VergelijkTab = lazy(() =>
  import(/* webpackChunkName: "vergelijken" */ "./vergelijk/VergelijkTab").then((m) => ({ default: m.VergelijkTab })),
);

const useStijl = makeStyles({
  pagina: {
    maxWidth: "720px",
    margin: "0 auto",
    padding: `0 ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  kop: { display: "flex", flexDirection: "column", paddingTop: tokens.spacingVerticalS },
  paneel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

type Tabblad = "rekenhulp" | "tarieven" | "bulk" | "vergelijken";

export function App({ omgeving }: { omgeving: Omgeving }) {
  const stijl = useStijl();
  const tarieven = useTariefsets(omgeving);
  const [tab, zetTab] = useState<Tabblad>("rekenhulp");
  // A tab's panel is made when it is first opened and then kept, so switching back loses nothing.
  const [geopend, zetGeopend] = useState<ReadonlySet<Tabblad>>(() => new Set(["rekenhulp", "tarieven"]));
  const kies = (naam: Tabblad) => {
    zetTab(naam);
    zetGeopend((oud) => (oud.has(naam) ? oud : new Set([...oud, naam])));
  };
  const actief = tarieven.actief;
  // Bulk recalculation works on a workbook: outside Excel there is nothing to recalculate, so no tab for it.
  const tabs: [Tabblad, string][] = [
    ["rekenhulp", "Rekenhulp"],
    ["tarieven", "Tarieven"],
    ...(omgeving.inExcel ? [["bulk", "Bulk"] as [Tabblad, string]] : []),
    // The comparison of funding models (issue 18) reads a spend sheet in the workbook: in Excel only, as Bulk.
    ...(omgeving.inExcel ? [["vergelijken", "Vergelijken"] as [Tabblad, string]] : []),
  ];
  const geenSet = (
    <MessageBar intent="error">
      <MessageBarBody>
        Er wordt niet gerekend zolang de tabel Tarieven in de werkmap ongeldig is; zie het tabblad Tarieven.
      </MessageBarBody>
    </MessageBar>
  );
  const laden = <Text>Bezig met laden...</Text>;
  const paneel = (naam: Tabblad, inhoud: React.ReactNode) => (
    // Kept mounted when hidden, so switching tabs never loses what the user typed.
    <div
      role="tabpanel"
      id={`paneel-${naam}`}
      aria-labelledby={`tab-${naam}`}
      hidden={tab !== naam}
      className={stijl.paneel}
    >
      {geopend.has(naam) && <Suspense fallback={laden}>{inhoud}</Suspense>}
    </div>
  );
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={stijl.pagina}>
        <header className={stijl.kop}>
          <Text as="h1" size={500} weight="semibold">
            Rekentool Jeugdhulp
          </Text>
          <Text size={200} data-testid="tariefset">
            Tariefset:{" "}
            {actief
              ? `${actief.set.naam} (${actief.herkomst === "werkmap" ? "uit de werkmap" : actief.herkomst})`
              : "geen (tabel Tarieven ongeldig)"}
            {omgeving.inExcel ? "" : " · losse rekenhulp (buiten Excel)"}
          </Text>
        </header>
        {tarieven.tabelFouten.length > 0 && (
          <MessageBar intent="error">
            <MessageBarBody>De tabel Tarieven in de werkmap is ongeldig; zie het tabblad Tarieven.</MessageBarBody>
          </MessageBar>
        )}
        <Tabbladen tabs={tabs} gekozen={tab} kies={kies} label="Onderdelen" />
        {paneel("rekenhulp", actief ? <Rekenhulp set={actief.set} omgeving={omgeving} /> : geenSet)}
        {paneel("tarieven", <TariefInstellingen tarieven={tarieven} omgeving={omgeving} />)}
        {omgeving.inExcel && paneel("bulk", actief ? <BulkTab set={actief.set} omgeving={omgeving} /> : geenSet)}
        {omgeving.inExcel &&
          paneel(
            "vergelijken",
            tarieven.tabelFouten.length > 0 ? (
              geenSet
            ) : (
              <VergelijkTab keuzes={tarieven.alleKeuzes} omgeving={omgeving} />
            ),
          )}
      </main>
    </FluentProvider>
  );
}
