import { Parser } from "htmlparser2";
import { celWaarde, escapeXml, kolomLetters, kolomVan } from "./xlsx-delen";

export interface Cel {
  kolom: number;
  start: number;
  eind: number;
}

/** A non-empty row of the sheet as read: its number, its values by column, and where it is in the XML. */
export interface Bladrij {
  nr: number;
  /** The namespace prefix of the sheet's tags ("" or, in some writers' files, "x:"). */
  readonly prefix: string;
  waarden: unknown[];
  /** Index of this row's piece in the output, filled by vul. */
  readonly stuk: number;
  readonly start: number;
  readonly openEind: number;
  readonly eind: number;
  readonly cellen: Cel[];
}

/**
 * XML for one cell: numbers as values (with a style), text as an inline string, "" as nothing. `p` is the sheet's
 * namespace prefix ("x:" in some writers' files), so a new cell is in the same namespace as its row.
 */
export function celXml(ref: string, waarde: unknown, stijl?: number, p = ""): string {
  if (waarde === "" || waarde === null || waarde === undefined) return "";
  if (typeof waarde === "number") {
    // A number a cell cannot hold (Infinity) is no value: the cell stays empty rather than break the file.
    if (!Number.isFinite(waarde)) return "";
    return `<${p}c r="${ref}"${stijl === undefined ? "" : ` s="${stijl}"`}><${p}v>${waarde}</${p}v></${p}c>`;
  }
  const tekst = escapeXml(String(waarde));
  return `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t xml:space="preserve">${tekst}</${p}t></${p}is></${p}c>`;
}

/** How much of the sheet XML the parser takes per step: rows are handed out in blocks, not all at once. */
const STAP = 1 << 18;

/**
 * Reads a worksheet's XML row by row, in blocks, and writes it back with new cells merged into rows (vul).
 * Every cell not replaced is copied character for character; so are all parts of the sheet outside the rows.
 * A row's piece of the output stays open until vul fills it, so rows can be computed in blocks.
 */
export class Bladherschrijver {
  private readonly uit: string[] = [];
  private gekopieerd = 0;
  private gevoed = 0;
  private dimensieStuk = -1;
  private klaarGelezen = false;
  private readonly wachtrij: Bladrij[] = [];
  private readonly parser: Parser;

  constructor(
    private readonly xml: string,
    gedeeld: readonly string[],
  ) {
    type Open = { nr: number; prefix: string; start: number; openEind: number; cellen: Cel[]; waarden: unknown[] };
    let rij: Open | null = null;
    // Rows may leave out their number (r is optional): then a row is the one after the previous.
    let vorigeNr = 0;
    // Tags may carry a namespace prefix (<x:row>): matched by their local name.
    const lokaal = (naam: string) => naam.slice(naam.indexOf(":") + 1);
    let cel: { kolom: number; start: number; type?: string; tekst: string; inIs: boolean } | null = null;
    let tekstVeld = false;
    let volgendeKolom = 0;
    const parser: Parser = new Parser(
      {
        onopentag: (volledig, attr) => {
          const naam = lokaal(volledig);
          if (naam === "dimension") {
            this.uit.push(xml.slice(this.gekopieerd, parser.startIndex));
            this.dimensieStuk = this.uit.length;
            this.uit.push(xml.slice(parser.startIndex, parser.endIndex + 1));
            this.gekopieerd = parser.endIndex + 1;
          } else if (naam === "row") {
            const nr = attr.r && Number.isInteger(Number(attr.r)) ? Number(attr.r) : vorigeNr + 1;
            vorigeNr = nr;
            const prefix = volledig.slice(0, volledig.length - naam.length);
            rij = { nr, prefix, start: parser.startIndex, openEind: parser.endIndex, cellen: [], waarden: [] };
            volgendeKolom = 0;
          } else if (naam === "c" && rij) {
            const kolom = attr.r ? kolomVan(attr.r) : volgendeKolom;
            volgendeKolom = kolom + 1;
            cel = { kolom, start: parser.startIndex, type: attr.t, tekst: "", inIs: false };
          } else if (cel && (naam === "v" || (naam === "t" && cel.inIs))) tekstVeld = true;
          else if (cel && naam === "is") cel.inIs = true;
        },
        ontext: (tekst) => {
          if (tekstVeld && cel) cel.tekst += tekst;
        },
        onclosetag: (volledig) => {
          const naam = lokaal(volledig);
          if (naam === "v" || naam === "t") tekstVeld = false;
          else if (naam === "c" && cel && rij) {
            rij.cellen.push({ kolom: cel.kolom, start: cel.start, eind: parser.endIndex + 1 });
            rij.waarden[cel.kolom] = celWaarde(cel.type, cel.tekst, gedeeld);
            cel = null;
          } else if (naam === "row" && rij) {
            const r = rij;
            rij = null;
            for (let i = 0; i < r.waarden.length; i++) if (r.waarden[i] === undefined) r.waarden[i] = "";
            // An empty row is no row to process: it is copied with what follows.
            if (r.waarden.every((w) => w === "")) return;
            this.uit.push(xml.slice(this.gekopieerd, r.start));
            const stuk = this.uit.length;
            this.uit.push(xml.slice(r.start, parser.endIndex + 1));
            this.gekopieerd = parser.endIndex + 1;
            this.wachtrij.push({ ...r, stuk, eind: parser.endIndex + 1 });
          }
        },
      },
      { xmlMode: true, decodeEntities: true },
    );
    this.parser = parser;
  }

