import { isLeeg } from "../getal";

/**
 * A section (groepsaanbod, ambulante hulp, a chosen standard budget) takes part as soon as any of its cells is
 * filled: its empty cells are then missing inputs, each a fout. One rule for the worksheet functions, a bulk row
 * and the command line (where a given option is a filled cell).
 */
export function doetMee(cellen: readonly unknown[]): boolean {
  for (let i = 0; i < cellen.length; i++) if (!isLeeg(cellen[i])) return true;
  return false;
}

/** doetMee for the cells of a row at the given columns (a bulk row: no list of cells made per row). */
export function doetMeeInRij(rij: readonly unknown[], kolommen: readonly number[]): boolean {
  for (let i = 0; i < kolommen.length; i++) if (!isLeeg(rij[kolommen[i]])) return true;
  return false;
}
