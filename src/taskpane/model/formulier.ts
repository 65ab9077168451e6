import { vasteWeken, type BudgetInvoer, type Melding, type Tariefset, type ToewijzingInvoer } from "../../engine";

/** What the user typed, as typed: numbers stay strings so "2,5" reaches the engine unchanged. */
export interface Formulier {
  traject: "herstel" | "duurzaam";
  verwijzer: "toegang" | "medisch" | "gi";
  groepAan: boolean;
  dagen: string;
  urenPerDag: string;
  groepWeken: string;
  intensiteit: string;
  kdcOdc: boolean;
  ambulantAan: boolean;
  ambUren: string;
  ambWeken: string;
  rekentarief: string;
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
    groepAan: false,
    dagen: "",
    urenPerDag: "",
    groepWeken: "",
    intensiteit: "",
    kdcOdc: false,
    ambulantAan: false,
    ambUren: "",
    ambWeken: "",
    rekentarief: "",
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

export function naarBudgetInvoer(f: Formulier, set: Tariefset): BudgetInvoer {
  // Weeks the traject fixes (duurzaam) are the engine's to fill in; what the field held before is not sent.
  const vast = vasteWeken(f.traject, set) !== null;
  return {
    traject: f.traject,
    verwijzer: f.verwijzer,
    groepsaanbod: f.groepAan
      ? {
          dagenPerWeek: f.dagen,
          urenPerDag: f.urenPerDag,
          weken: vast ? "" : f.groepWeken,
          intensiteit: f.intensiteit,
          kdcOdc: f.kdcOdc,
        }
      : null,
    ambulant: f.ambulantAan
      ? { urenPerWeek: f.ambUren, weken: vast ? "" : f.ambWeken, rekentarief: f.rekentarief }
      : null,
    gekozen: f.gekozen === "" ? null : { nummer: f.gekozen, reden: f.reden },
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
