import { Tokenizer } from "htmlparser2";
import type { Gedeeldeteksten } from "./gedeeld";
import { GebruiksFout } from "../fouten";
import { celWaarde, escapeXml, kolomLetters, kolomVan } from "./xlsx-delen";

export interface Cel {
  kolom: number;
  start: number;
  eind: number;
}

type TokenizerCallbacks = ConstructorParameters<typeof Tokenizer>[1];

// The tags and attributes the run looks at, as small numbers (compared per tag, millions of times).
const ANDERS = 0;
const RIJ = 1;
const CEL = 2;
const WAARDE = 3;
const TEKST = 4;
const INLINE = 5;
const MERGE_CELL = 6;
const DIMENSIE = 7;
const ATTR_R = 1;
const ATTR_T = 2;
const ATTR_REF = 3;

interface OpenRij {
  nr: number;
  prefix: string;
  start: number;
  openEind: number;
  cellen: Cel[];
  waarden: unknown[];
}

/** The cell being read: one object for the whole sheet, filled anew per cell (an object per cell was garbage). */
interface OpenCel {
  open: boolean;
  kolom: number;
  start: number;
  type: string | undefined;
  tekst: string;
  inIs: boolean;
}

/** The source of a reader given its XML whole (voeg, eindig), never from a stream. */
export const GEEN_STROOM: AsyncIterator<string> = { next: async () => ({ done: true, value: undefined }) };

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

/**
 * Reads a worksheet's XML as it streams in, row by row, and writes it back with new cells merged into rows (vul).
 * Every cell not replaced is copied character for character; so are all parts of the sheet outside the rows.
 * A row's piece of the output stays open until vul fills it, so rows can be computed in blocks; what is done is
 * handed out by spoel, so neither the input nor the output is ever whole in memory.
 */
export class Bladherschrijver {
  /** The input not yet copied to the output: from absolute position `basis` on. */
  private puffer = "";
  private basis = 0;
  /** Output pieces not yet handed out; `uitBasis` is the absolute index of uit[0]. */
  private uit: string[] = [];
  private uitBasis = 0;
  private gekopieerd = 0;
  private dimensieStuk = -1;
  private klaarGelezen = false;
  private readonly wachtrij: Bladrij[] = [];
  private readonly tokenizer: Tokenizer;
  /** The sheet's merged ranges ("N20:Q20"), known once the sheet has been read (they follow the rows). */
  readonly samengevoegd: string[] = [];

  // The tag being read: where its "<" is, its local name, its prefix, and the attributes that matter.
  private tagStart = 0;
  private tag = ANDERS;
  // Where the open tag's name is (a row's prefix is sliced from it only when a row opens).
  private naamStart = 0;
  private naamEind = 0;
  private attribuut = ANDERS;
  private waarde = "";
  private attrR: string | undefined;
  private attrT: string | undefined;
  private attrRef: string | undefined;
  // The row and the cell being read, and whether text now belongs to the cell's value.
  private rij: OpenRij | null = null;
  private readonly cel: OpenCel = { open: false, kolom: 0, start: 0, type: undefined, tekst: "", inIs: false };
  private tekstVeld = false;
  // Rows may leave out their number (r is optional): then a row is the one after the previous; cells likewise.
  private vorigeNr = 0;
  private volgendeKolom = 0;

  constructor(
    private readonly bron: AsyncIterator<string>,
    private readonly gedeeld: Gedeeldeteksten,
    /** The number of the row before the XML's first (a segment of a sheet starts after row `vorigeNr`). */
    vorigeNr = 0,
  ) {
    this.vorigeNr = vorigeNr;
    // htmlparser2's tokenizer reports positions, not strings: only the few names and values the run needs are
    // sliced out (its Parser made a string and an attribute object for every tag: about a third of the time).
    this.tokenizer = new Tokenizer({ xmlMode: true, decodeEntities: true }, this.terugroepen());
  }

