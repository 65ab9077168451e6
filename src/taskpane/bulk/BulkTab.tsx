import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import {
  alsTekst,
  formatEuro,
  INVOER,
  UITVOER,
  type Invoerveld,
  type Samenvatting,
  type Tariefset,
} from "../../engine";
import {
  herbereken,
  leesBlok,
  leesDeclaraties,
  schrijfSamenvatting,
  type Blok,
  type BulkBron,
  type Herberekening,
} from "../../excel/bulk";
import { useKaartTabel } from "../kaarttabel";
import { Declaraties } from "./Declaraties";
import { BronKiezer, useBronnen } from "../BronKiezer";
import type { Omgeving } from "../omgeving";

const getal = (n: number) => n.toLocaleString("nl-NL");

function Kolomkaart({ blok }: { blok: Blok }) {
  const kaart = useKaartTabel();
  return (
    <Table aria-label="Kolommen" size="extra-small" className={kaart.tabel} role="table">
      <TableHeader role="rowgroup">
        <TableRow role="row">
          <TableHeaderCell role="columnheader">Invoer</TableHeaderCell>
          <TableHeaderCell role="columnheader">Kolom in het werkblad</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody role="rowgroup">
        {(Object.keys(INVOER) as Invoerveld[]).map((veld) => {
          const kolom = blok.kaart.invoer[veld];
          return (
            <TableRow role="row" key={veld}>
              <TableCell role="cell" data-label="Invoer">
                {INVOER[veld][0]}
              </TableCell>
              <TableCell role="cell" data-label="Kolom">
                {kolom >= 0 ? alsTekst(blok.koppen[kolom]) : "niet gevonden"}
              </TableCell>
            </TableRow>
          );
        })}
        {UITVOER.map((naam) => (
          <TableRow role="row" key={naam}>
            <TableCell role="cell" data-label="Invoer">
              {naam} (uitvoer)
            </TableCell>
            <TableCell role="cell" data-label="Kolom">
              {blok.kaart.uitvoer[naam] >= 0 ? "bestaat: wordt bijgewerkt" : "wordt toegevoegd rechts van de gegevens"}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function SamenvattingWeergave({ s }: { s: Samenvatting }) {
  const kaart = useKaartTabel();
  const losseDeclaraties = s.losseDeclaratiesTekst();
  return (
    <>
      <p data-testid="bulk-samenvatting">
        {getal(s.rijen)} rijen: {getal(s.perStatus.ok)} ok, {getal(s.perStatus.waarschuwing)} waarschuwing,{" "}
        {getal(s.perStatus.fout)} fout. Offertes: {getal(s.offertes)}. Totaal berekend {formatEuro(s.totaalBudgetCent)},
        toegewezen {formatEuro(s.toegewezenCent)}, gedeclareerd {formatEuro(s.gedeclareerdCent)}.
      </p>
      {losseDeclaraties && (
        <MessageBar intent="warning">
          <MessageBarBody>{losseDeclaraties}</MessageBarBody>
        </MessageBar>
      )}
      <p>
        Per standaardbudget:{" "}
        {s
          .niveaus()
          .map(([n, a]) => `${n}: ${getal(a)}`)
          .join(", ")}
      </p>
      <Table aria-label="Per aanbieder" size="extra-small" className={kaart.tabel} role="table">
        <TableHeader role="rowgroup">
          <TableRow role="row">
            <TableHeaderCell role="columnheader">Aanbieder</TableHeaderCell>
            <TableHeaderCell role="columnheader">Toewijzingen</TableHeaderCell>
            <TableHeaderCell role="columnheader">Toegewezen</TableHeaderCell>
            <TableHeaderCell role="columnheader">Gedeclareerd</TableHeaderCell>
            <TableHeaderCell role="columnheader">Boven plafond</TableHeaderCell>
            <TableHeaderCell role="columnheader">Fout</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody role="rowgroup">
          {s.aanbieders().map(([naam, a]) => (
            <TableRow role="row" key={naam}>
              <TableCell role="cell" data-label="Aanbieder">
                {naam}
              </TableCell>
              <TableCell role="cell" data-label="Toewijzingen">
                {getal(a.toewijzingen)}
              </TableCell>
              <TableCell role="cell" data-label="Toegewezen">
                {formatEuro(a.budgetCent)}
              </TableCell>
              <TableCell role="cell" data-label="Gedeclareerd">
                {formatEuro(a.gedeclareerdCent)}
              </TableCell>
              <TableCell role="cell" data-label="Boven plafond">
                {getal(a.bovenPlafond)}
              </TableCell>
              {/* Rows with a fout are in no total: counted here, so a provider whose rows all failed does not look clean. */}
              <TableCell role="cell" data-label="Fout">
                {getal(a.fouten)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

export function BulkTab({ set, omgeving }: { set: Tariefset; omgeving: Omgeving }) {
  const [bron, zetBron] = useState<BulkBron | null>(null);
  const [blok, zetBlok] = useState<Blok | null>(null);
  const [bezig, zetBezig] = useState<{ klaar: number; totaal: number } | null>(null);
  const [uitkomst, zetUitkomst] = useState<Herberekening | null>(null);
  const [melding, zetMelding] = useState<{ intent: "error" | "success" | "warning"; tekst: string } | null>(null);
  const annuleer = useRef(false);

  const { bronnen, laad } = useBronnen(omgeving.inExcel, zetMelding);

  // The tab exists only in Excel (App): there is no workbook to recalculate outside it.
  if (!omgeving.inExcel) return null;

  const kies = async (b: BulkBron) => {
    zetBron(b);
    zetUitkomst(null);
    zetMelding(null);
    try {
      zetBlok(await leesBlok(b));
    } catch (fout) {
      zetBlok(null);
      zetMelding({ intent: "error", tekst: `Lezen lukte niet: ${(fout as Error).message}` });
    }
  };

  const start = async () => {
    if (!bron || !blok) return;
    annuleer.current = false;
    zetMelding(null);
    zetBezig({ klaar: 0, totaal: blok.rijen });
    try {
      const d = await leesDeclaraties();
      if (!d.ok) throw new Error(d.fout);
      const r = await herbereken(
        bron,
        { set, geannuleerd: () => annuleer.current, opVoortgang: (klaar, totaal) => zetBezig({ klaar, totaal }) },
        d.declaraties,
      );
      zetUitkomst(r);
      zetMelding(
        r.fout
          ? { intent: "error", tekst: r.fout }
          : r.geannuleerd
            ? {
                intent: "warning",
                tekst: `Geannuleerd na ${getal(r.verwerkt)} van ${getal(r.totaal)} rijen: die zijn herberekend, de rest is ongewijzigd.`,
              }
            : { intent: "success", tekst: `${getal(r.verwerkt)} rijen herberekend met tariefset ${set.naam}.` },
      );
    } catch (fout) {
      zetMelding({ intent: "error", tekst: (fout as Error).message });
    } finally {
      zetBezig(null);
    }
  };

  return (
    <>
      <BronKiezer
        label="Tabel of bereik met toewijzingen (kopteksten in de eerste rij)"
        bronnen={bronnen}
        bron={bron}
        kies={(b) => void kies(b)}
        vernieuw={laad}
        bezig={bezig !== null}
      />
      {blok && (
        <>
          <p>
            {getal(blok.rijen)} rijen op werkblad {blok.blad}. Alleen de uitvoerkolommen worden geschreven; andere
            kolommen blijven zoals ze zijn
            {blok.kaart.overig.length > 0 ? ` (${blok.kaart.overig.join(", ")})` : ""}.
          </p>
          <Kolomkaart blok={blok} />
          {blok.kaart.ontbreekt.length > 0 && (
            <MessageBar intent="error">
              <MessageBarBody>{blok.kaart.ontbreekt.join(" ")}</MessageBarBody>
            </MessageBar>
          )}
          <Button appearance="primary" onClick={start} disabled={bezig !== null || blok.kaart.ontbreekt.length > 0}>
            Herbereken
          </Button>
        </>
      )}
      {bezig && (
        <>
          <Field
            label="Voortgang"
            validationMessage={`${getal(bezig.klaar)} van ${getal(bezig.totaal)} rijen`}
            validationState="none"
          >
            <ProgressBar value={bezig.totaal === 0 ? 0 : bezig.klaar / bezig.totaal} />
          </Field>
          <Button onClick={() => (annuleer.current = true)}>Annuleren</Button>
        </>
      )}
      {melding && (
        <MessageBar intent={melding.intent} role="status">
          <MessageBarBody>{melding.tekst}</MessageBarBody>
        </MessageBar>
      )}
      {uitkomst && (
        <>
          <SamenvattingWeergave s={uitkomst.samenvatting} />
          <Button
            onClick={async () => {
              try {
                zetMelding({
                  intent: "success",
                  tekst: `Samenvatting geschreven naar werkblad ${await schrijfSamenvatting(uitkomst.samenvatting)}.`,
                });
              } catch (fout) {
                zetMelding({ intent: "error", tekst: `Schrijven lukte niet: ${(fout as Error).message}` });
              }
            }}
          >
            Schrijf samenvatting naar nieuw werkblad
          </Button>
        </>
      )}
      <Declaraties set={set} />
    </>
  );
}
