import { berekenBudget, heeftFout, type BudgetInvoer, type Melding } from "../../../src/engine";
import { BEGELEIDING, GGZ, testset } from "../../helpers/tariefsets";

const codes = (meldingen: Melding[]) => meldingen.map((m) => `${m.niveau}:${m.code}:${m.veld}`);
const amb = (urenPerWeek: unknown, weken: unknown = 26, rekentarief: unknown = BEGELEIDING) => ({
  urenPerWeek,
  weken,
  rekentarief,
});
const groep = (
  dagenPerWeek: unknown,
  urenPerDag: unknown,
  weken: unknown,
  intensiteit: unknown = "licht",
  kdcOdc?: unknown,
) => ({
  dagenPerWeek,
  urenPerDag,
  weken,
  intensiteit,
  kdcOdc,
});

function fouten(invoer: BudgetInvoer, set = testset()): string[] {
  const r = berekenBudget(invoer, set);
  if (heeftFout(r.meldingen)) {
    expect(r.totaalCent).toBeNull();
    expect(r.standaardbudget).toBeNull();
  }
  return codes(r.meldingen);
}

describe("validation: every problem is a fout naming its field, and no amount is given", () => {
  test("neither group nor ambulant", () => {
    expect(fouten({ traject: "herstel" })).toEqual(["fout:GEEN_ONDERDEEL:onderdelen"]);
  });
  test("missing traject, unknown traject, unknown verwijzer", () => {
    expect(fouten({ traject: "", ambulant: amb(3) })).toEqual(["fout:TRAJECT_ONTBREEKT:traject"]);
    expect(fouten({ traject: "kort", ambulant: amb(3) })).toEqual(["fout:TRAJECT_ONBEKEND:traject"]);
    expect(fouten({ traject: "herstel", verwijzer: "buurman", ambulant: amb(3) })).toEqual([
      "fout:VERWIJZER_ONBEKEND:verwijzer",
    ]);
  });
  test("missing and non-numeric fields of a section that is on", () => {
    expect(fouten({ traject: "herstel", groepsaanbod: groep(undefined, "drie", 26, "") })).toEqual([
      "fout:VERPLICHT:groepsaanbod.dagenPerWeek",
      "fout:GEEN_GETAL:groepsaanbod.urenPerDag",
      "fout:VERPLICHT:groepsaanbod.intensiteit",
    ]);
    expect(fouten({ traject: "herstel", ambulant: amb(true, null) })).toEqual([
      "fout:GEEN_GETAL:ambulant.urenPerWeek",
      "fout:VERPLICHT:ambulant.weken",
    ]);
  });
  test("negatives and upper limits: days 7, hours per day 24, hours per week 168", () => {
    expect(fouten({ traject: "herstel", ambulant: amb(-1) })).toEqual(["fout:NEGATIEF:ambulant.urenPerWeek"]);
    expect(fouten({ traject: "herstel", groepsaanbod: groep(7.5, 24.5, 10) })).toEqual([
      "fout:TE_GROOT:groepsaanbod.dagenPerWeek",
      "fout:TE_GROOT:groepsaanbod.urenPerDag",
    ]);
    expect(fouten({ traject: "herstel", groepsaanbod: groep(7, 24, 1) })).toEqual([]);
    expect(fouten({ traject: "herstel", ambulant: amb(168.5) })).toEqual(["fout:TE_GROOT:ambulant.urenPerWeek"]);
    expect(fouten({ traject: "herstel", ambulant: amb(168, 1) })).toEqual([]);
  });
  test("herstel longer than 104 weeks", () => {
    expect(fouten({ traject: "herstel", ambulant: amb(1, 104) })).toEqual([]);
    expect(fouten({ traject: "herstel", ambulant: amb(1, 105) })).toEqual(["fout:HERSTEL_TE_LANG:ambulant.weken"]);
  });
  test("duurzaam: weeks default to 52, anything else is a fout", () => {
    const r = berekenBudget({ traject: "duurzaam", ambulant: { urenPerWeek: 1, rekentarief: BEGELEIDING } });
    expect(r.ambulant).toMatchObject({ weken: 52, urenTotaal: 52, budgetCent: 364000 });
    expect(fouten({ traject: "duurzaam", ambulant: amb(1, 52) })).toEqual([]);
    expect(fouten({ traject: "duurzaam", ambulant: amb(1, 26) })).toEqual(["fout:DUURZAAM_WEKEN:ambulant.weken"]);
    expect(fouten({ traject: "duurzaam", groepsaanbod: groep(1, 1, 53) })).toEqual([
      "fout:DUURZAAM_WEKEN:groepsaanbod.weken",
    ]);
  });
  test("zwaar in duurzaam is a fout unless marked KDC/ODC", () => {
    expect(fouten({ traject: "duurzaam", groepsaanbod: groep(1, 1, 52, "zwaar") })).toEqual([
      "fout:INTENSITEIT_NIET_IN_DUURZAAM:groepsaanbod.intensiteit",
    ]);
    expect(fouten({ traject: "duurzaam", groepsaanbod: groep(1, 1, 52, "zwaar", "ja") })).toEqual([]);
    expect(fouten({ traject: "herstel", groepsaanbod: groep(1, 1, 52, "zwaar") })).toEqual([]);
    expect(fouten({ traject: "duurzaam", groepsaanbod: groep(1, 1, 52, "zwaar", "misschien") })).toContain(
      "fout:GEEN_JA_NEE:groepsaanbod.kdcOdc",
    );
  });
  test("unknown intensity or rekentarief lists what is allowed", () => {
    const r = berekenBudget({
      traject: "herstel",
      groepsaanbod: groep(1, 1, 1, "extra"),
      ambulant: amb(1, 1, "Goedkoop"),
    });
    expect(codes(r.meldingen)).toEqual([
      "fout:INTENSITEIT_ONBEKEND:groepsaanbod.intensiteit",
      "fout:REKENTARIEF_ONBEKEND:ambulant.rekentarief",
    ]);
    expect(r.meldingen[0].tekst).toContain("licht, middel, middelzwaar, zwaar");
    expect(r.meldingen[1].tekst).toContain(GGZ);
  });
  test("a rate missing from the built-in set says so and how to supply one; zwaar in duurzaam is still reported", () => {
    const r = berekenBudget({ traject: "herstel", groepsaanbod: groep(2, 3, 26, "middel") });
    expect(codes(r.meldingen)).toEqual(["fout:TARIEF_ONTBREEKT:groepsaanbod.intensiteit"]);
    expect(r.meldingen[0].tekst).toMatch(
      /uurtarief voor intensiteit 'middel' ontbreekt in tariefset 'IJsselland 2023'.*--tarieven.*Tarieven/,
    );
    expect(r.groepsaanbod).toBeNull();
    expect(r.totaalCent).toBeNull();
    const z = berekenBudget({ traject: "duurzaam", groepsaanbod: groep(2, 3, 52, "zwaar") });
    expect(codes(z.meldingen)).toEqual([
      "fout:TARIEF_ONTBREEKT:groepsaanbod.intensiteit",
      "fout:INTENSITEIT_NIET_IN_DUURZAAM:groepsaanbod.intensiteit",
    ]);
  });
  test("one section valid and the other not: the valid part is shown, no total", () => {
    const r = berekenBudget({ traject: "herstel", groepsaanbod: groep(2, 3, 26), ambulant: amb("x") });
    expect(r.groepsaanbod?.budgetCent).toBe(222768);
    expect(r.ambulant).toBeNull();
    expect(r.totaalCent).toBeNull();
  });
  test("names match case- and space-insensitively", () => {
    const r = berekenBudget({
      traject: " Hersteltraject ",
      groepsaanbod: groep(2, 3, 26, "LICHT"),
      ambulant: amb(3, 26, "  overwegend  begeleiding en lichte hulp"),
    });
    expect(r.totaalCent).toBe(768768);
  });
  test("a zero total is allowed but warned about", () => {
    expect(fouten({ traject: "herstel", ambulant: amb(0) })).toEqual(["waarschuwing:TOTAAL_NUL:standaardbudget"]);
  });
});

