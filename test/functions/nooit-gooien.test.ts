import fc from "fast-check";
import * as JH from "../../src/functions/functions";
import { zetTabelLezer } from "../../src/functions/tariefbron";

/** Any value Excel (or a broken caller) could pass in a cell, including objects without a prototype and lists. */
const cel = fc.oneof(
  fc.anything({ withNullPrototype: true, withBigInt: true, withBoxedValues: true, maxDepth: 2 }),
  fc.constantFrom(
    Infinity,
    NaN,
    1e308,
    "1".repeat(400),
    "herstel",
    "duurzaam",
    "licht",
    "zwaar",
    "ja",
    2,
    26,
    "",
    "GGZ",
    "traject",
    "ambulant.weken",
    "melding",
  ),
);
const matrix = fc.oneof(
  cel.map((c) => [[c]]),
  fc.array(fc.array(cel, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
  cel,
);

type Functie = (...args: unknown[]) => Promise<unknown[][]>;
const FUNCTIES: [string, Functie, number][] = [
  ["STANDAARDBUDGET", JH.standaardbudget as Functie, 3],
  ["STANDAARDBUDGETNUMMER", JH.standaardbudgetnummer as Functie, 3],
  ["GROEPSTARIEF", JH.groepstarief as Functie, 2],
  ["REKENTARIEF", JH.rekentarief as Functie, 2],
  ["BUDGETGROEP", JH.budgetgroep as Functie, 7],
  ["BUDGETAMBULANT", JH.budgetambulant as Functie, 5],
  ["BUDGET", JH.budget as Functie, 15],
  ["UREN", JH.uren as Functie, 4],
  ["INDICATIE", JH.indicatie as Functie, 3],
  ["CONTROLE", JH.controle as Functie, 4],
];

const goedeCel = (w: unknown) =>
  (typeof w === "number" && Number.isFinite(w)) ||
  typeof w === "string" ||
  (typeof w === "object" && w !== null && "code" in w && "message" in w);

beforeAll(() => zetTabelLezer(null));

describe("every JH function answers any input with a value or an error per cell, never a throw, NaN or Infinity", () => {
  test.each(FUNCTIES)("JH.%s", async (_naam, f, aantal) => {
    await fc.assert(
      fc.asyncProperty(fc.array(matrix, { minLength: aantal, maxLength: aantal }), async (args) => {
        const uit = await f(...args);
        expect(Array.isArray(uit) && uit.length > 0).toBe(true);
        for (const rij of uit) for (const w of rij) expect([w, goedeCel(w)]).toEqual([w, true]);
      }),
      { numRuns: 300 },
    );
  });

  test("one bad cell in a range spoils only its own cell", async () => {
    const uit = await JH.standaardbudget([[2750], [Object.create(null)], ["1".repeat(400)], [7687.68]]);
    expect(uit[0][0]).toBe(3000);
    expect(uit[3][0]).toBe(8000);
    expect(uit[1][0]).toMatchObject({ code: "#VALUE!" });
    expect(uit[2][0]).toMatchObject({ code: "#VALUE!" });
  });
});
