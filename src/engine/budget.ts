import { exactProduct, formatEuro, formatGetal, productInCenten } from "./geld";
import { isLeeg, leesGetal } from "./getal";
import { leesAantal, leesJaNee, leesTraject, leesVerwijzer, type Traject, type Verwijzer } from "./invoer";
import { citeer, fout, waarschuwing, VELDEN, type Melding, type Meldingbak } from "./melding";
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
 * The inputs of one calculation as raw values, flat: a bulk run fills one of these per row and reuses it,
 * where nested input objects would cost four allocations per row.
 */
export class Rekeninvoer {
  traject: unknown = undefined;
  verwijzer: unknown = undefined;
  /** The group-offer section is on. */
  groepAan = false;
  dagenPerWeek: unknown = undefined;
  urenPerDag: unknown = undefined;
  groepWeken: unknown = undefined;
  intensiteit: unknown = undefined;
  kdcOdc: unknown = undefined;
  /** The ambulant section is on. */
  ambulantAan = false;
  urenPerWeek: unknown = undefined;
  ambulantWeken: unknown = undefined;
  rekentarief: unknown = undefined;
  /** A level was chosen. */
  gekozenAan = false;
  gekozenNummer: unknown = undefined;
  reden: unknown = undefined;
}

const GEEN_MELDINGEN: readonly Melding[] = Object.freeze([]);

/**
 * The outcome of one calculation, flat and reusable (see rekenIn). Amounts are NaN when not calculated.
 * Its message list is made only when a message comes: most rows of a spend sheet have none.
 */
