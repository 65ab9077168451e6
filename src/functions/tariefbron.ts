import { INGEBOUWDE_TARIEFSETS, STANDAARD_TARIEFSET, isLeeg, naamSleutel, tabelNaarTariefsets, TABEL_NAAM, type Tariefset } from "../engine";

/** The workbook's Tarieven table as values (header + rows), or null when the workbook has none. */
export type TabelLezer = () => Promise<{ kop: unknown[]; rijen: unknown[][] } | null>;

export interface TariefContext {
  /** Sets to choose from by name: the table's first, then built-ins the table does not replace. */
  sets: readonly Tariefset[];
  standaard: Tariefset;
  herkomst: "werkmap" | "ingebouwd";
  /** Set when the table exists but is invalid: every function then shows this instead of a number. */
  fouten: string[] | null;
}

let lezer: TabelLezer | null = null;

/** Inside Excel the runtime sets the reader; elsewhere (tests, the standalone page) the built-in set is used. */
export function zetTabelLezer(nieuw: TabelLezer | null): void {
  lezer = nieuw;
}

const INGEBOUWD: TariefContext = { sets: INGEBOUWDE_TARIEFSETS, standaard: STANDAARD_TARIEFSET, herkomst: "ingebouwd", fouten: null };

export async function laadTariefContext(): Promise<TariefContext> {
  if (!lezer) return INGEBOUWD;
  let tabel;
  try {
    tabel = await lezer();
  } catch (fout) {
    return { ...INGEBOUWD, fouten: [`De tabel ${TABEL_NAAM} kon niet worden gelezen: ${fout instanceof Error ? fout.message : String(fout)}`] };
  }
  if (tabel === null) return INGEBOUWD;
  const r = tabelNaarTariefsets(tabel.kop, tabel.rijen);
  // A broken table must not silently fall back to other rates: that would be a wrong euro that looks right.
  if (!r.ok) return { ...INGEBOUWD, herkomst: "werkmap", fouten: r.fouten };
  const namen = new Set(r.tariefsets.map((s) => naamSleutel(s.naam)));
  return {
    sets: [...r.tariefsets, ...INGEBOUWDE_TARIEFSETS.filter((s) => !namen.has(naamSleutel(s.naam)))],
    standaard: r.tariefsets[0],
    herkomst: "werkmap",
    fouten: null,
  };
}

/** The set named by a function's optional tariefset argument, or a Dutch message why not. */
export function kiesTariefset(ctx: TariefContext, naam: unknown): Tariefset | string {
  if (ctx.fouten) return ctx.fouten.join(" ");
  if (isLeeg(naam)) return ctx.standaard;
  const gevonden = typeof naam === "string" ? ctx.sets.find((s) => naamSleutel(s.naam) === naamSleutel(naam)) : undefined;
  return gevonden ?? `Tariefset '${String(naam)}' bestaat niet. Beschikbaar: ${ctx.sets.map((s) => s.naam).join(", ")}.`;
}
