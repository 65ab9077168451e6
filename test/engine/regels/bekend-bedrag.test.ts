import { berekenBudget, legUit, STANDAARD_TARIEFSET } from "../../../src/engine";
import { BEGELEIDING } from "../../helpers/tariefsets";

const BRON = "standaardinterventie CGT (16 sessies en oudergesprekken), gebruikelijk € 2.500 tot € 3.000";

describe("a known amount instead of hours (the region's example Greetje)", () => {
  test("Greetje: a standard intervention of € 2.500 to € 3.000 -> standaardbudget 3 (€ 3.000)", () => {
    for (const bedrag of [2500, "2750", "3000,00", 3000]) {
      const r = berekenBudget({ traject: "herstel", bekend: { bedrag, bron: BRON } });
      expect(r.meldingen).toEqual([]);
      expect(r.standaardbudget?.nummer).toBe(3);
      expect(r.bekend?.bron).toBe(BRON);
    }
    const r = berekenBudget({ traject: "herstel", bekend: { bedrag: "2750", bron: BRON } });
    expect(r).toMatchObject({ totaalCent: 275000, groepsaanbod: null, ambulant: null, offerte: false });
    const regels = legUit(r, STANDAARD_TARIEFSET).regels;
    expect(regels.find((g) => g.sleutel === "bekend-bedrag")).toMatchObject({ tekst: "€ 2.750,00", bron: BRON });
    // A cent above a level is the next level, as with hours.
    expect(
      berekenBudget({ traject: "herstel", bekend: { bedrag: "3000,01", bron: BRON } }).standaardbudget?.nummer,
    ).toBe(4);
  });

  test("the source is required: an amount nobody can trace is not a budget", () => {
    const r = berekenBudget({ traject: "herstel", bekend: { bedrag: 2750, bron: "  " } });
    expect(r.totaalCent).toBeNull();
    expect(r.meldingen).toEqual([expect.objectContaining({ code: "VERPLICHT", veld: "bekend.bron", niveau: "fout" })]);
  });

  test("a known amount and hours together are refused: which one counts cannot be guessed", () => {
    const r = berekenBudget({
      traject: "herstel",
      ambulant: { urenPerWeek: 3, weken: 26, rekentarief: BEGELEIDING },
      bekend: { bedrag: 2750, bron: BRON },
    });
    expect(r.totaalCent).toBeNull();
    expect(r.meldingen.map((m) => `${m.code}:${m.veld}`)).toEqual(["BEKEND_EN_UREN:bekend.bedrag"]);
  });

  test("wrong amounts are a fout on the field, never quoting a possible BSN", () => {
    const tekst = (bedrag: unknown) =>
      berekenBudget({ traject: "herstel", bekend: { bedrag, bron: BRON } }).meldingen.map((m) => m.tekst);
    expect(tekst("veel")).toEqual([expect.stringMatching(/^Bekend bedrag: 'veel' is geen getal\./)]);
    expect(tekst(-5)).toEqual([expect.stringMatching(/^Bekend bedrag '-5' is negatief\./)]);
    expect(tekst("123456782").join()).not.toContain("123456782");
    expect(tekst("")).toEqual([expect.stringMatching(/^Bekend bedrag ontbreekt\./)]);
  });
});
