import { bepaalTariefsets, type Tariefsets } from "../engine";
import { leesWerkmaptabel } from "../excel/tarieven-tabel";

/** The workbook's Tarieven table as values (header + rows), or null when the workbook has none. */
export type TabelLezer = () => Promise<{ kop: unknown[]; rijen: unknown[][] } | null>;

let lezer: TabelLezer | null = null;

/** Inside Excel the runtime sets the reader; elsewhere (tests, the standalone page) the built-in set is used. */
export function zetTabelLezer(nieuw: TabelLezer | null): void {
  lezer = nieuw;
}

/** The sets in use for one batch of function calls; the policy (a broken table stops every function) is the engine's. */
export async function laadTariefsets(): Promise<Tariefsets> {
  return bepaalTariefsets({ werkmap: await leesWerkmaptabel(lezer) });
}