  /**
   * The code of the tag name at [start, eind) (its local name, after any prefix), read in place: a string per
   * tag name was the largest share of the garbage.
   */
  private tagCodeBij(start: number, eind: number): number {
    const p = this.puffer;
    let a = start - this.basis;
    const b = eind - this.basis;
    for (let i = a; i < b; i++)
      if (p.charCodeAt(i) === 0x3a) {
        a = i + 1;
        break;
      }
    const c = p.charCodeAt(a);
    switch (b - a) {
      case 1:
        return c === 0x63 ? CEL : c === 0x76 ? WAARDE : c === 0x74 ? TEKST : ANDERS;
      case 2:
        return c === 0x69 && p.charCodeAt(a + 1) === 0x73 ? INLINE : ANDERS;
      case 3:
        return c === 0x72 && p.charCodeAt(a + 1) === 0x6f && p.charCodeAt(a + 2) === 0x77 ? RIJ : ANDERS;
      case 9:
        return p.startsWith("mergeCell", a) ? MERGE_CELL : p.startsWith("dimension", a) ? DIMENSIE : ANDERS;
      default:
        return ANDERS;
    }
  }

  private stuk(start: number, eind: number): string {
    return this.puffer.slice(start - this.basis, eind - this.basis);
  }

  private terugroepen(): TokenizerCallbacks {
    const niets = () => undefined;
    return {
      onopentagname: (start, eind) => {
        this.tagStart = start - 1;
        this.tag = this.tagCodeBij(start, eind);
        this.naamStart = start;
        this.naamEind = eind;
        this.attrR = this.attrT = this.attrRef = undefined;
      },
      onattribname: (start, eind) => {
        // Read in place: a string per attribute name was garbage by the million.
        const p = this.puffer;
        const a = start - this.basis;
        const c = p.charCodeAt(a);
        const n = eind - start;
        this.attribuut =
          n === 1 && c === 0x72
            ? ATTR_R
            : n === 1 && c === 0x74
              ? ATTR_T
              : n === 3 && p.startsWith("ref", a)
                ? ATTR_REF
                : ANDERS;
        this.waarde = "";
      },
      onattribdata: (start, eind) => {
        if (this.attribuut === ANDERS) return;
        // t="s", the shared-string cells: the one constant, not a new string per cell.
        if (
          this.waarde === "" &&
          this.attribuut === ATTR_T &&
          eind - start === 1 &&
          this.puffer.charCodeAt(start - this.basis) === 0x73
        )
          this.waarde = "s";
        else this.waarde += this.stuk(start, eind);
      },
      onattribentity: (teken) => {
        if (this.attribuut !== ANDERS) this.waarde += String.fromCodePoint(teken);
      },
      onattribend: () => {
        if (this.attribuut === ATTR_R) this.attrR ??= this.waarde;
        else if (this.attribuut === ATTR_T) this.attrT ??= this.waarde;
        else if (this.attribuut === ATTR_REF) this.attrRef ??= this.waarde;
        this.attribuut = ANDERS;
      },
      onopentagend: (eind) => this.open(eind),
      onselfclosingtag: (eind) => {
        this.open(eind);
        this.sluit(this.tag, eind);
      },
      onclosetag: (start, eind) => this.sluit(this.tagCodeBij(start, eind), eind),
      ontext: (start, eind) => {
        if (this.tekstVeld && this.cel.open) this.cel.tekst += this.stuk(start, eind);
        // Text outside a row (whitespace, however much) goes straight to the output: it is never needed again.
        else if (this.rij === null) this.kopieerTot(eind);
      },
      ontextentity: (teken, eind) => {
        if (this.tekstVeld && this.cel.open) this.cel.tekst += String.fromCodePoint(teken);
        else if (this.rij === null) this.kopieerTot(eind);
      },
      oncdata: (start, eind, staart) => {
        if (this.tekstVeld && this.cel.open) this.cel.tekst += this.stuk(start, eind - staart);
      },
      oncomment: niets,
      ondeclaration: niets,
      onprocessinginstruction: niets,
      onend: niets,
    };
  }

  /** An open tag whose ">" is at `eind`. */
  private open(eind: number): void {
    const start = this.tagStart;
    switch (this.tag) {
      case MERGE_CELL:
        if (this.attrRef) this.samengevoegd.push(this.attrRef);
        return;
      case DIMENSIE:
        this.kopieerTot(start);
        this.dimensieStuk = this.uitBasis + this.uit.length;
        this.kopieerTot(eind + 1);
        return;
      case RIJ: {
        const r = this.attrR;
        const nr = r && Number.isInteger(Number(r)) ? Number(r) : this.vorigeNr + 1;
        this.vorigeNr = nr;
        const naam = this.stuk(this.naamStart, this.naamEind);
        const prefix = naam.slice(0, naam.indexOf(":") + 1);
        this.rij = { nr, prefix, start, openEind: eind, cellen: [], waarden: [] };
        this.volgendeKolom = 0;
        return;
      }
      case CEL:
        if (!this.rij) return;
        {
          const kolom = this.attrR ? kolomVan(this.attrR) : this.volgendeKolom;
          this.volgendeKolom = kolom + 1;
          const cel = this.cel;
          cel.open = true;
          cel.kolom = kolom;
          cel.start = start;
          cel.type = this.attrT;
          cel.tekst = "";
          cel.inIs = false;
        }
        return;
      case WAARDE:
        if (this.cel.open) this.tekstVeld = true;
        return;
      case TEKST:
        if (this.cel.open && this.cel.inIs) this.tekstVeld = true;
        return;
      case INLINE:
        if (this.cel.open) this.cel.inIs = true;
        return;
    }
  }

