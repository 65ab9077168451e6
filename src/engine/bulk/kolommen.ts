import { alsTekst } from "../melding";
import type { Invoerplaatsen } from "../rekening";

/** Columns of a spend sheet, found by header: case-, space-, dash- and underscore-insensitive, with aliases. */
export const INVOER = {
  toewijzing: ["Toewijzing", "Toewijzingnummer", "Toewijzing id", "Toewijzingsnummer", "Id"],
  bsn: ["BSN", "Burgerservicenummer"],
  aanbieder: ["Aanbieder", "Zorgaanbieder", "Jeugdhulpaanbieder"],
  traject: ["Traject", "Soort traject", "Trajecttype"],
  verwijzer: ["Verwijzer", "Verwijzing", "Verwijsroute"],
  groepDagen: ["Groep dagen per week", "Groepsaanbod dagen per week", "Aanwezigheidsdagen per week"],
  groepUren: ["Groep uren per dag", "Groepsaanbod uren per dag", "Uren per dag"],
  groepWeken: ["Groep weken", "Groepsaanbod weken", "Weken groep"],
  intensiteit: ["Intensiteit", "Groep intensiteit", "Intensiteit groepsaanbod"],
  kdcOdc: ["KDC/ODC", "KDC of ODC", "KDC", "ODC", "Kinderdagcentrum"],
  ambUren: ["Ambulant uren per week", "Ambulante uren per week", "Uren per week"],
  ambWeken: ["Ambulant weken", "Ambulante weken", "Weken ambulant"],
  rekentarief: ["Rekentarief", "Uurtarief ambulant"],
  gekozen: ["Gekozen standaardbudget", "Gekozen budget", "Gekozen niveau"],
  reden: ["Reden", "Reden gekozen standaardbudget"],
  gedeclareerd: ["Gedeclareerd", "Gedeclareerd bedrag", "Declaraties"],
  soortHulp: ["Soort hulp", "Soort hulp richtlijn"],
} as const;

export type Invoerveld = keyof typeof INVOER;

import { UITVOER, type Uitvoerkolom } from "./uitvoer";

/** The declaration line table: one row per declaration, summed per allocation. */
export const DECLARATIE = {
  toewijzing: INVOER.toewijzing,
  productcode: ["Productcode", "Product"],
  bedrag: ["Bedrag", "Gedeclareerd", "Gedeclareerd bedrag"],
} as const;

export function kopSleutel(kop: unknown): string {
  return alsTekst(kop)
    .toLowerCase()
    .replace(/[\s_\-.]+/g, "");
}

export interface Kolomkaart {
  /** Column index per input field, or -1 when absent. */
  invoer: Record<Invoerveld, number>;
  /** The same columns as the calculation reads them (rekenIn). */
  plaatsen: Invoerplaatsen;
  /**
   * The columns whose filled cells switch a section on (see regels/onderdelen): the group offer's four (a
   * KDC/ODC cell only qualifies a group offer that is there), the ambulant three, the chosen level's one.
   */
  onderdelen: { groep: readonly number[]; ambulant: readonly number[]; gekozen: readonly number[] };
  /** The columns of the inputs that were found: a row empty in all of them is a blank line. */
  invoerKolommen: number[];
  /** Column index per output column; -1 means it is missing and will be added after the last column. */
  uitvoer: Record<Uitvoerkolom, number>;
  /** Which header each input matched, for the preview ("Uren per week" -> ambulant uren per week). */
  gevonden: { veld: Invoerveld; kolom: number; kop: string }[];
  /** Headers that match neither an input nor an output: left exactly as they are. */
  overig: string[];
  /** Why the sheet cannot be recalculated, if it cannot (no Traject column, no section columns). */
  ontbreekt: string[];
}