describe("referral routes", () => {
  test("medical referral up to level 5 is fine", () => {
    const r = berekenBudget({ traject: "herstel", verwijzer: "medisch", ambulant: amb(3, 26) });
    expect(r.standaardbudget?.nummer).toBe(5);
    expect(r.meldingen).toEqual([]);
  });
  test("medical referral above level 5: fout, the level is still reported", () => {
    const r = berekenBudget({ traject: "herstel", verwijzer: "huisarts", ambulant: amb(2.5, 26, GGZ) });
    expect(r.verwijzer).toBe("medisch");
    expect(r.standaardbudget?.nummer).toBe(6);
    expect(r.totaalCent).toBe(845000);
    expect(codes(r.meldingen)).toEqual(["fout:MEDISCH_OVERLEG_TOEGANG:standaardbudget"]);
    expect(r.meldingen[0].tekst).toContain("1 t/m 5 (hoogstens € 8.000,00)");
  });
  test("the medical message names the level, the wording and the set's own limit (one text per set, wording and level)", () => {
    const zes = berekenBudget({ traject: "herstel", verwijzer: "medisch", ambulant: amb(2.5, 26, GGZ) });
    const offerte = berekenBudget({ traject: "herstel", verwijzer: "medisch", ambulant: amb(10, 26, GGZ) });
    const gekozen = berekenBudget({
      traject: "herstel",
      verwijzer: "medisch",
      ambulant: amb(1, 26),
      gekozen: { nummer: 7, reden: "meer nodig" },
    });
    expect(zes.meldingen[0].tekst).toMatch(/^Het berekende budget is standaardbudget 6 \(€ [\d.]+,00\)\./);
    expect(offerte.meldingen[1].tekst).toMatch(/^Het berekende budget is een offertebudget\./);
    expect(gekozen.meldingen.map((m) => m.tekst)).toContainEqual(
      expect.stringMatching(/^Het gekozen budget is standaardbudget 7 /),
    );
    const laag = testset((bron) => {
      bron.standaardbudgetten = bron.standaardbudgetten.map((n) => ({ ...n, naMedischeVerwijzing: n.nummer <= 3 }));
    });
    const anders = berekenBudget({ traject: "herstel", verwijzer: "medisch", ambulant: amb(2.5, 26, GGZ) }, laag);
    expect(anders.meldingen[0].tekst).toContain("1 t/m 3 (hoogstens");
    expect(zes.meldingen[0].tekst).toContain("1 t/m 5 (hoogstens € 8.000,00)");
  });
  test("medical referral with an offerte amount is a fout too", () => {
    const r = berekenBudget({ traject: "herstel", verwijzer: "medisch", ambulant: amb(10, 26, GGZ) });
    expect(r.offerte).toBe(true);
    expect(codes(r.meldingen)).toEqual([
      "waarschuwing:OFFERTE_NODIG:standaardbudget",
      "fout:MEDISCH_OVERLEG_TOEGANG:standaardbudget",
    ]);
  });
  test("GI and toegang may land on any level or offerte without a fout", () => {
    for (const verwijzer of ["gi", "toegang", undefined]) {
      const r = berekenBudget({ traject: "herstel", verwijzer, ambulant: amb(2.5, 26, GGZ) });
      expect(heeftFout(r.meldingen)).toBe(false);
    }
  });
  test("medical referral choosing level 6 is a fout, choosing 5 after calculated 6 is allowed with a reason", () => {
    const zes = berekenBudget({
      traject: "herstel",
      verwijzer: "medisch",
      ambulant: amb(1, 26),
      gekozen: { nummer: 6, reden: "meer nodig" },
    });
    expect(codes(zes.meldingen)).toContain("fout:MEDISCH_OVERLEG_TOEGANG:standaardbudget");
  });
});

describe("chosen level", () => {
  test("unknown level number", () => {
    for (const nummer of [0, 9, 2.5, "vijf", ""]) {
      const r = berekenBudget({ traject: "herstel", ambulant: amb(1), gekozen: { nummer, reden: "x" } });
      expect(codes(r.meldingen)).toEqual(["fout:GEKOZEN_ONBEKEND:gekozen.nummer"]);
      expect(r.gekozen).toBeNull();
      expect(r.standaardbudget?.nummer).toBe(2);
    }
  });
  test("a chosen level is checked even when the input has other fouten", () => {
    expect(fouten({ traject: "herstel", ambulant: amb(-1), gekozen: { nummer: 12 } })).toEqual([
      "fout:NEGATIEF:ambulant.urenPerWeek",
      "fout:GEKOZEN_ONBEKEND:gekozen.nummer",
    ]);
  });
  test("choosing a level above an offerte total needs a reason and is reported", () => {
    const r = berekenBudget({
      traject: "herstel",
      ambulant: amb(10, 26, GGZ),
      gekozen: { nummer: 8, reden: "afspraak" },
    });
    expect(r.offerte).toBe(true);
    expect(r.gekozen?.niveau.nummer).toBe(8);
  });
});
