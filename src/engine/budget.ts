import { exactProduct, productInCenten } from "./geld";
import { isLeeg } from "./getal";
import { leesAantal, leesBedrag, leesJaNee, leesTraject, leesVerwijzer } from "./invoer";
import { alsTekst, fout, waarschuwing, VELDEN } from "./melding";
import { celVan, MET_AMBULANT, MET_BEKEND, MET_GEKOZEN, MET_GROEP, Rekening, type Invoerplaatsen } from "./rekening";
import { controleerGekozen, leesGekozenNiveau } from "./regels/gekozen";
import { bovenIjwMaximum, MAX_BUDGET_CENT } from "./regels/ijw";
import { intensiteitFout, intensiteitToegestaan } from "./regels/intensiteit";
import { afwijkingRichtlijn, heeftUrenNodig, indiceer, leesSoortHulp, type Indicatie } from "./regels/richtlijn";
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
  /**
   * A known cost instead of hours (a standard intervention that usually costs a known amount, as Greetje's),
   * with where the amount comes from. Present (not null) means it is used: then neither hours section may be on.
   */
  bekend?: { bedrag: unknown; bron?: unknown } | null;
  /** The kind of help, for the guide's indication from the ambulant hours (empty: no indication). */
  soortHulp?: unknown;
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
  bekend: { bedragCent: number; bron: string } | null;
  /** The guide's level beside the calculated one: a guide, not a rule. */
  indicatie: Indicatie | null;
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

function rekenBekend(rij: readonly unknown[], p: Invoerplaatsen, onderdelen: number, uit: Rekening): void {
  const aantal = uit.aantal;
  if (onderdelen & (MET_GROEP | MET_AMBULANT)) uit.push(BEKEND_EN_UREN);
  const cent = leesBedrag(celVan(rij, p.bekendBedrag), "bekend.bedrag", uit);
  const bronCel = celVan(rij, p.bekendBron);
  const bron = isLeeg(bronCel) ? "" : alsTekst(bronCel).trim();
  if (bron === "") uit.push(BRON_ONTBREEKT);
  if (uit.aantal > aantal || cent === null) return;
  uit.bekendCent = cent;
  uit.bekendBron = bron;
}

/** The guide's indication from the ambulant hours, beside the level; a large difference is a waarschuwing. */
function indiceerIn(rij: readonly unknown[], p: Invoerplaatsen, set: Tariefset, uit: Rekening): void {
  const cel = celVan(rij, p.soortHulp);
  if (isLeeg(cel)) return;
  const ambulant = !Number.isNaN(uit.ambulantCent);
  if (!ambulant) {
    // Without hours, only a kind of help without hour bands (heavy diagnostics) has an indication.
    const soort = leesSoortHulp(cel, set, uit);
    if (soort === null) return;
    if (heeftUrenNodig(soort)) {
      uit.push(
        waarschuwing(
          "RICHTLIJN_ZONDER_UREN",
          "indicatie.soortHulp",
          `De richtlijn voor ${soort.naam} gaat over uren ambulante hulp; zonder ambulante uren geeft ze hier geen indicatie.`,
        ),
      );
      return;
    }
  }
  const uren = ambulant ? exactProduct(uit.urenPerWeek, uit.ambulantWeken) : null;
  const indicatie = indiceer(cel, uren, set, uit);
  if (indicatie === null) return;
  uit.indicatie = indicatie;
  const afwijking = afwijkingRichtlijn(uit.standaardbudget, indicatie, set);
  if (afwijking) uit.push(afwijking);
}

const BEKEND_EN_UREN = Object.freeze(
  fout(
    "BEKEND_EN_UREN",
    "bekend.bedrag",
    `${VELDEN["bekend.bedrag"]}: vul een bekend bedrag óf uren (groepsaanbod, ambulante hulp) in, niet allebei. Zet de onderdelen met uren uit, of maak het bekende bedrag leeg.`,
  ),
);
const BRON_ONTBREEKT = Object.freeze(
  fout(
    "VERPLICHT",
    "bekend.bron",
    `${VELDEN["bekend.bron"]} ontbreekt. Vul in waar het bedrag vandaan komt, bijvoorbeeld "standaardinterventie CGT, gebruikelijk € 2.500 tot € 3.000".`,
  ),
);

const TOTAAL_NUL = Object.freeze(
  waarschuwing("TOTAAL_NUL", "standaardbudget", "Het totaal is € 0,00: controleer de uren en weken."),
);
const GEEN_ONDERDEEL = Object.freeze(
  fout(
    "GEEN_ONDERDEEL",
    "onderdelen",
    "Vul groepsaanbod, ambulante hulp of allebei in (of een bekend bedrag); nu is geen van beide gekozen.",
  ),
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
  if ((onderdelen & (MET_GROEP | MET_AMBULANT | MET_BEKEND)) === 0) uit.push(GEEN_ONDERDEEL);
  if (onderdelen & MET_GROEP) rekenGroep(rij, p, set, uit);
  if (onderdelen & MET_AMBULANT) rekenAmbulant(rij, p, set, uit);
  if (onderdelen & MET_BEKEND) rekenBekend(rij, p, onderdelen, uit);
  if (uit.fouten > 0) {
    // The reason can only be judged against a calculated level; the number can be checked now.
    if (onderdelen & MET_GEKOZEN) leesGekozenNiveau(celVan(rij, p.gekozenNummer), set, uit);
    // The kind of help is judged too, so a form shows every wrong field at once.
    if (p.soortHulp >= 0 && !isLeeg(celVan(rij, p.soortHulp))) leesSoortHulp(celVan(rij, p.soortHulp), set, uit);
    return;
  }

  const totaalCent =
    (Number.isNaN(uit.groepCent) ? 0 : uit.groepCent) +
    (Number.isNaN(uit.ambulantCent) ? 0 : uit.ambulantCent) +
    (Number.isNaN(uit.bekendCent) ? 0 : uit.bekendCent);
  const niveau = kiesStandaardbudget(set, totaalCent);
  uit.totaalCent = totaalCent;
  uit.standaardbudget = niveau;
  if (totaalCent === 0) uit.push(TOTAAL_NUL);
  if (niveau === null) uit.push(offerteMelding(set, totaalCent));
  if (totaalCent > MAX_BUDGET_CENT) uit.push(bovenIjwMaximum(totaalCent));
  if (uit.verwijzer === "medisch") controleerMedisch(niveau, set, uit, "Het berekende budget");
  if (onderdelen & MET_GEKOZEN) controleerGekozen(rij, p, set, uit);
  if (p.soortHulp >= 0) indiceerIn(rij, p, set, uit);
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
  bekendBedrag: 12,
  bekendBron: 13,
  soortHulp: 14,
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
  rij[p.bekendBedrag] = invoer.bekend?.bedrag;
  rij[p.bekendBron] = invoer.bekend?.bron;
  rij[p.soortHulp] = invoer.soortHulp;
  const onderdelen =
    (groep != null ? MET_GROEP : 0) |
    (ambulant != null ? MET_AMBULANT : 0) |
    (gekozen ? MET_GEKOZEN : 0) |
    (invoer.bekend != null ? MET_BEKEND : 0);
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
    bekend: Number.isNaN(r.bekendCent) ? null : { bedragCent: r.bekendCent, bron: r.bekendBron },
    indicatie: r.indicatie,
    meldingen: r.meldingen,
  };
}
