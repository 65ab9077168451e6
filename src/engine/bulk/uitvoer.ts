/** How an output cell is shown: a sheet formats euro and procent columns, a CSV writes numbers with the file's decimal sign. */
export type Uitvoersoort = "euro" | "procent" | "getal" | "tekst";

/**
 * Where an output's value comes from in a row's results (see Rijuitkomsten.cel): an amount in cents from one of
 * the euro columns, or one of the few values with a rule of their own. Data, not a function per column: one
 * function that knows every kind stays fast (functions per column were measured an eighth slower on a
 * million rows, their call sites megamorphic).
 */
export type Uitvoerwaarde =
  | { soort: "euro"; bedrag: "groepCent" | "ambulantCent" | "totaalCent" | "niveauCent" }
  | { soort: "niveau" }
  | { soort: "offerte" }
  | { soort: "uitputting" }
  | { soort: "status" }
  | { soort: "melding" };

/** One output column of a bulk run: its header, how it is shown, and where its value comes from. */
export interface Uitvoerkolomdef<N extends string = string> {
  readonly naam: N;
  readonly soort: Uitvoersoort;
  readonly waarde: Uitvoerwaarde;
}

const kolom = <N extends string>(naam: N, soort: Uitvoersoort, waarde: Uitvoerwaarde): Uitvoerkolomdef<N> => ({
  naam,
  soort,
  waarde,
});

/**
 * The output columns, in the order they are added to a sheet: declared once. Amounts are euros with at most
 * two decimals, empty where there is no value (never a 0 that looks valid); Standaardbudget is the level's
 * number or "offerte"; Uitputting a fraction (1.25 is 125%) to a hundredth of a percent.
 */
export const UITVOERKOLOMMEN = [
  kolom("Budget groepsaanbod", "euro", { soort: "euro", bedrag: "groepCent" }),
  kolom("Budget ambulant", "euro", { soort: "euro", bedrag: "ambulantCent" }),
  kolom("Budget totaal", "euro", { soort: "euro", bedrag: "totaalCent" }),
  kolom("Standaardbudget", "getal", { soort: "niveau" }),
  kolom("Standaardbudget bedrag", "euro", { soort: "euro", bedrag: "niveauCent" }),
  kolom("Offerte", "tekst", { soort: "offerte" }),
  kolom("Uitputting", "procent", { soort: "uitputting" }),
  kolom("Status", "tekst", { soort: "status" }),
  kolom("Melding", "tekst", { soort: "melding" }),
] as const;

export type Uitvoerkolom = (typeof UITVOERKOLOMMEN)[number]["naam"];

/** The output column names, in order. */
export const UITVOER: readonly Uitvoerkolom[] = UITVOERKOLOMMEN.map((k) => k.naam);
