import { bepaalTariefsets, tabelNaarTariefsets, TABEL_NAAM, type Tariefsets, type Werkmaptabel } from "../engine";

/** The workbook's Tarieven table as values (header + rows), or null when the workbook has none. */
export type TabelLezer = () => Promise<{ kop: unknown[]; rijen: unknown[][] } | null>;

let lezer: TabelLezer | null = null;

/** Inside Excel the runtime sets the reader; elsewhere (tests, the standalone page) the built-in set is used. */
export function zetTabelLezer(nieuw: TabelLezer | null): void {
  lezer = nieuw;
}

/** Reads the workbook's table (when there is a reader) into what the engine's tariff policy needs. */
export async function leesWerkmaptabel(lees: TabelLezer | null): Promise<Werkmaptabel> {
  if (!lees) return null;
  try {
    const tabel = await lees();
    return tabel === null ? null : tabelNaarTariefsets(tabel.kop, tabel.rijen);
  } catch (fout) {
    return {
      ok: false,
      fouten: [
        `De tabel ${TABEL_NAAM} kon niet worden gelezen: ${fout instanceof Error ? fout.message : "onbekende fout"}`,
      ],
    };
  }
}

/** The sets in use for one batch of function calls; the policy (a broken table stops every function) is the engine's. */
export async function laadTariefsets(): Promise<Tariefsets> {
  return bepaalTariefsets({ werkmap: await leesWerkmaptabel(lezer) });
}
