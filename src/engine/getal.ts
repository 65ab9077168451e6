/**
 * Reading numbers the way a Dutch spreadsheet user writes them.
 * Accepted: 2,5 | 2.5 | 1.234,56 | 1,234.56 | 1.234.567 | EUR 8.000,00 | € 8000.
 * Refused as ambiguous: one separator followed by exactly three digits ("2.500", "1,500"): in a Dutch
 * sheet that is a thousands separator, in an English one a decimal. Guessing would risk a silent wrong euro.
 */
export type Leesresultaat = { ok: true; waarde: number } | { ok: false; reden: "leeg" | "geen-getal" | "dubbelzinnig" };

const LEEG: Leesresultaat = { ok: false, reden: "leeg" };
const GEEN_GETAL: Leesresultaat = { ok: false, reden: "geen-getal" };
const DUBBELZINNIG: Leesresultaat = { ok: false, reden: "dubbelzinnig" };

const GEHEEL = /^[+-]?\d+$/;
const DECIMAAL_KOMMA = /^[+-]?\d*,\d+$/;
const DECIMAAL_PUNT = /^[+-]?\d*\.\d+$/;
const NL_DUIZENDTALLEN = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const EN_DUIZENDTALLEN = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const EEN_SCHEIDER_DRIE_CIJFERS = /^[+-]?[1-9]\d{0,2}[.,]\d{3}$/;
const VALUTA = /^(?:€|eur)\s*/i;

export function leesGetal(waarde: unknown): Leesresultaat {
  if (typeof waarde === "number") return Number.isFinite(waarde) ? { ok: true, waarde } : GEEN_GETAL;
  if (waarde === null || waarde === undefined) return LEEG;
  if (typeof waarde !== "string") return GEEN_GETAL;
  const tekst = waarde.trim().replace(VALUTA, "").replace(/\s+/g, "");
  if (tekst === "") return waarde.trim() === "" ? LEEG : GEEN_GETAL;
  if (GEHEEL.test(tekst)) return { ok: true, waarde: Number(tekst) };
  if (EEN_SCHEIDER_DRIE_CIJFERS.test(tekst)) return DUBBELZINNIG;
  if (DECIMAAL_KOMMA.test(tekst)) return { ok: true, waarde: Number(tekst.replace(",", ".")) };
  if (DECIMAAL_PUNT.test(tekst)) return { ok: true, waarde: Number(tekst) };
  if (NL_DUIZENDTALLEN.test(tekst)) return { ok: true, waarde: Number(tekst.replace(/\./g, "").replace(",", ".")) };
  if (EN_DUIZENDTALLEN.test(tekst)) return { ok: true, waarde: Number(tekst.replace(/,/g, "")) };
  return GEEN_GETAL;
}

/** Text is empty when it is missing or only white space. */
export function isLeeg(waarde: unknown): boolean {
  if (typeof waarde !== "string") return waarde === null || waarde === undefined;
  if (waarde.length === 0) return true;
  // A visible ASCII first character settles it without trimming (this runs for every cell of a bulk run).
  const eerste = waarde.charCodeAt(0);
  return eerste > 32 && eerste < 127 ? false : waarde.trim() === "";
}

/** Normalises a name for matching: case- and space-insensitive. */
export function naamSleutel(naam: string): string {
  // Plain lower-casing: Dutch needs no locale rules here, and the locale-aware one is far slower.
  return naam.trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * The last value looked up per text, in 64 slots chosen by the text's length and three of its characters.
 * Why, next to a Map: the cells Excel sends are new strings in every chunk, and a Map hashes each new string in
 * full (a 37-character rate name, per row); a text seen before is settled here by one comparison. Two texts
 * in one slot take turns; the comparison is exact, so a slot never answers for another text.
 */
export class Tekstslots<T> {
  // Empty slots hold "", which the empty text never looks up: only strings in here, so the comparison below
  // stays a string comparison (a null among them made it the generic one, a call per lookup).
  private readonly teksten = new Array<string>(64).fill("");
  private readonly waarden = new Array<T>(64);

  /** The value for `tekst`: from its slot, or else from `zoek`, which is then kept in the slot. */
  haal(tekst: string, zoek: (tekst: string) => T): T {
    const n = tekst.length;
    if (n === 0) return zoek(tekst);
    const slot = (n * 31 + tekst.charCodeAt(0) * 7 + tekst.charCodeAt(n - 1) * 3 + tekst.charCodeAt(n >> 1)) & 63;
    if (this.teksten[slot] === tekst) return this.waarden[slot];
    const waarde = zoek(tekst);
    this.teksten[slot] = tekst;
    this.waarden[slot] = waarde;
    return waarde;
  }
}

/**
 * Names looked up the way a user types them: case- and space-insensitive. Remembers each text as typed, so
 * a sheet that repeats "herstel" a million times costs one comparison per cell, not a normalisation and two
 * map lookups.
 */
export class Naamtabel<T> {
  private readonly perSleutel = new Map<string, T>();
  private readonly perTekst = new Map<string, T | null>();
  private readonly slots = new Tekstslots<T | undefined>();
  private readonly zoekTekst = (tekst: string) => this.zoekInMap(tekst);

  constructor(items: Iterable<readonly [string, T]>) {
    for (const [naam, waarde] of items) this.perSleutel.set(naamSleutel(naam), waarde);
  }

  zoek(tekst: string): T | undefined {
    return this.slots.haal(tekst, this.zoekTekst);
  }

  private zoekInMap(tekst: string): T | undefined {
    let gevonden = this.perTekst.get(tekst);
    if (gevonden === undefined) {
      gevonden = this.perSleutel.get(naamSleutel(tekst)) ?? null;
      // Bounded: a column of free text (typos, ids) must not grow the memo without end.
      if (this.perTekst.size > 10000) this.perTekst.clear();
      this.perTekst.set(tekst, gevonden);
    }
    return gevonden ?? undefined;
  }
}
