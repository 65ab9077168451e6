/** A tariff set as written in JSON (euros), see tariefset.schema.json. */
export interface TariefsetBron {
  naam: string;
  regio: string;
  geldigVanaf: string;
  geldigTot: string;
  bron: string;
  standaardbudgetten: { nummer: number; bedrag: number; naMedischeVerwijzing: boolean; bron?: string }[];
  rekentarieven: { naam: string; uurtarief: number | null; bron?: string }[];
  intensiteiten: {
    naam: string;
    uurtarief: number | null;
    toegestaanInHerstel: boolean;
    toegestaanInDuurzaam: boolean;
    duurzaamBijKdcOdc?: boolean;
    bron?: string;
  }[];
  duur: { herstelMaxWeken: number; duurzaamWeken: number };
  /** The region's guide from hours per kind of help to a level; optional, not every region publishes one. */
  richtlijn?: RichtlijnBron;
}

/** The guide as written: per kind of help, bands of hours each pointing at a level. */
export interface RichtlijnBron {
  bron: string;
  soorten: {
    naam: string;
    /** Ascending; a band holds the hours above the previous band's limit up to and including its own. */
    banden: { totEnMetUren?: number; niveau: number; omschrijving: string }[];
  }[];
}

export interface Niveau {
  nummer: number;
  bedragCent: number;
  naMedischeVerwijzing: boolean;
}

export interface Rekentarief {
  naam: string;
  uurtariefCent: number | null;
  bron: string;
}

export interface Intensiteit {
  naam: string;
  uurtariefCent: number | null;
  toegestaanInHerstel: boolean;
  toegestaanInDuurzaam: boolean;
  duurzaamBijKdcOdc: boolean;
  bron: string;
}

/** One band of the guide: hours above `vanafUren` up to and including `totEnMetUren` (null: no upper limit). */
export interface Richtlijnband {
  /** The previous band's limit (the band holds more than this), or null for the first band (from 0). */
  bovenUren: number | null;
  totEnMetUren: number | null;
  niveau: number;
  omschrijving: string;
}

export interface SoortHulp {
  naam: string;
  banden: readonly Richtlijnband[];
}

export interface Richtlijn {
  bron: string;
  soorten: readonly SoortHulp[];
  zoekSoort(naam: string): SoortHulp | undefined;
}

/** A validated tariff set, in cents, with lookups by normalised name. */
export interface Tariefset {
  naam: string;
  regio: string;
  geldigVanaf: string;
  geldigTot: string;
  bron: string;
  /** Sorted by amount, ascending. */
  niveaus: readonly Niveau[];
  rekentarieven: readonly Rekentarief[];
  intensiteiten: readonly Intensiteit[];
  herstelMaxWeken: number;
  duurzaamWeken: number;
  zoekRekentarief(naam: string): Rekentarief | undefined;
  zoekIntensiteit(naam: string): Intensiteit | undefined;
  /** The guide from hours to a level, or null when the set has none. */
  richtlijn: Richtlijn | null;
  /** The original JSON, for writing the set back to a file or a workbook table. */
  bronJson: TariefsetBron;
}
