import { exactProduct, formatEuro, formatGetal, productInCenten } from "./geld";
import { isLeeg, leesGetal } from "./getal";
import { leesAantal, leesJaNee, leesTraject, leesVerwijzer, type Traject, type Verwijzer } from "./invoer";
import { citeer, fout, Meldinggeheugen, waarschuwing, VELDEN, type Melding, type Meldingbak } from "./melding";
import { controleerMedisch, kiesStandaardbudget, niveauTekst, offerteMelding, zoekStandaardbudget } from "./standaardbudget";
import { zoekIntensiteit, zoekRekentarief } from "./tarieven";
import { STANDAARD_TARIEFSET } from "./tariefset/ingebouwd";
import type { Intensiteit, Niveau, Rekentarief, Tariefset } from "./tariefset/types";

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

/**
 * Where rekenIn finds each input in a row of cells: a column index, or -1 when the row has no such input.
 * Why a row and positions: a bulk run hands over the sheet's rows as they come, without copying a cell into
 * an input object first (fifteen stores per row); berekenBudget makes a row of its own.
 */
export interface Invoerplaatsen {
  readonly traject: number;
  readonly verwijzer: number;
  readonly dagenPerWeek: number;
  readonly urenPerDag: number;
  readonly groepWeken: number;
  readonly intensiteit: number;
  readonly kdcOdc: number;
  readonly urenPerWeek: number;
  readonly ambulantWeken: number;
  readonly rekentarief: number;
  readonly gekozenNummer: number;
  readonly reden: number;
}

/** The parts a calculation has, as bits: which sections are on, and whether a level was chosen. */
export const MET_GROEP = 1;
export const MET_AMBULANT = 2;
export const MET_GEKOZEN = 4;

/** The cell at position i of a row, undefined when the row has no such input (i < 0). */
export const celVan = (rij: readonly unknown[], i: number): unknown => (i < 0 ? undefined : rij[i]);

/**
 * The outcome of one calculation, flat and reusable (see rekenIn). Amounts are NaN when not calculated.
 * Its messages are the first `aantal` of a list that is reused from calculation to calculation: most rows of
 * a spend sheet have none, the others would each make a list.
 */
export class Rekening implements Meldingbak {
  private readonly lijst: Melding[] = [];
  aantal = 0;
  fouten = 0;
  traject: Traject | null = null;
  verwijzer: Verwijzer | null = null;
  intensiteit: Intensiteit | null = null;
  dagenPerWeek = 0;
  urenPerDag = 0;
  groepWeken = 0;
  groepCent = NaN;
  rekentarief: Rekentarief | null = null;
  urenPerWeek = 0;
  ambulantWeken = 0;
  ambulantCent = NaN;
  totaalCent = NaN;
  standaardbudget: Niveau | null = null;
  gekozen: Niveau | null = null;
  reden = "";

  push(melding: Melding): void {
    this.lijst[this.aantal++] = melding;
    if (melding.niveau === "fout") this.fouten++;
  }

  /** Message i, 0 <= i < aantal. */
  melding(i: number): Melding {
    return this.lijst[i];
  }

  /** The messages, as a list of their own. */
  get meldingen(): Melding[] {
    return this.lijst.slice(0, this.aantal);
  }

  /** Offerte: a total above the highest level. */
  get offerte(): boolean {
    return !Number.isNaN(this.totaalCent) && this.standaardbudget === null;
  }

  wis(): void {
    this.aantal = 0;
    this.fouten = 0;
    this.traject = null;
    this.verwijzer = null;
    this.intensiteit = null;
    this.groepCent = NaN;
    this.rekentarief = null;
    this.ambulantCent = NaN;
    this.totaalCent = NaN;
    this.standaardbudget = null;
    this.gekozen = null;
    this.reden = "";
  }
}

const MAX_DAGEN_PER_WEEK = 7;
const MAX_UREN_PER_DAG = 24;
const MAX_UREN_PER_WEEK = 168;

// The messages of the rules are built apart from the rules, in functions only a refused row calls: the
// functions that every row runs stay small, and the optimiser inlines only small functions (letting it inline
// more, by a V8 flag, made a million-row run about a tenth faster in Chromium).
function duurzaamWekenFout(veld: "groepsaanbod.weken" | "ambulant.weken", weken: number, set: Tariefset): Melding {
  return fout("DUURZAAM_WEKEN", veld, `${VELDEN[veld]} is ${formatGetal(weken)}; een duurzaam traject rekent altijd met ${set.duurzaamWeken} weken (budget per jaar). Laat het veld leeg of vul ${set.duurzaamWeken} in.`);
}

