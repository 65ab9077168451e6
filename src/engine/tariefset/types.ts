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
  /** Product codes declared against toewijzingen (iJw), see producten.ts; absent in older sets. */
  producten?: ProductBron[];
  // The other funding models (issue 18), see src/engine/modellen/. Absent model = standaardbudget; the
  // standard-budget fields above are then required, for the other models they may be absent.
  model?: Model;
  plafonds?: PlafondBron[];
  arrangement?: ArrangementBron;
  lumpsums?: LumpsumBron[];
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

/** The funding model of a set (VNG): standaardbudget and arrangement are outputgericht, productprijs inspanningsgericht, lumpsum taakgericht. */
export type Model = "standaardbudget" | "productprijs" | "arrangement" | "lumpsum";

/** Productprijs: a provider's ceiling per year (the set's validity), in euros. */
export interface PlafondBron {
  aanbieder: string;
  bedrag: number;
  bron?: string;
}

/** Arrangement (resultaatgericht): result areas and support elements with steps, profiles and prices. */
export interface ArrangementBron {
  onderdelen: { nummer: number; soort: "resultaatgebied" | "ondersteuningselement"; naam: string; bron?: string }[];
  /** The highest step; null when not publicly known. */
  hoogsteTrede?: number | null;
  profielen: { nummer: number; naam: string | null; bron?: string }[];
  /** A price per element and step, optionally per profile; bedrag null = not publicly known. */
  prijzen: { onderdeel: number; trede: number; profiel?: number; bedrag: number | null; bron?: string }[];
}

/** Lump sum (taakgericht): a provider's budget per year, optionally per area, with the clients it is meant for. */
export interface LumpsumBron {
  aanbieder: string;
  gebied?: string;
  bedrag: number;
  clienten?: number;
  bron?: string;
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
  /** Products (iJw product codes), in the order of the set; see producten.ts. */
  producten: readonly Product[];
  /** The product with this code (case-insensitive), or undefined when the set does not know the code. */
  zoekProduct(code: string): Product | undefined;
  /** The original JSON, for writing the set back to a file or a workbook table. */
  bronJson: TariefsetBron;
  /** The funding model (issue 18); the compiled model data lives in src/engine/modellen/. */
  model: Model;
}

/** iJw units of a product: 01 minuut, 04 uur, 14 etmaal, 16 dagdeel, 82 stuks (output), 83 euro, 84 stuks (inspanning). */
export type Eenheid = "01" | "04" | "14" | "16" | "82" | "83" | "84";

/** A product as written in JSON (tariff in euros per unit); null = not publicly known, never guessed. */
export interface ProductBron {
  code: string | null;
  categorie: string | null;
  naam: string;
  eenheid: Eenheid | null;
  tarief: number | null;
  geldigVanaf?: string;
  geldigTot?: string;
  bron?: string;
  /** Productprijs: the tariff differs per provider ("variabel"); then tarief is null and aanbiederTarieven holds them. */
  tariefPerAanbieder?: boolean;
  aanbiederTarieven?: { aanbieder: string; tarief: number | null; bron?: string }[];
}

/** A validated product: tariff in eurocents per unit, validity filled in from the set when the product has none. */
export interface Product {
  code: string | null;
  categorie: string | null;
  naam: string;
  eenheid: Eenheid | null;
  tariefCent: number | null;
  geldigVanaf: string;
  geldigTot: string;
  bron: string;
  /** Productprijs (issue 18): the tariff differs per provider; prices per provider in cents (null = not known). */
  tariefPerAanbieder: boolean;
  aanbiederTarieven: readonly { aanbieder: string; tariefCent: number | null; bron: string }[];
}
