import {
  berekenBudget,
  centenNaarEuro,
  isLeeg,
  standaardbudgetVoorBedrag,
  zoekIntensiteit,
  zoekRekentarief,
  type BudgetInvoer,
  type Melding,
  type Tariefset,
} from "../engine";
import { excelFout, foutUitMeldingen } from "./excel-fout";
import { perCel, type Matrix } from "./matrix";
import { kiesTariefset, type TariefContext } from "./tariefbron";

/** One worksheet function's work: raw arguments in, a result matrix (values or Excel errors) out. */
export type Bewerking = (args: readonly unknown[], ctx: TariefContext) => Matrix;

const buitenVorm = () => excelFout("notAvailable", "De bereiken in de argumenten hebben verschillende afmetingen; deze cel valt buiten een ervan.");

/** Runs f per cell with the chosen tariff set; the set's name is the cell argument at `setIndex`. */
function metSet(args: readonly unknown[], setIndex: number, ctx: TariefContext, f: (cellen: unknown[], set: Tariefset) => unknown): Matrix {
  return perCel(
    args,
    (cellen) => {
      const set = kiesTariefset(ctx, cellen[setIndex]);
      return typeof set === "string" ? excelFout("invalidValue", set) : f(cellen, set);
    },
    buitenVorm,
  );
}

function uitMeldingenOf<T>(meldingen: Melding[], waarde: T | null): T | CustomFunctions.Error {
  return meldingen.some((m) => m.niveau === "fout") || waarde === null ? foutUitMeldingen(meldingen) : waarde;
}

const standaardbudget = (veld: "bedrag" | "nummer"): Bewerking => (args, ctx) =>
  metSet(args, 2, ctx, ([bedrag, verwijzer], set) => {
    const r = standaardbudgetVoorBedrag(bedrag, verwijzer, set);
    if (r.offerte && !r.meldingen.some((m) => m.niveau === "fout")) return foutUitMeldingen(r.meldingen, false);
    const niveau = r.niveau && (veld === "bedrag" ? centenNaarEuro(r.niveau.bedragCent) : r.niveau.nummer);
    return uitMeldingenOf(r.meldingen, niveau);
  });

const tarief = (zoek: typeof zoekIntensiteit | typeof zoekRekentarief): Bewerking => (args, ctx) =>
  metSet(args, 1, ctx, ([naam], set) => {
    const meldingen: Melding[] = [];
    const gevonden = zoek(naam, set, meldingen);
    return uitMeldingenOf(meldingen, gevonden?.uurtariefCent == null ? null : centenNaarEuro(gevonden.uurtariefCent));
  });

/** A section is off when every one of its arguments is empty (as in the workbook: nothing filled in). */
const allesLeeg = (...cellen: unknown[]) => cellen.every(isLeeg);

function budgetCel(invoer: BudgetInvoer, set: Tariefset, deel: "groepsaanbod" | "ambulant" | "totaal"): unknown {
  const r = berekenBudget(invoer, set);
  const cent = deel === "totaal" ? r.totaalCent : (r[deel]?.budgetCent ?? null);
  // The total stays a number under a rule fout about the level (medical referral): that is STANDAARDBUDGET's call.
  return cent === null ? foutUitMeldingen(r.meldingen) : centenNaarEuro(cent);
}

export const BEWERKINGEN: Record<string, Bewerking> = {
  STANDAARDBUDGET: standaardbudget("bedrag"),
  STANDAARDBUDGETNUMMER: standaardbudget("nummer"),
  GROEPSTARIEF: tarief(zoekIntensiteit),
  REKENTARIEF: tarief(zoekRekentarief),
  BUDGETGROEP: (args, ctx) =>
    metSet(args, 5, ctx, ([dagen, uren, weken, intensiteit, traject], set) =>
      budgetCel({ traject: isLeeg(traject) ? "herstel" : traject, groepsaanbod: { dagenPerWeek: dagen, urenPerDag: uren, weken, intensiteit } }, set, "groepsaanbod"),
    ),
  BUDGETAMBULANT: (args, ctx) =>
    metSet(args, 4, ctx, ([uren, weken, rekentarief, traject], set) =>
      budgetCel({ traject: isLeeg(traject) ? "herstel" : traject, ambulant: { urenPerWeek: uren, weken, rekentarief } }, set, "ambulant"),
    ),
  BUDGET: (args, ctx) =>
    metSet(args, 9, ctx, ([traject, gDagen, gUren, gWeken, intensiteit, aUren, aWeken, rekentarief, verwijzer], set) =>
      budgetCel(
        {
          traject,
          verwijzer,
          groepsaanbod: allesLeeg(gDagen, gUren, gWeken, intensiteit) ? null : { dagenPerWeek: gDagen, urenPerDag: gUren, weken: gWeken, intensiteit },
          ambulant: allesLeeg(aUren, aWeken, rekentarief) ? null : { urenPerWeek: aUren, weken: aWeken, rekentarief },
        },
        set,
        "totaal",
      ),
    ),
  TARIEFSETS: (_args, ctx) => {
    if (ctx.fouten) return [[excelFout("invalidValue", ctx.fouten.join(" "))]];
    const datum = (iso: string) => iso.split("-").reverse().join("-");
    return ctx.sets.map((s) => [s.naam, datum(s.geldigVanaf), datum(s.geldigTot), s === ctx.standaard ? "standaard" : ""]);
  },
};
