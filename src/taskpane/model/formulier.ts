import {
  doetMee,
  vasteWeken,
  type BudgetInvoer,
  type Melding,
  type Tariefset,
  type ToewijzingInvoer,
} from "../../engine";

/** What the user typed, as typed: numbers stay strings so "2,5" reaches the engine unchanged. */
export interface Formulier {
  traject: "herstel" | "duurzaam";
  verwijzer: "toegang" | "medisch" | "gi";
  dagen: string;
  urenPerDag: string;
  groepWeken: string;
  intensiteit: string;
  kdcOdc: boolean;
  ambUren: string;
  /** The ambulant weeks as typed; until the user types here they follow the group offer's weeks. */
  ambWeken: string;
  ambWekenEigen: boolean;
  rekentarief: string;
  /** The kind of help for the guide's indication (empty: none). */
  soortHulp: string;
  /** A known cost instead of hours (a standard intervention), and where it comes from. */
  bekendBedrag: string;
  bekendBron: string;
  gekozen: string;
  reden: string;
  begindatum: string;
  offertebedrag: string;
  verblijfAan: boolean;
  verblijfCode: string;
  verblijfBegin: string;
  verblijfEind: string;
}

export function vandaag(): string {
  const nu = new Date();
  return `${nu.getFullYear()}-${String(nu.getMonth() + 1).padStart(2, "0")}-${String(nu.getDate()).padStart(2, "0")}`;
}

export function leegFormulier(): Formulier {
  return {
    traject: "herstel",
    verwijzer: "toegang",
    dagen: "",
    urenPerDag: "",
    groepWeken: "",
    intensiteit: "",
    kdcOdc: false,
    ambUren: "",
    ambWeken: "",
    ambWekenEigen: false,
    rekentarief: "",
    soortHulp: "",
    bekendBedrag: "",
    bekendBron: "",
    gekozen: "",
    reden: "",
    begindatum: vandaag(),
    offertebedrag: "",
    verblijfAan: false,
    verblijfCode: "",
    verblijfBegin: "",
    verblijfEind: "",
  };
}

/** The ambulant weeks shown: typed, or else the group offer's (the usual case: both for the same half year). */
export const ambulanteWeken = (f: Formulier): string => (f.ambWekenEigen ? f.ambWeken : f.groepWeken);

/**
 * The engine's input. A section takes part when one of its own fields is filled (the engine's rule, as in the
 * workbook): no switches to click. Weeks the traject fixes (duurzaam) are the engine's to fill in.
 */
export function naarBudgetInvoer(f: Formulier, set: Tariefset): BudgetInvoer {
  const vast = vasteWeken(f.traject, set) !== null;
  const groepAan = doetMee([f.dagen, f.urenPerDag, vast ? "" : f.groepWeken, f.intensiteit]);
  const ambulantAan = doetMee([f.ambUren, vast || !f.ambWekenEigen ? "" : f.ambWeken, f.rekentarief]);
  return {
    traject: f.traject,
    verwijzer: f.verwijzer,
    groepsaanbod: groepAan
      ? {
          dagenPerWeek: f.dagen,
          urenPerDag: f.urenPerDag,
          weken: vast ? "" : f.groepWeken,
          intensiteit: f.intensiteit,
          kdcOdc: f.kdcOdc,
        }
      : null,
    ambulant: ambulantAan
      ? { urenPerWeek: f.ambUren, weken: vast ? "" : ambulanteWeken(f), rekentarief: f.rekentarief }
      : null,
    bekend: doetMee([f.bekendBedrag, f.bekendBron]) ? { bedrag: f.bekendBedrag, bron: f.bekendBron } : null,
    gekozen: f.gekozen === "" ? null : { nummer: f.gekozen, reden: f.reden },
    soortHulp: f.soortHulp,
  };
}

export function naarToewijzingInvoer(f: Formulier): ToewijzingInvoer {
  return {
    begindatum: f.begindatum,
    offertebedrag: f.offertebedrag,
    verblijf: f.verblijfAan
      ? { productcode: f.verblijfCode, begindatum: f.verblijfBegin, einddatum: f.verblijfEind }
      : null,
  };
}

/** The engine's messages for one field (or several), for showing next to that field. */
export function meldingenVoor(meldingen: readonly Melding[], ...velden: string[]): Melding[] {
  return meldingen.filter((m) => velden.includes(m.veld));
}
