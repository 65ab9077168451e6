import { isUtf8 } from "node:buffer";
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
import { naar1252, van1252, type Tekenset } from "./tekenset";

/** What every part of one CSV run shares: the header as read, how the file writes fields and lines. */
export interface Csvopdracht {
  koppen: string[];
  scheiding: string;
  regeleinde: "\r\n" | "\n";
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
  | { soort: "geenUtf8" };

/** Rows per block of the engine's run: large enough to amortise the per-block steps, small enough for the cache. */
const RIJEN_PER_BLOK = 4096;

/**
 * The lines of a segment without any quote, as fields: in CSV a field without quotes holds no separator and no
 * line break, so the separator and the line ends are all there is to it, and a split is the whole reading.
 * Null when a carriage return stands elsewhere than at a line end of a CRLF file: csv-parse then reads the
 * segment, so that such a field is read (and quoted on output) exactly as before.
 */
function velden(tekst: string, o: Csvopdracht): string[][] | null {
  const regels = tekst.split("\n");
  // A segment ends at a line end (all but the file's last, which may have none): no line after it.
  const open = regels[regels.length - 1] !== "";
  if (!open) regels.pop();
  const crlf = o.regeleinde === "\r\n";
  const rijen = new Array<string[]>(regels.length);
  for (let i = 0; i < regels.length; i++) {
    let regel = regels[i];
    const cr = regel.indexOf("\r");
    if (cr !== -1) {
      if (!crlf || cr !== regel.length - 1 || (open && i === regels.length - 1)) return null;
      regel = regel.slice(0, -1);
    } else if (crlf && !(open && i === regels.length - 1)) return null;
    rijen[i] = regel.split(o.scheiding);
  }
  return rijen;
}

/** Line ends in a text: the segment's share of the file's line numbers. */
function telRegels(tekst: string): number {
  let n = 0;
  for (let i = tekst.indexOf("\n"); i !== -1; i = tekst.indexOf("\n", i + 1)) n++;
  return n;
}

/**
 * One part of a CSV run: computes segments of data lines in the order given, each to its output lines, and keeps
 * the summary of the rows it did. The same on a worker thread and, for a small file or from source, on the main one.
 */
export class Segmentverwerker {
  private readonly plan: Bulkplan;
  private readonly run: Bulkrun;
  private uitkomsten: Rijuitkomsten | undefined;
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
    this.run = new Bulkrun(p.plan.kaart, set, declaraties);
    this.decimaal = opdracht.scheiding === "," ? "." : ",";
  }

  /** A segment: whole lines, from a line start outside quotes; `zonderQuotes` when it holds no quote at all. */
  verwerk(bytes: Uint8Array, zonderQuotes: boolean): Segmentuitkomst {
    const o = this.opdracht;
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let tekst: string;
    if (o.tekenset === "utf-8") {
      if (!isUtf8(buffer)) return { soort: "geenUtf8" };
      tekst = buffer.toString("utf8");
    } else tekst = van1252(buffer);
    let rijen = zonderQuotes ? velden(tekst, o) : null;
    let regels = rijen ? rijen.length : 0;
    if (!rijen) {
      try {
        rijen = parseSync(tekst, {
          delimiter: o.scheiding,
          record_delimiter: o.regeleinde,
          relax_column_count: true,
          skip_empty_lines: false,
        }) as string[][];
      } catch (fout) {
        const f = fout as { code?: string; lines?: number; column?: number | string };
        if (!f?.code) throw fout;
        return { soort: "csv", code: f.code, lines: f.lines, column: f.column };
      }
      regels = telRegels(tekst);
    }
    const delen: string[] = [];
    for (let s = 0; s < rijen.length; s += RIJEN_PER_BLOK) {
      const blok = rijen.slice(s, s + RIJEN_PER_BLOK);
      const te = teBredeRij(blok, this.plan);
      if (te) return { soort: "breedte", fout: { ...te, rij: s + te.rij } };
      const uit = (this.uitkomsten = this.run.rekenBlok(blok, this.uitkomsten));
      // Counted before the cells are quoted for output: the summary reads the provider's name as it was.
      this.run.telBlok(blok, uit);
      delen.push(this.regels(blok, uit, !zonderQuotes));
    }
    const alles = delen.join("");
    const uit = o.tekenset === "utf-8" ? Buffer.from(alles, "utf8") : naar1252(alles);
    return { soort: "ok", uit, records: rijen.length, regels };
  }

  /** A block's output lines: each row's own fields as read, the output cells at the plan's columns. */
  private regels(blok: string[][], uit: Rijuitkomsten, quotes: boolean): string {
    const { scheiding, regeleinde } = this.opdracht;
    const { breedte, kolommen } = this.plan;
    const regels = new Array<string>(blok.length);
    for (let r = 0; r < blok.length; r++) {
      const rij = blok[r];
      // An empty line stays an empty line.
      if (rij.length === 1 && rij[0] === "") {
        regels[r] = regeleinde;
        continue;
      }
      // Fields read without quotes need none; fields csv-parse read may (a separator inside).
      if (quotes) for (let k = 0; k < rij.length; k++) rij[k] = csvVeld(rij[k], scheiding);
      while (rij.length < breedte) rij.push("");
      // A blank row keeps its output cells as they were; every other row gets all of them.
      if (!uit.overgeslagen(r))
        for (let k = 0; k < UITVOER.length; k++) rij[kolommen[k]] = csvVeld(uit.tekst(r, k, this.decimaal), scheiding);
      regels[r] = rij.join(scheiding) + regeleinde;
    }
    return regels.join("");
  }

  /** The summary of the rows done; with declarations, those no row took are named (call once, at the end). */
  staat(): Samenvattingstaat {
    this.run.sluitAf();
    return this.run.samenvatting.staat();
  }
}
