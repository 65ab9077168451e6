import { exactProduct, formatEuro, formatGetal, productInCenten } from "./geld";
import { isLeeg, leesGetal } from "./getal";
import { leesAantal, leesJaNee, leesTraject, leesVerwijzer, type Traject, type Verwijzer } from "./invoer";
import { citeer, fout, heeftFout, waarschuwing, VELDEN, type Melding } from "./melding";
import { controleerMedisch, hoogsteNiveau, kiesStandaardbudget, niveauTekst, zoekStandaardbudget } from "./standaardbudget";
import { zoekIntensiteit, zoekRekentarief } from "./tarieven";
import { STANDAARD_TARIEFSET } from "./tariefset/ingebouwd";
import type { Niveau, Tariefset } from "./tariefset/types";

/** Raw values as a user or a cell gives them: numbers, strings with a decimal comma, booleans or empty. */
export interface GroepInvoer {
  dagenPerWeek: unknown;
  urenPerDag: unknown;
  /** Empty in duurzaam means the set's fixed year (52 weeks). */
  weken?: unknown;
  intensiteit: unknown;
  /** Marks a KDC/ODC, where zwaar is allowed in duurzaam. */
  kdcOdc?: unknown;
}

export interface AmbulantInvoer {
  urenPerWeek: unknown;
  weken?: unknown;
  rekentarief: unknown;
}

export interface BudgetInvoer {
  traject: unknown;
  verwijzer?: unknown;
  /** Present (not null) means the section is on. */
  groepsaanbod?: GroepInvoer | null;
  ambulant?: AmbulantInvoer | null;
  gekozen?: { nummer: unknown; reden?: unknown } | null;
}

export interface GroepResultaat {
  intensiteit: string;
  dagenPerWeek: number;
  urenPerDag: number;
  urenPerWeek: number;
  weken: number;
  urenTotaal: number;
  uurtariefCent: number;
  budgetCent: number;
  bron: string;
}

export interface AmbulantResultaat {
  rekentarief: string;
  urenPerWeek: number;
  weken: number;
  urenTotaal: number;
  uurtariefCent: number;
  budgetCent: number;
  bron: string;
}

export interface BudgetResultaat {
  tariefset: string;
  traject: Traject | null;
  verwijzer: Verwijzer | null;
  groepsaanbod: GroepResultaat | null;
  ambulant: AmbulantResultaat | null;
  /** Null whenever any input is invalid: a partial total would look valid. */
  totaalCent: number | null;
  standaardbudget: Niveau | null;
  offerte: boolean;
  gekozen: { niveau: Niveau; reden: string } | null;
  meldingen: Melding[];
}

// The hour products are only shown, never summed: computed when read, so a bulk run of a million rows,
// which reads only the budgets, does not compute them.
class Groepuitkomst implements GroepResultaat {
  readonly budgetCent: number;
  constructor(
    readonly intensiteit: string,
    readonly dagenPerWeek: number,
    readonly urenPerDag: number,
    readonly weken: number,
    readonly uurtariefCent: number,
    readonly bron: string,
  ) {
    this.budgetCent = productInCenten(uurtariefCent, dagenPerWeek, urenPerDag, weken);
  }
  get urenPerWeek(): number {
    return exactProduct(this.dagenPerWeek, this.urenPerDag);
  }
  get urenTotaal(): number {
    return exactProduct(this.dagenPerWeek, this.urenPerDag, this.weken);
  }
}

class Ambulantuitkomst implements AmbulantResultaat {
  readonly budgetCent: number;
  constructor(
    readonly rekentarief: string,
    readonly urenPerWeek: number,
    readonly weken: number,
    readonly uurtariefCent: number,
    readonly bron: string,
  ) {
    this.budgetCent = productInCenten(uurtariefCent, urenPerWeek, weken);
  }
  get urenTotaal(): number {
    return exactProduct(this.urenPerWeek, this.weken);
  }
}

const MAX_DAGEN_PER_WEEK = 7;
const MAX_UREN_PER_DAG = 24;
const MAX_UREN_PER_WEEK = 168;

