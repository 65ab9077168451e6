import { berekenBudget, formatDatum, legUit, STANDAARD_TARIEFSET } from "../../src/engine";
import { BEGELEIDING, GGZ } from "../helpers/tariefsets";

const set = STANDAARD_TARIEFSET;
const regels = (u: ReturnType<typeof legUit>) =>
  u.regels.filter((r) => !r.alleenVoorCel).map((r) => `${r.label}: ${r.tekst}`);

describe("the explanation model: one set of lines for the CLI, the sheet block and the pane", () => {
  test("Mark: every number with where it comes from, the year as a date (not '2.023')", () => {
    const r = berekenBudget({
      traject: "herstel",
      groepsaanbod: { dagenPerWeek: 2, urenPerDag: 3, weken: 26, intensiteit: "licht" },
      ambulant: { urenPerWeek: 3, weken: 26, rekentarief: BEGELEIDING },
    });
    const u = legUit(r, set, "2026-12-01");
    expect(regels(u)).toEqual([
      "Berekend op: 1 december 2026",
      "Traject: hersteltraject (budget voor de hele duur, hoogstens 104 weken)",
      "Verwijzer: gemeentelijke toegang",
      "Groepsaanbod: intensiteit licht",
      "Uren per week: 2 dagen x 3 uur = 6",
      "Uren totaal: 6 x 26 weken = 156",
      "Uurtarief: € 14,28 per uur",
      "Budget groepsaanbod: € 2.227,68",
      "Ambulante jeugdhulp: rekentarief Overwegend begeleiding en lichte hulp",
      "Uren totaal: 3 uur x 26 weken = 78",
      "Rekentarief: € 70,00 per uur",
      "Budget ambulant: € 5.460,00",
      "Resultaat: ",
      "Totaal: € 7.687,68",
      "Standaardbudget: 5 (€ 8.000,00): het eerste niveau op of boven het totaal",
      "Tariefset: IJsselland 2023 (IJsselland, 1 januari 2023 t/m 31 december 2023)",
      `Bron tarieven: ${set.bron}`,
    ]);
    // The cells of a sheet get numbers where there are numbers.
    const cel = (label: string) => u.regels.find((x) => x.label === label);
    expect(cel("Totaal")).toMatchObject({ waarde: 7687.68, eenheid: "euro", nadruk: true, sleutel: "totaal" });
    expect(cel("Bedrag toegewezen standaardbudget")).toMatchObject({
      waarde: 8000,
      eenheid: "euro",
      alleenVoorCel: true,
    });
    expect(cel("Uurtarief")?.bron).toContain("Rekenvoorbeeld Mark");
  });

  test("Frival: the agreed level first, with its reason, the calculated one beside it", () => {
    const r = berekenBudget({
      traject: "herstel",
      ambulant: { urenPerWeek: "2,5", weken: 26, rekentarief: GGZ },
      gekozen: { nummer: 5, reden: "gemiddelde" },
    });
    const tekst = regels(legUit(r, set));
    expect(tekst).toContain(
      "Standaardbudget: Toegewezen: standaardbudget 5 (€ 8.000,00); berekend: 6 (€ 12.000,00); reden: gemiddelde",
    );
    const cel = legUit(r, set).regels.find((x) => x.label === "Bedrag toegewezen standaardbudget");
    expect(cel).toMatchObject({ waarde: 8000, alleenVoorCel: true });
    expect(
      legUit(r, set)
        .regels.filter((x) => x.soort === "melding")
        .map((x) => x.label),
    ).toEqual(["Waarschuwing"]);
  });

  test("dates in Dutch words", () => {
    expect(formatDatum("2026-12-01")).toBe("1 december 2026");
    expect(formatDatum("2023-01-31")).toBe("31 januari 2023");
    expect(formatDatum("geen datum")).toBe("geen datum");
  });
});