function herstelTeLangFout(veld: "groepsaanbod.weken" | "ambulant.weken", weken: number, set: Tariefset): Melding {
  return fout("HERSTEL_TE_LANG", veld, `${VELDEN[veld]} is ${formatGetal(weken)}; een hersteltraject duurt hoogstens ${set.herstelMaxWeken} weken. Kies voor langere hulp een duurzaam traject.`);
}

function leesWeken(
  waarde: unknown,
  veld: "groepsaanbod.weken" | "ambulant.weken",
  traject: Traject | null,
  set: Tariefset,
  meldingen: Meldingbak,
): number | null {
  if (traject === "duurzaam" && isLeeg(waarde)) return set.duurzaamWeken;
  const weken = leesAantal(waarde, veld, Number.MAX_SAFE_INTEGER, meldingen);
  if (weken === null) return null;
  if (traject === "duurzaam" && weken !== set.duurzaamWeken) {
    meldingen.push(duurzaamWekenFout(veld, weken, set));
    return null;
  }
  if (traject === "herstel" && weken > set.herstelMaxWeken) {
    meldingen.push(herstelTeLangFout(veld, weken, set));
    return null;
  }
  return weken;
}

function intensiteitFout(intensiteit: Intensiteit, traject: Traject): Melding {
  if (traject === "herstel") {
    return fout("INTENSITEIT_NIET_TOEGESTAAN", "groepsaanbod.intensiteit", `Intensiteit '${intensiteit.naam}' is niet toegestaan in een hersteltraject.`);
  }
  const uitzondering = intensiteit.duurzaamBijKdcOdc ? " (alleen bij een KDC/ODC; geef dat dan aan)" : "";
  return fout("INTENSITEIT_NIET_IN_DUURZAAM", "groepsaanbod.intensiteit", `Intensiteit '${intensiteit.naam}' is niet toegestaan in een duurzaam traject${uitzondering}. Kies een lichtere intensiteit of een hersteltraject.`);
}

