import {
  bepaalTariefsets,
  controleerFormulier,
  FORMULIERVELDEN,
  STATUSSEN,
  type Formulier,
  type Formulierveld,
  type Veldstatus,
} from "../../src/engine";
import { BEGELEIDING, GGZ } from "../helpers/tariefsets";

const sets = bepaalTariefsets({});

/** The rekentool worksheet's form: every field present, the sections switched by ja/nee. */
function blad(waarden: Formulier): Formulier {
  return { ...Object.fromEntries(FORMULIERVELDEN.map((v) => [v, ""])), ...waarden };
}

const MARK = blad({
  traject: "herstel",
  verwijzer: "toegang",
  groepsaanbod: "ja",
  "groepsaanbod.dagenPerWeek": 2,
  "groepsaanbod.urenPerDag": 3,
  "groepsaanbod.weken": 26,
  "groepsaanbod.intensiteit": "licht",
  ambulant: "ja",
  "ambulant.urenPerWeek": 3,
  "ambulant.weken": 26,
  "ambulant.rekentarief": BEGELEIDING,
});

const statussen = (f: Formulier) => {
  const c = controleerFormulier(f, sets);
  return Object.fromEntries(FORMULIERVELDEN.map((v) => [v, c[v].status])) as Record<Formulierveld, Veldstatus>;
};

