import { exactProduct, productInCenten } from "./geld";
import { leesAantal, leesJaNee, leesTraject, leesVerwijzer } from "./invoer";
import { fout, waarschuwing } from "./melding";
import { celVan, MET_AMBULANT, MET_GEKOZEN, MET_GROEP, Rekening, type Invoerplaatsen } from "./rekening";
import { controleerGekozen, leesGekozenNiveau } from "./regels/gekozen";
import { bovenIjwMaximum, MAX_BUDGET_CENT } from "./regels/ijw";
import { intensiteitFout, intensiteitToegestaan } from "./regels/intensiteit";
import { controleerMedisch } from "./regels/verwijzing";
import { leesWeken } from "./regels/weken";
import { kiesStandaardbudget, offerteMelding } from "./standaardbudget";
import { zoekIntensiteit, zoekRekentarief } from "./tarieven";
import { STANDAARD_TARIEFSET } from "./tariefset/ingebouwd";
import type { Traject, Verwijzer } from "./invoer";
import type { Melding } from "./melding";
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
  constructor(
    readonly intensiteit: string,
    readonly dagenPerWeek: number,
    readonly urenPerDag: number,
    readonly weken: number,
    readonly uurtariefCent: number,
    readonly budgetCent: number,
    readonly bron: string,
  ) {}
  get urenPerWeek(): number {
    return exactProduct(this.dagenPerWeek, this.urenPerDag);
  }
  get urenTotaal(): number {
    return exactProduct(this.dagenPerWeek, this.urenPerDag, this.weken);
  }
}

class Ambulantuitkomst implements AmbulantResultaat {
  constructor(
    readonly rekentarief: string,
    readonly urenPerWeek: number,
    readonly weken: number,
    readonly uurtariefCent: number,
    readonly budgetCent: number,
    readonly bron: string,
  ) {}
  get urenTotaal(): number {
    return exactProduct(this.urenPerWeek, this.weken);
  }
}

const MAX_DAGEN_PER_WEEK = 7;
const MAX_UREN_PER_DAG = 24;
const MAX_UREN_PER_WEEK = 168;

function rekenGroep(rij: readonly unknown[], p: Invoerplaatsen, set: Tariefset, uit: Rekening): void {
  const aantal = uit.aantal;
  const traject = uit.traject;
  const dagen = leesAantal(celVan(rij, p.dagenPerWeek), "groepsaanbod.dagenPerWeek", MAX_DAGEN_PER_WEEK, uit);
  const urenPerDag = leesAantal(celVan(rij, p.urenPerDag), "groepsaanbod.urenPerDag", MAX_UREN_PER_DAG, uit);
  const weken = leesWeken(celVan(rij, p.groepWeken), "groepsaanbod.weken", traject, set, uit);
  const kdcOdc = leesJaNee(celVan(rij, p.kdcOdc), "groepsaanbod.kdcOdc", uit);
  const intensiteit = zoekIntensiteit(celVan(rij, p.intensiteit), set, uit);
  if (intensiteit && traject !== null) {
    if (!intensiteitToegestaan(intensiteit, traject, kdcOdc === true)) uit.push(intensiteitFout(intensiteit, traject));
  }
  if (
    uit.aantal > aantal ||
    dagen === null ||
    urenPerDag === null ||
    weken === null ||
    intensiteit?.uurtariefCent == null
  )
    return;
  uit.intensiteit = intensiteit;
  uit.dagenPerWeek = dagen;
  uit.urenPerDag = urenPerDag;
  uit.groepWeken = weken;
  uit.groepCent = productInCenten(intensiteit.uurtariefCent, dagen, urenPerDag, weken);
}

function rekenAmbulant(rij: readonly unknown[], p: Invoerplaatsen, set: Tariefset, uit: Rekening): void {
  const aantal = uit.aantal;
  const urenPerWeek = leesAantal(celVan(rij, p.urenPerWeek), "ambulant.urenPerWeek", MAX_UREN_PER_WEEK, uit);
  const weken = leesWeken(celVan(rij, p.ambulantWeken), "ambulant.weken", uit.traject, set, uit);
  const tarief = zoekRekentarief(celVan(rij, p.rekentarief), set, uit);
  if (uit.aantal > aantal || urenPerWeek === null || weken === null || tarief?.uurtariefCent == null) return;
  uit.rekentarief = tarief;
  uit.urenPerWeek = urenPerWeek;
  uit.ambulantWeken = weken;
  uit.ambulantCent = productInCenten(tarief.uurtariefCent, urenPerWeek, weken);
}

const TOTAAL_NUL = Object.freeze(
  waarschuwing("TOTAAL_NUL", "standaardbudget", "Het totaal is € 0,00: controleer de uren en weken."),
);
const GEEN_ONDERDEEL = Object.freeze(
  fout("GEEN_ONDERDEEL", "onderdelen", "Vul groepsaanbod, ambulante hulp of allebei in; nu is geen van beide gekozen."),
);

