import { centenNaarEuro } from "./geld";
import type { BudgetResultaat } from "./budget";
import type { Melding } from "./melding";

/** The public JSON shape of a result (CLI --json, copy as JSON): euros as numbers with at most two decimals. */
export interface BudgetJson {
  traject: string | null;
  groepsaanbod: { urenPerWeek: number; urenTotaal: number; uurtarief: number; budget: number } | null;
  ambulant: { urenTotaal: number; uurtarief: number; budget: number } | null;
  totaal: number | null;
  standaardbudget: { nummer: number; bedrag: number } | null;
  offerte: boolean;
  gekozen: { nummer: number; bedrag: number; reden: string } | null;
  bekend: { bedrag: number; bron: string } | null;
  /** The guide's level beside the calculated one: a guide, not a rule. */
  indicatie: { soortHulp: string; uren: number | null; nummer: number; omschrijving: string } | null;
  meldingen: Melding[];
}

export function resultaatAlsJson(r: BudgetResultaat): BudgetJson {
  return {
    traject: r.traject,
    groepsaanbod: r.groepsaanbod && {
      urenPerWeek: r.groepsaanbod.urenPerWeek,
      urenTotaal: r.groepsaanbod.urenTotaal,
      uurtarief: centenNaarEuro(r.groepsaanbod.uurtariefCent),
      budget: centenNaarEuro(r.groepsaanbod.budgetCent),
    },
    ambulant: r.ambulant && {
      urenTotaal: r.ambulant.urenTotaal,
      uurtarief: centenNaarEuro(r.ambulant.uurtariefCent),
      budget: centenNaarEuro(r.ambulant.budgetCent),
    },
    totaal: r.totaalCent === null ? null : centenNaarEuro(r.totaalCent),
    standaardbudget: r.standaardbudget && {
      nummer: r.standaardbudget.nummer,
      bedrag: centenNaarEuro(r.standaardbudget.bedragCent),
    },
    offerte: r.offerte,
    gekozen: r.gekozen && {
      nummer: r.gekozen.niveau.nummer,
      bedrag: centenNaarEuro(r.gekozen.niveau.bedragCent),
      reden: r.gekozen.reden,
    },
    bekend: r.bekend && { bedrag: centenNaarEuro(r.bekend.bedragCent), bron: r.bekend.bron },
    indicatie: r.indicatie && {
      soortHulp: r.indicatie.soort.naam,
      uren: r.indicatie.uren,
      nummer: r.indicatie.niveau.nummer,
      omschrijving: r.indicatie.band.omschrijving,
    },
    meldingen: r.meldingen,
  };
}
