import { closeSync, createReadStream, openSync, readSync } from "node:fs";
import { basename, extname } from "node:path";
import { parse } from "csv-parse";
import { maakTabelkaart, naamSleutel, rijAlsBron, type Tabelsoort, type Veldbron } from "../../engine";
import { csvFout, GebruiksFout, naamInMelding } from "../fouten";
import { scheidingsteken } from "../bulk/csv-bulk";
import { GeenUtf8, beginAlsTekst, leesTekst, raadTekenset } from "../bulk/tekenset";
import { leesBlad, type Werkblad } from "../bulk/xlsx-rijen";

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

async function leesXlsx(
  pad: string,
  naam: string,
  soort: Tabelsoort,
  perRij: (bron: Veldbron) => void,
): Promise<string[]> {
  // The sheet streams (bulk's reader): a table of a million prestaties fits.
  let kaart: ReturnType<typeof maakTabelkaart> | null = null;
  let rij = 0;
  let blad: Werkblad | null;
  try {
    blad = await leesBlad(
      pad,
      // The sheet named after what is read (Toewijzingen, Prestaties), else the first.
      (bladen) => bladen.find((b) => naamSleutel(b.naam) === soort) ?? bladen[0],
      (waarden, b) => {
        if (kaart === null) kaart = maakTabelkaart(soort, waarden);
        // Empty rows are left out; the numbers in messages count data rows after the header.
        else if (kaart.ok)
          perRij(
            rijAlsBron(kaart.kaart, waarden, `${naam}, werkblad '${naamInMelding(b.naam)}', gegevensrij ${++rij}`),
          );
      },
    );
  } catch (fout) {
    if (fout instanceof GebruiksFout) return [`${fout.message} Bestand overgeslagen.`];
    throw fout;
  }
  if (!blad) return [`${naam}: de werkmap heeft geen werkblad. Bestand overgeslagen.`];
  const k = kaart as ReturnType<typeof maakTabelkaart> | null;
  if (k === null) return [`${naam}, werkblad '${naamInMelding(blad.naam)}': leeg (geen kopregel).`];
  if (!k.ok) return [`${naam}, werkblad '${naamInMelding(blad.naam)}': ${k.tekst} Bestand overgeslagen.`];
  return [];
}
