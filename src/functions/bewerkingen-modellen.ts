import {
  berekenPxq,
  centenNaarEuro,
  kiesTariefset,
  prijsArrangement,
  zoekProductprijs,
  type Model,
  type Modeluitkomst,
  type Tariefset,
  type Tariefsets,
} from "../engine";
import { excelFout } from "./excel-fout";
import { perCel, type Matrix } from "./matrix";

/**
 * The worksheet functions of the other funding models (issue 18): P x Q, a product's price, an arrangement's
 * budget. Each asks the engine's model module; the set must be of that model (an empty name picks the first one).
 */
type Bewerking = (args: readonly unknown[], sets: Tariefsets) => Matrix;

function metModelset(
  args: readonly unknown[],
  setIndex: number,
  sets: Tariefsets,
  model: Model,
  f: (cellen: unknown[], set: Tariefset) => unknown,
): Matrix {
  return perCel(
    args,
    (cellen) => {
      const keuze = kiesTariefset(sets, cellen[setIndex], model);
      return keuze.ok ? f(cellen, keuze.set) : excelFout("invalidValue", keuze.tekst);
    },
    () =>
      excelFout(
        "notAvailable",
        "De bereiken in de argumenten hebben verschillende afmetingen; deze cel valt buiten een ervan.",
      ),
    (fout) =>
      excelFout("invalidValue", `Interne fout in deze cel: ${fout instanceof Error ? fout.message : "onbekende fout"}`),
  );
}

/** #WAARDE! for input that cannot be right, #N/B for a price the set does not have. */
function celUit<T>(r: Modeluitkomst<T>, euro: (waarde: T) => number): unknown {
  if (r.ok) return centenNaarEuro(euro(r.waarde));
  return excelFout(r.soort === "ontbreekt" ? "notAvailable" : "invalidValue", r.tekst);
}

export const MODEL_BEWERKINGEN: Record<string, Bewerking> = {
  PXQ: (args, sets) =>
    metModelset(args, 3, sets, "productprijs", ([product, volume, aanbieder], set) =>
      celUit(berekenPxq(set, product, volume, aanbieder), (w) => w.bedragCent),
    ),
  PRODUCTPRIJS: (args, sets) =>
    metModelset(args, 2, sets, "productprijs", ([product, aanbieder], set) =>
      celUit(zoekProductprijs(set, product, aanbieder), (w) => w.prijsCent),
    ),
  ARRANGEMENT: (args, sets) =>
    metModelset(args, 2, sets, "arrangement", ([notatie, profiel], set) =>
      celUit(prijsArrangement(set, notatie, profiel), (w) => w.bedragCent),
    ),
};
