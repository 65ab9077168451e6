import type { Traject, Verwijzer } from "./invoer";
import type { Melding, Meldingbak } from "./melding";
import type { Intensiteit, Niveau, Rekentarief } from "./tariefset/types";
import type { Indicatie } from "./regels/richtlijn";

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
  /** A known cost (a standard intervention) that stands in for the hours, and where that amount comes from. */
  readonly bekendBedrag: number;
  readonly bekendBron: number;
  /** The kind of help, for the guide's indication beside the calculated level. */
  readonly soortHulp: number;
}

/** The parts a calculation has, as bits: which sections are on, and whether a level was chosen. */
export const MET_GROEP = 1;
export const MET_AMBULANT = 2;
export const MET_GEKOZEN = 4;
export const MET_BEKEND = 8;

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
  bekendCent = NaN;
  bekendBron = "";
  indicatie: Indicatie | null = null;
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
    this.bekendCent = NaN;
    this.bekendBron = "";
    this.indicatie = null;
    this.totaalCent = NaN;
    this.standaardbudget = null;
    this.gekozen = null;
    this.reden = "";
  }
}
