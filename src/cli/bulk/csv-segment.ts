import { isAscii, isUtf8 } from "node:buffer";
import { parse as parseSync } from "csv-parse/sync";
import {
  Bulkrun,
  maakBulkplan,
  teBredeRij,
  UITVOER,
  type Bulkplan,
  type Declaraties,
  type Rijuitkomsten,
  type Samenvattingstaat,
  type Tariefset,
  type TeBredeRij,
} from "../../engine";
import { csvVeld } from "./csv-regel";
import { segmentPositie } from "./rekenthreads";
import type { Regeleinde } from "./csv-segmenten";
import { naar1252, van1252, type Tekenset } from "./tekenset";

/** What every part of one CSV run shares: the header as read, how the file writes fields and lines. */
export interface Csvopdracht {
  koppen: string[];
  scheiding: string;
  regeleinde: Regeleinde;
  tekenset: Tekenset["naam"];
}

/**
 * What became of one segment of data lines: its output bytes, or why the run stops there. Row and line numbers
 * are counted from the segment's start; the caller, which knows what came before, makes them the file's.
 */
export type Segmentuitkomst =
  | { soort: "ok"; uit: Uint8Array; records: number; regels: number }
  | { soort: "breedte"; fout: TeBredeRij }
  | { soort: "csv"; code: string; lines: number | undefined; column: number | string | undefined }
  | { soort: "geenUtf8" }
  /** A field in quotes that was not closed within TE_LANG bytes (see segmenten). */
  | { soort: "teLang" };

const MELDING = UITVOER.indexOf("Melding");

/** Rows per block of the engine's run: large enough to amortise the per-block steps, small enough for the cache. */
const RIJEN_PER_BLOK = 4096;

/**
 * The lines of a segment without any quote, without their line ends: in CSV a field without quotes holds no
 * separator and no line break, so the separator and the line ends are all there is to it, and a split is the
 * whole reading. Null when a line break of another kind stands in a line (a CR in an LF file, a bare LF in a CRLF
 * file): csv-parse then reads the segment, so that it is read and written exactly as before.
 */
function regelsZonderQuotes(tekst: string, o: Csvopdracht): string[] | null {
  const cr = o.regeleinde === "\r";
  const regels = tekst.split(cr ? "\r" : "\n");
  // A segment ends at a line end (all but the file's last, which may have none): no line after it.
  const open = regels[regels.length - 1] !== "";
  if (!open) regels.pop();
  const crlf = o.regeleinde === "\r\n";
  const laatste = open ? regels.length - 1 : -1;
  const ander = cr ? "\n" : "\r";
  for (let i = 0; i < regels.length; i++) {
    const regel = regels[i];
    const positie = regel.indexOf(ander);
    if (!crlf) {
      if (positie !== -1) return null;
    } else if (positie === -1) {
      if (i !== laatste) return null;
    } else if (positie !== regel.length - 1 || i === laatste) return null;
    else regels[i] = regel.slice(0, -1);
  }
  return regels;
}

/**
 * The line (1-based, in the text) where the CSV reader found a fault: for a quote that is never closed, the line
 * where it opened (the reader only notices at the end); else the line it had come to (`bytes` read, counted in
 * UTF-8 as the reader counts them). The reader's own line count goes astray after line breaks inside quotes.
 */
export function foutregel(
  tekst: string,
  code: string,
  bytes: number | undefined,
  einde: Regeleinde,
): number | undefined {
  const teken = einde === "\r" ? "\r" : "\n";
  const regelVan = (positie: number) => telRegels(tekst.slice(0, positie), einde) + 1;
  if (code === "CSV_QUOTE_NOT_CLOSED") {
    let open = -1;
    let binnen = false;
    for (let i = tekst.indexOf('"'); i !== -1; i = tekst.indexOf('"', i + 1)) {
      binnen = !binnen;
      if (binnen) open = i;
    }
    if (binnen) return regelVan(open);
  }
  if (bytes === undefined) return undefined;
  const gelezen = Buffer.from(tekst, "utf8").subarray(0, bytes);
  let n = 1;
  for (let i = gelezen.indexOf(teken); i !== -1; i = gelezen.indexOf(teken, i + 1)) n++;
  return n;
}

