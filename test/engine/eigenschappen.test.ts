import fc from "fast-check";
import { berekenBudget, heeftFout, MAX_BUDGET_CENT, type BudgetInvoer } from "../../src/engine";
import { testset } from "../helpers/tariefsets";

const set = testset();
const rekentarieven = set.rekentarieven.map((r) => r.naam);
const intensiteiten = ["licht", "middel", "middelzwaar"];
const decimaal = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => n / 100);

const geldigeInvoer: fc.Arbitrary<BudgetInvoer> = fc
  .record({
    traject: fc.constantFrom("herstel", "duurzaam"),
    groep: fc.option(
      fc.record({
        dagen: decimaal(7),
        uren: decimaal(24),
        weken: decimaal(104),
        intensiteit: fc.constantFrom(...intensiteiten),
      }),
      { nil: null },
    ),
    ambulant: fc.option(
      fc.record({ uren: decimaal(168), weken: decimaal(104), tarief: fc.constantFrom(...rekentarieven) }),
      { nil: null },
    ),
    komma: fc.boolean(),
  })
  .filter((r) => r.groep !== null || r.ambulant !== null)
  .map((r) => {
    const getal = (n: number) => (r.komma ? String(n).replace(".", ",") : n);
    const weken = (n: number) => (r.traject === "duurzaam" ? 52 : getal(n));
    return {
      traject: r.traject,
      groepsaanbod: r.groep && {
        dagenPerWeek: getal(r.groep.dagen),
        urenPerDag: getal(r.groep.uren),
        weken: weken(r.groep.weken),
        intensiteit: r.groep.intensiteit,
      },
      ambulant: r.ambulant && {
        urenPerWeek: getal(r.ambulant.uren),
        weken: weken(r.ambulant.weken),
        rekentarief: r.ambulant.tarief,
      },
    };
  });

const niveauRang = (r: ReturnType<typeof berekenBudget>) => (r.offerte ? Infinity : (r.standaardbudget?.nummer ?? NaN));

