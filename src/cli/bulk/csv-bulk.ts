import { isUtf8 } from "node:buffer";
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { parse as parseSync } from "csv-parse/sync";
import {
  maakBulkplan,
  ontbrekendeKolommenTekst,
  Samenvatting,
  somDeclaraties,
  teBredeRijTekst,
  type Declaraties,
  type Tariefset,
} from "../../engine";
import { bestandsreden, csvFout, GebruiksFout, naamInMelding } from "../fouten";
import { per100000 } from "./bestanden";
import { csvRegel } from "./csv-regel";
import { foutregel, Segmentverwerker, type Csvopdracht, type Segmentuitkomst } from "./csv-segment";
import { segmenten, TE_LANG, type Regeleinde, type Segment } from "./csv-segmenten";
import {
  aantalThreads,
  eigenGeheugen,
  hier,
  inVolgorde,
  segmentgrootte,
  threads,
  werkerdata,
  type Rekenaars,
} from "./rekenthreads";
import { beginAlsTekst, decodeer, GeenUtf8, naar1252, raadTekenset, van1252, type Tekenset } from "./tekenset";

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
  // The input is read by position, in pieces: a pipe or a device is no file to recalculate.
  let fd: number;
  try {
    if (!statSync(pad).isFile())
      throw new GebruiksFout(`'${naamInMelding(pad)}' is geen gewoon bestand (een map, pijp of apparaat).`);
    fd = openSync(pad, "r");
  } catch (fout) {
    if (fout instanceof GebruiksFout) throw fout;
    throw new GebruiksFout(`Bestand '${naamInMelding(pad)}' kan niet worden gelezen: ${bestandsreden(fout)}.`);
  }
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const stuk = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
    soortControle(stuk);
    const tekenset = raadTekenset(stuk);
    const tekst = beginAlsTekst(stuk, tekenset);
    // The first line with its line end (CRLF, LF, or CR alone from Excel for Mac).
    const einde = /\r\n|\n|\r/.exec(tekst);
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

/**
 * Data is read and computed in segments of this many bytes (whole lines). Small ones keep a thread's work in its
 * young generation and the threads evenly fed: on the 1,048,576-row bench file 512 KB took 2.1 s and 290 MB,
 * 4 MB 2.5 s and 750 MB.
 */
const SEGMENT = 512 * 1024;

/** The lines before the data: a "sep=" line, empty lines, the header; and where the data starts. */
interface Kop {
  /** The bytes before the header that are written back as they are (the "sep=" line, empty lines). */
  voor: Buffer;
  /** The header record's text (without its line end), or null when the file has no header. */
  kop: string | null;
  /** How the file ends its lines, from its first line end. */
  regeleinde: Regeleinde;
  /** Physical lines before the data (for the CSV reader's line numbers), and before the header. */
  regels: number;
  voorKop: number;
  /** Byte offset of the first data line. */
  data: number;
}

/**
 * Where the line starting at `van` ends (the index after its line end, outside quotes), or -1 when `bytes` holds
 * no such end; with `einde` null, the first line end of any kind decides the file's kind.
 */
function regelEinde(
  bytes: Uint8Array,
  van: number,
  einde: Regeleinde | null,
): { na: number; einde: Regeleinde } | null {
  let quotes = 0;
  for (let j = van; j < bytes.length; j++) {
    const b = bytes[j];
    if (b === 0x22) quotes++;
    else if ((quotes & 1) === 1) continue;
    else if (b === 0x0a && (einde === null || einde === "\n" || (einde === "\r\n" && j > van && bytes[j - 1] === 0x0d)))
      return { na: j + 1, einde: einde ?? "\n" };
    else if (b === 0x0d && (einde === null || einde === "\r")) {
      // A CR at the very end of what was read: whether an LF follows is not known yet.
      if (einde === null && j + 1 >= bytes.length) return null;
      const crlf = einde === null && bytes[j + 1] === 0x0a;
      return { na: j + (crlf ? 2 : 1), einde: einde ?? (crlf ? "\r\n" : "\r") };
    }
  }
  return null;
}