  /** The next non-empty rows, at most `max`, in sheet order; an empty list at the end of the sheet. */
  volgende(max: number): Bladrij[] {
    while (this.wachtrij.length < max && !this.klaarGelezen) {
      if (this.gevoed >= this.xml.length) {
        this.parser.end();
        this.klaarGelezen = true;
      } else {
        this.parser.write(this.xml.slice(this.gevoed, this.gevoed + STAP));
        this.gevoed += STAP;
      }
    }
    return this.wachtrij.splice(0, Math.min(max, this.wachtrij.length));
  }

  /** Replaces cells of a row (column -> cell XML; "" clears that cell); a row never filled stays as it was. */
  vul(rij: Bladrij, nieuw: ReadonlyMap<number, string>): void {
    if (nieuw.size === 0) return;
    // Rebuild this row: the open tag without its (optional) spans hint, the cells merged by column.
    const delen = [this.xml.slice(rij.start, rij.openEind + 1).replace(/\s+spans="[^"]*"/, "")];
    const kolommen = [...nieuw.keys()].sort((a, b) => a - b);
    let j = 0;
    for (const c of rij.cellen) {
      if (nieuw.has(c.kolom)) continue;
      while (j < kolommen.length && kolommen[j] < c.kolom) delen.push(nieuw.get(kolommen[j++])!);
      delen.push(this.xml.slice(c.start, c.eind));
    }
    while (j < kolommen.length) delen.push(nieuw.get(kolommen[j++])!);
    delen.push(`</${rij.prefix}row>`);
    this.uit[rij.stuk] = delen.join("");
  }

  /** The whole sheet XML, in pieces, with the dimension widened to `laatsteKolom` (0-based). */
  klaar(laatsteKolom: number): string[] {
    this.volgende(Infinity);
    this.uit.push(this.xml.slice(this.gekopieerd));
    if (this.dimensieStuk >= 0) {
      this.uit[this.dimensieStuk] = this.uit[this.dimensieStuk].replace(
        /ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/,
        (_heel, a, r1, b, r2) => {
          const breed = Math.max(kolomVan(b), laatsteKolom);
          return `ref="${a}${r1}:${kolomLetters(breed)}${r2}"`;
        },
      );
    }
    return this.uit;
  }
}

/** The non-empty rows of a sheet as values (the Declaraties sheet). */
export function bladRijen(xml: string, gedeeld: readonly string[]): unknown[][] {
  return new Bladherschrijver(xml, gedeeld).volgende(Infinity).map((r) => r.waarden);
}