  /** A closing tag (or the end of a self-closing one) whose ">" is at `eind`. */
  private sluit(tag: number, eind: number): void {
    if (tag === WAARDE || tag === TEKST) this.tekstVeld = false;
    else if (tag === CEL && this.cel.open && this.rij) {
      const rij = this.rij;
      const cel = this.cel;
      // Cell positions relative to the row's start: the row's text is kept, the input around it is not.
      rij.cellen.push({ kolom: cel.kolom, start: cel.start - rij.start, eind: eind + 1 - rij.start });
      rij.waarden[cel.kolom] = celWaarde(cel.type, cel.tekst, this.gedeeld);
      cel.open = false;
    } else if (tag === RIJ && this.rij) {
      const r = this.rij;
      this.rij = null;
      let leeg = true;
      for (let i = 0; i < r.waarden.length; i++) {
        if (r.waarden[i] === undefined) r.waarden[i] = "";
        else if (r.waarden[i] !== "") leeg = false;
      }
      // An empty row is no row to process: it is copied as it is.
      if (leeg) return this.kopieerTot(eind + 1);
      this.kopieerTot(r.start);
      const stuk = this.uitBasis + this.uit.length;
      this.kopieerTot(eind + 1);
      this.wachtrij.push({
        nr: r.nr,
        prefix: r.prefix,
        waarden: r.waarden,
        cellen: r.cellen,
        stuk,
        start: 0,
        openEind: r.openEind - r.start,
        eind: eind + 1 - r.start,
      });
    }
  }

  /** Moves the input up to absolute position `tot` into the output as one piece. */
  private kopieerTot(tot: number): void {
    if (tot <= this.gekopieerd) return;
    this.uit.push(this.puffer.slice(this.gekopieerd - this.basis, tot - this.basis));
    this.gekopieerd = tot;
  }

  private stukVan(index: number): string {
    return this.uit[index - this.uitBasis];
  }

  /** The next non-empty rows, at most `max`, in sheet order; an empty list at the end of the sheet. */
  async volgende(max: number): Promise<Bladrij[]> {
    while (this.wachtrij.length < max && !this.klaarGelezen) {
      const { value, done } = await this.bron.next();
      if (done) this.eindig();
      else this.voeg(value);
    }
    return this.neem(max);
  }

  /** Reads a piece of the sheet's XML (rows found go to the queue that volgende and neem hand out). */
  voeg(tekst: string): void {
    this.puffer += tekst;
    this.tokenizer.write(tekst);
    // What has been copied to the output is not needed again: the buffer holds at most the open row.
    this.puffer = this.puffer.slice(this.gekopieerd - this.basis);
    this.basis = this.gekopieerd;
  }

  /** The end of the XML. */
  eindig(): void {
    this.tokenizer.end();
    this.klaarGelezen = true;
  }

  /** The next rows read so far, at most `max`. */
  neem(max: number): Bladrij[] {
    return this.wachtrij.splice(0, Math.min(max, this.wachtrij.length));
  }

  /**
   * Stops reading and gives back all input that is not yet output: the rows read but not handed out and what
   * follows them, as they were. The run goes on with that text (and the rest of the stream) in segments.
   */
  overdracht(): { tekst: string; vorigeNr: number } {
    const grens = (this.wachtrij[0]?.stuk ?? this.uitBasis + this.uit.length) - this.uitBasis;
    const tekst = this.uit.slice(grens).join("") + this.puffer.slice(this.gekopieerd - this.basis);
    // The number of the row before that text: before the first row given back (or the row half read), else the
    // last row read (an empty row after the header counts too, when rows leave out their numbers).
    const eerste = this.wachtrij[0] ?? this.rij;
    const vorigeNr = eerste ? eerste.nr - 1 : this.vorigeNr;
    this.uit.length = grens;
    this.wachtrij.length = 0;
    this.klaarGelezen = true;
    return { tekst, vorigeNr };
  }

