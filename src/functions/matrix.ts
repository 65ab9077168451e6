/** A cell argument as Excel passes it to a matrix parameter: one value arrives as [[v]], a range as rows. */
export type Matrix = unknown[][];

export function alsMatrix(arg: unknown): Matrix {
  if (!Array.isArray(arg)) return [[arg]];
  if (arg.length === 0) return [[undefined]];
  // Rows that are not lists (a malformed call) count as one cell each, so every row has a length.
  return Array.isArray(arg[0]) ? arg.map((rij) => (Array.isArray(rij) ? rij : [rij])) : [arg];
}

function veilig(f: (cellen: unknown[]) => unknown, cellen: unknown[], kapot: (fout: unknown) => unknown): unknown {
  try {
    return f(cellen);
  } catch (fout) {
    return kapot(fout);
  }
}

/** Marks a cell outside an argument's shape, like Excel's #N/A when arrays of different sizes meet. */
export const BUITEN_VORM = Symbol("buiten vorm");

/** Excel's broadcasting: a single row or column repeats; a larger range must fit, else BUITEN_VORM. */
function celVan(m: Matrix, r: number, c: number): unknown {
  const rij = m.length === 1 ? m[0] : m[r];
  if (rij === undefined) return BUITEN_VORM;
  if (rij.length === 1) return rij[0];
  return c < rij.length ? rij[c] : BUITEN_VORM;
}

/**
 * Applies f per cell over all arguments, broadcast to the largest shape; one bad cell never breaks others:
 * should f throw on a cell (it should not: the engine never throws), that cell alone gets `kapot`.
 */
export function perCel(
  args: readonly unknown[],
  f: (cellen: unknown[]) => unknown,
  buitenVorm: () => unknown,
  kapot: (fout: unknown) => unknown,
): Matrix {
  const matrices = args.map(alsMatrix);
  const rijen = Math.max(1, ...matrices.map((m) => m.length));
  const kolommen = Math.max(1, ...matrices.map((m) => Math.max(...m.map((r) => r.length))));
  const uit: Matrix = [];
  for (let r = 0; r < rijen; r++) {
    const rij: unknown[] = [];
    for (let c = 0; c < kolommen; c++) {
      const cellen = matrices.map((m) => celVan(m, r, c));
      rij.push(cellen.includes(BUITEN_VORM) ? buitenVorm() : veilig(f, cellen, kapot));
    }
    uit.push(rij);
  }
  return uit;
}
