/**
 * Where everything sits on the rekentool worksheet, and the formulas of its result block: one place that the
 * generator (maak-werkmap.ts), its Uitleg sheet and the tests read, so a cell address is written once.
 */
import type { Formulierveld, Veldstatus } from "../src/engine";

/** Excel saves a call to an add-in function as _xldudf_<NAMESPACE>_<ID>; it shows as JH.<ID> once the add-in loads. */
export const jh = (id: string, ...args: string[]) => `_xldudf_JH_${id}(${args.join(",")})`;

export interface Invoerveld {
  veld: Formulierveld;
  /** The defined name of the cell, as the result formulas use it. */
  naam: string;
  rij: number;
  label: string;
}

/** Section headings on the input side, by row. */
export const INVOERKOPPEN: [number, string][] = [
  [10, "Invoer"],
  [16, "Groepsaanbod"],
  [23, "Ambulante jeugdhulp"],
  [28, "Bekend bedrag (in plaats van uren)"],
  [32, "Afspraak en richtlijn"],
];

/** The input cells: column B, the engine's status in C and its message in D, the field key in J. */
export const INVOERVELDEN: Invoerveld[] = [
  { veld: "traject", naam: "Traject", rij: 11, label: "Traject" },
  { veld: "verwijzer", naam: "Verwijzer", rij: 12, label: "Verwijzer" },
  { veld: "groepsaanbod", naam: "MetGroep", rij: 13, label: "Met groepsaanbod?" },
  { veld: "ambulant", naam: "MetAmbulant", rij: 14, label: "Met ambulante hulp?" },
  { veld: "groepsaanbod.dagenPerWeek", naam: "GroepDagen", rij: 17, label: "Aanwezigheidsdagen per week" },
  { veld: "groepsaanbod.urenPerDag", naam: "GroepUrenPerDag", rij: 18, label: "Gemiddeld aantal uren per dag" },
  { veld: "groepsaanbod.weken", naam: "GroepWeken", rij: 19, label: "Duur in weken (duurzaam: 52)" },
  { veld: "groepsaanbod.intensiteit", naam: "Intensiteit", rij: 20, label: "Intensiteit" },
  { veld: "groepsaanbod.kdcOdc", naam: "KdcOdc", rij: 21, label: "KDC/ODC? (zwaar ook in duurzaam)" },
  { veld: "ambulant.urenPerWeek", naam: "AmbUrenPerWeek", rij: 24, label: "Cliëntgebonden uren per week" },
  { veld: "ambulant.weken", naam: "AmbWeken", rij: 25, label: "Duur in weken (duurzaam: 52)" },
  { veld: "ambulant.rekentarief", naam: "Rekentarief", rij: 26, label: "Rekentarief" },
  { veld: "bekend.bedrag", naam: "BekendBedrag", rij: 29, label: "Bekend bedrag (euro)" },
  { veld: "bekend.bron", naam: "BekendBron", rij: 30, label: "Bron van het bedrag" },
  { veld: "gekozen.nummer", naam: "GekozenNiveau", rij: 33, label: "Gekozen standaardbudget (leeg = berekend)" },
  { veld: "gekozen.reden", naam: "GekozenReden", rij: 34, label: "Reden (bij een ander standaardbudget)" },
  { veld: "indicatie.soortHulp", naam: "SoortHulp", rij: 35, label: "Soort hulp (richtlijn)" },
  { veld: "tariefset", naam: "Tariefset", rij: 37, label: "Tariefset (leeg = de eerste uit Tarieven)" },
];

export const EERSTE_INVOERRIJ = 11;
export const LAATSTE_INVOERRIJ = 37;
/** The defined names over the whole input column and its keys, for JH.CONTROLE. */
export const VELDEN_BEREIK = `Rekentool!$J$${EERSTE_INVOERRIJ}:$J$${LAATSTE_INVOERRIJ}`;
export const INVOER_BEREIK = `Rekentool!$B$${EERSTE_INVOERRIJ}:$B$${LAATSTE_INVOERRIJ}`;

export const veldCel = (veld: Formulierveld) => `B${INVOERVELDEN.find((v) => v.veld === veld)!.rij}`;

/** The five statuses as the region's workbook colours them; the legend and the conditional formatting share them. */
export const STATUSKLEUR: Record<Veldstatus, { argb: string; betekenis: string }> = {
  "in te vullen": { argb: "FFFFEB9C", betekenis: "verplicht en nog leeg" },
  ingevuld: { argb: "FFC6EFCE", betekenis: "ingevuld en goedgekeurd door de rekenkern (of mag leeg blijven)" },
  "niet invulbaar": {
    argb: "FFD9D9D9",
    betekenis: "telt niet mee: onderdeel staat uit, of de weken van een duurzaam traject (altijd 52)",
  },
  "onjuiste invoer": {
    argb: "FFFFC7CE",
    betekenis: "de rekenkern weigert deze waarde; de melding ernaast zegt waarom",
  },
  waarschuwing: { argb: "FFF8CBAD", betekenis: "toegestaan, maar kijk er nog eens naar (zie de melding)" },
};

/** A result of the block: label, formula, the cached result for the example, and what it does in Dutch. */
export interface Resultaat {
  rij: number;
  label: string;
  formule: string;
  /** The defined name of the cell, when other formulas use it. */
  naam?: string;
  uitleg: string;
  euro?: boolean;
}

