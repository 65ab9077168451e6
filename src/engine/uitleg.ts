import type { BudgetResultaat } from "./budget";
import { centenNaarEuro, formatEuro, formatGetal } from "./geld";
import type { Traject, Verwijzer } from "./invoer";
import { indicatieKort } from "./regels/richtlijn";
import { hoogsteMedischNiveau } from "./regels/verwijzing";
import type { Niveau, Tariefset } from "./tariefset/types";

/**
 * How a result came about, as lines of label, value and source: the one explanation that the command line's
 * text, the block written to a sheet and the task pane all render. A surface chooses the layout, never the words.
 */
export interface Uitlegregel {
  /** kop: a section heading; regel: a value; melding: a fout or waarschuwing of the engine. */
  soort: "kop" | "regel" | "melding";
  label: string;
  /** The value as a person reads it (Dutch numbers, euros, dates). */
  tekst: string;
  /** The value for a cell: a number (euros as 7687.68, hours) where there is one, else the text. */
  waarde: string | number;
  eenheid: "euro" | "getal" | "tekst";
  bron?: string;
  /** The lines a reader looks for first: the total and the standard budget. */
  nadruk?: boolean;
  /** A stable name for a line, for surfaces and tests (totaal, standaardbudget, budget-groep, ...). */
  sleutel?: string;
  /**
   * The amount of a line above as a number of its own, so a sheet has it in a cell to compute with; surfaces
   * that show text skip it (the line above already says it).
   */
  alleenVoorCel?: boolean;
}

export interface Uitleg {
  titel: string;
  regels: Uitlegregel[];
}

const MAANDEN = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];

/** "2026-12-01" -> "1 december 2026"; anything else is returned as it is. */
export function formatDatum(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return iso;
  return `${Number(m[3])} ${MAANDEN[Number(m[2]) - 1]} ${m[1]}`;
}

/** A traject in words, with what it means for the budget in this set. */
export function trajectTekst(traject: Traject, set: Tariefset): string {
  return traject === "herstel"
    ? `hersteltraject (budget voor de hele duur, hoogstens ${set.herstelMaxWeken} weken)`
    : `duurzaam traject (budget per jaar, ${set.duurzaamWeken} weken)`;
}

export const VERWIJZER_TEKST: Record<Verwijzer, string> = {
  toegang: "gemeentelijke toegang",
  medisch: "medische verwijzer (huisarts, jeugdarts, medisch specialist)",
  gi: "gecertificeerde instelling (GI)",
};

/** The medical referral rule of a set in one sentence. */
export function medischeGrensTekst(set: Tariefset): string {
  const hoogste = hoogsteMedischNiveau(set);
  return hoogste
    ? `Na een medische verwijzing mag de aanbieder starten met standaardbudget 1 t/m ${hoogste.nummer} (hoogstens ${formatEuro(hoogste.bedragCent)}); daarboven eerst contact met de toegang.`
    : "Na een medische verwijzing neemt de aanbieder altijd eerst contact op met de toegang.";
}

/** The set, its region and period, in words. */
export function tariefsetTekst(set: Tariefset): string {
  return `${set.naam} (${set.regio}, ${formatDatum(set.geldigVanaf)} t/m ${formatDatum(set.geldigTot)})`;
}

/** A level as "5 (€ 8.000,00)". */
export const niveauMetBedrag = (n: Niveau) => `${n.nummer} (${formatEuro(n.bedragCent)})`;

/**
 * The agreed level beside the calculated one, "Toegewezen: standaardbudget 5 (€ 8.000,00); berekend: 6
 * (€ 12.000,00)", or null when no other level was agreed. Short, for a card; standaardbudgetTekst adds the reason.
 */
export function toegewezenTekst(r: BudgetResultaat): string | null {
  if (!r.gekozen) return null;
  const berekend = r.standaardbudget ? niveauMetBedrag(r.standaardbudget) : r.offerte ? "offertebudget nodig" : "-";
  return `Toegewezen: standaardbudget ${niveauMetBedrag(r.gekozen.niveau)}; berekend: ${berekend}`;
}

/**
 * The level of a result in one sentence, the agreed one first: "Toegewezen: standaardbudget 5 (€ 8.000,00);
 * berekend: 6 (€ 12.000,00); reden: ..." when toegang and provider agreed another level, else the calculated one.
 */
export function standaardbudgetTekst(r: BudgetResultaat): string {
  const toegewezen = toegewezenTekst(r);
  if (toegewezen !== null) return `${toegewezen}; reden: ${r.gekozen?.reden || "-"}`;
  if (r.standaardbudget) return `${niveauMetBedrag(r.standaardbudget)}: het eerste niveau op of boven het totaal`;
  return r.offerte ? "geen: boven het hoogste niveau, offertebudget nodig" : "-";
}