  /** Replaces cells of a row (column -> cell XML; "" clears that cell); a row never filled stays as it was. */
  vul(rij: Bladrij, nieuw: ReadonlyMap<number, string>): void {
    if (nieuw.size === 0) return;
    const xml = this.stukVan(rij.stuk);
    // Rebuild this row: the open tag without its (optional) spans hint, the cells merged by column.
    const delen = [xml.slice(0, rij.openEind + 1).replace(/\s+spans="[^"]*"/, "")];
    const kolommen = [...nieuw.keys()].sort((a, b) => a - b);
    let j = 0;
    for (const c of rij.cellen) {
      if (nieuw.has(c.kolom)) {
        gedeeldeFormuleBlijftHeel(xml.slice(c.start, c.eind), nieuw, rij.nr, c.kolom);
        continue;
      }
      while (j < kolommen.length && kolommen[j] < c.kolom) delen.push(nieuw.get(kolommen[j++])!);
      delen.push(xml.slice(c.start, c.eind));
    }
    while (j < kolommen.length) delen.push(nieuw.get(kolommen[j++])!);
    delen.push(`</${rij.prefix}row>`);
    this.uit[rij.stuk - this.uitBasis] = delen.join("");
  }

  /** Widens the sheet's dimension to `laatsteKolom` (0-based); before the first spoel. */
  verbreedDimensie(laatsteKolom: number): void {
    if (this.dimensieStuk < this.uitBasis) return;
    const i = this.dimensieStuk - this.uitBasis;
    this.uit[i] = this.uit[i].replace(/ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/, (_heel, a, r1, b, r2) => {
      const breed = Math.max(kolomVan(b), laatsteKolom);
      return `ref="${a}${r1}:${kolomLetters(breed)}${r2}"`;
    });
  }

  /**
   * The output that is final: everything before the first row not yet handed out. Call it when every row handed
   * out so far has been filled or is to stay as it is.
   */
  spoel(): string {
    const grens = (this.wachtrij[0]?.stuk ?? this.uitBasis + this.uit.length) - this.uitBasis;
    const klaar = this.uit.splice(0, grens);
    this.uitBasis += grens;
    return klaar.join("");
  }

  /** For XML read with voeg and eindig: everything from the first row not filled on, as it was. */
  slot(): string {
    // Rows never handed out (past a table's end) stay as they are.
    this.wachtrij.length = 0;
    this.kopieerTot(this.basis + this.puffer.length);
    return this.spoel();
  }
}

/**
 * A shared formula is written once, in its first cell, and the other cells of its range refer to it. When that
 * first cell is replaced by a result while the range reaches columns that are not, those cells would be left
 * with a formula that no longer exists (Excel then "repairs" the file): the run stops instead, and says where.
 */
function gedeeldeFormuleBlijftHeel(cel: string, nieuw: ReadonlyMap<number, string>, rij: number, kolom: number) {
  if (!cel.includes('t="shared"')) return;
  const bereik = /<(?:\w+:)?f\b[^>]*\sref="([A-Z]+)\d+:([A-Z]+)\d+"/.exec(cel);
  if (!bereik) return;
  const [van, tot] = [kolomVan(bereik[1]), kolomVan(bereik[2])];
  for (let k = van; k <= tot; k++) {
    if (nieuw.has(k)) continue;
    throw new GebruiksFout(
      `Cel ${kolomLetters(kolom)}${rij} staat in een kolom die de rekentool vult, maar bevat een formule die Excel ook voor kolom ${kolomLetters(k)} gebruikt (een doorgetrokken formule, ${bereik[1]} t/m ${bereik[2]}). Die formule zou verdwijnen. Haal de formules weg uit de kolommen van de rekentool (of zet ze in een kolom ernaast) en probeer het opnieuw; er is niets geschreven.`,
    );
  }
}

/** The non-empty rows of a sheet as values (the Declaraties sheet). */
export async function bladRijen(bron: AsyncIterator<string>, gedeeld: Gedeeldeteksten): Promise<unknown[][]> {
  return (await new Bladherschrijver(bron, gedeeld).volgende(Infinity)).map((r) => r.waarden);
}
