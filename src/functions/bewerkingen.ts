import {
  alsTekst,
  berekenBudget,
  centenNaarEuro,
  controleerFormulier,
  declaratiebedrag,
  productTarief,
  doetMee,
  FORMULIERVELDEN,
  indiceer,
  isFormulierveld,
  isLeeg,
  kiesTariefset,
  leesJaNee,
  leesTraject,
  naamSleutel,
  urenOverDuur,
  standaardbudgetVoorBedrag,
  tabelOngeldigTekst,
  zoekIntensiteit,
  zoekRekentarief,
  type BudgetInvoer,
  type Formulier,
  type Melding,
  type Tariefset,
  type Tariefsets,
} from "../engine";
import { excelFout, foutUitMeldingen } from "./excel-fout";
import { alsMatrix, perCel, type Matrix } from "./matrix";
import { MODEL_BEWERKINGEN } from "./bewerkingen-modellen";

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

/**
 * A section switch argument: "nee" switches it off, "ja" on (its empty arguments then are missing inputs), empty
 * leaves it to the arguments (on as soon as one is filled). Unreadable: the engine's fout for the field.
 */
function sectieAan(schakelaar: unknown, args: unknown[], veld: "groepsaanbod" | "ambulant", meldingen: Melding[]) {
  if (isLeeg(schakelaar)) return doetMee(args);
  return leesJaNee(schakelaar, veld, meldingen) ?? doetMee(args);
}

function budgetTotaal(cellen: unknown[], set: Tariefset): unknown {
  const [traject, gDagen, gUren, gWeken, intensiteit, aUren, aWeken, rekentarief, verwijzer, , kdcOdc] = cellen;
  const [metGroep, metAmbulant, bekendBedrag, bekendBron] = cellen.slice(11);
  const schakelfouten: Melding[] = [];
  const groep = sectieAan(metGroep, [gDagen, gUren, gWeken, intensiteit], "groepsaanbod", schakelfouten);
  const ambulant = sectieAan(metAmbulant, [aUren, aWeken, rekentarief], "ambulant", schakelfouten);
  if (schakelfouten.length > 0) return foutUitMeldingen(schakelfouten);
  return budgetCel(
    {
      traject,
      verwijzer,
      // A KDC/ODC flag alone does not switch the group offer on: it only qualifies one that is there.
      groepsaanbod: groep ? { dagenPerWeek: gDagen, urenPerDag: gUren, weken: gWeken, intensiteit, kdcOdc } : null,
      ambulant: ambulant ? { urenPerWeek: aUren, weken: aWeken, rekentarief } : null,
      bekend: doetMee([bekendBedrag, bekendBron]) ? { bedrag: bekendBedrag, bron: bekendBron } : null,
    },
    set,
    "totaal",
  );
}

/** The form of JH.CONTROLE: field keys and values side by side, cell by cell. */
function formulierUit(velden: unknown, waarden: unknown): Formulier | string {
  const v = alsMatrix(velden);
  const w = alsMatrix(waarden);
  if (v.length !== w.length || v.some((rij, i) => rij.length !== w[i].length))
    return "De bereiken velden en waarden moeten even groot zijn: per veld de waarde ernaast.";
  const formulier: Formulier = {};
  v.forEach((rij, i) =>
    rij.forEach((sleutel, k) => {
      const naam = alsTekst(sleutel).trim();
      if (isFormulierveld(naam)) formulier[naam] = w[i][k];
    }),
  );
  return formulier;
}

function controle(args: readonly unknown[], sets: Tariefsets): Matrix {
  const formulier = formulierUit(args[1], args[2]);
  if (typeof formulier === "string") return [[excelFout("invalidValue", formulier)]];
  const uitkomst = controleerFormulier(formulier, sets);
  return perCel(
    [args[0], args[3]],
    ([veld, uitvoer]) => {
      const naam = alsTekst(veld).trim();
      if (!isFormulierveld(naam))
        return excelFout(
          "invalidValue",
          `Veld ${naam === "" ? "(leeg)" : `'${naam.slice(0, 40)}'`} bestaat niet. Toegestaan: ${FORMULIERVELDEN.join(", ")}.`,
        );
      const soort = naamSleutel(alsTekst(uitvoer));
      if (soort !== "" && soort !== "status" && soort !== "melding")
        return excelFout("invalidValue", "Uitvoer: kies status of melding (leeg = status).");
      return soort === "melding" ? uitkomst[naam].tekst : uitkomst[naam].status;
    },
    buitenVorm,
    kapot,
  );
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
  BUDGET: (args, sets) => metSet(args, 9, sets, budgetTotaal),
  UREN: (args, sets) =>
    metSet(args, 3, sets, ([urenPerWeek, weken, traject], set) => {
      const meldingen: Melding[] = [];
      const t = isLeeg(traject) ? "herstel" : leesTraject(traject, meldingen);
      return uitMeldingenOf(meldingen, urenOverDuur(urenPerWeek, weken, t, set, meldingen));
    }),
  INDICATIE: (args, sets) =>
    metSet(args, 2, sets, ([soort, uren], set) => {
      const meldingen: Melding[] = [];
      const i = indiceer(soort, uren, set, meldingen);
      // Beyond the guide is no wrong input: there is just no indication (#N/A), as a missing rate.
      if (i === null && !meldingen.some((m) => m.niveau === "fout"))
        return excelFout("notAvailable", meldingen.map((m) => m.tekst).join(" "));
      return uitMeldingenOf(meldingen, i && i.niveau.nummer);
    }),
  CONTROLE: controle,
  // The other funding models (issue 18): JH.PXQ, JH.PRODUCTPRIJS, JH.ARRANGEMENT.
  ...MODEL_BEWERKINGEN,
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