/** Line ends in a text (a CR file's CRs, else its LFs): the segment's share of the file's line numbers. */
function telRegels(tekst: string, einde: Regeleinde): number {
  const teken = einde === "\r" ? "\r" : "\n";
  let n = 0;
  for (let i = tekst.indexOf(teken); i !== -1; i = tekst.indexOf(teken, i + 1)) n++;
  return n;
}

/**
 * A segment's output bytes, each line encoded as soon as it is made: a line's pieces then die young, where
 * gathering the lines as text and encoding them at the end kept them all alive (measured: a quarter of the time).
 * A line of an ASCII segment can also be put together byte by byte: its own bytes copied, the amounts written as
 * digits; no string is made for it at all (measured: a fifth of a segment's time).
 */
export class Uitvoerbuffer {
  private buffer: Buffer;
  private lengte = 0;

  constructor(
    private readonly tekenset: Tekenset["naam"],
    verwacht: number,
  ) {
    this.buffer = Buffer.allocUnsafeSlow(verwacht * 3 + 65536);
  }

  /** Room for at least `n` more bytes. */
  ruimte(n: number): void {
    if (this.lengte + n <= this.buffer.length) return;
    const groter = Buffer.allocUnsafeSlow(Math.max(this.buffer.length * 2, this.lengte + n));
    this.buffer.copy(groter, 0, 0, this.lengte);
    this.buffer = groter;
  }

  schrijf(tekst: string): void {
    // At most three bytes per UTF-16 unit in UTF-8, one in Windows-1252.
    this.ruimte(tekst.length * 3);
    if (this.tekenset === "utf-8") this.lengte += this.buffer.write(tekst, this.lengte, "utf8");
    else this.lengte += naar1252(tekst).copy(this.buffer, this.lengte);
  }

  /** A short text (a word of the output): char by char when it is ASCII, as schrijf otherwise. After ruimte. */
  kort(tekst: string): void {
    const b = this.buffer;
    let l = this.lengte;
    for (let j = 0; j < tekst.length; j++) {
      const c = tekst.charCodeAt(j);
      if (c >= 0x80) return this.schrijf(tekst);
      b[l++] = c;
    }
    this.lengte = l;
  }

  /** `n` bytes of `bron` from `vanaf`, copied as they are. After ruimte. */
  kopieer(bron: Buffer, vanaf: number, n: number): void {
    this.lengte += bron.copy(this.buffer, this.lengte, vanaf, vanaf + n);
  }

  /** A byte `n` times. After ruimte. */
  herhaal(byte: number, n: number): void {
    for (let j = 0; j < n; j++) this.buffer[this.lengte++] = byte;
  }

  /** Hundredths as digits with two decimals, as centenAlsTekst writes them ("7687,68"); nothing for NaN. After ruimte. */
  honderdsten(h: number, decimaal: number): void {
    if (Number.isNaN(h)) return;
    const b = this.buffer;
    const n = Math.round(Math.abs(h));
    if (h < 0 && n !== 0) b[this.lengte++] = 0x2d;
    let heel = Math.floor(n / 100);
    const rest = n - heel * 100;
    let cijfers = 1;
    for (let m = heel; m >= 10; m = Math.floor(m / 10)) cijfers++;
    let l = this.lengte + cijfers;
    this.lengte = l;
    do {
      const volgende = Math.floor(heel / 10);
      b[--l] = 0x30 + heel - volgende * 10;
      heel = volgende;
    } while (heel > 0);
    const tiental = Math.floor(rest / 10);
    b[this.lengte++] = decimaal;
    b[this.lengte++] = 0x30 + tiental;
    b[this.lengte++] = 0x30 + rest - tiental * 10;
  }

  /** The bytes written, in a buffer of their own (it may move to another thread). */
  bytes(): Buffer {
    return this.buffer.subarray(0, this.lengte);
  }
}

/**
 * One part of a CSV run: computes segments of data lines in the order given, each to its output lines, and keeps
 * the summary of the rows it did. The same on a worker thread and, for a small file or from source, on the main one.
 */
