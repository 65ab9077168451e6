import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import {
  formatDatum,
  kiesTariefset,
  naamSleutel,
  VERGELIJK_EURO_KOLOMMEN,
  Vergelijking,
  vergelijkingAlsRijen,
  vergelijkingRapport,
  vergelijkingSamenvatting,
  vergelijkKolommen,
  type Tariefset,
  type Vergelijkingsuitkomst,
} from "../../engine";
import { alsBestandsfout, GebruiksFout } from "../fouten";
import { soortVan, sleutelVan, tijdelijkPad } from "../bulk/bestanden";
import { csvRegel } from "../bulk/csv-regel";
import { leesTariefsets } from "../tariefbestand";
import { leesOpties } from "../opties";
import type { Uitvoer } from "../uitvoer";
import { leesOverzicht } from "./lezen";
import { schrijfWerkmap } from "./xlsx-schrijven";

const OPTIES = {
  tarieven: { type: "string" },
  modellen: { type: "string" },
  uit: { type: "string" },
  rapport: { type: "string" },
  blad: { type: "string" },
  overschrijven: { type: "boolean" },
} as const;

/** The sets to compare: --modellen "A; B" by name (any origin), else every set of the --tarieven file in its order. */
function kiesModellen(tarieven: string | undefined, modellen: string | undefined): Tariefset[] {
  const sets = leesTariefsets(tarieven);
  if (modellen !== undefined) {
    const namen = modellen
      .split(";")
      .map((n) => n.trim())
      .filter((n) => n !== "");
    if (namen.length === 0) throw new GebruiksFout("--modellen is leeg; noem tariefsets gescheiden door ';'.");
    const gekozen = namen.map((naam) => {
      const k = kiesTariefset(sets, naam, null);
      if (!k.ok) throw new GebruiksFout(k.tekst);
      return k.set;
    });
    if (new Set(gekozen.map((s) => naamSleutel(s.naam))).size < gekozen.length)
      throw new GebruiksFout("--modellen noemt een tariefset twee keer; noem elke set één keer.");
    return gekozen;
  }
  if (tarieven === undefined)
    throw new GebruiksFout(
      'Geef de modellen: --tarieven SETS.json (elke set in het bestand is een model) of --modellen "NAAM; NAAM".',
    );
  return sets.keuzes.filter((k) => k.herkomst === "bestand").map((k) => k.set);
}

/** An output path: never the input, an existing file only with --overschrijven, of an allowed kind. */
function uitvoerpad(pad: string, invoer: string, overschrijven: boolean, soorten: string[], optie: string): string {
  if (!soorten.includes(extname(pad).toLowerCase()))
    throw new GebruiksFout(`${optie} moet een ${soorten.join(" of ")}-bestand zijn, niet '${basename(pad)}'.`);
  if (sleutelVan(pad) === sleutelVan(invoer))
    throw new GebruiksFout(`${optie} is hetzelfde bestand als de invoer; kies een ander bestand.`);
  if (!overschrijven && existsSync(pad))
    throw new GebruiksFout(
      `Het bestand '${basename(pad)}' bestaat al. Kies met ${optie} een andere naam, of geef --overschrijven om het te vervangen.`,
    );
  return pad;
}

/** Written beside the target and renamed at the end: a failed write leaves no half file that looks like a result. */
async function schrijfVeilig(pad: string, schrijf: (tijdelijk: string) => Promise<void> | void): Promise<void> {
  const tijdelijk = tijdelijkPad(pad);
  try {
    await schrijf(tijdelijk);
    renameSync(tijdelijk, pad);
  } catch (fout) {
    rmSync(tijdelijk, { force: true });
    throw alsBestandsfout(fout, pad);
  }
}

/** Dutch CSV: ';' and a decimal comma with two decimals for euros, UTF-8 with a byte order mark (Excel reads € then). */
function alsCsv(rijen: readonly (readonly unknown[])[]): string {
  return (
    "\uFEFF" +
    rijen
      .map((rij, r) =>
        csvRegel(
          rij.map((w, k) =>
            r > 0 && typeof w === "number" && VERGELIJK_EURO_KOLOMMEN.includes(k) ? w.toFixed(2).replace(".", ",") : w,
          ),
          ";",
        ),
      )
      .join("")
  );
}

export async function vergelijkOpdracht(args: string[], uit: Uitvoer): Promise<number> {
  const { values: w, positionals } = leesOpties(args, OPTIES, true);
  if (positionals.length !== 1)
    throw new GebruiksFout(
      "Geef precies één uitgavenoverzicht: rekentool vergelijk OVERZICHT.xlsx|OVERZICHT.csv --tarieven SETS.json.",
    );
  const invoer = positionals[0];
  const soort = soortVan(invoer);
  if (!existsSync(invoer)) throw new GebruiksFout(`Bestand '${invoer}' bestaat niet.`);
  if (soort === "csv" && w.blad) throw new GebruiksFout("--blad geldt alleen voor .xlsx-bestanden.");
  const modellen = kiesModellen(w.tarieven, w.modellen);
  const overschrijven = w.overschrijven === true;
  const tabelPad = uitvoerpad(
    w.uit ?? join(dirname(invoer), `${basename(invoer, extname(invoer))}-vergelijking.xlsx`),
    invoer,
    overschrijven,
    [".xlsx", ".csv"],
    "--uit",
  );
  const rapportPad =
    w.rapport === undefined ? null : uitvoerpad(w.rapport, invoer, overschrijven, [".html", ".htm"], "--rapport");
  if (rapportPad !== null && sleutelVan(rapportPad) === sleutelVan(tabelPad))
    throw new GebruiksFout("--rapport en --uit zijn hetzelfde bestand; kies twee namen.");

  let vergelijking: Vergelijking | null = null;
  await leesOverzicht(invoer, soort, w.blad, (kop) => {
    const k = vergelijkKolommen(kop, modellen);
    if (!k.ok) throw new GebruiksFout(k.tekst);
    const v = new Vergelijking(modellen, k.kolommen);
    vergelijking = v;
    return (rij) => v.voegToe(rij);
  });
  const uitkomst: Vergelijkingsuitkomst = (vergelijking as unknown as Vergelijking).uitkomst();
  const rijen = vergelijkingAlsRijen(uitkomst);
  await schrijfVeilig(tabelPad, (tijdelijk) =>
    soortVan(tabelPad) === "csv"
      ? writeFileSync(tijdelijk, alsCsv(rijen), "utf8")
      : schrijfWerkmap(tijdelijk, "Vergelijking", rijen, VERGELIJK_EURO_KOLOMMEN),
  );
  if (rapportPad !== null) {
    const vandaag = new Date().toISOString().slice(0, 10);
    const html = vergelijkingRapport(
      uitkomst,
      `Vergelijking bekostigingsmodellen: ${basename(invoer)}`,
      formatDatum(vandaag),
    );
    await schrijfVeilig(rapportPad, (tijdelijk) => writeFileSync(tijdelijk, html, "utf8"));
  }
  uit.stdout(vergelijkingSamenvatting(uitkomst));
  uit.stdout(`Tabel: ${tabelPad}\n${rapportPad === null ? "" : `Rapport: ${rapportPad}\n`}`);
  const onvolledig = uitkomst.regels.some((r) => r.kostenCent === null || r.nietGeprijsd > 0);
  return onvolledig || uitkomst.rijenZonderAanbieder > 0 ? 1 : 0;
}