function rekenGroep(rij: readonly unknown[], p: Invoerplaatsen, set: Tariefset, uit: Rekening): void {
  const aantal = uit.aantal;
  const traject = uit.traject;
  const dagen = leesAantal(celVan(rij, p.dagenPerWeek), "groepsaanbod.dagenPerWeek", MAX_DAGEN_PER_WEEK, uit);
  const urenPerDag = leesAantal(celVan(rij, p.urenPerDag), "groepsaanbod.urenPerDag", MAX_UREN_PER_DAG, uit);
  const weken = leesWeken(celVan(rij, p.groepWeken), "groepsaanbod.weken", traject, set, uit);
  const kdcOdc = leesJaNee(celVan(rij, p.kdcOdc), "groepsaanbod.kdcOdc", uit);
  const intensiteit = zoekIntensiteit(celVan(rij, p.intensiteit), set, uit);
  if (intensiteit && traject !== null) {
    const toegestaan = traject === "herstel" ? intensiteit.toegestaanInHerstel : intensiteit.toegestaanInDuurzaam || (kdcOdc === true && intensiteit.duurzaamBijKdcOdc === true);
    if (!toegestaan) uit.push(intensiteitFout(intensiteit, traject));
  }
  if (uit.aantal > aantal || dagen === null || urenPerDag === null || weken === null || intensiteit?.uurtariefCent == null) return;
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

function leesGekozenNiveau(nummer: unknown, set: Tariefset, meldingen: Meldingbak): Niveau | null {
  // A number cell (the usual) needs no parsing, and a parse result is an object per row.
  const gelezen = typeof nummer === "number" ? nummer : leesGetal(nummer);
  const waarde = typeof gelezen === "number" ? gelezen : gelezen.ok ? gelezen.waarde : NaN;
  const niveau = Number.isInteger(waarde) ? zoekStandaardbudget(set, waarde) : undefined;
  if (niveau) return niveau;
  const nummers = set.niveaus.map((n) => n.nummer).sort((a, b) => a - b);
  meldingen.push(
    fout("GEKOZEN_ONBEKEND", "gekozen.nummer", `${VELDEN["gekozen.nummer"]} ${citeer(nummer)} bestaat niet. Toegestaan: ${nummers[0]} t/m ${nummers[nummers.length - 1]}.`),
  );
  return null;
}

const GEKOZEN_ONDER_TOTAAL = new Meldinggeheugen<Niveau>((niveau, totaalCent) =>
  waarschuwing("GEKOZEN_ONDER_TOTAAL", "gekozen.nummer", `Het gekozen ${niveauTekst(niveau)} ligt onder het berekende totaal ${formatEuro(totaalCent)}; de aanbieder kan niet meer declareren dan het budget.`),
);

function controleerGekozen(rij: readonly unknown[], p: Invoerplaatsen, set: Tariefset, uit: Rekening): void {
  const niveau = leesGekozenNiveau(celVan(rij, p.gekozenNummer), set, uit);
  if (!niveau) return;
  const berekend = uit.standaardbudget;
  const redenCel = celVan(rij, p.reden);
  const reden = typeof redenCel === "string" ? redenCel.trim() : isLeeg(redenCel) ? "" : String(redenCel);
  const wijktAf = berekend === null || berekend.nummer !== niveau.nummer;
  if (wijktAf && reden === "") {
    const berekendTekst = berekend ? niveauTekst(berekend) : "een offertebudget";
    uit.push(
      fout("GEKOZEN_ZONDER_REDEN", "gekozen.reden", `Het gekozen ${niveauTekst(niveau)} wijkt af van het berekende (${berekendTekst}). Vul de reden in, bijvoorbeeld de afspraak tussen toegang en aanbieder.`),
    );
    return;
  }
  if (uit.verwijzer === "medisch") controleerMedisch(niveau, set, uit, "Het gekozen budget");
  if (niveau.bedragCent < uit.totaalCent) uit.push(GEKOZEN_ONDER_TOTAAL.haal(niveau, uit.totaalCent));
  uit.gekozen = niveau;
  uit.reden = reden;
}

const TOTAAL_NUL = Object.freeze(waarschuwing("TOTAAL_NUL", "standaardbudget", "Het totaal is EUR 0,00: controleer de uren en weken."));
const GEEN_ONDERDEEL = Object.freeze(fout("GEEN_ONDERDEEL", "onderdelen", "Vul groepsaanbod, ambulante hulp of allebei in; nu is geen van beide gekozen."));

/**
 * The rekentool's calculation, every rule of it, on the inputs in row `rij` at positions `p`, with the parts
 * in `onderdelen` (MET_GROEP, MET_AMBULANT, MET_GEKOZEN), into `uit` (cleared first). Never throws; invalid
 * input gives fouten and no total. berekenBudget and the bulk run both go through here.
 */
export function rekenIn(rij: readonly unknown[], p: Invoerplaatsen, onderdelen: number, set: Tariefset, uit: Rekening): void {
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

  const totaalCent = (Number.isNaN(uit.groepCent) ? 0 : uit.groepCent) + (Number.isNaN(uit.ambulantCent) ? 0 : uit.ambulantCent);
  const niveau = kiesStandaardbudget(set, totaalCent);
  uit.totaalCent = totaalCent;
  uit.standaardbudget = niveau;
  if (totaalCent === 0) uit.push(TOTAAL_NUL);
  if (niveau === null) uit.push(offerteMelding(set, totaalCent));
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
  const onderdelen = (groep != null ? MET_GROEP : 0) | (ambulant != null ? MET_AMBULANT : 0) | (gekozen ? MET_GEKOZEN : 0);
  const r = new Rekening();
  rekenIn(rij, p, onderdelen, set, r);
  const i = r.intensiteit;
  const t = r.rekentarief;
  return {
    tariefset: set.naam,
    traject: r.traject,
    verwijzer: r.verwijzer,
    groepsaanbod: i && !Number.isNaN(r.groepCent) ? new Groepuitkomst(i.naam, r.dagenPerWeek, r.urenPerDag, r.groepWeken, i.uurtariefCent as number, r.groepCent, i.bron) : null,
    ambulant: t && !Number.isNaN(r.ambulantCent) ? new Ambulantuitkomst(t.naam, r.urenPerWeek, r.ambulantWeken, t.uurtariefCent as number, r.ambulantCent, t.bron) : null,
    totaalCent: Number.isNaN(r.totaalCent) ? null : r.totaalCent,
    standaardbudget: r.standaardbudget,
    offerte: r.offerte,
    gekozen: r.gekozen ? { niveau: r.gekozen, reden: r.reden } : null,
    meldingen: r.meldingen,
  };
}
