import fc from "fast-check";
import { berekenBudget, isLeeg, leesGetal, STANDAARD_TARIEFSET } from "../../src/engine";
import { naamSleutel, Naamtabel, Tekstslots } from "../../src/engine/getal";

describe("reading numbers like a Dutch user writes them", () => {
  test.each([
    [2.5, 2.5],
    ["2,5", 2.5],
    ["2.5", 2.5],
    [" 26 ", 26],
    ["-1", -1],
    [",5", 0.5],
    ["1.234,56", 1234.56],
    ["1,234.56", 1234.56],
    ["1.234.567", 1234567],
    ["EUR 8.000,00", 8000],
    ["€ 2750", 2750],
    ["0.125", 0.125],
    ["12.5000", 12.5],
  ])("%p -> %p", (invoer, verwacht) => {
    expect(leesGetal(invoer)).toEqual({ ok: true, waarde: verwacht });
  });
  test.each([["2.500"], ["1,500"], ["8.000"]])("%p is ambiguous (thousands or decimal?) and refused", (invoer) => {
    expect(leesGetal(invoer)).toEqual({ ok: false, reden: "dubbelzinnig" });
  });
  test.each([[""], ["  "], [null], [undefined]])("%p is empty", (invoer) => {
    expect(leesGetal(invoer)).toEqual({ ok: false, reden: "leeg" });
  });
  test.each([["abc"], ["2,5,5"], ["1e3"], [NaN], [Infinity], [true], [{}], ["12,34.5"], ["EUR"]])(
    "%p is not a number",
    (invoer) => {
      expect(leesGetal(invoer)).toEqual({ ok: false, reden: "geen-getal" });
    },
  );
});

describe("names as typed", () => {
  test("a name that is also a JavaScript object property is not a traject, verwijzer or tarief", () => {
    for (const naam of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      const r = berekenBudget(
        { traject: naam, verwijzer: naam, ambulant: { urenPerWeek: 1, weken: 1, rekentarief: naam } },
        STANDAARD_TARIEFSET,
      );
      expect(r.totaalCent).toBeNull();
      expect(r.meldingen.map((m) => m.code)).toEqual([
        "TRAJECT_ONBEKEND",
        "VERWIJZER_ONBEKEND",
        "REKENTARIEF_ONBEKEND",
      ]);
    }
  });
  test("the memo of typed texts gives the same answer the second time and for other spellings", () => {
    const set = STANDAARD_TARIEFSET;
    expect(set.zoekIntensiteit("licht")?.naam).toBe("licht");
    expect(set.zoekIntensiteit("  LICHT ")?.naam).toBe("licht");
    expect(set.zoekIntensiteit("  LICHT ")?.naam).toBe("licht");
    expect(set.zoekIntensiteit("lich")).toBeUndefined();
    expect(set.zoekIntensiteit("lich")).toBeUndefined();
  });
  test("property: isLeeg is exactly 'missing or only white space'", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(" ", "\t", "\u00a0", "\u2003x", " a ", "")), (tekst) => {
        expect(isLeeg(tekst)).toBe(tekst.trim() === "");
      }),
    );
  });
});

describe("Tekstslots and Naamtabel: a remembered text answers only for itself", () => {
  // Few characters, so many texts share a slot (same length, first, middle and last character).
  const tekst = fc.stringMatching(/^[ abAB]{0,6}$/);
  test("property: the slots give what the lookup gives, for every text in every order", () => {
    fc.assert(
      fc.property(fc.array(tekst, { maxLength: 200 }), (teksten) => {
        const slots = new Tekstslots<string>();
        for (const t of teksten) expect(slots.haal(t, (x) => `waarde van ${x}`)).toBe(`waarde van ${t}`);
      }),
    );
  });
  test("property: a name table with slots finds what its keys say, case- and space-insensitive", () => {
    const tabel = new Naamtabel<number>([
      ["a b", 1],
      ["ab", 2],
      ["B", 3],
      ["ba", 4],
    ]);
    const verwacht = new Map([
      ["a b", 1],
      ["ab", 2],
      ["b", 3],
      ["ba", 4],
    ]);
    fc.assert(
      fc.property(fc.array(tekst, { maxLength: 200 }), (teksten) => {
        for (const t of teksten) expect(tabel.zoek(t)).toBe(verwacht.get(naamSleutel(t)));
      }),
    );
  });
  test("two texts in one slot take turns and keep their own value", () => {
    const slots = new Tekstslots<number>();
    let gezocht = 0;
    const zoek = (x: string) => (gezocht++, x === "Axyb" ? 1 : 2);
    // Same length, first, middle and last character: the same slot.
    expect([
      slots.haal("Axyb", zoek),
      slots.haal("Azyb", zoek),
      slots.haal("Axyb", zoek),
      slots.haal("Axyb", zoek),
    ]).toEqual([1, 2, 1, 1]);
    expect(gezocht).toBe(3);
  });
});