export class Rekening implements Meldingbak {
  meldingen: readonly Melding[] = GEEN_MELDINGEN;
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
    if (this.meldingen === GEEN_MELDINGEN) this.meldingen = [];
    (this.meldingen as Melding[]).push(melding);
    if (melding.niveau === "fout") this.fouten++;
  }

  /** Offerte: a total above the highest level. */
  get offerte(): boolean {
    return !Number.isNaN(this.totaalCent) && this.standaardbudget === null;
  }

  wis(): void {
    this.meldingen = GEEN_MELDINGEN;
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

function leesWeken(
  waarde: unknown,
  veld: "groepsaanbod.weken" | "ambulant.weken",
  traject: Traject | null,
  set: Tariefset,
  meldingen: Meldingbak,
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

function rekenGroep(invoer: Rekeninvoer, set: Tariefset, uit: Rekening): void {
  const aantal = uit.meldingen.length;
  const traject = uit.traject;
  const dagen = leesAantal(invoer.dagenPerWeek, "groepsaanbod.dagenPerWeek", MAX_DAGEN_PER_WEEK, uit);
  const urenPerDag = leesAantal(invoer.urenPerDag, "groepsaanbod.urenPerDag", MAX_UREN_PER_DAG, uit);
  const weken = leesWeken(invoer.groepWeken, "groepsaanbod.weken", traject, set, uit);
  const kdcOdc = leesJaNee(invoer.kdcOdc, "groepsaanbod.kdcOdc", uit);
  const intensiteit = zoekIntensiteit(invoer.intensiteit, set, uit);
  if (intensiteit && traject === "herstel" && !intensiteit.toegestaanInHerstel) {
    uit.push(fout("INTENSITEIT_NIET_TOEGESTAAN", "groepsaanbod.intensiteit", `Intensiteit '${intensiteit.naam}' is niet toegestaan in een hersteltraject.`));
  }
  if (intensiteit && traject === "duurzaam" && !intensiteit.toegestaanInDuurzaam && !(kdcOdc && intensiteit.duurzaamBijKdcOdc)) {
    const uitzondering = intensiteit.duurzaamBijKdcOdc ? " (alleen bij een KDC/ODC; geef dat dan aan)" : "";
    uit.push(
      fout("INTENSITEIT_NIET_IN_DUURZAAM", "groepsaanbod.intensiteit", `Intensiteit '${intensiteit.naam}' is niet toegestaan in een duurzaam traject${uitzondering}. Kies een lichtere intensiteit of een hersteltraject.`),
    );
  }
  if (uit.meldingen.length > aantal || dagen === null || urenPerDag === null || weken === null || intensiteit?.uurtariefCent == null) return;
  uit.intensiteit = intensiteit;
  uit.dagenPerWeek = dagen;
  uit.urenPerDag = urenPerDag;
  uit.groepWeken = weken;
  uit.groepCent = productInCenten(intensiteit.uurtariefCent, dagen, urenPerDag, weken);
}

function rekenAmbulant(invoer: Rekeninvoer, set: Tariefset, uit: Rekening): void {
  const aantal = uit.meldingen.length;
  const urenPerWeek = leesAantal(invoer.urenPerWeek, "ambulant.urenPerWeek", MAX_UREN_PER_WEEK, uit);
  const weken = leesWeken(invoer.ambulantWeken, "ambulant.weken", uit.traject, set, uit);
  const tarief = zoekRekentarief(invoer.rekentarief, set, uit);
  if (uit.meldingen.length > aantal || urenPerWeek === null || weken === null || tarief?.uurtariefCent == null) return;
  uit.rekentarief = tarief;
  uit.urenPerWeek = urenPerWeek;
  uit.ambulantWeken = weken;
  uit.ambulantCent = productInCenten(tarief.uurtariefCent, urenPerWeek, weken);
}

function leesGekozenNiveau(nummer: unknown, set: Tariefset, meldingen: Meldingbak): Niveau | null {
  const gelezen = leesGetal(nummer);
  const niveau = gelezen.ok && Number.isInteger(gelezen.waarde) ? zoekStandaardbudget(set, gelezen.waarde) : undefined;
  if (niveau) return niveau;
  const nummers = set.niveaus.map((n) => n.nummer).sort((a, b) => a - b);
  meldingen.push(
    fout("GEKOZEN_ONBEKEND", "gekozen.nummer", `${VELDEN["gekozen.nummer"]} ${citeer(nummer)} bestaat niet. Toegestaan: ${nummers[0]} t/m ${nummers[nummers.length - 1]}.`),
  );
  return null;
}

function controleerGekozen(invoer: Rekeninvoer, set: Tariefset, uit: Rekening): void {
  const niveau = leesGekozenNiveau(invoer.gekozenNummer, set, uit);
  if (!niveau) return;
  const berekend = uit.standaardbudget;
  const reden = typeof invoer.reden === "string" ? invoer.reden.trim() : isLeeg(invoer.reden) ? "" : String(invoer.reden);
  const wijktAf = berekend === null || berekend.nummer !== niveau.nummer;
  if (wijktAf && reden === "") {
    const berekendTekst = berekend ? niveauTekst(berekend) : "een offertebudget";
    uit.push(
      fout("GEKOZEN_ZONDER_REDEN", "gekozen.reden", `Het gekozen ${niveauTekst(niveau)} wijkt af van het berekende (${berekendTekst}). Vul de reden in, bijvoorbeeld de afspraak tussen toegang en aanbieder.`),
    );
    return;
  }
  if (uit.verwijzer === "medisch") controleerMedisch(niveau, set, uit, "Het gekozen budget");
  if (niveau.bedragCent < uit.totaalCent) {
    uit.push(
      waarschuwing("GEKOZEN_ONDER_TOTAAL", "gekozen.nummer", `Het gekozen ${niveauTekst(niveau)} ligt onder het berekende totaal ${formatEuro(uit.totaalCent)}; de aanbieder kan niet meer declareren dan het budget.`),
    );
  }
  uit.gekozen = niveau;
  uit.reden = reden;
}

/**
 * The rekentool's calculation, every rule of it, into `uit` (cleared first). Never throws; invalid input
 * gives fouten and no total. berekenBudget and the bulk run both go through here.
 */
export function rekenIn(invoer: Rekeninvoer, set: Tariefset, uit: Rekening): void {
  uit.wis();
  uit.traject = leesTraject(invoer.traject, uit);
  uit.verwijzer = leesVerwijzer(invoer.verwijzer, uit);
  if (!invoer.groepAan && !invoer.ambulantAan) {
    uit.push(fout("GEEN_ONDERDEEL", "onderdelen", "Vul groepsaanbod, ambulante hulp of allebei in; nu is geen van beide gekozen."));
  }
  if (invoer.groepAan) rekenGroep(invoer, set, uit);
  if (invoer.ambulantAan) rekenAmbulant(invoer, set, uit);
  if (uit.fouten > 0) {
    // The reason can only be judged against a calculated level; the number can be checked now.
    if (invoer.gekozenAan) leesGekozenNiveau(invoer.gekozenNummer, set, uit);
    return;
  }

  const totaalCent = (Number.isNaN(uit.groepCent) ? 0 : uit.groepCent) + (Number.isNaN(uit.ambulantCent) ? 0 : uit.ambulantCent);
  const niveau = kiesStandaardbudget(set, totaalCent);
  uit.totaalCent = totaalCent;
  uit.standaardbudget = niveau;
  if (totaalCent === 0) {
    uit.push(waarschuwing("TOTAAL_NUL", "standaardbudget", "Het totaal is EUR 0,00: controleer de uren en weken."));
  }
  if (niveau === null) uit.push(offerteMelding(set, totaalCent));
  if (uit.verwijzer === "medisch") controleerMedisch(niveau, set, uit, "Het berekende budget");
  if (invoer.gekozenAan) controleerGekozen(invoer, set, uit);
}

/** The rekentool's calculation (see rekenIn), as one result object. Never throws. */
export function berekenBudget(invoer: BudgetInvoer, set: Tariefset = STANDAARD_TARIEFSET): BudgetResultaat {
  const plat = new Rekeninvoer();
  plat.traject = invoer.traject;
  plat.verwijzer = invoer.verwijzer;
  const groep = invoer.groepsaanbod;
  if (groep !== null && groep !== undefined) {
    plat.groepAan = true;
    plat.dagenPerWeek = groep.dagenPerWeek;
    plat.urenPerDag = groep.urenPerDag;
    plat.groepWeken = groep.weken;
    plat.intensiteit = groep.intensiteit;
    plat.kdcOdc = groep.kdcOdc;
  }
  const ambulant = invoer.ambulant;
  if (ambulant !== null && ambulant !== undefined) {
    plat.ambulantAan = true;
    plat.urenPerWeek = ambulant.urenPerWeek;
    plat.ambulantWeken = ambulant.weken;
    plat.rekentarief = ambulant.rekentarief;
  }
  if (invoer.gekozen) {
    plat.gekozenAan = true;
    plat.gekozenNummer = invoer.gekozen.nummer;
    plat.reden = invoer.gekozen.reden;
  }
  const r = new Rekening();
  rekenIn(plat, set, r);
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
    meldingen: [...r.meldingen],
  };
}
