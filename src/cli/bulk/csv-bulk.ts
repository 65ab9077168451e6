import { closeSync, createReadStream, createWriteStream, openSync, readFileSync, readSync } from "node:fs";
import { parse } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import {
  somDeclaraties,
  type Bulkplan,
  type Bulkpoort,
  type Declaraties,
  type Rijen,
  type Samenvatting,
  type Tariefset,
  type Uitvoerblok,
  type Uitvoercellen,
  type Uitvoersoort,
} from "../../engine";
import { bestandsreden, csvFout, GebruiksFout, naamInMelding } from "../fouten";
import { draaiBestand } from "./bestanden";
import { csvRegel, Regelschrijver } from "./csv-regel";
import { beginAlsTekst, decodeer, GeenUtf8, leesTekst, raadTekenset, schrijfTekst, type Tekenset } from "./tekenset";

/** Dutch CSV (Excel with a Dutch locale) uses ';' and a decimal comma; detect it from the header line. */
export function scheidingsteken(eersteRegel: string): string {
  const tel = (t: string) => eersteRegel.split(t).length - 1;
  return [";", "\t", ","].sort((a, b) => tel(b) - tel(a))[0];
}

/** Only the start of the file (the input may be far larger than memory): its first line and a guess of its encoding. */
/** Files that are no CSV although named so: said plainly, instead of "missing columns" further on. */
function soortControle(begin: Uint8Array): void {
  if (begin[0] === 0x50 && begin[1] === 0x4b && begin[2] === 0x03 && begin[3] === 0x04) {
    throw new GebruiksFout(
      "Dit bestand is een Excel-werkmap (xlsx) met de naam .csv: geef het de naam .xlsx, of sla het op als CSV.",
    );
  }
  if ((begin[0] === 0xff && begin[1] === 0xfe) || (begin[0] === 0xfe && begin[1] === 0xff)) {
    throw new GebruiksFout(
      "Dit bestand is opgeslagen als 'Unicode-tekst' (UTF-16). Sla het in Excel op als 'CSV UTF-8 (door komma's gescheiden)' of 'CSV (gescheiden door lijstscheidingsteken)'.",
    );
  }
}

export function begin(pad: string): { regel: string; tekenset: Tekenset } {
  // The first line with its line ending: the output ends its lines the same way (CRLF from Excel, LF elsewhere).
  const fd = openSync(pad, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const stuk = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
    soortControle(stuk);
    const tekenset = raadTekenset(stuk);
    const tekst = beginAlsTekst(stuk, tekenset);
    const einde = /\r?\n/.exec(tekst);
    return { regel: einde ? tekst.slice(0, einde.index + einde[0].length) : tekst, tekenset };
  } finally {
    closeSync(fd);
  }
}

export function leesCsvDeclaraties(pad: string): Declaraties {
  let tekst: string;
  try {
    tekst = decodeer(readFileSync(pad));
  } catch (fout) {
    throw new GebruiksFout(
      `Declaratiebestand '${naamInMelding(pad)}' kan niet worden gelezen: ${bestandsreden(fout)}.`,
    );
  }
  let rijen: string[][];
  try {
    rijen = parseSync(tekst, {
      delimiter: scheidingsteken(tekst.split(/\r?\n/)[0] ?? ""),
      relax_column_count: true,
      skip_empty_lines: true,
    });
  } catch (fout) {
    const csv = csvFout(fout);
    throw csv ? new GebruiksFout(`Declaratiebestand: ${csv.message}`) : fout;
  }
  const r = somDeclaraties(rijen[0] ?? [], rijen.slice(1));
  if (!r.ok) throw new GebruiksFout(`Declaratiebestand: ${r.fout}`);
  return r.declaraties;
}

export interface Bestandsuitkomst {
  samenvatting: Samenvatting;
}

/**
 * Streams the CSV through the engine: rows are read, computed and written one by one, so files beyond
 * Excel's row limit work in bounded memory. Other columns are written back as they were read.
 */
export async function bulkCsv(
  invoer: string,
  uitvoer: string,
  set: Tariefset,
  declaraties: Declaraties | undefined,
  voortgang: (rijen: number) => void,
): Promise<Bestandsuitkomst> {
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
): Promise<Bestandsuitkomst> {
  // Excel writes and reads a first line "sep=;" that names the separator: then that is the separator, the line
  // is written back as it was, and the header is the line after it.
  const sep = /^sep=(.)\r?\n?$/i.exec(regel);
  const delimiter = sep ? sep[1] : scheidingsteken(regel.replace(/\r?\n$/, ""));
  const tekst = leesTekst(createReadStream(invoer), tekenset);
  // Empty lines are read too (and written back as they were), so the output's lines match the input's.
  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
    from_line: sep ? 2 : 1,
  });
  tekst.on("error", (fout) => parser.destroy(fout));
  tekst.pipe(parser);
  const bestand = createWriteStream(uitvoer);
  const schrijver = new Regelschrijver(schrijfTekst(bestand, tekenset), bestand);
  // A write that fails (a full disk) ends the run through the reader as well.
  bestand.on("error", (fout) => parser.destroy(fout));
  try {
    if (sep) await schrijver.schrijf(regel);
    return await schrijfRijen(
      parser,
      schrijver,
      delimiter,
      regel.endsWith("\r\n") ? "\r\n" : "\n",
      set,
      declaraties,
      voortgang,
    );
  } catch (fout) {
    // Closed before the caller starts again on the same output file; what it still reports is moot.
    bestand.on("error", () => undefined);
    if (!bestand.closed) await new Promise<void>((klaar) => bestand.destroy().once("close", () => klaar()));
    throw csvFout(fout) ?? fout;
  }
}