export class Segmentverwerker {
  private readonly plan: Bulkplan;
  // When every output is a new column, in UITVOER's order from `achteraan` on, a row no wider than that gets its
  // outputs appended to its own text; else (outputs already in the header: -1) the row is written field by field.
  private readonly achteraan: number;
  private readonly run: Bulkrun;
  private uitkomsten: Rijuitkomsten | undefined;
  private uitvoer: Uitvoerbuffer | null = null;
  // The segment's bytes when its lines may be copied byte for byte, and where the next line starts in them.
  private invoer: Buffer | null = null;
  private positie = 0;
  // Amounts with the file's decimal sign: a comma where the separator is not one (Excel in Dutch).
  private readonly decimaal: string;

  constructor(
    private readonly opdracht: Csvopdracht,
    set: Tariefset,
    declaraties: Declaraties | undefined,
  ) {
    const p = maakBulkplan(opdracht.koppen);
    if (!p.ok) throw new Error("kopregel zonder plan");
    this.plan = p.plan;
    const { nieuw, kolommen, breedte } = p.plan;
    const eerste = kolommen[0];
    const alleNieuw = nieuw.length === UITVOER.length && breedte === eerste + UITVOER.length;
    this.achteraan = alleNieuw && kolommen.every((k, i) => k === eerste + i) ? eerste : -1;
    this.run = new Bulkrun(p.plan.kaart, set, declaraties);
    this.decimaal = opdracht.scheiding === "," ? "." : ",";
  }

  /** A segment: whole lines, from a line start outside quotes; `zonderQuotes` when it holds no quote at all. */
  verwerk(bytes: Uint8Array, zonderQuotes: boolean, nummer = 0): Segmentuitkomst {
    const o = this.opdracht;
    this.run.samenvatting.positie = segmentPositie(nummer);
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let tekst: string;
    if (o.tekenset === "utf-8") {
      if (!isUtf8(buffer)) return { soort: "geenUtf8" };
      tekst = buffer.toString("utf8");
    } else tekst = van1252(buffer);
    const regels = zonderQuotes ? regelsZonderQuotes(tekst, o) : null;
    let rijen: string[][] | null = null;
    if (!regels) {
      try {
        rijen = parseSync(tekst, {
          delimiter: o.scheiding,
          record_delimiter: o.regeleinde,
          relax_column_count: true,
          skip_empty_lines: false,
        }) as string[][];
      } catch (fout) {
        const f = fout as { code?: string; bytes?: number; column?: number | string };
        if (!f?.code) throw fout;
        return { soort: "csv", code: f.code, lines: foutregel(tekst, f.code, f.bytes, o.regeleinde), column: f.column };
      }
    }
    const aantal = regels ? regels.length : rijen!.length;
    this.uitvoer = new Uitvoerbuffer(o.tekenset, bytes.byteLength);
    // An ASCII segment read without quotes: a line's characters are its bytes, so its bytes can be copied.
    this.invoer = regels && isAscii(buffer) ? buffer : null;
    this.positie = 0;
    for (let s = 0; s < aantal; s += RIJEN_PER_BLOK) {
      const n = Math.min(RIJEN_PER_BLOK, aantal - s);
      // Split a block at a time: only a block's fields are alive at once, which keeps the collector's work small.
      const blok = new Array<string[]>(n);
      if (regels) for (let r = 0; r < n; r++) blok[r] = regels[s + r].split(o.scheiding);
      else for (let r = 0; r < n; r++) blok[r] = rijen![s + r];
      const te = teBredeRij(blok, this.plan);
      if (te) return { soort: "breedte", fout: { ...te, rij: s + te.rij } };
      const uit = (this.uitkomsten = this.run.rekenBlok(blok, this.uitkomsten));
      // Counted before the cells are quoted for output: the summary reads the provider's name as it was.
      this.run.telBlok(blok, uit);
      this.regels(blok, uit, regels, s);
    }
    const uit = this.uitvoer.bytes();
    this.uitvoer = null;
    return { soort: "ok", uit, records: aantal, regels: regels ? regels.length : telRegels(tekst, o.regeleinde) };
  }

