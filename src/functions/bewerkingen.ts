import {
  berekenBudget,
  centenNaarEuro,
  declaratiebedrag,
  productTarief,
  doetMee,
  isLeeg,
  kiesTariefset,
  standaardbudgetVoorBedrag,
  tabelOngeldigTekst,
  zoekIntensiteit,
  zoekRekentarief,
  type BudgetInvoer,
  type Melding,
  type Tariefset,
  type Tariefsets,
} from "../engine";
import { excelFout, foutUitMeldingen } from "./excel-fout";
import { perCel, type Matrix } from "./matrix";

/** One worksheet function's work: raw arguments in, a result matrix (values or Excel errors) out. */
export type Bewerking = (args: readonly unknown[], sets: Tariefsets) => Matrix;

const buitenVorm = () =>
  excelFout(
    "notAvailable",
    "De bereiken in de argumenten hebben verschillende afmetingen; deze cel valt buiten een ervan.",
  );
const kapot = (fout: unknown) =>
  excelFout("invalidValue", `Interne fout in deze cel: ${fout instanceof Error ? fout.message : "onbekende fout"}`);

/** Runs f per cell with the chosen tariff set; the set's name is the cell argument at `setIndex`. */
function metSet(
  args: readonly unknown[],
  setIndex: number,
  sets: Tariefsets,
  f: (cellen: unknown[], set: Tariefset) => unknown,
): Matrix {
  return perCel(
    args,
    (cellen) => {
      const keuze = kiesTariefset(sets, cellen[setIndex]);
      return keuze.ok ? f(cellen, keuze.set) : excelFout("invalidValue", keuze.tekst);
    },
    buitenVorm,
    kapot,
  );
}

function uitMeldingenOf<T>(meldingen: Melding[], waarde: T | null): T | CustomFunctions.Error {
  return meldingen.some((m) => m.niveau === "fout") || waarde === null ? foutUitMeldingen(meldingen) : waarde;
}

const standaardbudget =
  (veld: "bedrag" | "nummer"): Bewerking =>
  (args, sets) =>
    metSet(args, 2, sets, ([bedrag, verwijzer], set) => {
      const r = standaardbudgetVoorBedrag(bedrag, verwijzer, set);
      if (r.offerte && !r.meldingen.some((m) => m.niveau === "fout")) return foutUitMeldingen(r.meldingen, false);
      const niveau = r.niveau && (veld === "bedrag" ? centenNaarEuro(r.niveau.bedragCent) : r.niveau.nummer);
      return uitMeldingenOf(r.meldingen, niveau);
    });

const tarief =
  (zoek: typeof zoekIntensiteit | typeof zoekRekentarief): Bewerking =>
  (args, sets) =>
    metSet(args, 1, sets, ([naam], set) => {
      const meldingen: Melding[] = [];
      const gevonden = zoek(naam, set, meldingen);
      return uitMeldingenOf(meldingen, gevonden?.uurtariefCent == null ? null : centenNaarEuro(gevonden.uurtariefCent));
    });

function budgetCel(invoer: BudgetInvoer, set: Tariefset, deel: "groepsaanbod" | "ambulant" | "totaal"): unknown {
  const r = berekenBudget(invoer, set);
  const cent = deel === "totaal" ? r.totaalCent : (r[deel]?.budgetCent ?? null);
  // The total stays a number under a rule fout about the level (medical referral): that is STANDAARDBUDGET's call.
  return cent === null ? foutUitMeldingen(r.meldingen) : centenNaarEuro(cent);
}

// The argument positions of each function, as in functions.ts (optional ones appended, so old formulas keep working).
export const BEWERKINGEN: Record<string, Bewerking> = {
  STANDAARDBUDGET: standaardbudget("bedrag"),
  STANDAARDBUDGETNUMMER: standaardbudget("nummer"),
  GROEPSTARIEF: tarief(zoekIntensiteit),
  REKENTARIEF: tarief(zoekRekentarief),
  BUDGETGROEP: (args, sets) =>
    metSet(args, 5, sets, ([dagen, uren, weken, intensiteit, traject, , kdcOdc], set) =>
      budgetCel(
        {
          traject: isLeeg(traject) ? "herstel" : traject,
          groepsaanbod: { dagenPerWeek: dagen, urenPerDag: uren, weken, intensiteit, kdcOdc },
        },
        set,
        "groepsaanbod",
      ),
    ),
  BUDGETAMBULANT: (args, sets) =>
    metSet(args, 4, sets, ([uren, weken, rekentarief, traject], set) =>
      budgetCel(
        { traject: isLeeg(traject) ? "herstel" : traject, ambulant: { urenPerWeek: uren, weken, rekentarief } },
        set,
        "ambulant",
      ),
    ),
  BUDGET: (args, sets) =>
    metSet(
      args,
      9,
      sets,
      ([traject, gDagen, gUren, gWeken, intensiteit, aUren, aWeken, rekentarief, verwijzer, , kdcOdc], set) =>
        budgetCel(
          {
            traject,
            verwijzer,
            // A KDC/ODC flag alone does not switch the group offer on: it only qualifies one that is there.
            groepsaanbod: doetMee([gDagen, gUren, gWeken, intensiteit])
              ? { dagenPerWeek: gDagen, urenPerDag: gUren, weken: gWeken, intensiteit, kdcOdc }
              : null,
            ambulant: doetMee([aUren, aWeken, rekentarief]) ? { urenPerWeek: aUren, weken: aWeken, rekentarief } : null,
          },
          set,
          "totaal",
        ),
    ),
  // Products and declarations (issue 17).
  PRODUCTTARIEF: (args, sets) =>
    metSet(args, 1, sets, ([code], set) => {
      const r = productTarief(code, set);
      return r.ok ? centenNaarEuro(r.tariefCent) : foutUitMeldingen([r.melding]);
    }),
  DECLARATIEBEDRAG: (args, sets) =>
    metSet(args, 2, sets, ([volume, code], set) => {
      const r = declaratiebedrag(volume, code, set);
      return r.ok ? centenNaarEuro(r.bedragCent) : foutUitMeldingen(r.meldingen);
    }),
  TARIEFSETS: (_args, sets) => {
    if (sets.fouten) return [[excelFout("invalidValue", tabelOngeldigTekst(sets.fouten))]];
    const datum = (iso: string) => iso.split("-").reverse().join("-");
    return sets.keuzes.map((k) => [
      k.set.naam,
      datum(k.set.geldigVanaf),
      datum(k.set.geldigTot),
      k === sets.standaard ? "standaard" : "",
    ]);
  },
};
