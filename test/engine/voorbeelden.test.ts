import { berekenBudget, resultaatAlsJson, type BudgetInvoer } from "../../src/engine";
import { kiesStandaardbudget } from "../../src/engine/standaardbudget";
import { IJSSELLAND_2023 } from "../../src/engine/tariefset/ingebouwd";
import { BEGELEIDING, GGZ, MARK_JSON, testset } from "../helpers/tariefsets";

const mark: BudgetInvoer = {
  traject: "herstel",
  groepsaanbod: { dagenPerWeek: 2, urenPerDag: 3, weken: 26, intensiteit: "licht" },
  ambulant: { urenPerWeek: 3, weken: 26, rekentarief: BEGELEIDING },
};

describe("the region's worked examples", () => {
  test("Mark: group licht 156 h + ambulant 78 h at € 70 -> € 7,687.68 -> standaardbudget 5", () => {
    const r = berekenBudget(mark);
    expect(r.meldingen).toEqual([]);
    expect(r.groepsaanbod).toMatchObject({ urenPerWeek: 6, urenTotaal: 156, uurtariefCent: 1428, budgetCent: 222768 });
    expect(r.ambulant).toMatchObject({ urenTotaal: 78, uurtariefCent: 7000, budgetCent: 546000 });
    expect(r.totaalCent).toBe(768768);
    expect(r.standaardbudget).toMatchObject({ nummer: 5, bedragCent: 800000 });
    expect(r.offerte).toBe(false);
  });

  test("Mark as the public JSON shape", () => {
    expect(resultaatAlsJson(berekenBudget(mark))).toEqual(MARK_JSON);
  });

  test("Frival: 2,5 h x 26 weeks at € 130 -> € 8,450 -> level 6; chosen level 5 with a reason is reported beside it", () => {
    const r = berekenBudget({
      traject: "herstel",
      ambulant: { urenPerWeek: "2,5", weken: 26, rekentarief: GGZ },
      gekozen: { nummer: 5, reden: "Inschatting is een gemiddelde; afgesproken met de aanbieder" },
    });
    expect(r.ambulant).toMatchObject({ urenTotaal: 65, budgetCent: 845000 });
    expect(r.totaalCent).toBe(845000);
    expect(r.standaardbudget?.nummer).toBe(6);
    expect(r.gekozen).toEqual({
      niveau: expect.objectContaining({ nummer: 5, bedragCent: 800000 }),
      reden: "Inschatting is een gemiddelde; afgesproken met de aanbieder",
    });
    expect(r.meldingen.map((m) => [m.code, m.niveau])).toEqual([["GEKOZEN_ONDER_TOTAAL", "waarschuwing"]]);
  });

  test("Frival without a reason for the lower level is a fout on gekozen.reden", () => {
    const r = berekenBudget({
      traject: "herstel",
      ambulant: { urenPerWeek: 2.5, weken: 26, rekentarief: GGZ },
      gekozen: { nummer: 5 },
    });
    expect(r.gekozen).toBeNull();
    expect(r.meldingen).toContainEqual(
      expect.objectContaining({ code: "GEKOZEN_ZONDER_REDEN", niveau: "fout", veld: "gekozen.reden" }),
    );
    expect(r.standaardbudget?.nummer).toBe(6);
  });

  test("choosing the calculated level needs no reason", () => {
    const r = berekenBudget({ ...mark, gekozen: { nummer: "5" } });
    expect(r.gekozen?.niveau.nummer).toBe(5);
    expect(r.meldingen).toEqual([]);
  });

  test("Greetje and an amount of € 2,750 land on standaardbudget 3 (€ 3,000)", () => {
    expect(kiesStandaardbudget(IJSSELLAND_2023, 275000)).toMatchObject({ nummer: 3, bedragCent: 300000 });
    expect(kiesStandaardbudget(IJSSELLAND_2023, 250000)?.nummer).toBe(3);
  });
});

describe("standard budget boundaries", () => {
  test.each([
    [500000, 4],
    [500001, 5],
    [100000, 1],
    [0, 1],
    [2000000, 8],
  ])("total of %i cents -> level %i", (cent, nummer) => {
    expect(kiesStandaardbudget(IJSSELLAND_2023, cent)?.nummer).toBe(nummer);
  });

  test("20,000.01 is above the top: no level", () => {
    expect(kiesStandaardbudget(IJSSELLAND_2023, 2000001)).toBeNull();
  });

  const set = testset();
  const ambulant = (urenPerWeek: unknown, weken: unknown) =>
    berekenBudget({ traject: "herstel", ambulant: { urenPerWeek, weken, rekentarief: "Testtarief" } }, set);

  test("through the engine: exactly € 5,000.00 -> 4, € 5,000.01 -> 5", () => {
    expect(ambulant(50, 1)).toMatchObject({
      totaalCent: 500000,
      standaardbudget: expect.objectContaining({ nummer: 4 }),
    });
    expect(ambulant("0,500001", 100)).toMatchObject({
      totaalCent: 500001,
      standaardbudget: expect.objectContaining({ nummer: 5 }),
    });
  });

  test("through the engine: exactly € 20,000.00 -> 8, € 20,000.01 -> offerte with a waarschuwing", () => {
    expect(ambulant(2, 100)).toMatchObject({
      totaalCent: 2000000,
      offerte: false,
      standaardbudget: expect.objectContaining({ nummer: 8 }),
    });
    const boven = ambulant("2,000001", 100);
    expect(boven).toMatchObject({ totaalCent: 2000001, offerte: true, standaardbudget: null });
    expect(boven.meldingen).toEqual([expect.objectContaining({ code: "OFFERTE_NODIG", niveau: "waarschuwing" })]);
    expect(boven.meldingen[0].tekst).toBe(
      "Het totaal € 20.000,01 ligt boven het hoogste standaardbudget 8 (€ 20.000,00): de aanbieder maakt een offerte (offertebudget) die de toegang goedkeurt.",
    );
    // The message is kept per set and total: each total still gets its own amount, each set its own top level.
    expect(ambulant(3, 100).meldingen[0].tekst).toContain("Het totaal € 30.000,00 ligt boven");
    expect(ambulant("2,000001", 100).meldingen[0].tekst).toContain("Het totaal € 20.000,01 ligt boven");
    const lager = testset((bron) => {
      bron.standaardbudgetten = bron.standaardbudgetten.slice(0, 7);
      // The guide points at level 8, which this set no longer has.
      delete bron.richtlijn;
    });
    const ander = berekenBudget(
      { traject: "herstel", ambulant: { urenPerWeek: "2,000001", weken: 100, rekentarief: "Testtarief" } },
      lager,
    );
    expect(ander.meldingen[0].tekst).toContain(
      "Het totaal € 20.000,01 ligt boven het hoogste standaardbudget 7 (€ 15.000,00)",
    );
  });
});
