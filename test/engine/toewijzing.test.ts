import { berekenBudget, maakToewijzing, toewijzingAlsTekst } from "../../src/engine";
import { einddatumNaWeken } from "../../src/engine/toewijzing";
import { BEGELEIDING, GGZ } from "../helpers/tariefsets";

const mark = berekenBudget({
  traject: "herstel",
  groepsaanbod: { dagenPerWeek: 2, urenPerDag: 3, weken: 26, intensiteit: "licht" },
  ambulant: { urenPerWeek: 3, weken: 26, rekentarief: BEGELEIDING },
});

describe("allocation proposal (iJw terms)", () => {
  test("end date after whole weeks", () => {
    expect(einddatumNaWeken("2023-01-02", 26)).toBe("2023-07-02");
    expect(einddatumNaWeken("2024-01-01", 52)).toBe("2024-12-29");
    expect(einddatumNaWeken("2023-02-30", 1)).toBeNull();
  });

  test("Mark: one a-specifiek allocation on category 50, budget 800000 eurocent", () => {
    const v = maakToewijzing(mark, { begindatum: "2023-01-02" });
    expect(v.meldingen).toEqual([]);
    expect(v.ambulant).toEqual({
      soort: "a-specifiek",
      categorie: "50",
      productcode: null,
      budgetCent: 800000,
      begindatum: "2023-01-02",
      einddatum: "2023-07-02",
      grondslag: "standaardbudget 5, berekend totaal € 7.687,68",
    });
    expect(toewijzingAlsTekst(v)).toContain("Budget: 800000 eurocent (€ 8.000,00)");
  });

  test("Frival: ambulant a-specifiek with the chosen level 5, and a separate specifiek stay allocation 54011", () => {
    const frival = berekenBudget({
      traject: "herstel",
      ambulant: { urenPerWeek: 2.5, weken: 26, rekentarief: GGZ },
      gekozen: { nummer: 5, reden: "gemiddelde" },
    });
    const v = maakToewijzing(frival, {
      begindatum: "2023-03-01",
      verblijf: { productcode: "54011", begindatum: "2023-01-01", einddatum: "2023-02-28" },
    });
    expect(v.meldingen).toEqual([]);
    expect(v.ambulant).toMatchObject({
      budgetCent: 800000,
      grondslag: "Toegewezen: standaardbudget 5 (€ 8.000,00); berekend: 6 (€ 12.000,00); reden: gemiddelde",
    });
    expect(v.verblijf).toEqual({
      soort: "specifiek",
      categorie: "54",
      productcode: "54011",
      begindatum: "2023-01-01",
      einddatum: "2023-02-28",
    });
    expect(toewijzingAlsTekst(v)).toMatch(
      /Toewijzing verblijf \(specifiek, aparte toewijzing\)\n {2}Productcategorie: 54\n {2}Productcode: 54011/,
    );
  });

  test("offerte needs the approved quote amount; bad stay data is named", () => {
    const hoog = berekenBudget({ traject: "herstel", ambulant: { urenPerWeek: 10, weken: 26, rekentarief: GGZ } });
    expect(maakToewijzing(hoog, { begindatum: "2023-01-02" }).meldingen.map((m) => m.veld)).toEqual([
      "toewijzing.offertebedrag",
    ]);
    expect(maakToewijzing(hoog, { begindatum: "2023-01-02", offertebedrag: "33.800,00" }).ambulant?.budgetCent).toBe(
      3380000,
    );
    const fout = maakToewijzing(mark, {
      begindatum: "2023-01-02",
      verblijf: { productcode: "5401199", begindatum: "2023-03-01", einddatum: "2023-02-01" },
    });
    expect(fout.meldingen.map((m) => m.veld)).toEqual(["verblijf.productcode", "verblijf.einddatum"]);
    expect(fout.verblijf).toBeNull();
  });

  test("an invalid calculation gives no allocation", () => {
    const kapot = berekenBudget({ traject: "herstel", ambulant: { urenPerWeek: -1, weken: 26, rekentarief: GGZ } });
    expect(maakToewijzing(kapot, { begindatum: "2023-01-02" }).ambulant).toBeNull();
  });
});
