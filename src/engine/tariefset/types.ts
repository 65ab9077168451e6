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
  /** The original JSON, for writing the set back to a file or a workbook table. */
  bronJson: TariefsetBron;
}