describe("the engine's status of each field of the rekentool form", () => {
  test("Mark: everything filled in; optional fields left empty are fine and say what empty means", () => {
    const c = controleerFormulier(MARK, sets);
    expect(statussen(MARK)).toEqual({
      traject: "ingevuld",
      verwijzer: "ingevuld",
      groepsaanbod: "ingevuld",
      "groepsaanbod.dagenPerWeek": "ingevuld",
      "groepsaanbod.urenPerDag": "ingevuld",
      "groepsaanbod.weken": "ingevuld",
      "groepsaanbod.intensiteit": "ingevuld",
      "groepsaanbod.kdcOdc": "ingevuld",
      ambulant: "ingevuld",
      "ambulant.urenPerWeek": "ingevuld",
      "ambulant.weken": "ingevuld",
      "ambulant.rekentarief": "ingevuld",
      "bekend.bedrag": "niet invulbaar",
      "bekend.bron": "niet invulbaar",
      "gekozen.nummer": "ingevuld",
      "gekozen.reden": "ingevuld",
      "indicatie.soortHulp": "ingevuld",
      tariefset: "ingevuld",
    });
    expect(c["groepsaanbod.kdcOdc"].tekst).toBe("Mag leeg blijven (leeg = nee).");
    expect(c["bekend.bedrag"].tekst).toBe("Er wordt met uren gerekend; een bekend bedrag alleen zonder uren.");
    expect(c.traject.tekst).toBe("In orde.");
  });

  test("an empty form: the required fields are to be filled in, each saying what", () => {
    const s = statussen(blad({}));
    expect(s.traject).toBe("in te vullen");
    expect(s.groepsaanbod).toBe("in te vullen");
    expect(s.ambulant).toBe("in te vullen");
    const c = controleerFormulier(blad({}), sets);
    expect(c.traject.tekst).toBe("Vul het traject in: herstel of duurzaam.");
    expect(c.groepsaanbod.tekst).toBe(
      "Vul groepsaanbod, ambulante hulp of allebei in (of een bekend bedrag); nu is geen van beide gekozen.",
    );
    // With one section chosen, the other switch still asks for ja or nee.
    expect(controleerFormulier(blad({ ambulant: "ja" }), sets).groepsaanbod.tekst).toBe(
      "Met groepsaanbod? Kies ja of nee.",
    );
  });

  test("Greetje: a known amount with its source, both sections off: their fields cannot be filled", () => {
    const greetje = blad({
      traject: "herstel",
      groepsaanbod: "nee",
      ambulant: "nee",
      "bekend.bedrag": 2750,
      "bekend.bron": "standaardinterventie CGT, gebruikelijk € 2.500 tot € 3.000",
    });
    const s = statussen(greetje);
    expect(s["bekend.bedrag"]).toBe("ingevuld");
    expect(s["bekend.bron"]).toBe("ingevuld");
    for (const v of ["groepsaanbod.dagenPerWeek", "groepsaanbod.weken", "ambulant.urenPerWeek", "ambulant.rekentarief"])
      expect(s[v as Formulierveld]).toBe("niet invulbaar");
    expect(controleerFormulier(greetje, sets)["ambulant.weken"].tekst).toBe("'Met ambulante hulp?' staat op nee.");
    // Without the source the amount cannot be traced: the source is to be filled in.
    const zonderBron = statussen({ ...greetje, "bekend.bron": "" });
    expect(zonderBron["bekend.bron"]).toBe("in te vullen");
    // A known amount while a section is on: which counts cannot be guessed.
    const beide = controleerFormulier({ ...MARK, "bekend.bedrag": 2750, "bekend.bron": "x" }, sets);
    expect(beide["bekend.bedrag"].status).toBe("onjuiste invoer");
    expect(beide["bekend.bedrag"].tekst).toMatch(/^Bekend bedrag: vul een bekend bedrag óf uren/);
  });

  test("Frival: a chosen level below the calculated one, with its reason, is a waarschuwing on that field", () => {
    const frival = blad({
      traject: "herstel",
      groepsaanbod: "nee",
      ambulant: "ja",
      "ambulant.urenPerWeek": "2,5",
      "ambulant.weken": 26,
      "ambulant.rekentarief": GGZ,
      "gekozen.nummer": 5,
      "gekozen.reden": "inschatting is een gemiddelde",
      "indicatie.soortHulp": "GGZ",
    });
    const c = controleerFormulier(frival, sets);
    expect(c["gekozen.nummer"]).toEqual({
      status: "waarschuwing",
      tekst:
        "Het gekozen standaardbudget 5 (€ 8.000,00) ligt onder het berekende totaal € 8.450,00; de aanbieder kan niet meer declareren dan het budget.",
    });
    expect(c["gekozen.reden"].status).toBe("ingevuld");
    // 65 hours GGZ: the guide says 5, the calculation 6: one level apart, no waarschuwing.
    expect(c["indicatie.soortHulp"].status).toBe("ingevuld");
    // Without the reason, the reason is to be filled in.
    const zonderReden = controleerFormulier({ ...frival, "gekozen.reden": "" }, sets);
    expect(zonderReden["gekozen.reden"].status).toBe("in te vullen");
    expect(zonderReden["gekozen.reden"].tekst).toMatch(/^Het gekozen standaardbudget 5 .* wijkt af van het berekende/);
  });

  test("a duurzaam case: the weeks are fixed at 52 and cannot be filled; 52 written in is fine too", () => {
    const duurzaam = blad({
      traject: "duurzaam",
      groepsaanbod: "nee",
      ambulant: "ja",
      "ambulant.urenPerWeek": 1,
      "ambulant.rekentarief": BEGELEIDING,
    });
    const c = controleerFormulier(duurzaam, sets);
    expect(c["ambulant.weken"]).toEqual({
      status: "niet invulbaar",
      tekst: "Een duurzaam traject rekent altijd met 52 weken (budget per jaar).",
    });
    expect(statussen({ ...duurzaam, "ambulant.weken": 52 })["ambulant.weken"]).toBe("niet invulbaar");
    expect(statussen(duurzaam)["ambulant.urenPerWeek"]).toBe("ingevuld");
  });

  test("broken input: letters, 105 weeks, zwaar in duurzaam, another number of weeks in duurzaam", () => {
    const letters = controleerFormulier({ ...MARK, "groepsaanbod.dagenPerWeek": "twee" }, sets);
    expect(letters["groepsaanbod.dagenPerWeek"]).toEqual({
      status: "onjuiste invoer",
      tekst:
        "Groepsaanbod: aanwezigheidsdagen per week: 'twee' is geen getal. Toegestaan: een getal van 0 t/m 7, bijvoorbeeld 2,5.",
    });
    // The other fields are still judged on their own.
    expect(letters["ambulant.urenPerWeek"].status).toBe("ingevuld");

    const lang = controleerFormulier({ ...MARK, "ambulant.weken": 105 }, sets);
    expect(lang["ambulant.weken"].status).toBe("onjuiste invoer");
    expect(lang["ambulant.weken"].tekst).toMatch(/hoogstens 104 weken/);

    const zwaar = controleerFormulier(
      {
        ...MARK,
        traject: "duurzaam",
        "groepsaanbod.weken": "",
        "ambulant.weken": "",
        "groepsaanbod.intensiteit": "zwaar",
      },
      sets,
    );
    expect(zwaar["groepsaanbod.intensiteit"].status).toBe("onjuiste invoer");
    expect(zwaar["groepsaanbod.intensiteit"].tekst).toMatch(/niet toegestaan in een duurzaam traject/);
    expect(zwaar["groepsaanbod.weken"].status).toBe("niet invulbaar");

    const weken = controleerFormulier({ ...MARK, traject: "duurzaam" }, sets);
    expect(weken["groepsaanbod.weken"].status).toBe("onjuiste invoer");
    expect(weken["groepsaanbod.weken"].tekst).toMatch(/rekent altijd met 52 weken/);
  });

  test("a section switched off with values still in it: allowed, but they do not count (waarschuwing)", () => {
    const c = controleerFormulier({ ...MARK, groepsaanbod: "nee" }, sets);
    expect(c["groepsaanbod.dagenPerWeek"].status).toBe("waarschuwing");
    expect(c["groepsaanbod.dagenPerWeek"].tekst).toMatch(/telt niet mee, want 'Met groepsaanbod\?' staat op nee/);
    expect(c["groepsaanbod.kdcOdc"].status).toBe("niet invulbaar");
    const onleesbaar = controleerFormulier({ ...MARK, groepsaanbod: "misschien" }, sets);
    expect(onleesbaar.groepsaanbod.status).toBe("onjuiste invoer");
  });

  test("a medical referral above level 5 is shown at the referrer; a level far from the guide at the kind of help", () => {
    const medisch = controleerFormulier({ ...MARK, verwijzer: "medisch", "ambulant.urenPerWeek": 6 }, sets);
    expect(medisch.verwijzer.status).toBe("onjuiste invoer");
    const ver = controleerFormulier(
      { ...MARK, groepsaanbod: "nee", "ambulant.urenPerWeek": 1, "indicatie.soortHulp": "J&O" },
      sets,
    );
    // 26 h at € 70 = € 1.820 -> 2; the J&O guide says 4.
    expect(ver["indicatie.soortHulp"].status).toBe("waarschuwing");
  });

  test("a tariff set that does not exist: the field is wrong, and nothing else is coloured as right", () => {
    const c = controleerFormulier({ ...MARK, tariefset: "Regio X" }, sets);
    expect(c.tariefset.status).toBe("onjuiste invoer");
    expect(c.tariefset.tekst).toMatch(/^Tariefset 'Regio X' bestaat niet/);
    expect(c.traject.status).toBe("waarschuwing");
  });

  test("every status is one of the five of the legend", () => {
    for (const f of [MARK, blad({}), { ...MARK, traject: "x", "ambulant.weken": -1 }])
      for (const s of Object.values(statussen(f))) expect(STATUSSEN).toContain(s);
  });
});