/**
 * The rekentool's calculation, every rule of it, on the inputs in row `rij` at positions `p`, with the parts
 * in `onderdelen` (MET_GROEP, MET_AMBULANT, MET_GEKOZEN), into `uit` (cleared first). Never throws; invalid
 * input gives fouten and no total. berekenBudget and the bulk run both go through here.
 */
export function rekenIn(
  rij: readonly unknown[],
  p: Invoerplaatsen,
  onderdelen: number,
  set: Tariefset,
  uit: Rekening,
): void {
  uit.wis();
  uit.traject = leesTraject(celVan(rij, p.traject), uit);
  uit.verwijzer = leesVerwijzer(celVan(rij, p.verwijzer), uit);
  if ((onderdelen & (MET_GROEP | MET_AMBULANT)) === 0) uit.push(GEEN_ONDERDEEL);
  if (onderdelen & MET_GROEP) rekenGroep(rij, p, set, uit);
  if (onderdelen & MET_AMBULANT) rekenAmbulant(rij, p, set, uit);
  if (uit.fouten > 0) {
    // The reason can only be judged against a calculated level; the number can be checked now.
    if (onderdelen & MET_GEKOZEN) leesGekozenNiveau(celVan(rij, p.gekozenNummer), set, uit);
    return;
  }

  const totaalCent =
    (Number.isNaN(uit.groepCent) ? 0 : uit.groepCent) + (Number.isNaN(uit.ambulantCent) ? 0 : uit.ambulantCent);
  const niveau = kiesStandaardbudget(set, totaalCent);
  uit.totaalCent = totaalCent;
  uit.standaardbudget = niveau;
  if (totaalCent === 0) uit.push(TOTAAL_NUL);
  if (niveau === null) uit.push(offerteMelding(set, totaalCent));
  if (totaalCent > MAX_BUDGET_CENT) uit.push(bovenIjwMaximum(totaalCent));
  if (uit.verwijzer === "medisch") controleerMedisch(niveau, set, uit, "Het berekende budget");
  if (onderdelen & MET_GEKOZEN) controleerGekozen(rij, p, set, uit);
}

// The positions in the row that berekenBudget makes of its input.
const EIGEN_RIJ: Invoerplaatsen = {
  traject: 0,
  verwijzer: 1,
  dagenPerWeek: 2,
  urenPerDag: 3,
  groepWeken: 4,
  intensiteit: 5,
  kdcOdc: 6,
  urenPerWeek: 7,
  ambulantWeken: 8,
  rekentarief: 9,
  gekozenNummer: 10,
  reden: 11,
};

/** The rekentool's calculation (see rekenIn), as one result object. Never throws. */
export function berekenBudget(invoer: BudgetInvoer, set: Tariefset = STANDAARD_TARIEFSET): BudgetResultaat {
  const groep = invoer.groepsaanbod;
  const ambulant = invoer.ambulant;
  const gekozen = invoer.gekozen;
  // Each value put at its named position, so the row cannot drift from EIGEN_RIJ.
  const p = EIGEN_RIJ;
  const rij: unknown[] = new Array(Object.keys(p).length);
  rij[p.traject] = invoer.traject;
  rij[p.verwijzer] = invoer.verwijzer;
  rij[p.dagenPerWeek] = groep?.dagenPerWeek;
  rij[p.urenPerDag] = groep?.urenPerDag;
  rij[p.groepWeken] = groep?.weken;
  rij[p.intensiteit] = groep?.intensiteit;
  rij[p.kdcOdc] = groep?.kdcOdc;
  rij[p.urenPerWeek] = ambulant?.urenPerWeek;
  rij[p.ambulantWeken] = ambulant?.weken;
  rij[p.rekentarief] = ambulant?.rekentarief;
  rij[p.gekozenNummer] = gekozen?.nummer;
  rij[p.reden] = gekozen?.reden;
  const onderdelen =
    (groep != null ? MET_GROEP : 0) | (ambulant != null ? MET_AMBULANT : 0) | (gekozen ? MET_GEKOZEN : 0);
  const r = new Rekening();
  rekenIn(rij, p, onderdelen, set, r);
  const i = r.intensiteit;
  const t = r.rekentarief;
  return {
    tariefset: set.naam,
    traject: r.traject,
    verwijzer: r.verwijzer,
    groepsaanbod:
      i && !Number.isNaN(r.groepCent)
        ? new Groepuitkomst(
            i.naam,
            r.dagenPerWeek,
            r.urenPerDag,
            r.groepWeken,
            i.uurtariefCent as number,
            r.groepCent,
            i.bron,
          )
        : null,
    ambulant:
      t && !Number.isNaN(r.ambulantCent)
        ? new Ambulantuitkomst(
            t.naam,
            r.urenPerWeek,
            r.ambulantWeken,
            t.uurtariefCent as number,
            r.ambulantCent,
            t.bron,
          )
        : null,
    totaalCent: Number.isNaN(r.totaalCent) ? null : r.totaalCent,
    standaardbudget: r.standaardbudget,
    offerte: r.offerte,
    gekozen: r.gekozen ? { niveau: r.gekozen, reden: r.reden } : null,
    meldingen: r.meldingen,
  };
}
