import { Button, Checkbox, Field, MessageBar, MessageBarBody, ProgressBar } from "@fluentui/react-components";
import { useState } from "react";
import {
  formatEuro,
  heeftPrijzen,
  MODEL_SOORT,
  modelLabel,
  naamSleutel,
  type TariefsetKeuze,
  type Vergelijkingsuitkomst,
} from "../../engine";
import type { BulkBron } from "../../excel/bulk";
import { schrijfVergelijking, vergelijkInExcel } from "../../excel/vergelijk";
import { BronKiezer, useBronnen } from "../BronKiezer";
import type { Omgeving } from "../omgeving";

/**
 * The "Vergelijken" tab (issue 18): a spend sheet in the workbook costed under each chosen funding model; the
 * table and a bar chart go to a new sheet. The rules are the engine's (src/engine/modellen/vergelijk.ts).
 */
const getal = (n: number) => n.toLocaleString("nl-NL");

export function VergelijkTab({ keuzes, omgeving }: { keuzes: readonly TariefsetKeuze[]; omgeving: Omgeving }) {
  const [bron, zetBron] = useState<BulkBron | null>(null);
  // By default one set per model: the first of each that has prices, as a policy advisor compares models, not
  // years (a set naming products or parts without a public price would only make the comparison stop).
  const [gekozen, zetGekozen] = useState<string[]>(() => {
    const eerste = new Map<string, string>();
    for (const k of keuzes) if (heeftPrijzen(k.set) && !eerste.has(k.set.model)) eerste.set(k.set.model, k.set.naam);
    return [...eerste.values()];
  });
  const [bezig, zetBezig] = useState<{ klaar: number; totaal: number } | null>(null);
  const [uitkomst, zetUitkomst] = useState<Vergelijkingsuitkomst | null>(null);
  const [melding, zetMelding] = useState<{ intent: "error" | "success"; tekst: string } | null>(null);

  const { bronnen, laad } = useBronnen(omgeving.inExcel, zetMelding);
  if (!omgeving.inExcel) return null;

  const sets = keuzes.filter((k) => gekozen.some((n) => naamSleutel(n) === naamSleutel(k.set.naam))).map((k) => k.set);
  const wissel = (naam: string, aan: boolean) =>
    zetGekozen((oud) => (aan ? [...oud, naam] : oud.filter((n) => naamSleutel(n) !== naamSleutel(naam))));

  const start = async () => {
    if (!bron || sets.length === 0) return;
    zetMelding(null);
    zetUitkomst(null);
    zetBezig({ klaar: 0, totaal: 0 });
    try {
      const r = await vergelijkInExcel(bron, sets, (klaar, totaal) => zetBezig({ klaar, totaal }));
      if (!r.ok) return zetMelding({ intent: "error", tekst: r.fout });
      zetUitkomst(r.uitkomst);
      const blad = await schrijfVergelijking(r.uitkomst);
      zetMelding({
        intent: "success",
        tekst: `${getal(r.uitkomst.rijen)} rijen vergeleken onder ${sets.length} modellen; tabel en grafiek staan op werkblad ${blad}.`,
      });
    } catch (fout) {
      zetMelding({ intent: "error", tekst: `Vergelijken lukte niet: ${(fout as Error).message}` });
    } finally {
      zetBezig(null);
    }
  };

  return (
    <>
      <p>
        Een uitgavenoverzicht met een rij per cliënttraject (Aanbieder, en wat er geleverd is: Product en Volume, de
        invoer van de rekentool, of een Arrangement) onder elk gekozen bekostigingsmodel.
      </p>
      <BronKiezer
        label="Tabel of bereik met het uitgavenoverzicht (kopteksten in de eerste rij)"
        bronnen={bronnen}
        bron={bron}
        kies={(b) => {
          zetBron(b);
          zetUitkomst(null);
          zetMelding(null);
        }}
        vernieuw={laad}
        bezig={bezig !== null}
      />
      <fieldset>
        <legend>Modellen (tariefsets) om te vergelijken; de eerste is de maat voor het verschil</legend>
        {keuzes.map((k) => (
          <Checkbox
            key={k.set.naam}
            label={`${modelLabel(k.set.naam, k.set.model)}: ${MODEL_SOORT[k.set.model].split(": ")[1]}`}
            checked={gekozen.some((n) => naamSleutel(n) === naamSleutel(k.set.naam))}
            onChange={(_, d) => wissel(k.set.naam, d.checked === true)}
            disabled={bezig !== null}
          />
        ))}
      </fieldset>
      <Button appearance="primary" onClick={start} disabled={bezig !== null || !bron || sets.length === 0}>
        Vergelijken
      </Button>
      {bezig && (
        <Field
          label="Voortgang"
          validationMessage={`${getal(bezig.klaar)} van ${getal(bezig.totaal)} rijen gelezen`}
          validationState="none"
        >
          <ProgressBar value={bezig.totaal === 0 ? 0 : bezig.klaar / bezig.totaal} />
        </Field>
      )}
      {melding && (
        <MessageBar intent={melding.intent} role="status">
          <MessageBarBody>{melding.tekst}</MessageBarBody>
        </MessageBar>
      )}
      {uitkomst && (
        <ul data-testid="vergelijk-totalen">
          {uitkomst.totalen.map((t) => (
            <li key={t.tariefset}>
              {modelLabel(t.tariefset, t.model)}:{" "}
              {t.kostenCent === null ? `niet te berekenen (${t.status})` : formatEuro(t.kostenCent)}
              {t.perClientCent === null ? "" : `, ${formatEuro(t.perClientCent)} per cliënt`}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
