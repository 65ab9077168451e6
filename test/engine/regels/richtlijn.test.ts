import fc from "fast-check";
import { berekenBudget, STANDAARD_TARIEFSET, type Melding } from "../../../src/engine";
import { indiceer, indicatieTekst } from "../../../src/engine/regels/richtlijn";
import { BEGELEIDING, GGZ, testset } from "../../helpers/tariefsets";

const set = STANDAARD_TARIEFSET;
const niveau = (soort: unknown, uren: unknown) => {
  const meldingen: Melding[] = [];
  const i = indiceer(soort, uren, set, meldingen);
  return i ? i.niveau.nummer : meldingen.map((m) => `${m.niveau}:${m.code}`).join(",");
};

describe("the guide from hours per kind of help to a standard budget (a guide, not a rule)", () => {
  // The region's table, written out here by hand, so a change in the data has to be a change in this test too.
  const tabel: [string, number, number | string][] = [
    ["GGZ", 0, 2],
    ["GGZ", 16, 2],
    ["GGZ", 16.5, 4],
    ["GGZ", 17, 4],
    ["GGZ", 33, 4],
    ["GGZ", 34, 5],
    ["GGZ", 66, 5],
    ["GGZ", 67, 6],
    ["GGZ", 100, 6],
    ["GGZ", 101, 7],
    ["GGZ", 130, 7],
    ["GGZ", 131, "waarschuwing:BUITEN_RICHTLIJN"],
    ["J&O", 0, 4],
    ["J&O", 50, 4],
    ["J&O", 51, 6],
    ["J&O", 110, 6],
    ["J&O", 111, 7],
    ["J&O", 140, 7],
    ["J&O", 141, "waarschuwing:BUITEN_RICHTLIJN"],
    ["(L)VB", 0, 4],
    ["(L)VB", 50, 4],
    ["(L)VB", 51, 6],
    ["(L)VB", 120, 6],
    ["(L)VB", 121, 8],
    ["(L)VB", 200, 8],
    ["(L)VB", 201, "waarschuwing:BUITEN_RICHTLIJN"],
  ];
  test.each(tabel)("%s, %d uur -> %s", (soort, uren, verwacht) => {
    expect(niveau(soort, uren)).toBe(verwacht);
  });

  test("heavy diagnostics is level 3 whatever the hours, also without hours", () => {
    expect(niveau("GGZ zware diagnostiek", "")).toBe(3);
    expect(niveau("ggz ZWARE diagnostiek", 500)).toBe(3);
  });

  test("names and hours as users type them; wrong input is a fout naming the field and what is allowed", () => {
    expect(niveau("j&o", "50,5")).toBe(6);
    expect(niveau(" (l)vb ", "120")).toBe(6);
    const meldingen: Melding[] = [];
    expect(indiceer("logopedie", 10, set, meldingen)).toBeNull();
    expect(meldingen[0]).toMatchObject({ code: "SOORT_HULP_ONBEKEND", veld: "indicatie.soortHulp", niveau: "fout" });
    expect(meldingen[0].tekst).toBe(
      "Soort hulp 'logopedie' staat niet in de richtlijn. Toegestaan: GGZ, GGZ zware diagnostiek, J&O, (L)VB.",
    );
    expect(niveau("GGZ", "veel")).toBe("fout:GEEN_GETAL");
    expect(niveau("GGZ", -1)).toBe("fout:NEGATIEF");
    expect(niveau("GGZ", "")).toBe("fout:VERPLICHT");
    expect(niveau("", 10)).toBe("fout:VERPLICHT");
  });

  test("a set without a guide says so instead of guessing", () => {
    const zonder = testset((bron) => delete bron.richtlijn);
    const meldingen: Melding[] = [];
    expect(indiceer("GGZ", 10, zonder, meldingen)).toBeNull();
    expect(meldingen[0].tekst).toMatch(/^Tariefset 'Testset' heeft geen richtlijn van uren naar standaardbudget/);
  });

  test("the indication says it is a guide, not a rule", () => {
    const i = indiceer("GGZ", 20, set, [])!;
    expect(indicatieTekst(i)).toBe(
      "Indicatie volgens de richtlijn: standaardbudget 4 (€ 5.000,00) voor GGZ, specialistische ggz (17 t/m 33 uur). Dit is een richtlijn, geen regel: het budget volgt uit de berekening.",
    );
  });

  test("property: more hours never give a lower level, and every level is one the set has", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("GGZ", "J&O", "(L)VB"),
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        (soort, a, b) => {
          const [laag, hoog] = a <= b ? [a, b] : [b, a];
          const x = indiceer(soort, laag, set, []);
          const y = indiceer(soort, hoog, set, []);
          if (x && y) expect(y.niveau.nummer).toBeGreaterThanOrEqual(x.niveau.nummer);
          if (x === null) expect(y).toBeNull(); // beyond the guide stays beyond it
          for (const i of [x, y]) if (i) expect(set.niveaus).toContain(i.niveau);
        },
      ),
    );
  });
});