function leesWeken(
  waarde: unknown,
  veld: "groepsaanbod.weken" | "ambulant.weken",
  traject: Traject | null,
  set: Tariefset,
  meldingen: Melding[],
): number | null {
  if (traject === "duurzaam") {
    if (isLeeg(waarde)) return set.duurzaamWeken;
    const weken = leesAantal(waarde, veld, Number.MAX_SAFE_INTEGER, meldingen);
    if (weken !== null && weken !== set.duurzaamWeken) {
      meldingen.push(
        fout("DUURZAAM_WEKEN", veld, `${VELDEN[veld]} is ${formatGetal(weken)}; een duurzaam traject rekent altijd met ${set.duurzaamWeken} weken (budget per jaar). Laat het veld leeg of vul ${set.duurzaamWeken} in.`),
      );
      return null;
    }
    return weken;
  }
  const weken = leesAantal(waarde, veld, Number.MAX_SAFE_INTEGER, meldingen);
  if (weken !== null && traject === "herstel" && weken > set.herstelMaxWeken) {
    meldingen.push(
      fout("HERSTEL_TE_LANG", veld, `${VELDEN[veld]} is ${formatGetal(weken)}; een hersteltraject duurt hoogstens ${set.herstelMaxWeken} weken. Kies voor langere hulp een duurzaam traject.`),
    );
    return null;
  }
  return weken;
}

function berekenGroep(invoer: GroepInvoer, traject: Traject | null, set: Tariefset, meldingen: Melding[]): GroepResultaat | null {
  const aantal = meldingen.length;
  const dagen = leesAantal(invoer.dagenPerWeek, "groepsaanbod.dagenPerWeek", MAX_DAGEN_PER_WEEK, meldingen);
  const urenPerDag = leesAantal(invoer.urenPerDag, "groepsaanbod.urenPerDag", MAX_UREN_PER_DAG, meldingen);
  const weken = leesWeken(invoer.weken, "groepsaanbod.weken", traject, set, meldingen);
  const kdcOdc = leesJaNee(invoer.kdcOdc, "groepsaanbod.kdcOdc", meldingen);
  const intensiteit = zoekIntensiteit(invoer.intensiteit, set, meldingen);
  if (intensiteit && traject === "herstel" && !intensiteit.toegestaanInHerstel) {
    meldingen.push(fout("INTENSITEIT_NIET_TOEGESTAAN", "groepsaanbod.intensiteit", `Intensiteit '${intensiteit.naam}' is niet toegestaan in een hersteltraject.`));
  }
  if (intensiteit && traject === "duurzaam" && !intensiteit.toegestaanInDuurzaam && !(kdcOdc && intensiteit.duurzaamBijKdcOdc)) {
    const uitzondering = intensiteit.duurzaamBijKdcOdc ? " (alleen bij een KDC/ODC; geef dat dan aan)" : "";
    meldingen.push(
      fout("INTENSITEIT_NIET_IN_DUURZAAM", "groepsaanbod.intensiteit", `Intensiteit '${intensiteit.naam}' is niet toegestaan in een duurzaam traject${uitzondering}. Kies een lichtere intensiteit of een hersteltraject.`),
    );
  }
  if (meldingen.length > aantal || dagen === null || urenPerDag === null || weken === null || intensiteit?.uurtariefCent == null) return null;
  return new Groepuitkomst(intensiteit.naam, dagen, urenPerDag, weken, intensiteit.uurtariefCent, intensiteit.bron);
}

function berekenAmbulant(invoer: AmbulantInvoer, traject: Traject | null, set: Tariefset, meldingen: Melding[]): AmbulantResultaat | null {
  const aantal = meldingen.length;
  const urenPerWeek = leesAantal(invoer.urenPerWeek, "ambulant.urenPerWeek", MAX_UREN_PER_WEEK, meldingen);
  const weken = leesWeken(invoer.weken, "ambulant.weken", traject, set, meldingen);
  const tarief = zoekRekentarief(invoer.rekentarief, set, meldingen);
  if (meldingen.length > aantal || urenPerWeek === null || weken === null || tarief?.uurtariefCent == null) return null;
  return new Ambulantuitkomst(tarief.naam, urenPerWeek, weken, tarief.uurtariefCent, tarief.bron);
}

function leesGekozenNiveau(nummer: unknown, set: Tariefset, meldingen: Melding[]): Niveau | null {
  const gelezen = leesGetal(nummer);
  const niveau = gelezen.ok && Number.isInteger(gelezen.waarde) ? zoekStandaardbudget(set, gelezen.waarde) : undefined;
  if (niveau) return niveau;
  const nummers = set.niveaus.map((n) => n.nummer).sort((a, b) => a - b);
  meldingen.push(
    fout("GEKOZEN_ONBEKEND", "gekozen.nummer", `${VELDEN["gekozen.nummer"]} ${citeer(nummer)} bestaat niet. Toegestaan: ${nummers[0]} t/m ${nummers[nummers.length - 1]}.`),
  );
  return null;
}

