import fc from "fast-check";
import {
  bepaalTariefsets,
  berekenBudget,
  Bulkrun,
  controleerFormulier,
  FORMULIERVELDEN,
  indiceer,
  STATUSSEN,
  laadTariefsets,
  legUit,
  maakKolomkaart,
  maakToewijzing,
  somDeclaraties,
  standaardbudgetVoorBedrag,
  STANDAARD_TARIEFSET,
  tabelNaarTariefsets,
} from "../../src/engine";
import { berekenRij } from "../../src/engine/bulk/rij";
import { KOPPEN } from "../../bench/genereer";

/** Any JavaScript value a cell, a caller or a file could hand over, with the awkward ones weighted in. */
const waarde = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.anything({
      withNullPrototype: true,
      withBigInt: true,
      withBoxedValues: true,
      withObjectString: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withDate: true,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      Infinity,
      -Infinity,
      NaN,
      1e308,
      -1e308,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      -0,
      1.8e306,
      2 ** 53,
      99999999.995,
    ),
  },
  { weight: 2, arbitrary: fc.stringMatching(/^[0-9]{1,400}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{1,3}([.,][0-9]{1,400})?$/) },
  { weight: 1, arbitrary: fc.double() },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "herstel",
      "duurzaam",
      "licht",
      "zwaar",
      "medisch",
      "Overwegend begeleiding en lichte hulp",
      "",
      "ja",
      "nee",
    ),
  },
);

const eindig = (x: unknown) => x === null || (typeof x === "number" && Number.isFinite(x));

