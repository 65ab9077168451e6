import { kopSleutel } from "../bulk/kolommen";
import type { Berichtveld, Veldbron } from "./lezen";

/**
 * Toewijzingen and prestaties as a table (CSV, xlsx): the same fields as the messages under Dutch headers, the
 * iJw element names accepted too. Amounts in a table are euros ("8.000,00"), as spreadsheets hold them; a header
 * that says cent ("Budget (cent)", "Bedrag in eurocent") holds eurocents as the messages do. Guessing between
 * the two would be a silent factor 100.
 */
export type Tabelsoort = "toewijzingen" | "prestaties";

const TOEWIJZING_KOPPEN: Partial<Record<Berichtveld, string[]>> = {
  ToewijzingNummer: ["ToewijzingNummer", "Toewijzing", "Nummer toewijzing"],
  Afzender: ["Gemeente", "Afzender"],
  Ontvanger: ["Aanbieder", "Zorgaanbieder", "Jeugdhulpaanbieder", "Ontvanger"],
  Bsn: ["BSN", "Burgerservicenummer"],
  "Product/Categorie": ["Categorie", "Productcategorie"],
  "Product/Code": ["Productcode", "Code"],
  Toewijzingsdatum: ["Toewijzingsdatum"],
  Toewijzingstijd: ["Toewijzingstijd"],
  Ingangsdatum: ["Ingangsdatum", "Begindatum"],
  Einddatum: ["Einddatum"],
  RedenWijziging: ["RedenWijziging", "Reden wijziging"],
  "Omvang/Volume": ["Volume", "Omvang volume"],
  "Omvang/Eenheid": ["Eenheid", "Omvang eenheid"],
  "Omvang/Frequentie": ["Frequentie", "Omvang frequentie"],
  Budget: ["Budget"],
};

const PRESTATIE_KOPPEN: Partial<Record<Berichtveld, string[]>> = {
  "ProductReferentie/ReferentieNummer": ["ReferentieNummer", "Referentie"],
  "ProductReferentie/VorigReferentieNummer": ["VorigReferentieNummer", "Vorige referentie"],
  ToewijzingNummer: ["ToewijzingNummer", "Toewijzing", "Nummer toewijzing"],
  Afzender: ["Aanbieder", "Zorgaanbieder", "Jeugdhulpaanbieder", "Afzender"],
  Ontvanger: ["Gemeente", "Ontvanger"],
  DeclaratieNummer: ["DeclaratieNummer", "Declaratie"],
  Bsn: ["BSN", "Burgerservicenummer"],
  ProductCategorie: ["ProductCategorie", "Categorie"],
  ProductCode: ["ProductCode", "Code"],
  "ProductPeriode/Begindatum": ["Begindatum", "Begin periode", "Periode begin"],
  "ProductPeriode/Einddatum": ["Einddatum", "Einde periode", "Periode einde"],
  GeleverdVolume: ["GeleverdVolume", "Volume"],
  Eenheid: ["Eenheid"],
  ProductTarief: ["ProductTarief", "Tarief"],
  "IngediendBedrag/Bedrag": ["Bedrag", "Ingediend bedrag", "IngediendBedrag"],
  "IngediendBedrag/DebetCredit": ["DebetCredit", "Debet/credit", "D/C"],
};

const VERPLICHT: Record<Tabelsoort, Berichtveld[]> = {
  toewijzingen: ["ToewijzingNummer", "Product/Categorie", "Ingangsdatum"],
  prestaties: [
    "ProductReferentie/ReferentieNummer",
    "ToewijzingNummer",
    "ProductCategorie",
    "ProductCode",
    "ProductPeriode/Begindatum",
    "ProductPeriode/Einddatum",
    "GeleverdVolume",
    "Eenheid",
    "IngediendBedrag/Bedrag",
    "IngediendBedrag/DebetCredit",
  ],
};

const CENT = /\(?\s*(?:in\s+)?(?:euro)?cent(?:en)?\s*\)?/i;

export interface Tabelkaart {
  kolom: Map<Berichtveld, number>;
  kop: Map<Berichtveld, string>;
  inCenten: Set<Berichtveld>;
}

/** The columns of a table by field; a Dutch message when a required one is missing or a field is there twice. */
export function maakTabelkaart(
  soort: Tabelsoort,
  koppen: readonly unknown[],
): { ok: true; kaart: Tabelkaart } | { ok: false; tekst: string } {
  const namen = soort === "toewijzingen" ? TOEWIJZING_KOPPEN : PRESTATIE_KOPPEN;
  const perSleutel = new Map<string, Berichtveld>();
  for (const [veld, lijst] of Object.entries(namen) as [Berichtveld, string[]][])
    for (const naam of [...lijst, veld]) perSleutel.set(kopSleutel(naam), veld);
  const kaart: Tabelkaart = { kolom: new Map(), kop: new Map(), inCenten: new Set() };
  for (let i = 0; i < koppen.length; i++) {
    const tekst = String(koppen[i] ?? "").trim();
    const cent = CENT.test(tekst);
    const veld = perSleutel.get(kopSleutel(cent ? tekst.replace(CENT, "") : tekst));
    if (!veld) continue;
    if (kaart.kolom.has(veld))
      return {
        ok: false,
        tekst: `de kolommen '${kaart.kop.get(veld)}' en '${tekst}' betekenen allebei ${veld}; houd er één.`,
      };
    kaart.kolom.set(veld, i);
    kaart.kop.set(veld, tekst);
    if (cent) kaart.inCenten.add(veld);
  }
  const mist = VERPLICHT[soort].filter((v) => !kaart.kolom.has(v));
  if (mist.length > 0)
    return {
      ok: false,
      tekst: `de kolom${mist.length > 1 ? "men" : ""} ${mist.map((v) => `'${namen[v]![0]}'`).join(", ")} ontbre${mist.length > 1 ? "ken" : "ekt"} (ook herkend: ${mist.map((v) => namen[v]!.slice(1).join(", ") || v).join("; ")}). Bedragen staan in euro's; een kop met 'cent' erin (Budget (cent)) houdt eurocenten.`,
    };
  return { ok: true, kaart };
}

/** One row of such a table as a Veldbron for leesToewijzing / leesPrestatie. */
export function rijAlsBron(kaart: Tabelkaart, rij: readonly unknown[], waar: string): Veldbron {
  return {
    waarde: (veld) => {
      const i = kaart.kolom.get(veld);
      return i === undefined ? undefined : rij[i];
    },
    naam: (veld) => `kolom '${kaart.kop.get(veld) ?? veld}'`,
    inCenten: (veld) => kaart.inCenten.has(veld),
    waar,
  };
}