describe("invariants", () => {
  test("valid input: total = sum of parts, the level's amount >= total unless offerte, no fout below the iJw maximum", () => {
    fc.assert(
      fc.property(geldigeInvoer, (invoer) => {
        const r = berekenBudget(invoer, set);
        // Valid hours can still add up to more than one toewijzing carries: that alone is a fout, with its own code.
        const boven = r.totaalCent! > MAX_BUDGET_CENT;
        expect(r.meldingen.some((m) => m.code === "BOVEN_IJW_MAXIMUM")).toBe(boven);
        expect(heeftFout(r.meldingen.filter((m) => m.code !== "BOVEN_IJW_MAXIMUM"))).toBe(false);
        expect(r.totaalCent).toBe((r.groepsaanbod?.budgetCent ?? 0) + (r.ambulant?.budgetCent ?? 0));
        if (r.offerte) expect(r.totaalCent).toBeGreaterThan(set.niveaus[set.niveaus.length - 1].bedragCent);
        else {
          expect(r.standaardbudget!.bedragCent).toBeGreaterThanOrEqual(r.totaalCent!);
          const lager = set.niveaus.filter((n) => n.bedragCent < r.standaardbudget!.bedragCent);
          for (const n of lager) expect(n.bedragCent).toBeLessThan(r.totaalCent!);
        }
      }),
      { numRuns: 500 },
    );
  });

  test("more hours never give a lower level", () => {
    fc.assert(
      fc.property(geldigeInvoer, decimaal(20), (invoer, extra) => {
        const basis = berekenBudget(invoer, set);
        const meer = structuredClone(invoer);
        if (meer.ambulant) {
          const uren = Number(String(meer.ambulant.urenPerWeek).replace(",", "."));
          meer.ambulant.urenPerWeek = Math.min(168, Math.round((uren + extra) * 100) / 100);
        } else if (meer.groepsaanbod) {
          const uren = Number(String(meer.groepsaanbod.urenPerDag).replace(",", "."));
          meer.groepsaanbod.urenPerDag = Math.min(24, Math.round((uren + extra) * 100) / 100);
        }
        const r = berekenBudget(meer, set);
        expect(r.totaalCent!).toBeGreaterThanOrEqual(basis.totaalCent!);
        expect(niveauRang(r)).toBeGreaterThanOrEqual(niveauRang(basis));
      }),
      { numRuns: 300 },
    );
  });

  test("any input at all: never throws, never NaN, Infinity or a negative amount", () => {
    const waarde = fc.oneof(
      fc.double(),
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.integer(),
      fc.constantFrom("2,5", "-3", "1e9", "licht", "herstel", "duurzaam"),
    );
    fc.assert(
      fc.property(
        fc.record({
          traject: waarde,
          verwijzer: waarde,
          groepsaanbod: fc.option(
            fc.record({ dagenPerWeek: waarde, urenPerDag: waarde, weken: waarde, intensiteit: waarde, kdcOdc: waarde }),
            { nil: null },
          ),
          ambulant: fc.option(fc.record({ urenPerWeek: waarde, weken: waarde, rekentarief: waarde }), { nil: null }),
          gekozen: fc.option(fc.record({ nummer: waarde, reden: waarde }), { nil: null }),
        }),
        (invoer) => {
          const r = berekenBudget(invoer, set);
          const bedragen = [
            r.totaalCent,
            r.groepsaanbod?.budgetCent,
            r.ambulant?.budgetCent,
            r.standaardbudget?.bedragCent,
          ].filter((b) => b !== null && b !== undefined);
          for (const b of bedragen) {
            expect(Number.isSafeInteger(b)).toBe(true);
            expect(b).toBeGreaterThanOrEqual(0);
          }
          if (
            heeftFout(r.meldingen) &&
            r.meldingen.every((m) => m.code !== "MEDISCH_OVERLEG_TOEGANG" && !m.code.startsWith("GEKOZEN"))
          ) {
            expect(r.totaalCent).toBeNull();
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  test("every invalid input yields at least one fout and no total", () => {
    const bederf = fc.record({
      veld: fc.constantFrom(
        "traject",
        "dagen",
        "urenPerDag",
        "groepWeken",
        "intensiteit",
        "urenPerWeek",
        "ambWeken",
        "rekentarief",
        "verwijzer",
      ),
      waarde: fc.constantFrom(-1, "abc", "", null, 1e6, "2.500", "onbekend", true, NaN),
    });
    fc.assert(
      fc.property(geldigeInvoer, bederf, (invoer, { veld, waarde }) => {
        const kapot = structuredClone(invoer);
        const g = kapot.groepsaanbod;
        const a = kapot.ambulant;
        switch (veld) {
          case "traject":
            if (waarde === "herstel") return;
            kapot.traject = waarde === 1e6 ? "x" : waarde;
            break;
          case "verwijzer":
            if (waarde === "" || waarde === null) return;
            kapot.verwijzer = waarde;
            break;
          case "dagen":
            if (!g) return;
            g.dagenPerWeek = waarde;
            break;
          case "urenPerDag":
            if (!g) return;
            g.urenPerDag = waarde;
            break;
          case "groepWeken":
            if (!g || (kapot.traject === "duurzaam" && (waarde === "" || waarde === null))) return;
            g.weken = waarde;
            break;
          case "intensiteit":
            if (!g) return;
            g.intensiteit = waarde;
            break;
          case "urenPerWeek":
            if (!a) return;
            a.urenPerWeek = waarde;
            break;
          case "ambWeken":
            if (!a || (kapot.traject === "duurzaam" && (waarde === "" || waarde === null))) return;
            a.weken = waarde;
            break;
          case "rekentarief":
            if (!a) return;
            a.rekentarief = waarde;
            break;
        }
        const r = berekenBudget(kapot, set);
        expect(heeftFout(r.meldingen)).toBe(true);
        expect(r.totaalCent).toBeNull();
        expect(r.standaardbudget).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});