function controleerGekozen(
  gekozen: NonNullable<BudgetInvoer["gekozen"]>,
  berekend: Niveau | null,
  totaalCent: number,
  verwijzer: Verwijzer | null,
  set: Tariefset,
  meldingen: Melding[],
): BudgetResultaat["gekozen"] {
  const niveau = leesGekozenNiveau(gekozen.nummer, set, meldingen);
  if (!niveau) return null;
  const reden = typeof gekozen.reden === "string" ? gekozen.reden.trim() : isLeeg(gekozen.reden) ? "" : String(gekozen.reden);
  const wijktAf = berekend === null || berekend.nummer !== niveau.nummer;
  if (wijktAf && reden === "") {
    const berekendTekst = berekend ? niveauTekst(berekend) : "een offertebudget";
    meldingen.push(
      fout("GEKOZEN_ZONDER_REDEN", "gekozen.reden", `Het gekozen ${niveauTekst(niveau)} wijkt af van het berekende (${berekendTekst}). Vul de reden in, bijvoorbeeld de afspraak tussen toegang en aanbieder.`),
    );
    return null;
  }
  if (verwijzer === "medisch") controleerMedisch(niveau, set, meldingen, "Het gekozen budget");
  if (niveau.bedragCent < totaalCent) {
    meldingen.push(
      waarschuwing("GEKOZEN_ONDER_TOTAAL", "gekozen.nummer", `Het gekozen ${niveauTekst(niveau)} ligt onder het berekende totaal ${formatEuro(totaalCent)}; de aanbieder kan niet meer declareren dan het budget.`),
    );
  }
  return { niveau, reden };
}

/** The rekentool's calculation. Never throws; invalid input gives fouten and no amounts. */
export function berekenBudget(invoer: BudgetInvoer, set: Tariefset = STANDAARD_TARIEFSET): BudgetResultaat {
  const meldingen: Melding[] = [];
  const traject = leesTraject(invoer.traject, meldingen);
  const verwijzer = leesVerwijzer(invoer.verwijzer, meldingen);
  const groepAan = invoer.groepsaanbod !== null && invoer.groepsaanbod !== undefined;
  const ambulantAan = invoer.ambulant !== null && invoer.ambulant !== undefined;
  if (!groepAan && !ambulantAan) {
    meldingen.push(fout("GEEN_ONDERDEEL", "onderdelen", "Vul groepsaanbod, ambulante hulp of allebei in; nu is geen van beide gekozen."));
  }
  const groepsaanbod = groepAan ? berekenGroep(invoer.groepsaanbod as GroepInvoer, traject, set, meldingen) : null;
  const ambulant = ambulantAan ? berekenAmbulant(invoer.ambulant as AmbulantInvoer, traject, set, meldingen) : null;

  const resultaat: BudgetResultaat = {
    tariefset: set.naam,
    traject,
    verwijzer,
    groepsaanbod,
    ambulant,
    totaalCent: null,
    standaardbudget: null,
    offerte: false,
    gekozen: null,
    meldingen,
  };
  if (heeftFout(meldingen)) {
    // The reason can only be judged against a calculated level; the number can be checked now.
    if (invoer.gekozen) leesGekozenNiveau(invoer.gekozen.nummer, set, meldingen);
    return resultaat;
  }

  const totaalCent = (groepsaanbod?.budgetCent ?? 0) + (ambulant?.budgetCent ?? 0);
  const niveau = kiesStandaardbudget(set, totaalCent);
  resultaat.totaalCent = totaalCent;
  resultaat.standaardbudget = niveau;
  resultaat.offerte = niveau === null;
  if (totaalCent === 0) {
    meldingen.push(waarschuwing("TOTAAL_NUL", "standaardbudget", "Het totaal is EUR 0,00: controleer de uren en weken."));
  }
  if (niveau === null) {
    const top = hoogsteNiveau(set);
    meldingen.push(
      waarschuwing("OFFERTE_NODIG", "standaardbudget", `Het totaal ${formatEuro(totaalCent)} ligt boven het hoogste ${niveauTekst(top)}: de aanbieder maakt een offerte (offertebudget) die de toegang goedkeurt.`),
    );
  }
  if (verwijzer === "medisch") controleerMedisch(niveau, set, meldingen, "Het berekende budget");
  if (invoer.gekozen) resultaat.gekozen = controleerGekozen(invoer.gekozen, niveau, totaalCent, verwijzer, set, meldingen);
  return resultaat;
}