/** The explanation of a result. `datum` (YYYY-MM-DD) is the day of the calculation, when it is to be shown. */
export function legUit(r: BudgetResultaat, set: Tariefset, datum?: string): Uitleg {
  const regels: Uitlegregel[] = [];
  const tekst = (label: string, t: string, extra: Partial<Uitlegregel> = {}) =>
    regels.push({ soort: "regel", label, tekst: t, waarde: t, eenheid: "tekst", ...extra });
  const getal = (label: string, t: string, waarde: number) =>
    regels.push({ soort: "regel", label, tekst: t, waarde, eenheid: "getal" });
  const euro = (label: string, cent: number, extra: Partial<Uitlegregel> = {}) =>
    regels.push({
      soort: "regel",
      label,
      tekst: formatEuro(cent),
      waarde: centenNaarEuro(cent),
      eenheid: "euro",
      ...extra,
    });
  const kop = (label: string, t = "") => regels.push({ soort: "kop", label, tekst: t, waarde: t, eenheid: "tekst" });
  // A rate: the amount per hour, with its source.
  const perUur = (label: string, cent: number, bron: string) =>
    euro(label, cent, { tekst: `${formatEuro(cent)} per uur`, bron });

  if (datum) tekst("Berekend op", formatDatum(datum));
  tekst("Traject", r.traject ? trajectTekst(r.traject, set) : "-");
  tekst("Verwijzer", r.verwijzer ? VERWIJZER_TEKST[r.verwijzer] : "-");
  if (r.groepsaanbod) {
    const g = r.groepsaanbod;
    kop("Groepsaanbod", `intensiteit ${g.intensiteit}`);
    getal(
      "Uren per week",
      `${formatGetal(g.dagenPerWeek)} dagen x ${formatGetal(g.urenPerDag)} uur = ${formatGetal(g.urenPerWeek)}`,
      g.urenPerWeek,
    );
    getal(
      "Uren totaal",
      `${formatGetal(g.urenPerWeek)} x ${formatGetal(g.weken)} weken = ${formatGetal(g.urenTotaal)}`,
      g.urenTotaal,
    );
    perUur("Uurtarief", g.uurtariefCent, g.bron);
    euro("Budget groepsaanbod", g.budgetCent, { sleutel: "budget-groep" });
  }
  if (r.ambulant) {
    const a = r.ambulant;
    kop("Ambulante jeugdhulp", `rekentarief ${a.rekentarief}`);
    getal(
      "Uren totaal",
      `${formatGetal(a.urenPerWeek)} uur x ${formatGetal(a.weken)} weken = ${formatGetal(a.urenTotaal)}`,
      a.urenTotaal,
    );
    perUur("Rekentarief", a.uurtariefCent, a.bron);
    euro("Budget ambulant", a.budgetCent, { sleutel: "budget-ambulant" });
  }
  if (r.bekend) {
    kop("Bekend bedrag", "in plaats van uren");
    euro("Bedrag", r.bekend.bedragCent, { bron: r.bekend.bron, sleutel: "bekend-bedrag" });
  }
  kop("Resultaat");
  if (r.totaalCent === null)
    tekst("Totaal", "niet te berekenen (zie de meldingen)", { nadruk: true, sleutel: "totaal" });
  else euro("Totaal", r.totaalCent, { nadruk: true, sleutel: "totaal" });
  const toegewezen = r.gekozen?.niveau ?? r.standaardbudget;
  tekst("Standaardbudget", standaardbudgetTekst(r), { nadruk: true, sleutel: "standaardbudget" });
  if (toegewezen) euro("Bedrag toegewezen standaardbudget", toegewezen.bedragCent, { alleenVoorCel: true });
  if (r.indicatie)
    tekst("Indicatie volgens de richtlijn", `${indicatieKort(r.indicatie)}; een richtlijn, geen regel`, {
      bron: set.richtlijn?.bron,
      sleutel: "indicatie",
    });
  for (const m of r.meldingen)
    regels.push({
      soort: "melding",
      label: m.niveau === "fout" ? "Fout" : "Waarschuwing",
      tekst: m.tekst,
      waarde: m.tekst,
      eenheid: "tekst",
    });
  tekst("Tariefset", tariefsetTekst(set));
  tekst("Bron tarieven", set.bron);
  return { titel: "Rekentool standaardbudgetten", regels };
}
