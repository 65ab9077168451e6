import { berekenBudget, STANDAARD_TARIEFSET } from "../../src/engine";
import { kaartTekst } from "../../src/taskpane/rekenhulp/Resultaatkaart";

const TARIEF = "Overwegend begeleiding en lichte hulp";

describe("the result card's two lines", () => {
  test("Mark: the total and its level", () => {
    const r = berekenBudget(
      {
        traject: "herstel",
        groepsaanbod: { dagenPerWeek: 2, urenPerDag: 3, weken: 26, intensiteit: "licht" },
        ambulant: { urenPerWeek: 3, weken: 26, rekentarief: TARIEF },
      },
      STANDAARD_TARIEFSET,
    );
    expect(kaartTekst(r, 0)).toEqual(["Totaal € 7.687,68", "Standaardbudget 5 (€ 8.000,00)"]);
  });

  test("a total that cannot be allocated as it is (medical referral, above 5) does not read as a normal answer", () => {
    const r = berekenBudget(
      {
        traject: "herstel",
        verwijzer: "medisch",
        ambulant: { urenPerWeek: 3, weken: 52, rekentarief: "Grote ggz instellingen / academisch" },
      },
      STANDAARD_TARIEFSET,
    );
    const [totaal, regel] = kaartTekst(r, 0);
    expect(totaal).toBe("Totaal € 20.280,00");
    expect(regel).toMatch(
      /^Niet zo toe te wijzen: Het berekende budget is een offertebudget\. Na een medische verwijzing/,
    );
  });
});