describe("the engine never throws, and never answers NaN or Infinity", () => {
  test("berekenBudget, for any input object", () => {
    fc.assert(
      fc.property(
        fc.record({
          traject: waarde,
          verwijzer: waarde,
          groepsaanbod: fc.oneof(
            waarde,
            fc.record({ dagenPerWeek: waarde, urenPerDag: waarde, weken: waarde, intensiteit: waarde, kdcOdc: waarde }),
          ),
          ambulant: fc.oneof(waarde, fc.record({ urenPerWeek: waarde, weken: waarde, rekentarief: waarde })),
          gekozen: fc.oneof(waarde, fc.record({ nummer: waarde, reden: waarde })),
          bekend: fc.oneof(waarde, fc.record({ bedrag: waarde, bron: waarde })),
          soortHulp: fc.oneof(waarde, fc.constantFrom("GGZ", "J&O", "(L)VB", "GGZ zware diagnostiek")),
        }),
        (invoer) => {
          const r = berekenBudget(invoer as never);
          expect(eindig(r.totaalCent)).toBe(true);
          if (r.totaalCent === null) expect(r.meldingen.some((m) => m.niveau === "fout")).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  test("the status of every field of a form, and the guide's indication: one of the five statuses, no BSN", () => {
    const sets = bepaalTariefsets({});
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...FORMULIERVELDEN), waarde),
        waarde,
        waarde,
        (formulier, soort, uren) => {
          const c = controleerFormulier(formulier, sets);
          for (const v of FORMULIERVELDEN) {
            expect(STATUSSEN).toContain(c[v].status);
            expect(typeof c[v].tekst).toBe("string");
            // A whole number of 7 to 10 digits (a possible BSN) is never quoted back.
            for (const w of Object.values(formulier))
              if (typeof w === "string" && /^\d{7,10}$/.test(w)) expect(c[v].tekst).not.toContain(w);
          }
          const i = indiceer(soort, uren, STANDAARD_TARIEFSET, []);
          expect(i === null || STANDAARD_TARIEFSET.niveaus.includes(i.niveau)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("standaardbudgetVoorBedrag", () => {
    fc.assert(
      fc.property(waarde, waarde, (bedrag, verwijzer) => {
        const r = standaardbudgetVoorBedrag(bedrag, verwijzer, STANDAARD_TARIEFSET);
        expect(r.niveau === null || Number.isFinite(r.niveau.bedragCent)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  test("a bulk row", () => {
    const kaart = maakKolomkaart(KOPPEN);
    fc.assert(
      fc.property(fc.array(waarde, { minLength: 0, maxLength: KOPPEN.length + 2 }), (rij) => {
        const r = berekenRij(rij, kaart, STANDAARD_TARIEFSET);
        for (const x of [
          r.groepCent,
          r.ambulantCent,
          r.totaalCent,
          r.niveauCent,
          r.toegewezenCent,
          r.gedeclareerdCent,
          r.uitputting,
        ])
          expect(eindig(x)).toBe(true);
        const run = new Bulkrun(kaart, STANDAARD_TARIEFSET);
        run.verwerk(rij);
        const s = run.sluitAf();
        for (const x of [s.totaalBudgetCent, s.toegewezenCent, s.gedeclareerdCent])
          expect(Number.isFinite(x)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("values that used to throw or overflow (found by fuzzing one million inputs)", () => {
  const kaart = maakKolomkaart(["Traject", "Ambulant uren per week", "Ambulant weken", "Rekentarief", "Gedeclareerd"]);
  test("a Gedeclareerd cell of 309 digits is a fout on that row, not Infinity in Uitputting", () => {
    const r = berekenRij(
      ["herstel", 3, 26, "Overwegend begeleiding en lichte hulp", "1" + "0".repeat(308)],
      kaart,
      STANDAARD_TARIEFSET,
    );
    expect(r.status).toBe("fout");
    expect(r.uitputting).toBeNull();
    expect(r.gedeclareerdCent).toBeNull();
    expect(r.melding).toContain("is geen bedrag van 0 t/m 1.000.000.000.000 euro");
  });

  test("an amount from 1.8e306 up gives the offerte and the iJw-maximum fout, not a stack overflow", () => {
    for (const bedrag of [1.8e306, 1e12, "1" + "0".repeat(400)]) {
      const r = standaardbudgetVoorBedrag(bedrag, "medisch", STANDAARD_TARIEFSET);
      expect(r.niveau).toBeNull();
      expect(r.meldingen.some((m) => m.niveau === "fout")).toBe(true);
    }
    const r = standaardbudgetVoorBedrag(1e12, "toegang", STANDAARD_TARIEFSET);
    expect(r.offerte).toBe(true);
    expect(r.meldingen.map((m) => m.code)).toEqual(["OFFERTE_NODIG", "BOVEN_IJW_MAXIMUM"]);
  });

  test("an object without a prototype is named, not converted", () => {
    const r = berekenBudget({
      traject: Object.create(null),
      ambulant: { urenPerWeek: 3, weken: 26, rekentarief: Object.create(null) },
    });
    expect(r.meldingen.map((m) => m.tekst)).toEqual([
      "Traject (geen tekst of getal) bestaat niet. Toegestaan: herstel of duurzaam.",
      "Ambulante hulp: rekentarief (geen tekst of getal) staat niet in tariefset 'IJsselland 2023'. Toegestaan: Overwegend begeleiding en lichte hulp, Grote ggz instellingen / academisch.",
    ]);
  });

  test("a possible BSN as a number in a rule's message is never shown either (too large, negative, weeks)", () => {
    const r = berekenBudget({
      traject: "herstel",
      ambulant: { urenPerWeek: 123456782, weken: "-123456782", rekentarief: "Overwegend begeleiding en lichte hulp" },
      groepsaanbod: { dagenPerWeek: 1, urenPerDag: 1, weken: 123456782, intensiteit: "licht" },
    });
    const tekst = r.meldingen.map((m) => m.tekst).join(" ");
    expect(tekst).not.toMatch(/123[.]?456[.]?782/);
    expect(tekst).toContain("cliëntgebonden uren per week is (een getal van 9 cijfers, niet getoond)");
    expect(tekst).toContain(
      "duur in weken is (een getal van 9 cijfers, niet getoond); een hersteltraject duurt hoogstens 104 weken",
    );
  });

  test("weeks that cannot be read are told what the traject allows, not 9.007.199.254.740.991", () => {
    const r = berekenBudget({
      traject: "herstel",
      ambulant: { urenPerWeek: 3, weken: "abc", rekentarief: "Overwegend begeleiding en lichte hulp" },
    });
    expect(r.meldingen.map((m) => m.tekst)).toEqual([
      "Ambulante hulp: duur in weken: 'abc' is geen getal. Toegestaan: een getal van 0 t/m 104, bijvoorbeeld 2,5.",
    ]);
  });

  test("a possible BSN typed into another column is never quoted", () => {
    const r = berekenBudget({
      traject: "123456782",
      ambulant: { urenPerWeek: "123456782", weken: 26, rekentarief: 123456782 },
    });
    const tekst = r.meldingen.map((m) => m.tekst).join(" ");
    expect(tekst).not.toMatch(/123456782/);
    expect(tekst).toContain("Traject (een nummer van 9 cijfers, niet getoond) bestaat niet.");
  });
});

describe("the other public entry points never throw either", () => {
  const lijst = fc.array(waarde, { maxLength: 12 });
  test("loading a tariff set (JSON) or a Tarieven table, summing declarations", () => {
    fc.assert(
      fc.property(waarde, lijst, fc.array(lijst, { maxLength: 6 }), (data, kop, rijen) => {
        const geladen = laadTariefsets(data);
        expect(typeof geladen.ok).toBe("boolean");
        expect(typeof tabelNaarTariefsets(kop, rijen).ok).toBe("boolean");
        const d = somDeclaraties(kop, rijen);
        if (d.ok) for (const cent of d.declaraties.centPerToewijzing.values()) expect(Number.isFinite(cent)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  test("the allocation proposal and the explanation of any result", () => {
    fc.assert(
      fc.property(waarde, waarde, waarde, waarde, waarde, (uren, weken, begin, offerte, code) => {
        const r = berekenBudget({
          traject: "herstel",
          ambulant: { urenPerWeek: uren, weken, rekentarief: "Overwegend begeleiding en lichte hulp" },
        });
        const v = maakToewijzing(r, {
          begindatum: begin as string,
          offertebedrag: offerte,
          verblijf: { productcode: code, begindatum: begin, einddatum: begin },
        });
        if (v.ambulant) expect(Number.isInteger(v.ambulant.budgetCent)).toBe(true);
        expect(legUit(r, STANDAARD_TARIEFSET).regels.length).toBeGreaterThan(3);
      }),
      { numRuns: 2000 },
    );
  });
});