  /** Output cell k of row r as a CSV field: only the message can hold a separator or a quote. */
  private veld(uit: Rijuitkomsten, r: number, k: number): string {
    const tekst = uit.tekst(r, k, this.decimaal);
    return k === MELDING && tekst !== "" ? csvVeld(tekst, this.opdracht.scheiding) : tekst;
  }

  /**
   * A block's output lines: each row's own fields as read, the output cells at the plan's columns. A line read
   * without quotes whose outputs all come after its last field is its own text with the outputs appended.
   */
  private regels(blok: string[][], uit: Rijuitkomsten, gelezen: string[] | null, start: number): void {
    const { scheiding, regeleinde } = this.opdracht;
    const { breedte, kolommen } = this.plan;
    const achteraan = this.achteraan;
    const uitvoer = this.uitvoer!;
    for (let r = 0; r < blok.length; r++) {
      const rij = blok[r];
      const positie = this.positie;
      if (gelezen) this.positie += gelezen[start + r].length + regeleinde.length;
      // An empty line stays an empty line.
      if (rij.length === 1 && rij[0] === "") {
        uitvoer.schrijf(regeleinde);
        continue;
      }
      const overgeslagen = uit.overgeslagen(r);
      if (gelezen && rij.length <= achteraan) {
        if (this.invoer) this.alsBytes(uit, r, positie, gelezen[start + r].length, rij.length, overgeslagen);
        else {
          // A blank row keeps its (empty) output cells; every other row gets all of them.
          let regel = gelezen[start + r] + this.scheidingen(achteraan - rij.length);
          if (overgeslagen) regel += this.scheidingen(breedte - achteraan);
          else for (let k = 0; k < UITVOER.length; k++) regel += scheiding + this.veld(uit, r, k);
          uitvoer.schrijf(regel + regeleinde);
        }
        continue;
      }
      // Fields csv-parse read may need quotes again (a separator inside); fields read without quotes need none.
      if (!gelezen) for (let k = 0; k < rij.length; k++) rij[k] = csvVeld(rij[k], scheiding);
      while (rij.length < breedte) rij.push("");
      if (!overgeslagen) for (let k = 0; k < UITVOER.length; k++) rij[kolommen[k]] = this.veld(uit, r, k);
      uitvoer.schrijf(rij.join(scheiding) + regeleinde);
    }
  }

  /** As the text path in regels, byte by byte: the line's own bytes, then the outputs (see Uitvoerbuffer). */
  private alsBytes(uit: Rijuitkomsten, r: number, positie: number, lengte: number, velden: number, leeg: boolean) {
    const uitvoer = this.uitvoer!;
    const achteraan = this.achteraan;
    const scheiding = this.opdracht.scheiding.charCodeAt(0);
    const decimaal = this.decimaal.charCodeAt(0);
    const soorten = this.plan.soorten;
    uitvoer.ruimte(lengte + this.plan.breedte + 40 * UITVOER.length + uit.melding[r].length * 6 + 2);
    uitvoer.kopieer(this.invoer!, positie, lengte);
    uitvoer.herhaal(scheiding, achteraan - velden);
    if (leeg) uitvoer.herhaal(scheiding, this.plan.breedte - achteraan);
    else
      for (let k = 0; k < UITVOER.length; k++) {
        uitvoer.herhaal(scheiding, 1);
        const soort = soorten[k];
        if (soort === "euro" || soort === "procent") {
          const h = uit.honderdsten(r, k);
          uitvoer.honderdsten(h, decimaal);
          if (soort === "procent" && !Number.isNaN(h)) uitvoer.herhaal(0x25, 1);
        } else uitvoer.kort(this.veld(uit, r, k));
      }
    uitvoer.kort(this.opdracht.regeleinde);
  }

  // Runs of separators, made once: empty fields that pad a short row.
  private readonly leeg: string[] = [];
  private scheidingen(n: number): string {
    return (this.leeg[n] ??= this.opdracht.scheiding.repeat(n));
  }

  /** The summary of the rows done; with declarations, those no row took are named (call once, at the end). */
  staat(): Samenvattingstaat {
    this.run.sluitAf();
    return this.run.samenvatting.staat();
  }
}
