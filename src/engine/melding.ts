import { formatGetal } from "./geld";
export type MeldingNiveau = "fout" | "waarschuwing";

/** Every message the engine gives, by code: surfaces may branch on a code, so a typo is a compile error. */
export type Meldingcode =
  // reading inputs
  | "VERPLICHT"
  | "GEEN_GETAL"
  | "DUBBELZINNIG_GETAL"
  | "NEGATIEF"
  | "TE_GROOT"
  | "GEEN_JA_NEE"
  | "TRAJECT_ONTBREEKT"
  | "TRAJECT_ONBEKEND"
  | "VERWIJZER_ONBEKEND"
  | "REKENTARIEF_ONBEKEND"
  | "INTENSITEIT_ONBEKEND"
  | "TARIEF_ONTBREEKT"
  // rules
  | "GEEN_ONDERDEEL"
  | "DUURZAAM_WEKEN"
  | "HERSTEL_TE_LANG"
  | "INTENSITEIT_NIET_TOEGESTAAN"
  | "INTENSITEIT_NIET_IN_DUURZAAM"
  | "MEDISCH_OVERLEG_TOEGANG"
  | "GEKOZEN_ONBEKEND"
  | "GEKOZEN_ZONDER_REDEN"
  | "GEKOZEN_ONDER_TOTAAL"
  | "TOTAAL_NUL"
  | "OFFERTE_NODIG"
  | "BOVEN_IJW_MAXIMUM"
  | "BEKEND_EN_UREN"
  // the guide from hours to a level (a guide, not a rule)
  | "RICHTLIJN_ONTBREEKT"
  | "SOORT_HULP_ONBEKEND"
  | "BUITEN_RICHTLIJN"
  | "AFWIJKING_RICHTLIJN"
  | "RICHTLIJN_ZONDER_UREN"
  // the status of a field on a form (JH.CONTROLE)
  | "VELD_ONBEKEND"
  | "SECTIE_UIT"
  // the allocation (iJw)
  | "DATUM_ONGELDIG"
  | "DATUM_VOLGORDE"
  | "OFFERTEBEDRAG"
  | "BUDGET_TE_GROOT"
  | "PRODUCTCODE"
  // products and declarations (issue 17)
  | "PRODUCT_ONBEKEND"
  | "VOLUME_ONGELDIG";

/** One message about the input or the result; `veld` names the input it is about. */
export interface Melding {
  code: Meldingcode;
  niveau: MeldingNiveau;
  veld: string;
  tekst: string;
}

/** Field keys and the Dutch labels users see in messages. */
export const VELDEN = {
  onderdelen: "Onderdelen",
  traject: "Traject",
  verwijzer: "Verwijzer",
  groepsaanbod: "Met groepsaanbod?",
  ambulant: "Met ambulante hulp?",
  tariefset: "Tariefset",
  "groepsaanbod.dagenPerWeek": "Groepsaanbod: aanwezigheidsdagen per week",
  "groepsaanbod.urenPerDag": "Groepsaanbod: gemiddeld aantal uren per dag",
  "groepsaanbod.weken": "Groepsaanbod: duur in weken",
  "groepsaanbod.intensiteit": "Groepsaanbod: intensiteit",
  "groepsaanbod.kdcOdc": "Groepsaanbod: KDC/ODC",
  "ambulant.urenPerWeek": "Ambulante hulp: cliëntgebonden uren per week",
  "ambulant.weken": "Ambulante hulp: duur in weken",
  "ambulant.rekentarief": "Ambulante hulp: rekentarief",
  uren: "Uren per week",
  weken: "Duur in weken",
  "bekend.bedrag": "Bekend bedrag",
  "bekend.bron": "Bron van het bekende bedrag",
  "indicatie.soortHulp": "Soort hulp (richtlijn)",
  "indicatie.uren": "Uren hulp (richtlijn)",
  "gekozen.nummer": "Gekozen standaardbudget",
  "gekozen.reden": "Reden voor het gekozen standaardbudget",
  standaardbudget: "Standaardbudget",
  bedrag: "Bedrag",
  "toewijzing.begindatum": "Ingangsdatum toewijzing",
  "toewijzing.offertebedrag": "Offertebedrag",
  "verblijf.productcode": "Productcode verblijf",
  "verblijf.begindatum": "Ingangsdatum verblijf",
  "verblijf.einddatum": "Einddatum verblijf",
  // products and declarations (issue 17)
  "declaratie.productcode": "Productcode",
  "declaratie.volume": "Geleverd volume",
} as const;