describe("the indication beside a calculation", () => {
  test("Frival (65 h GGZ at € 130 -> 6): the guide says 5, one level apart: no waarschuwing, the line is there", () => {
    const r = berekenBudget({
      traject: "herstel",
      ambulant: { urenPerWeek: "2,5", weken: 26, rekentarief: GGZ },
      soortHulp: "GGZ",
    });
    expect(r.standaardbudget?.nummer).toBe(6);
    expect(r.indicatie?.niveau.nummer).toBe(5);
    expect(r.indicatie?.uren).toBe(65);
    expect(r.meldingen).toEqual([]);
  });

  test("two levels or more apart is a waarschuwing, never a fout: the calculated level stands", () => {
    // 40 h of light help at € 70 = € 2.800 -> 3; the J&O guide says 4 for 0-50 h: one level, fine.
    const dichtbij = berekenBudget({
      traject: "herstel",
      ambulant: { urenPerWeek: 4, weken: 10, rekentarief: BEGELEIDING },
      soortHulp: "J&O",
    });
    expect(dichtbij.meldingen).toEqual([]);
    // 20 h at € 70 = € 1.400 -> 2; the guide says 4: two levels apart.
    const ver = berekenBudget({
      traject: "herstel",
      ambulant: { urenPerWeek: 2, weken: 10, rekentarief: BEGELEIDING },
      soortHulp: "J&O",
    });
    expect(ver.standaardbudget?.nummer).toBe(2);
    expect(ver.totaalCent).toBe(140000);
    expect(ver.meldingen).toEqual([
      {
        code: "AFWIJKING_RICHTLIJN",
        niveau: "waarschuwing",
        veld: "standaardbudget",
        tekst:
          "Het berekende budget (standaardbudget 2 (€ 2.000,00)) wijkt 2 niveaus af van de richtlijn voor J&O (jeugd en opvoeding, licht (0 t/m 50 uur): standaardbudget 4). Dat mag, maar controleer de uren en het tarief.",
      },
    ]);
  });

  test("an offerte counts as one level above the highest", () => {
    // 130 h GGZ -> guide 7; 130 h at € 130 = € 16.900 -> 8: one apart. 200 h is beyond the guide.
    const r = berekenBudget({
      traject: "herstel",
      ambulant: { urenPerWeek: 5, weken: 26, rekentarief: GGZ },
      soortHulp: "GGZ",
    });
    expect(r.standaardbudget?.nummer).toBe(8);
    expect(r.meldingen).toEqual([]);
    const offerte = berekenBudget({
      traject: "herstel",
      ambulant: { urenPerWeek: 4, weken: 25, rekentarief: GGZ },
      soortHulp: "GGZ",
    });
    // 100 h -> guide 6; € 13.000 -> 7: fine. Now 100 h at a higher rate would be an offerte:
    expect(offerte.indicatie?.niveau.nummer).toBe(6);
    const duur = testset((bron) => bron.rekentarieven.push({ naam: "Duur", uurtarief: 250, bron: "test" }));
    const r2 = berekenBudget(
      { traject: "herstel", ambulant: { urenPerWeek: 4, weken: 25, rekentarief: "Duur" }, soortHulp: "GGZ" },
      duur,
    );
    expect(r2.offerte).toBe(true);
    expect(r2.meldingen.map((m) => m.code)).toEqual(["OFFERTE_NODIG", "AFWIJKING_RICHTLIJN"]);
    expect(r2.meldingen[1].tekst).toMatch(/^Het berekende budget \(een offertebudget\) wijkt 3 niveaus af/);
  });

  test("a kind of help the guide lacks is a fout on its field, and is judged alongside other wrong fields", () => {
    const r = berekenBudget({
      traject: "herstel",
      ambulant: { urenPerWeek: "x", weken: 26, rekentarief: BEGELEIDING },
      soortHulp: "logopedie",
    });
    expect(r.meldingen.map((m) => `${m.code}:${m.veld}`)).toEqual([
      "GEEN_GETAL:ambulant.urenPerWeek",
      "SOORT_HULP_ONBEKEND:indicatie.soortHulp",
    ]);
  });

  test("without ambulant hours only heavy diagnostics has an indication; the others say why there is none", () => {
    const groep = { dagenPerWeek: 2, urenPerDag: 3, weken: 26, intensiteit: "licht" };
    const zonder = berekenBudget({ traject: "herstel", groepsaanbod: groep, soortHulp: "J&O" });
    expect(zonder.indicatie).toBeNull();
    expect(zonder.meldingen.map((m) => m.code)).toEqual(["RICHTLIJN_ZONDER_UREN"]);
    const diagnostiek = berekenBudget({ traject: "herstel", groepsaanbod: groep, soortHulp: "GGZ zware diagnostiek" });
    expect(diagnostiek.indicatie?.niveau.nummer).toBe(3);
  });
});