/** Maps a header row to inputs and outputs. */
export function maakKolomkaart(koppen: readonly unknown[]): Kolomkaart {
  const sleutels = koppen.map(kopSleutel);
  const gebruikt = new Set<number>();
  const zoek = (namen: readonly string[]) => {
    for (const naam of namen) {
      const i = sleutels.indexOf(kopSleutel(naam));
      if (i >= 0 && !gebruikt.has(i)) {
        gebruikt.add(i);
        return i;
      }
    }
    return -1;
  };
  const uitvoer = Object.fromEntries(UITVOER.map((naam) => [naam, zoek([naam])])) as Record<Uitvoerkolom, number>;
  const invoer = Object.fromEntries(
    (Object.keys(INVOER) as Invoerveld[]).map((veld) => [veld, zoek(INVOER[veld])]),
  ) as Record<Invoerveld, number>;
  const gevonden = (Object.keys(invoer) as Invoerveld[])
    .filter((v) => invoer[v] >= 0)
    .map((veld) => ({ veld, kolom: invoer[veld], kop: alsTekst(koppen[invoer[veld]]) }));
  const overig = koppen.filter((_, i) => !gebruikt.has(i) && sleutels[i] !== "").map(alsTekst);
  const ontbreekt: string[] = [];
  // Two columns for one input or output (two Traject, two Status): which one holds the truth cannot be guessed,
  // and the second would keep a stale value. Refused, naming both.
  const dubbel = (namen: readonly string[], gevondenOp: number) => {
    if (gevondenOp < 0) return;
    const sleutelsVanVeld = new Set(namen.map(kopSleutel));
    const ander = sleutels.findIndex((s, j) => j !== gevondenOp && sleutelsVanVeld.has(s));
    if (ander >= 0) {
      ontbreekt.push(
        `De kolommen ${gevondenOp + 1} ('${alsTekst(koppen[gevondenOp])}') en ${ander + 1} ('${alsTekst(koppen[ander])}') betekenen hetzelfde; laat er één over of geef de andere een andere naam.`,
      );
    }
  };
  for (const naam of UITVOER) dubbel([naam], uitvoer[naam]);
  for (const veld of Object.keys(INVOER) as Invoerveld[]) dubbel(INVOER[veld], invoer[veld]);
  if (invoer.traject < 0) ontbreekt.push(`Geen kolom Traject (of: ${INVOER.traject.slice(1).join(", ")}).`);
  const groep = [invoer.groepDagen, invoer.groepUren, invoer.intensiteit].every((i) => i >= 0);
  const ambulant = [invoer.ambUren, invoer.rekentarief].every((i) => i >= 0);
  if (!groep && !ambulant) {
    ontbreekt.push(
      "Geen volledige kolommen voor groepsaanbod (Groep dagen per week, Groep uren per dag, Intensiteit) of ambulante hulp (Ambulant uren per week, Rekentarief).",
    );
  }
  const plaatsen: Invoerplaatsen = {
    traject: invoer.traject,
    verwijzer: invoer.verwijzer,
    dagenPerWeek: invoer.groepDagen,
    urenPerDag: invoer.groepUren,
    groepWeken: invoer.groepWeken,
    intensiteit: invoer.intensiteit,
    kdcOdc: invoer.kdcOdc,
    urenPerWeek: invoer.ambUren,
    ambulantWeken: invoer.ambWeken,
    rekentarief: invoer.rekentarief,
    gekozenNummer: invoer.gekozen,
    reden: invoer.reden,
    // A spend sheet has the hours; a known cost is for a single calculation (rekenhulp, worksheet).
    bekendBedrag: -1,
    bekendBron: -1,
    soortHulp: invoer.soortHulp,
  };
  // Traject first: a filled row is known as such by its first filled column, and a traject cell is one of a few
  // texts the row shares with the others, where an allocation number is a string of its own that would be read
  // only for this.
  const invoerKolommen = gevonden
    .map((g) => g.kolom)
    .sort((a, b) => Number(b === invoer.traject) - Number(a === invoer.traject));
  const aanwezig = (...kolommen: number[]) => kolommen.filter((k) => k >= 0);
  const onderdelen = {
    groep: aanwezig(invoer.groepDagen, invoer.groepUren, invoer.groepWeken, invoer.intensiteit),
    ambulant: aanwezig(invoer.ambUren, invoer.ambWeken, invoer.rekentarief),
    gekozen: aanwezig(invoer.gekozen),
  };
  return { invoer, plaatsen, onderdelen, invoerKolommen, uitvoer, gevonden, overig, ontbreekt };
}