export type Veld = keyof typeof VELDEN;

/**
 * Where the readers and rules put their messages: a plain list, or a reused calculation (Rekening) that
 * makes a list only for the rows that have a message.
 */
export interface Meldingbak {
  push(melding: Melding): unknown;
}

export function fout(code: Meldingcode, veld: Veld, tekst: string): Melding {
  return { code, niveau: "fout", veld, tekst };
}

export function waarschuwing(code: Meldingcode, veld: Veld, tekst: string): Melding {
  return { code, niveau: "waarschuwing", veld, tekst };
}

export function heeftFout(meldingen: readonly Melding[]): boolean {
  for (let i = 0; i < meldingen.length; i++) if (meldingen[i].niveau === "fout") return true;
  return false;
}

/** Digits only (with spaces, dots or dashes between them): what a BSN or another personal number looks like. */
const NUMMERACHTIG = /^[+-]?\d[\d\s.-]*$/;

/** A value as text without ever throwing (an object without a prototype has no toString), or null if it has none. */
function tekstOfNull(waarde: unknown): string | null {
  if (typeof waarde === "string") return waarde;
  if (typeof waarde === "number" || typeof waarde === "boolean" || typeof waarde === "bigint") return String(waarde);
  return null;
}

/** A cell as text for reading names and headers: text and numbers as they are, anything else empty. Never throws. */
export function alsTekst(waarde: unknown): string {
  return tekstOfNull(waarde) ?? "";
}

/**
 * A number the user gave, for a message: as Dutch writes it, except a whole number of 7 to 10 digits, which could
 * be a BSN typed into the wrong column and is never shown.
 */
export function getalInMelding(getal: number): string {
  if (!Number.isFinite(getal)) return "(een getal dat te groot is om te tonen)";
  // The whole part decides: 12345678,2 could be a BSN with a decimal typed after it.
  const heel = Math.trunc(Math.abs(getal));
  if (heel >= 1e6 && heel < 1e10) return `(een getal van ${String(heel).length} cijfers, niet getoond)`;
  return formatGetal(getal);
}

/** Digits with spaces, dots or dashes between them, as a BSN is written inside other text. */
const NUMMER_IN_TEKST = /\d(?:[\d .-]*\d)?/g;

/**
 * Text from a cell with every number of 7 to 10 digits in it (a possible BSN, also inside "bsn 123456782" or
 * "Zorg 123.456.782 BV") replaced by what it is, and never shown.
 */
export function maskeerNummers(tekst: string): string {
  return tekst.replace(NUMMER_IN_TEKST, (nummer) => {
    const cijfers = nummer.replace(/\D/g, "").length;
    return cijfers >= 7 && cijfers <= 10 ? `(nummer van ${cijfers} cijfers, niet getoond)` : nummer;
  });
}

/**
 * A user's value quoted in a message, shortened so a pasted cell cannot flood it. A value of 7 to 10 digits
 * could be a BSN (also when typed in the wrong column) and is never shown: its length is named instead.
 */
export function citeer(waarde: unknown): string {
  const tekst = tekstOfNull(waarde);
  if (tekst === null)
    return Array.isArray(waarde)
      ? "(een lijst)"
      : waarde === null || waarde === undefined
        ? "(leeg)"
        : "(geen tekst of getal)";
  const cijfers = tekst.replace(/\D/g, "").length;
  if (NUMMERACHTIG.test(tekst.trim()) && cijfers >= 7 && cijfers <= 10)
    return `(een nummer van ${cijfers} cijfers, niet getoond)`;
  const kort = maskeerNummers(tekst.length > 40 ? tekst.slice(0, 37) + "..." : tekst);
  return `'${kort}'`;
}

/**
 * Messages that recur with the same few numbers (the same hours at the same rate give the same total): one
 * frozen message per owner and number, where a new text per row would cost a formatted amount per row.
 * Bounded, since numbers are not a closed list.
 */
export class Meldinggeheugen<K extends object> {
  private readonly per = new WeakMap<K, Map<number, Melding>>();

  constructor(private readonly maak: (eigenaar: K, getal: number) => Melding) {}

  haal(eigenaar: K, getal: number): Melding {
    let perGetal = this.per.get(eigenaar);
    if (!perGetal) this.per.set(eigenaar, (perGetal = new Map()));
    let melding = perGetal.get(getal);
    if (!melding) {
      if (perGetal.size >= 10000) perGetal.clear();
      melding = Object.freeze(this.maak(eigenaar, getal));
      perGetal.set(getal, melding);
    }
    return melding;
  }
}
