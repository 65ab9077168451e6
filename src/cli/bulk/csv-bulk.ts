import { closeSync, createReadStream, createWriteStream, openSync, readFileSync, readSync } from "node:fs";
import { once } from "node:events";
import { parse } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import { stringify } from "csv-stringify";
import { Bulkrun, maakKolomkaart, somDeclaraties, uitvoerPosities, UITVOER, type Declaraties, type Samenvatting, type Tariefset, type Uitvoercellen } from "../../engine";
import { GebruiksFout } from "../fouten";
import { beginAlsTekst, decodeer, GeenUtf8, leesTekst, raadTekenset, schrijfTekst, type Tekenset } from "./tekenset";

/** Dutch CSV (Excel with a Dutch locale) uses ';' and a decimal comma; detect it from the header line. */
export function scheidingsteken(eersteRegel: string): string {
  const tel = (t: string) => eersteRegel.split(t).length - 1;
  return [";", "\t", ","].sort((a, b) => tel(b) - tel(a))[0];
}

/** Only the start of the file (the input may be far larger than memory): its first line and a guess of its encoding. */
function begin(pad: string): { regel: string; tekenset: Tekenset } {
  const fd = openSync(pad, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const stuk = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
    const tekenset = raadTekenset(stuk);
    return { regel: beginAlsTekst(stuk, tekenset).split(/\r?\n/)[0] ?? "", tekenset };
  } finally {
    closeSync(fd);
  }
}

export function leesCsvDeclaraties(pad: string): Declaraties {
  const tekst = decodeer(readFileSync(pad));
  const rijen: string[][] = parseSync(tekst, { delimiter: scheidingsteken(tekst.split(/\r?\n/)[0] ?? ""), relax_column_count: true, skip_empty_lines: true });
  const r = somDeclaraties(rijen[0] ?? [], rijen.slice(1));
  if (!r.ok) throw new GebruiksFout(`Declaratiebestand: ${r.fout}`);
  return r.declaraties;
}

export interface BulkUitkomst {
  samenvatting: Samenvatting;
}

/**
 * Streams the CSV through the engine: rows are read, computed and written one by one, so files beyond
 * Excel's row limit work in bounded memory. Other columns are written back as they were read.
 */
export async function bulkCsv(invoer: string, uitvoer: string, set: Tariefset, declaraties: Declaraties | undefined, voortgang: (rijen: number) => void): Promise<BulkUitkomst> {
  const { regel, tekenset } = begin(invoer);
  try {
    return await bulkCsvAls(tekenset, regel, invoer, uitvoer, set, declaraties, voortgang);
  } catch (fout) {
    // A byte further on that is not UTF-8: the file is Windows-1252 after all; start again, the output anew.
    if (!(fout instanceof GeenUtf8)) throw fout;
    return bulkCsvAls({ naam: "windows-1252", bom: false }, regel, invoer, uitvoer, set, declaraties, voortgang);
  }
}

async function bulkCsvAls(
  tekenset: Tekenset,
  regel: string,
  invoer: string,
  uitvoer: string,
  set: Tariefset,
  declaraties: Declaraties | undefined,
  voortgang: (rijen: number) => void,
): Promise<BulkUitkomst> {
  const delimiter = scheidingsteken(regel);
  const tekst = leesTekst(createReadStream(invoer), tekenset);
  const parser = parse({ delimiter, bom: true, relax_column_count: true, skip_empty_lines: true });
  tekst.on("error", (fout) => parser.destroy(fout));
  tekst.pipe(parser);
  const schrijver = stringify({ delimiter, record_delimiter: "\r\n" });
  const bestand = createWriteStream(uitvoer);
  schrijver.pipe(schrijfTekst(bestand, tekenset));
  try {
    return await schrijfRijen(parser, schrijver, bestand, delimiter, set, declaraties, voortgang);
  } catch (fout) {
    // Closed before the caller starts again on the same output file; what it still reports is moot.
    schrijver.destroy();
    bestand.on("error", () => undefined);
    if (!bestand.closed) await new Promise<void>((klaar) => bestand.destroy().once("close", () => klaar()));
    throw fout;
  }
}

async function schrijfRijen(
  parser: AsyncIterable<string[]>,
  schrijver: ReturnType<typeof stringify>,
  bestand: ReturnType<typeof createWriteStream>,
  delimiter: string,
  set: Tariefset,
  declaraties: Declaraties | undefined,
  voortgang: (rijen: number) => void,
): Promise<BulkUitkomst> {
  const getal = (n: number) => (delimiter === "," ? String(n) : String(n).replace(".", ","));
  let run: Bulkrun | null = null;
  // Column of each output, in the order of UITVOER; the output cells of one row, reused row after row.
  let kolommen: number[] = [];
  const waarden: Uitvoercellen = [];
  let breedte = 0;
  let n = 0;
  for await (const rij of parser) {
    if (run === null) {
      const kaart = maakKolomkaart(rij);
      if (kaart.ontbreekt.length > 0) {
        schrijver.end();
        throw new GebruiksFout(`Deze kolommen zijn nodig maar niet gevonden:\n  - ${kaart.ontbreekt.join("\n  - ")}`);
      }
      run = new Bulkrun(kaart, set, declaraties);
      breedte = rij.length;
      const posities = uitvoerPosities(kaart, breedte);
      kolommen = UITVOER.map((naam) => posities[naam]);
      // Every row as wide as the header with the added columns, also a blank row that gets no outputs.
      breedte = Math.max(breedte, ...kolommen.map((k) => k + 1));
      const kop = [...rij];
      for (const naam of UITVOER) kop[posities[naam]] = naam;
      if (!schrijver.write(kop)) await once(schrijver, "drain");
      continue;
    }
    // A blank line keeps its (empty) output cells; every other row gets all of them.
    const berekend = run.verwerk(rij, waarden);
    const uit = rij.length >= breedte ? [...rij] : [...rij, ...Array(breedte - rij.length).fill("")];
    if (berekend) {
      for (let i = 0; i < UITVOER.length; i++) {
        const w = berekend[i];
        uit[kolommen[i]] = typeof w === "number" ? getal(w) : w;
      }
    }
    if (!schrijver.write(uit)) await once(schrijver, "drain");
    if (++n % 100_000 === 0) voortgang(n);
  }
  schrijver.end();
  await once(bestand, "finish");
  if (run === null) throw new GebruiksFout("Het bestand is leeg: de eerste regel moet de kolomkoppen bevatten.");
  return { samenvatting: run.sluitAf() };
}