/**
 * The CSV side of a bulk run: rows come from the parser, each goes out with its own cells as they were read
 * and the output cells at the plan's columns (numbers with the file's decimal sign).
 */
class CsvPoort implements Bulkpoort {
  private readonly rijen: AsyncIterator<string[]>;
  private koppen: readonly unknown[] = [];
  private breedte = 0;

  constructor(
    parser: AsyncIterable<string[]>,
    private readonly schrijver: Regelschrijver,
    private readonly delimiter: string,
    private readonly regeleinde: string,
  ) {
    this.rijen = parser[Symbol.asyncIterator]();
  }

  private schrijf(rij: readonly unknown[]): Promise<void> {
    return this.schrijver.schrijf(csvRegel(rij, this.delimiter, this.regeleinde));
  }

  async leesKoppen(): Promise<readonly unknown[] | null> {
    // Empty lines before the header are kept as they are.
    for (let r = await this.rijen.next(); !r.done; r = await this.rijen.next()) {
      if (isLegeRegel(r.value)) {
        await this.schrijver.schrijf(this.regeleinde);
        continue;
      }
      this.koppen = r.value;
      return this.koppen;
    }
    return null;
  }

  async voegKoppenToe(plan: Bulkplan): Promise<void> {
    // Every row as wide as the header with the added columns, also a blank row that gets no outputs.
    this.breedte = plan.breedte;
    const kop = [...this.koppen];
    for (const nieuw of plan.nieuw) kop[nieuw.kolom] = nieuw.naam;
    await this.schrijf(kop);
  }

  async leesBlok(max: number): Promise<Rijen | null> {
    const blok: string[][] = [];
    while (blok.length < max) {
      const volgende = await this.rijen.next();
      if (volgende.done) break;
      blok.push(volgende.value);
    }
    return blok.length > 0 ? blok : null;
  }

  async schrijfBlok({ rijen, uitkomsten, plan }: Uitvoerblok): Promise<void> {
    // Amounts with two decimals and Uitputting as a percentage, with the file's decimal sign: what Excel in Dutch
    // (';' and a decimal comma) reads as an amount and a percentage.
    const komma = this.delimiter !== ",";
    const getal = (n: number, soort: Uitvoersoort) => {
      const tekst = soort === "euro" ? n.toFixed(2) : soort === "procent" ? `${(n * 100).toFixed(2)}%` : String(n);
      return komma ? tekst.replace(".", ",") : tekst;
    };
    const cellen: Uitvoercellen = [];
    for (let r = 0; r < rijen.length; r++) {
      const rij = rijen[r];
      // An empty line stays an empty line.
      if (isLegeRegel(rij)) {
        await this.schrijver.schrijf(this.regeleinde);
        continue;
      }
      const uit = rij.length >= this.breedte ? [...rij] : [...rij, ...Array(this.breedte - rij.length).fill("")];
      // A blank row keeps its (empty) output cells; every other row gets all of them.
      if (!uitkomsten.overgeslagen(r)) {
        uitkomsten.cellen(r, cellen);
        for (let k = 0; k < cellen.length; k++) {
          const w = cellen[k];
          uit[plan.kolommen[k]] = typeof w === "number" ? getal(w, plan.soorten[k]) : w;
        }
      }
      await this.schrijf(uit);
    }
  }
}

/** A line with nothing on it (not even separators). */
const isLegeRegel = (rij: readonly unknown[]) => rij.length === 1 && rij[0] === "";

async function schrijfRijen(
  parser: AsyncIterable<string[]>,
  schrijver: Regelschrijver,
  delimiter: string,
  regeleinde: string,
  set: Tariefset,
  declaraties: Declaraties | undefined,
  voortgang: (rijen: number) => void,
): Promise<Bestandsuitkomst> {
  const poort = new CsvPoort(parser, schrijver, delimiter, regeleinde);
  const uitkomst = await draaiBestand(
    poort,
    { set, declaraties, voortgang },
    { leeg: "Het bestand is leeg: de eerste regel moet de kolomkoppen bevatten.", kop: (tekst) => tekst },
  );
  await schrijver.sluit();
  return { samenvatting: uitkomst.samenvatting };
}
