import { centenNaarEuro } from "../geld";
import { UITVOERKOLOMMEN } from "./uitvoer";

export type Status = "ok" | "waarschuwing" | "fout";

/** One row's result as an object: for a single row, tests and callers that want names. */
export interface RijResultaat {
  groepCent: number | null;
  ambulantCent: number | null;
  totaalCent: number | null;
  niveau: number | null;
  niveauCent: number | null;
  offerte: boolean | null;
  /** The allocated ceiling: the chosen level, else the calculated one. */
  toegewezenCent: number | null;
  gedeclareerdCent: number | null;
  uitputting: number | null;
  status: Status;
  melding: string;
}

/** One row's output cells, in the order of UITVOER. */
export type Uitvoercellen = (string | number)[];

export const STATUS_OK = 0;
export const STATUS_WAARSCHUWING = 1;
export const STATUS_FOUT = 2;
/** A row with no input at all: not calculated, not counted, its output cells left as they are. */
export const STATUS_OVERGESLAGEN = 3;
export const STATUSSEN: readonly Status[] = ["ok", "waarschuwing", "fout"];

const getalOfNull = (x: number) => (Number.isNaN(x) ? null : x);

/** A whole number of hundredths (cents) as text with two decimals: 768768 is "7687,68" with a comma; NaN is "". */
export function centenAlsTekst(honderdsten: number, decimaal: string): string {
  if (Number.isNaN(honderdsten)) return "";
  const n = Math.round(Math.abs(honderdsten));
  const heel = Math.floor(n / 100);
  const rest = n - heel * 100;
  return `${honderdsten < 0 && n !== 0 ? "-" : ""}${heel}${decimaal}${rest < 10 ? "0" : ""}${rest}`;
}

const euroCel = (centen: number) => (Number.isNaN(centen) ? "" : centenNaarEuro(centen));

// UITVOERKOLOMMEN as small numbers, one per value, looked up per cell: a switch on a number with a plain
// property per case is as fast as the hand-ordered switch it replaces (by name, a property looked up per cell,
// or a function per column, were measured up to a fifth slower on a million rows).
const GROEP = 0;
const AMBULANT = 1;
const TOTAAL = 2;
const NIVEAUBEDRAG = 3;
const NIVEAU = 4;
const OFFERTE = 5;
const UITPUTTING = 6;
const STATUS = 7;
const MELDING = 8;
const BEDRAGCODE = { groepCent: GROEP, ambulantCent: AMBULANT, totaalCent: TOTAAL, niveauCent: NIVEAUBEDRAG } as const;
const SOORTCODE = {
  niveau: NIVEAU,
  offerte: OFFERTE,
  uitputting: UITPUTTING,
  status: STATUS,
  melding: MELDING,
} as const;
const SOORT = UITVOERKOLOMMEN.map((k) => k.soort);
const CODE = Int8Array.from(UITVOERKOLOMMEN, ({ waarde: w }) =>
  w.soort === "euro" ? BEDRAGCODE[w.bedrag] : SOORTCODE[w.soort],
);

/**
 * The results of a block of rows, one typed column per output (NaN, 0 or -1 where a row has no value).
 * Why columns: a result object per row, kept until the block is written, made the garbage collector the
 * largest cost of a million-row run. Typed columns hold numbers without an object per row or per number.
 */
export class Rijuitkomsten {
  readonly groepCent: Float64Array;
  readonly ambulantCent: Float64Array;
  readonly totaalCent: Float64Array;
  /** Level number, 0 = none. */
  readonly niveau: Int32Array;
  readonly niveauCent: Float64Array;
  /** 1 ja, 0 nee, -1 unknown (the row has a fout). */
  readonly offerte: Int8Array;
  readonly toegewezenCent: Float64Array;
  readonly gedeclareerdCent: Float64Array;
  readonly uitputting: Float64Array;
  /** STATUS_OK, STATUS_WAARSCHUWING, STATUS_FOUT or STATUS_OVERGESLAGEN. */
  readonly status: Uint8Array;
  readonly melding: string[];

  constructor(readonly capaciteit: number) {
    this.groepCent = new Float64Array(capaciteit);
    this.ambulantCent = new Float64Array(capaciteit);
    this.totaalCent = new Float64Array(capaciteit);
    this.niveau = new Int32Array(capaciteit);
    this.niveauCent = new Float64Array(capaciteit);
    this.offerte = new Int8Array(capaciteit);
    this.toegewezenCent = new Float64Array(capaciteit);
    this.gedeclareerdCent = new Float64Array(capaciteit);
    this.uitputting = new Float64Array(capaciteit);
    this.status = new Uint8Array(capaciteit);
    this.melding = new Array<string>(capaciteit).fill("");
  }

  overgeslagen(i: number): boolean {
    return this.status[i] === STATUS_OVERGESLAGEN;
  }