/** The result block (columns F, G, H): each formula reads named inputs, one IF at most to skip a section. */
export const RESULTATEN: Resultaat[] = [
  {
    rij: 11,
    label: "Groepsaanbod: uren per week",
    naam: "GroepUrenPerWeek",
    formule: `IF(MetGroep="ja",GroepDagen*GroepUrenPerDag,"")`,
    uitleg: "dagen per week x uren per dag (leeg als het groepsaanbod uit staat)",
  },
  {
    rij: 12,
    label: "Groepsaanbod: uren totaal",
    formule: `IF(MetGroep="ja",${jh("UREN", "GroepUrenPerWeek", "GroepWeken", "Traject", "Tariefset")},"")`,
    uitleg: "uren per week x weken; JH.UREN neemt bij een duurzaam traject altijd 52 weken",
  },
  {
    rij: 13,
    label: "Groepsaanbod: uurtarief",
    formule: `IF(MetGroep="ja",${jh("GROEPSTARIEF", "Intensiteit", "Tariefset")},"")`,
    uitleg: "het uurtarief van de intensiteit, uit de tabel Tarieven",
    euro: true,
  },
  {
    rij: 14,
    label: "Budget groepsaanbod",
    formule: `IF(MetGroep="ja",${jh("BUDGETGROEP", "GroepDagen", "GroepUrenPerDag", "GroepWeken", "Intensiteit", "Traject", "Tariefset", "KdcOdc")},0)`,
    uitleg: "uren totaal x uurtarief, op de cent; 0 als het groepsaanbod uit staat",
    euro: true,
  },
  {
    rij: 16,
    label: "Ambulant: uren totaal",
    naam: "AmbUrenTotaal",
    formule: `IF(MetAmbulant="ja",${jh("UREN", "AmbUrenPerWeek", "AmbWeken", "Traject", "Tariefset")},"")`,
    uitleg: "uren per week x weken (duurzaam: 52)",
  },
  {
    rij: 17,
    label: "Ambulant: rekentarief",
    formule: `IF(MetAmbulant="ja",${jh("REKENTARIEF", "Rekentarief", "Tariefset")},"")`,
    uitleg: "het uurtarief van het rekentarief, uit de tabel Tarieven",
    euro: true,
  },
  {
    rij: 18,
    label: "Budget ambulant",
    formule: `IF(MetAmbulant="ja",${jh("BUDGETAMBULANT", "AmbUrenPerWeek", "AmbWeken", "Rekentarief", "Traject", "Tariefset")},0)`,
    uitleg: "uren totaal x rekentarief, op de cent; 0 als de ambulante hulp uit staat",
    euro: true,
  },
  {
    rij: 20,
    label: "Totaal",
    naam: "Totaal",
    formule: jh(
      "BUDGET",
      "Traject",
      "GroepDagen",
      "GroepUrenPerDag",
      "GroepWeken",
      "Intensiteit",
      "AmbUrenPerWeek",
      "AmbWeken",
      "Rekentarief",
      "Verwijzer",
      "Tariefset",
      "KdcOdc",
      "MetGroep",
      "MetAmbulant",
      "BekendBedrag",
      "BekendBron",
    ),
    uitleg:
      "groepsaanbod + ambulant, of het bekende bedrag; MetGroep en MetAmbulant zetten een onderdeel aan of uit (nee: de argumenten ervan tellen niet)",
    euro: true,
  },
  {
    rij: 21,
    label: "Standaardbudget (nummer)",
    formule: jh("STANDAARDBUDGETNUMMER", "Totaal", "Verwijzer", "Tariefset"),
    uitleg: "het eerste standaardbudget op of boven het totaal; #N/B = offerte nodig",
  },
  {
    rij: 22,
    label: "Standaardbudget (bedrag)",
    formule: jh("STANDAARDBUDGET", "Totaal", "Verwijzer", "Tariefset"),
    uitleg: "het bedrag van dat standaardbudget; na een medische verwijzing hoogstens standaardbudget 5",
    euro: true,
  },
  {
    rij: 25,
    label: "Indicatie volgens de richtlijn",
    formule: `IF(SoortHulp="","",${jh("INDICATIE", "SoortHulp", "AmbUrenTotaal", "Tariefset")})`,
    uitleg:
      "het standaardbudget dat de richtlijn van de regio aangeeft voor de soort hulp en de ambulante uren: een richtlijn, geen regel",
  },
];

/** The status and message formulas of an input row: the engine judges the field, the formatting only colours. */
export const statusFormule = (veld: Formulierveld) => jh("CONTROLE", `"${veld}"`, "Velden", "Invoer");
export const meldingFormule = (veld: Formulierveld) => jh("CONTROLE", `"${veld}"`, "Velden", "Invoer", `"melding"`);

/**
 * A formula as a Dutch Excel shows it (ALS, puntkomma, JH.*), for the Uitleg sheet: the file keeps the English
 * function names and commas that every Excel reads.
 */
export function alsNederlands(formule: string): string {
  let uit = "";
  let inTekst = false;
  for (const t of formule.replace(/_xldudf_JH_/g, "JH.")) {
    if (t === '"') inTekst = !inTekst;
    uit += !inTekst && t === "," ? ";" : t;
  }
  return "=" + uit.replace(/\bIF\(/g, "ALS(");
}
