import fc from "fast-check";
import { Declaratierun, type Berichtveld } from "../../../src/engine";
import { bron, FRIVAL, SET } from "./hulp";

type Velden = Partial<Record<Berichtveld, string>>;

const toewijzing = (nr: number, budget: number): Velden => ({
  ...FRIVAL,
  ToewijzingNummer: `T${nr}`,
  Budget: String(budget),
});

/** A generated prestatie: on one of three toewijzingen (T3 is never allocated), debit, or credit of an earlier one. */
const stap = fc.record({
  toewijzing: fc.integer({ min: 0, max: 3 }),
  aanbieder: fc.constantFrom("A", "B"),
  maand: fc.integer({ min: 1, max: 6 }),
  code: fc.constantFrom("50A01", "50A02", "50B01"),
  volume: fc.integer({ min: 0, max: 40 }),
  tarief: fc.constantFrom(13000, 12500, 125),
  afwijking: fc.constantFrom(0, 0, 0, 1),
  credit: fc.option(fc.nat(), { nil: undefined }),
});

type Stap = typeof stap extends fc.Arbitrary<infer T> ? T : never;

function draai(budgetten: number[], stappen: Stap[]) {
  const run = new Declaratierun(SET);
  budgetten.forEach((b, i) => run.voegToewijzing(bron(toewijzing(i, b))));
  const debets: Velden[] = [];
  let debet = 0;
  let credit = 0;
  stappen.forEach((s, i) => {
    const maand = String(s.maand).padStart(2, "0");
    let p: Velden = {
      "ProductReferentie/ReferentieNummer": `R${i}`,
      ToewijzingNummer: `T${s.toewijzing}`,
      Afzender: s.aanbieder,
      Ontvanger: "0193",
      ProductCategorie: "50",
      ProductCode: s.code,
      "ProductPeriode/Begindatum": `2023-${maand}-01`,
      "ProductPeriode/Einddatum": `2023-${maand}-28`,
      GeleverdVolume: String(s.volume),
      Eenheid: "04",
      ProductTarief: String(s.tarief),
      "IngediendBedrag/Bedrag": String(s.volume * s.tarief + s.afwijking),
      "IngediendBedrag/DebetCredit": "D",
    };
    if (s.credit !== undefined && debets.length > 0) {
      const d = debets[s.credit % debets.length];
      p = {
        ...d,
        "ProductReferentie/ReferentieNummer": `R${i}`,
        "ProductReferentie/VorigReferentieNummer": d["ProductReferentie/ReferentieNummer"],
        "IngediendBedrag/DebetCredit": "C",
      };
      credit += Number(p["IngediendBedrag/Bedrag"]);
    } else {
      debets.push(p);
      debet += Number(p["IngediendBedrag/Bedrag"]);
    }
    const u = run.verwerkPrestatie(bron(p));
    if (u.fouten.length > 0) throw new Error(u.fouten.join("; "));
  });
  return { run, debet, credit };
}

const budgetten = fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 3, maxLength: 3 });

test("the sum per provider is the sum over the toewijzingen plus what went to unknown ones, and is debit minus credit", () => {
  fc.assert(
    fc.property(budgetten, fc.array(stap, { maxLength: 60 }), (b, stappen) => {
      const { run, debet, credit } = draai(b, stappen);
      const c = run.totalen;
      const perAanbieder = [...c.perAanbieder.values()];
      const somAanbieders = perAanbieder.reduce((t, a) => t + a.gedeclareerdCent, 0);
      const somToewijzingen = [...run.register.alle()].reduce((t, x) => t + c.stand(x).gedeclareerdCent, 0);
      const onbekend = perAanbieder.reduce((t, a) => t + a.onbekendCent, 0);
      expect(somAanbieders).toBe(somToewijzingen + onbekend);
      expect(somAanbieders).toBe(debet - credit);
    }),
    { numRuns: 300 },
  );
});

test("what would be accepted on a toewijzing never exceeds its budget (9369 holds the ceiling), and is never negative", () => {
  fc.assert(
    fc.property(budgetten, fc.array(stap, { maxLength: 60 }), (b, stappen) => {
      const { run } = draai(b, stappen);
      for (const t of run.register.alle()) {
        const s = run.totalen.stand(t);
        expect(s.geaccepteerdCent).toBeLessThanOrEqual(t.budgetCent!);
        expect(s.geaccepteerdCent).toBeGreaterThanOrEqual(0);
      }
    }),
    { numRuns: 300 },
  );
});

test("a debit followed by its own credit changes no total: debit minus its credit is 0", () => {
  fc.assert(
    fc.property(budgetten, fc.array(stap, { maxLength: 30 }), stap, (b, stappen, laatste) => {
      const { run } = draai(
        b,
        stappen.map((s) => ({ ...s, credit: undefined })),
      );
      const voor = [...run.register.alle()].map((t) => ({ ...run.totalen.stand(t), bevindingen: undefined }));
      const maand = String(laatste.maand).padStart(2, "0");
      const d: Velden = {
        "ProductReferentie/ReferentieNummer": "LAATSTE",
        ToewijzingNummer: `T${laatste.toewijzing}`,
        Afzender: laatste.aanbieder,
        ProductCategorie: "50",
        ProductCode: laatste.code,
        "ProductPeriode/Begindatum": `2023-${maand}-01`,
        "ProductPeriode/Einddatum": `2023-${maand}-28`,
        GeleverdVolume: String(laatste.volume),
        Eenheid: "04",
        ProductTarief: String(laatste.tarief),
        "IngediendBedrag/Bedrag": String(laatste.volume * laatste.tarief),
        "IngediendBedrag/DebetCredit": "D",
      };
      run.verwerkPrestatie(bron(d));
      run.verwerkPrestatie(
        bron({
          ...d,
          "ProductReferentie/ReferentieNummer": "CREDIT",
          "ProductReferentie/VorigReferentieNummer": "LAATSTE",
          "IngediendBedrag/DebetCredit": "C",
        }),
      );
      const na = [...run.register.alle()].map((t) => run.totalen.stand(t));
      na.forEach((s, i) => {
        expect(s.gedeclareerdCent).toBe(voor[i].gedeclareerdCent);
        expect(s.geaccepteerdCent).toBe(voor[i].geaccepteerdCent);
      });
    }),
    { numRuns: 300 },
  );
});