  /** Output cell k (index in UITVOER) of row i, as written to a sheet: what UITVOERKOLOMMEN[k] declares. */
  cel(i: number, k: number): string | number {
    switch (CODE[k]) {
      case GROEP:
        return euroCel(this.groepCent[i]);
      case AMBULANT:
        return euroCel(this.ambulantCent[i]);
      case TOTAAL:
        return euroCel(this.totaalCent[i]);
      case NIVEAUBEDRAG:
        return euroCel(this.niveauCent[i]);
      case NIVEAU:
        return this.niveau[i] !== 0 ? this.niveau[i] : this.offerte[i] === 1 ? "offerte" : "";
      case OFFERTE:
        return this.offerte[i] === -1 ? "" : this.offerte[i] === 1 ? "ja" : "nee";
      case UITPUTTING:
        return Number.isNaN(this.uitputting[i]) ? "" : Math.round(this.uitputting[i] * 10000) / 10000;
      case STATUS:
        return STATUSSEN[this.status[i]] ?? "";
      default:
        return this.melding[i];
    }
  }

  /**
   * An amount or percentage cell k of row i as a whole number of hundredths (cents; hundredths of a percent for
   * Uitputting), NaN when the cell is empty or holds no such number. What tekst writes with two decimals.
   */
  honderdsten(i: number, k: number): number {
    switch (CODE[k]) {
      case GROEP:
        return this.groepCent[i];
      case AMBULANT:
        return this.ambulantCent[i];
      case TOTAAL:
        return this.totaalCent[i];
      case NIVEAUBEDRAG:
        return this.niveauCent[i];
      case UITPUTTING:
        // A hundredth of a percent, as the cell holds it (see cel): 0.64171 is 64,17%.
        return Math.round(this.uitputting[i] * 10000);
      default:
        return NaN;
    }
  }

  /**
   * Output cell k of row i as text for a text file (CSV), with `decimaal` as the decimal sign: amounts with two
   * decimals and Uitputting as a percentage, what Excel in Dutch reads as an amount and a percentage. Amounts
   * are written from their whole cents, so no floating-point rounding can change a euro.
   */
  tekst(i: number, k: number, decimaal: string): string {
    switch (SOORT[k]) {
      case "euro":
        return centenAlsTekst(this.honderdsten(i, k), decimaal);
      case "procent": {
        const h = this.honderdsten(i, k);
        return Number.isNaN(h) ? "" : `${centenAlsTekst(h, decimaal)}%`;
      }
      default: {
        if (CODE[k] !== NIVEAU) return this.cel(i, k) as string;
        return this.niveau[i] !== 0 ? String(this.niveau[i]) : this.offerte[i] === 1 ? "offerte" : "";
      }
    }
  }

  /** All output cells of row i, in the order of UITVOER. */
  cellen(i: number, uit: Uitvoercellen = new Array(UITVOERKOLOMMEN.length)): Uitvoercellen {
    for (let k = 0; k < UITVOERKOLOMMEN.length; k++) uit[k] = this.cel(i, k);
    return uit;
  }

  /**
   * Rows 0..aantal-1 of the given outputs (indexes in UITVOER) as rows of cells: the payload of one range
   * write. A skipped (blank) row gets `bewaard(rij, j)`, what that cell held before.
   */
  matrix(aantal: number, uitvoer: readonly number[], bewaard: (rij: number, j: number) => unknown): unknown[][] {
    const rijen: unknown[][] = new Array(aantal);
    for (let r = 0; r < aantal; r++) {
      const rij = new Array(uitvoer.length);
      if (this.status[r] === STATUS_OVERGESLAGEN) for (let j = 0; j < uitvoer.length; j++) rij[j] = bewaard(r, j);
      else for (let j = 0; j < uitvoer.length; j++) rij[j] = this.cel(r, uitvoer[j]);
      rijen[r] = rij;
    }
    return rijen;
  }

  /** Row i as an object. */
  resultaat(i: number): RijResultaat {
    const offerte = this.offerte[i];
    return {
      groepCent: getalOfNull(this.groepCent[i]),
      ambulantCent: getalOfNull(this.ambulantCent[i]),
      totaalCent: getalOfNull(this.totaalCent[i]),
      niveau: this.niveau[i] === 0 ? null : this.niveau[i],
      niveauCent: getalOfNull(this.niveauCent[i]),
      offerte: offerte === -1 ? null : offerte === 1,
      toegewezenCent: getalOfNull(this.toegewezenCent[i]),
      gedeclareerdCent: getalOfNull(this.gedeclareerdCent[i]),
      uitputting: getalOfNull(this.uitputting[i]),
      status: STATUSSEN[this.status[i]] ?? "ok",
      melding: this.melding[i],
    };
  }
}
