import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useState } from "react";
import { formatDatum, formatEuro, laadTariefsets, leesJson, tariefsetTekst } from "../../engine";
import { schrijfTariefsetInWerkmap } from "../../excel/tarieven-tabel";
import { useBevestig } from "../Bevestig";
import { useKaartTabel } from "../kaarttabel";
import type { Omgeving } from "../omgeving";
import type { Herkomst, TariefsetKeuze, Tariefsets } from "./useTariefsets";

const HERKOMST: Record<Herkomst, string> = {
  werkmap: "uit de tabel Tarieven in de werkmap",
  ingebouwd: "ingebouwd",
  geïmporteerd: "geïmporteerd voor deze sessie",
  bestand: "uit een bestand",
};

export function TariefInstellingen({ tarieven, omgeving }: { tarieven: Tariefsets; omgeving: Omgeving }) {
  const [meldingen, zetMeldingen] = useState<{ intent: "error" | "success"; regels: string[] } | null>(null);
  const [bevestig, dialoog] = useBevestig();
  const actief = tarieven.actief;

  const importeer = async (bestand: File | undefined) => {
    if (!bestand) return;
    const json = leesJson(await bestand.text());
    if (!json.ok) return zetMeldingen({ intent: "error", regels: [`${bestand.name} is ${json.tekst}.`] });
    const r = laadTariefsets(json.data);
    if (!r.ok) return zetMeldingen({ intent: "error", regels: r.fouten });
    tarieven.voegToe(r.tariefsets);
    // The rekenhulp computes standard budgets: a set of another model does not become its set.
    const standaard = r.tariefsets.find((s) => s.model === "standaardbudget");
    zetMeldingen({
      intent: "success",
      regels: [
        `Geïmporteerd: ${r.tariefsets.map((s) => s.naam).join(", ")}. ${
          standaard
            ? `De rekenhulp gebruikt nu ${standaard.naam}.`
            : "De rekenhulp rekent door met de standaardbudgetten van de set die ze al had; sets van andere modellen staan in het tabblad Vergelijken."
        }`,
      ],
    });
  };

  const naarWerkmap = async () => {
    if (!actief) return;
    const set = actief.set;
    try {
      const gedaan = await schrijfTariefsetInWerkmap(set.bronJson, (naam) =>
        bevestig({
          titel: "Tariefset vervangen?",
          tekst: `De tabel Tarieven bevat al tariefset '${naam}'. Vervangen door de geïmporteerde versie?`,
          ja: "Vervangen",
        }),
      );
      if (gedaan) await tarieven.herlaad();
      zetMeldingen({
        intent: "success",
        regels: [gedaan ? `Tariefset ${set.naam} staat nu in de tabel Tarieven.` : "Niets gewijzigd."],
      });
    } catch (fout) {
      zetMeldingen({
        intent: "error",
        regels: [`Schrijven naar de werkmap lukte niet: ${fout instanceof Error ? fout.message : String(fout)}`],
      });
    }
  };

  return (
    <>
      {tarieven.tabelFouten.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>
            De tabel Tarieven in de werkmap is ongeldig. Er wordt daarom niet gerekend, ook niet met een andere
            tariefset (de functies JH.* tonen dezelfde fout). Herstel de tabel:
            <ul>
              {tarieven.tabelFouten.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {tarieven.tabelFouten.length > 0 && omgeving.inExcel && (
        <Button onClick={() => void tarieven.herlaad()}>Tabel opnieuw lezen</Button>
      )}
      {actief && <SetInGebruik tarieven={tarieven} actief={actief} />}
      <Field
        label="Tariefset importeren (JSON-bestand)"
        hint="Volgens tariefset.schema.json; één set of een lijst sets. Wordt gecontroleerd voordat hij wordt gebruikt."
      >
        <input
          type="file"
          aria-label="Tariefset importeren (JSON-bestand)"
          accept=".json,application/json"
          onChange={(e) => {
            void importeer(e.target.files?.[0]);
            // Cleared so choosing the same (corrected) file again still triggers an import.
            e.target.value = "";
          }}
        />
      </Field>
      {omgeving.inExcel && actief && (
        <Button onClick={naarWerkmap} disabled={actief.herkomst === "werkmap"}>
          Zet deze tariefset in de werkmap (tabel Tarieven)
        </Button>
      )}
      {meldingen && (
        <MessageBar intent={meldingen.intent} data-testid="import-melding">
          <MessageBarBody>
            {meldingen.regels.length === 1 ? (
              meldingen.regels[0]
            ) : (
              <ul>
                {meldingen.regels.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {dialoog}
    </>
  );
}

/** The set in use with every level and rate and its source. */
function SetInGebruik({ tarieven, actief }: { tarieven: Tariefsets; actief: TariefsetKeuze }) {
  const set = actief.set;
  const kaart = useKaartTabel();
  return (
    <>
      <Field label="Tariefset in gebruik">
        <Dropdown
          value={set.naam}
          selectedOptions={[set.naam]}
          onOptionSelect={(_, d) => d.optionValue && tarieven.kies(d.optionValue)}
        >
          {tarieven.keuzes.map((k) => (
            <Option key={k.set.naam} value={k.set.naam} text={k.set.naam}>
              {`${k.set.naam} (${HERKOMST[k.herkomst]}, ${formatDatum(k.set.geldigVanaf)} t/m ${formatDatum(k.set.geldigTot)})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <p>
        {tariefsetTekst(set)}. Bron: {set.bron}
      </p>
      <Table aria-label="Tarieven" size="small" className={kaart.tabel} role="table">
        <TableHeader role="rowgroup">
          <TableRow role="row">
            <TableHeaderCell role="columnheader">Soort</TableHeaderCell>
            <TableHeaderCell role="columnheader">Naam</TableHeaderCell>
            <TableHeaderCell role="columnheader">Bedrag</TableHeaderCell>
            <TableHeaderCell role="columnheader">Bron</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody role="rowgroup">
          {set.niveaus.map((n) => (
            <TableRow role="row" key={`n${n.nummer}`}>
              <TableCell role="cell" data-label="Soort">
                standaardbudget
              </TableCell>
              <TableCell role="cell" data-label="Naam">
                {n.nummer} (
                {n.naMedischeVerwijzing ? "ook na medische verwijzing" : "niet direct na medische verwijzing"})
              </TableCell>
              <TableCell role="cell" data-label="Bedrag">
                {formatEuro(n.bedragCent)}
              </TableCell>
              <TableCell role="cell" data-label="Bron">
                {set.bronJson.standaardbudgetten?.find((b) => b.nummer === n.nummer)?.bron ?? set.bron}
              </TableCell>
            </TableRow>
          ))}
          {[
            ...set.rekentarieven.map((t) => ["rekentarief", t] as const),
            ...set.intensiteiten.map((t) => ["groepsaanbod", t] as const),
          ].map(([soort, t]) => (
            <TableRow role="row" key={`${soort}${t.naam}`}>
              <TableCell role="cell" data-label="Soort">
                {soort}
              </TableCell>
              <TableCell role="cell" data-label="Naam">
                {t.naam}
              </TableCell>
              <TableCell role="cell" data-label="Bedrag">
                {t.uurtariefCent === null ? "ontbreekt" : `${formatEuro(t.uurtariefCent)} per uur`}
              </TableCell>
              <TableCell role="cell" data-label="Bron">
                {t.bron}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
