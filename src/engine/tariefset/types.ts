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
  /** Product codes declared against toewijzingen (iJw), see producten.ts; absent in older sets. */
  producten?: ProductBron[];
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
  /** Products (iJw product codes), in the order of the set; see producten.ts. */
  producten: readonly Product[];
  /** The product with this code (case-insensitive), or undefined when the set does not know the code. */
  zoekProduct(code: string): Product | undefined;
  /** The original JSON, for writing the set back to a file or a workbook table. */
  bronJson: TariefsetBron;
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
}
