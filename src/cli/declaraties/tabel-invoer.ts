import { closeSync, createReadStream, openSync, readFileSync, readSync } from "node:fs";
import { basename, extname } from "node:path";
import { parse } from "csv-parse";
import { unzipSync } from "fflate";
import { maakTabelkaart, naamSleutel, rijAlsBron, type Tabelsoort, type Veldbron } from "../../engine";
import { csvFout } from "../fouten";
import { scheidingsteken } from "../bulk/csv-bulk";
import { GeenUtf8, beginAlsTekst, leesTekst, raadTekenset } from "../bulk/tekenset";
import { bladRijen } from "../bulk/xlsx-blad";
import { gedeeldeTeksten, tekstVan, werkbladen, type Zip } from "../bulk/xlsx-delen";

/** Limits as for bulk: a zip bomb is refused before it is inflated. */
const MAX_DEEL = 500 * 2 ** 20;

/**
 * Reads a CSV or xlsx with toewijzingen or prestaties under Dutch headers, row by row (CSV streams), each as a
 * Veldbron. Returns the problems with the file as a whole; a row's own problems are the engine's.
 */
export async function leesTabel(
  pad: string,
  soort: Tabelsoort,
  perRij: (bron: Veldbron) => void,
  naChunk: () => Promise<void>,
): Promise<string[]> {
  const naam = basename(pad);
  return extname(pad).toLowerCase() === ".xlsx"
    ? leesXlsx(pad, naam, soort, perRij)
    : leesCsv(pad, naam, soort, perRij, naChunk);
}

async function leesCsv(
  pad: string,
  naam: string,
  soort: Tabelsoort,
  perRij: (bron: Veldbron) => void,
  naChunk: () => Promise<void>,
): Promise<string[]> {
  const fd = openSync(pad, "r");
  const begin = Buffer.alloc(64 * 1024);
  let gelezen: number;
  try {
    gelezen = readSync(fd, begin, 0, begin.length, 0);
  } finally {
    closeSync(fd);
  }
  const tekenset = raadTekenset(begin.subarray(0, gelezen));
  const eerste =
    beginAlsTekst(begin.subarray(0, gelezen), tekenset)
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/)[0] ?? "";
  const sep = /^sep=(.)$/i.exec(eerste);
  const parser = parse({
    delimiter: sep ? sep[1] : scheidingsteken(eerste),
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    from_line: sep ? 2 : 1,
  });
  const tekst = leesTekst(createReadStream(pad), tekenset);
  tekst.on("error", (fout) => parser.destroy(fout));
  tekst.pipe(parser);
  let kaart: ReturnType<typeof maakTabelkaart> | null = null;
  let nr = sep ? 1 : 0;
  try {
    for await (const rij of parser as AsyncIterable<string[]>) {
      nr++;
      if (kaart === null) {
        kaart = maakTabelkaart(soort, rij);
        if (!kaart.ok) return [`${naam}: ${kaart.tekst} Bestand overgeslagen.`];
        continue;
      }
      if (!kaart.ok) break;
      perRij(rijAlsBron(kaart.kaart, rij, `${naam}, rij ${nr}`));
      if ((nr & 1023) === 0) await naChunk();
    }
  } catch (fout) {
    if (fout instanceof GeenUtf8)
      return [
        `${naam}: na rij ${nr} staan tekens die geen UTF-8 zijn; sla het bestand op als 'CSV UTF-8'. De rest is overgeslagen.`,
      ];
    const csv = csvFout(fout);
    if (csv) return [`${naam}: ${csv.message.replace(" Er is niets geschreven.", "")} De rest is overgeslagen.`];
    throw fout;
  }
  return kaart === null ? [`${naam}: het bestand is leeg (geen kopregel).`] : [];
}

function leesXlsx(pad: string, naam: string, soort: Tabelsoort, perRij: (bron: Veldbron) => void): string[] {
  let zip: Zip;
  let teGroot = false;
  try {
    zip = unzipSync(readFileSync(pad), {
      filter: (deel) => {
        if (deel.originalSize > MAX_DEEL) teGroot = true;
        return !teGroot;
      },
    });
  } catch {
    return [`${naam}: geen leesbare Excel-werkmap (leeg, beschadigd of met een wachtwoord). Bestand overgeslagen.`];
  }
  if (teGroot)
    return [`${naam}: een werkblad is uitgepakt groter dan 500 MB; sla het op als CSV. Bestand overgeslagen.`];
  let bladen: { naam: string; pad: string }[];
  try {
    bladen = werkbladen(zip);
  } catch {
    return [`${naam}: geen Excel-werkmap (xl/workbook.xml ontbreekt). Bestand overgeslagen.`];
  }
  // The sheet named after what is read (Toewijzingen, Prestaties), else the first.
  const blad = bladen.find((b) => naamSleutel(b.naam) === soort) ?? bladen[0];
  const xml = blad ? tekstVan(zip, blad.pad) : null;
  if (!blad || xml === null) return [`${naam}: de werkmap heeft geen werkblad. Bestand overgeslagen.`];
  const rijen = bladRijen(xml, gedeeldeTeksten(zip));
  if (rijen.length === 0) return [`${naam}, werkblad '${blad.naam}': leeg (geen kopregel).`];
  const kaart = maakTabelkaart(soort, rijen[0]);
  if (!kaart.ok) return [`${naam}, werkblad '${blad.naam}': ${kaart.tekst} Bestand overgeslagen.`];
  // bladRijen leaves out empty rows; the numbers in messages count data rows after the header.
  rijen
    .slice(1)
    .forEach((rij, i) =>
      perRij(rijAlsBron(kaart.kaart, rij, `${naam}, werkblad '${blad.naam}', gegevensrij ${i + 1}`)),
    );
  return [];
}