/** Reads the start of the file up to the end of the header record (a line end outside quotes). */
async function leesKop(bron: FileHandle, tekenset: Tekenset, sep: boolean): Promise<Kop> {
  let grootte = 64 * 1024;
  for (;;) {
    const buffer = Buffer.alloc(grootte);
    const { bytesRead } = await bron.read(buffer, 0, grootte, 0);
    const bytes = buffer.subarray(0, bytesRead);
    const heel = bytesRead < grootte;
    const begin = tekenset.bom ? 3 : 0;
    // The file's first line end says how it ends its lines (a file of one line: LF, as it gets nothing more).
    const eerste = regelEinde(bytes, begin, null);
    if (eerste === null && !heel) {
      grootte *= 4;
      continue;
    }
    const einde: Regeleinde = eerste?.einde ?? "\n";
    const teken = einde === "\r" ? 0x0d : 0x0a;
    let i = begin;
    let regels = 0;
    // The "sep=" line is written back as it was; empty lines before the header too.
    if (sep) {
      i = regelEinde(bytes, i, einde)?.na ?? bytes.length;
      regels++;
    }
    for (let leeg = true; leeg && i < bytes.length;) {
      leeg = einde === "\r\n" ? bytes[i] === 0x0d && bytes[i + 1] === 0x0a : bytes[i] === teken;
      if (leeg) {
        i += einde.length;
        regels++;
      }
    }
    const kop = regelEinde(bytes, i, einde);
    if (kop === null && !heel) {
      grootte *= 4;
      continue;
    }
    const eind = kop?.na ?? bytes.length;
    const kopBytes = bytes.subarray(i, eind);
    if (tekenset.naam === "utf-8" && !isUtf8(kopBytes)) throw new GeenUtf8();
    const tekst = tekenset.naam === "utf-8" ? kopBytes.toString("utf8") : van1252(kopBytes);
    const voorKop = regels;
    // A header cell with a line break in it (Alt+Enter) is a line of the file too.
    for (const b of kopBytes) if (b === teken) regels++;
    return {
      voorKop,
      voor: Buffer.from(bytes.subarray(begin, i)),
      kop: tekst === "" ? null : tekst.endsWith(einde) ? tekst.slice(0, -einde.length) : tekst,
      regeleinde: einde,
      regels: kop === null ? regels + 1 : regels,
      data: eind,
    };
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
  const sep = /^sep=(.)(?:\r\n|\n|\r)?$/i.exec(regel);
  const scheiding = sep ? sep[1] : scheidingsteken(regel.replace(/(?:\r\n|\n|\r)$/, ""));
  const bron = await open(invoer, "r");
  let doel: FileHandle | null = null;
  let rekenaars: Rekenaars<Segment, Segmentuitkomst> | null = null;
  try {
    const kop = await leesKop(bron, tekenset, sep !== null);
    const { regeleinde } = kop;
    const koppen = kop.kop === null ? null : leesKoppen(kop.kop, scheiding, regeleinde, kop.voorKop);
    if (koppen === null) throw new GebruiksFout("Het bestand is leeg: de eerste regel moet de kolomkoppen bevatten.");
    const p = maakBulkplan(koppen);
    if (!p.ok) throw new GebruiksFout(ontbrekendeKolommenTekst(p.ontbreekt));
    const opdracht: Csvopdracht = { koppen, scheiding, regeleinde, tekenset: tekenset.naam };
    doel = await open(uitvoer, "w");
    const codeer = (tekst: string) => (tekenset.naam === "utf-8" ? Buffer.from(tekst, "utf8") : naar1252(tekst));
    const kopUit = [...koppen];
    for (const nieuw of p.plan.nieuw) kopUit[nieuw.kolom] = nieuw.naam;
    await schrijfAlles(
      doel,
      Buffer.concat([
        tekenset.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0),
        kop.voor,
        codeer(csvRegel(kopUit, scheiding, regeleinde)),
      ]),
    );
    // A file of one segment is done here; a larger one on threads of its own, while this one reads and writes.
    const grootte = (await bron.stat()).size;
    const gekozen =
      (grootte - kop.data > segmentgrootte(SEGMENT)
        ? threads<Segment, Segmentuitkomst>(
            join(__dirname, "csv-werker.js"),
            werkerdata(opdracht, set, declaraties),
            aantalThreads(declaraties !== undefined),
            // The segment's memory moves to the thread (the reader makes a buffer per segment).
            (s) => eigenGeheugen(s.bytes),
          )
        : null) ?? hier(verwerkerVoor(opdracht, set, declaraties));
    rekenaars = gekozen;
    const telVoortgang = per100000(voortgang);
    let records = 0;
    let regels = kop.regels;
    // Written in the order of the file as each segment is done.
    await inVolgorde(
      segmenten(bron, kop.data, segmentgrootte(SEGMENT), regeleinde, scheiding),
      (nummer, segment): Promise<Segmentuitkomst> =>
        segment.teLang ? Promise.resolve({ soort: "teLang" }) : gekozen.verwerk(nummer, segment),
      async (u) => {
        if (u.soort === "geenUtf8") throw new GeenUtf8();
        if (u.soort === "teLang")
          throw new GebruiksFout(
            `Vanaf regel ${regels + 1} van het CSV-bestand staat een veld tussen aanhalingstekens dat na ${TE_LANG / 2 ** 20} MB nog niet is gesloten: ontbreekt er een aanhalingsteken? Zet een veld met ; , of " tussen dubbele aanhalingstekens en schrijf een " erin als "". Er is niets geschreven.`,
          );
        if (u.soort === "csv") {
          const lines = u.lines === undefined ? undefined : regels + u.lines;
          throw csvFout({ ...u, lines }) ?? csvFout({ code: "CSV_ONBEKEND", lines, column: u.column });
        }
        if (u.soort === "breedte") throw new GebruiksFout(teBredeRijTekst(records + u.fout.rij + 1, u.fout));
        await schrijfAlles(doel!, u.uit);
        records += u.records;
        regels += u.regels;
        telVoortgang(records);
      },
    );
    const samenvatting = new Samenvatting();
    for (const staat of await gekozen.staten()) samenvatting.voegSamen(staat);
    return { samenvatting };
  } finally {
    await rekenaars?.stop();
    await bron.close();
    await doel?.close();
  }
}

