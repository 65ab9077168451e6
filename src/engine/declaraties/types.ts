import type { Eenheid } from "../tariefset/types";

/**
 * A toewijzing as the checks use it, read from a JW301 ToegewezenProduct or a table row. Amounts in eurocents,
 * dates as ISO text (JJJJ-MM-DD), which sort as dates.
 */
export interface Toewijzing {
  toewijzingNummer: string;
  /** The municipality (JW301 Afzender); "" when the source does not say. */
  gemeente: string;
  /** The provider it was allocated to (JW301 Ontvanger); "" when the source does not say. */
  aanbieder: string;
  /** Only for the output file; never in a message. "" when absent. */
  bsn: string;
  categorie: string;
  /** Empty for an a-specifiek toewijzing. */
  productcode: string;
  ingangsdatum: string;
  einddatum: string | null;
  budgetCent: number | null;
  omvang: { volume: number; eenheid: string; frequentie: string } | null;
  redenWijziging: string;
  /** Toewijzingsdatum + Toewijzingstijd as sortable text: the newest version of a number wins. */
  tijdstip: string;
  /** Where it was read, for messages: "jw301-mei.xml, ToegewezenProduct 3" or "toewijzingen.csv, rij 4". */
  waar: string;
  /** Messages about the toewijzing itself (the a-specifiek rules), never quoting a BSN. */
  meldingen: string[];
}

export type DebetCredit = "D" | "C";

/** A prestatie as the checks use it, read from a JW323 Prestatie or a table row. */
export interface Prestatie {
  referentieNummer: string;
  vorigReferentieNummer: string;
  toewijzingNummer: string;
  /** The provider that declares (JW323 Afzender); "" when the source does not say. */
  aanbieder: string;
  /** The municipality it is sent to (JW323 Ontvanger); "" when the source does not say. */
  gemeente: string;
  declaratieNummer: string;
  /** Only for the output file; never in a message. */
  bsn: string;
  productCategorie: string;
  productCode: string;
  begindatum: string;
  einddatum: string;
  geleverdVolume: number;
  eenheid: Eenheid;
  productTariefCent: number | null;
  /** IngediendBedrag/Bedrag, always 0 or more; DebetCredit says the sign. */
  bedragCent: number;
  debetCredit: DebetCredit;
  waar: string;
}

/** What the checks can find; the first three are the iJw return codes they predict. */
export type Bevindingcode =
  | "9369"
  | "9346"
  | "0611"
  | "TOEWIJZING_ONBEKEND"
  | "TOEWIJZING_VERWIJDERD"
  | "CATEGORIE"
  | "PERIODE"
  | "DUBBEL"
  | "CREDIT_ZONDER_DEBET"
  | "CREDIT_AFWIJKEND";

/** One finding on a prestatie: the code, and a sentence that names the toewijzing and the prestatie. */
export interface Bevinding {
  code: Bevindingcode;
  tekst: string;
}
