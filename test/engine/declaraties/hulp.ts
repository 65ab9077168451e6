import { Declaratierun, type Veldbron, type Berichtveld } from "../../../src/engine";
import { testset } from "../../helpers/tariefsets";

/** A test-only set with two products at round tariffs. Not real tariffs. */
export const SET = testset((b) => {
  b.producten = [
    { code: "50A01", categorie: "50", naam: "Ambulant test (uur)", eenheid: "04", tarief: 130, bron: "test" },
    { code: "50A02", categorie: "50", naam: "Ambulant test (minuut)", eenheid: "01", tarief: 1.25, bron: "test" },
    { code: "54011", categorie: "54", naam: "GGZ-verblijf C", eenheid: "14", tarief: null, bron: "test" },
  ];
});

/** A record as a message gives it: element paths, amounts in eurocents. */
export function bron(velden: Partial<Record<Berichtveld, string>>, waar = "test.xml, element 1"): Veldbron {
  return { waarde: (v) => velden[v], naam: (v) => v, inCenten: () => true, waar };
}

/** Frival's ambulant toewijzing: a-specifiek, category 50, budget 5 (EUR 8,000), half a year. */
export const FRIVAL = {
  ToewijzingNummer: "T-FRIVAL",
  Afzender: "0193",
  Ontvanger: "Zorg Noord",
  Bsn: "123456782",
  "Product/Categorie": "50",
  Toewijzingsdatum: "2023-01-05",
  Toewijzingstijd: "10:00:00",
  Ingangsdatum: "2023-01-01",
  Einddatum: "2023-06-30",
  Budget: "800000",
} satisfies Partial<Record<Berichtveld, string>>;

let ref = 0;
/** A debit prestatie on Frival's toewijzing: `uren` hours of 50A01 at EUR 130 in a month. */
export function uren(maand: string, aantal: number, extra: Partial<Record<Berichtveld, string>> = {}) {
  return {
    "ProductReferentie/ReferentieNummer": `R${++ref}`,
    ToewijzingNummer: "T-FRIVAL",
    Afzender: "Zorg Noord",
    Ontvanger: "0193",
    DeclaratieNummer: "D1",
    Bsn: "123456782",
    ProductCategorie: "50",
    ProductCode: "50A01",
    "ProductPeriode/Begindatum": `2023-${maand}-01`,
    "ProductPeriode/Einddatum": `2023-${maand}-28`,
    GeleverdVolume: String(aantal),
    Eenheid: "04",
    ProductTarief: "13000",
    "IngediendBedrag/Bedrag": String(aantal * 13000),
    "IngediendBedrag/DebetCredit": "D",
    ...extra,
  } satisfies Partial<Record<Berichtveld, string>>;
}

export function run(
  toewijzingen: Partial<Record<Berichtveld, string>>[],
  prestaties: Partial<Record<Berichtveld, string>>[],
) {
  const r = new Declaratierun(SET);
  const fouten: string[] = [];
  toewijzingen.forEach((t, i) => fouten.push(...r.voegToewijzing(bron(t, `jw301.xml, ToegewezenProduct ${i + 1}`))));
  const rijen = prestaties.map((p, i) => {
    const u = r.verwerkPrestatie(bron(p, `jw323.xml, Prestatie ${i + 1}`));
    fouten.push(...u.fouten);
    return u.rij;
  });
  return { run: r, rijen, fouten, toewijzingen: [...r.toewijzingRijen()] };
}