/** This thread's segment computer, in the form the threads serve it. */
function verwerkerVoor(opdracht: Csvopdracht, set: Tariefset, declaraties: Declaraties | undefined) {
  const v = new Segmentverwerker(opdracht, set, declaraties);
  return { verwerk: (s: Segment, n: number) => v.verwerk(s.bytes, s.zonderQuotes, n), staat: () => v.staat() };
}

/** All of `bytes` to the file: one write may take only part of them (a disk filling up), the rest goes after. */
async function schrijfAlles(doel: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let klaar = 0; klaar < bytes.length;) klaar += (await doel.write(bytes, klaar)).bytesWritten;
}

/** The header record as fields; a header the CSV reader cannot read is said plainly, with its line. */
function leesKoppen(tekst: string, delimiter: string, regeleinde: Regeleinde, voor: number): string[] {
  try {
    const rijen = parseSync(tekst, { delimiter, record_delimiter: regeleinde, relax_column_count: true }) as string[][];
    return rijen[0] ?? [];
  } catch (fout) {
    const f = fout as { code?: string; bytes?: number };
    const regel = f.code ? foutregel(tekst, f.code, f.bytes, regeleinde) : undefined;
    throw csvFout({ ...(fout as object), lines: regel === undefined ? undefined : voor + regel }) ?? fout;
  }
}
