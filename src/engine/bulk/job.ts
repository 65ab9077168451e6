import { isLeeg } from "../getal";
import type { Tariefset } from "../tariefset/types";
import { maakBulkplan, ontbrekendeKolommenTekst, type Bulkplan } from "./plan";
import type { Declaraties } from "./rij";
import type { Samenvatting } from "./samenvatting";
import type { Rijuitkomsten } from "./uitkomsten";
import { Bulkrun } from "./verwerk";

export type Rijen = readonly (readonly unknown[])[];

/** A block of rows and its results, as handed to Bulkpoort.schrijfBlok. */
export interface Uitvoerblok {
  /** 0-based index of the block's first data row. */
  start: number;
  rijen: Rijen;
  uitkomsten: Rijuitkomsten;
  plan: Bulkplan;
}

/** Where a bulk run's header lives: read it, and add the headers of the outputs it lacks. */
export interface Kopbron {
  /** The header row, or null when the source is empty. */
  leesKoppen(): Promise<readonly unknown[] | null>;
  /** Writes the headers of the output columns the sheet lacks (and may format the output columns). */
  voegKoppenToe(plan: Bulkplan): Promise<void>;
}

/**
 * What a bulk run needs from where the rows live: a sheet in Excel, a CSV stream, a sheet in an xlsx file.
 * The engine decides everything else (columns, outputs, rules, the summary); an adapter only moves cells.
 */
export interface Bulkpoort extends Kopbron {
  /** The next block of at most `max` data rows, or null at the end. May make the previous block's write durable. */
  leesBlok(max: number): Promise<Rijen | null>;
  /** Writes the output columns of a block (a skipped, blank row keeps what its output cells held). */
  schrijfBlok(blok: Uitvoerblok): Promise<void>;
}

/**
 * A block's write that did not happen: the adapter has put the block back as it was, so every row is either
 * fully old or fully new. The run stops there and says so; other errors end the run as they are.
 */
export class Schrijffout extends Error {}

/** Thrown when there is no header, or it lacks required columns: nothing was written. */
export class Kolomfout extends Error {
  constructor(
    tekst: string,
    /** No header row at all (an empty file or sheet): each surface says so in its own words. */
    readonly leeg = false,
  ) {
    super(tekst);
  }
}

export interface Bulkopties {
  set: Tariefset;
  declaraties?: Declaraties;
  rijenPerBlok: number;
  /** Checked between blocks: a cancel never leaves a block half-written. */
  geannuleerd?: () => boolean;
  /** Rows done so far (counted only once written). */
  voortgang?: (klaar: number) => void;
}

export interface Bulkuitkomst {
  plan: Bulkplan;
  samenvatting: Samenvatting;
  /** Rows recalculated and written (blank rows included). */
  verwerkt: number;
  geannuleerd: boolean;
  /** Why the run stopped early, with up to where it came; null when it ran to the end. */
  fout: string | null;
}

/** A row with a value where an added output column goes: its index in the block, the column and the output. */
export interface TeBredeRij {
  rij: number;
  kolom: number;
  naam: string;
}

/**
 * A row with values right of the header, where added output columns go, would lose them: found before anything
 * is written. (Empty trailing fields, as spreadsheets write them, are fine.) Null when every row fits.
 */
export function teBredeRij(rijen: Rijen, plan: Bulkplan): TeBredeRij | null {
  if (plan.nieuw.length === 0) return null;
  const eerste = plan.nieuw[0].kolom;
  for (let r = 0; r < rijen.length; r++) {
    const rij = rijen[r];
    if (rij.length <= eerste) continue;
    for (const { naam, kolom } of plan.nieuw) {
      if (kolom < rij.length && !isLeeg(rij[kolom])) return { rij: r, kolom, naam };
    }
  }
  return null;
}

/**
 * The message for a row that is too wide, naming data row `rijnummer` (1-based) and the column; or, in a sheet,
 * the cell as Excel names it (`cel`, "P2").
 */
export function teBredeRijTekst(rijnummer: number, { kolom, naam }: TeBredeRij, cel?: string): string {
  const waar = cel ? `Cel ${cel} heeft een waarde` : `Gegevensrij ${rijnummer} heeft een waarde in kolom ${kolom + 1}`;
  return `${waar}, waar geen kop staat en de uitvoerkolom '${naam}' zou komen. Geef die kolom een kop, of haal de waarde weg; er is niets geschreven.`;
}

function controleerBreedte(rijen: Rijen, plan: Bulkplan, start: number): void {
  const fout = teBredeRij(rijen, plan);
  if (fout) throw new Kolomfout(teBredeRijTekst(start + fout.rij + 1, fout));
}

const tekstVan = (fout: unknown) => (fout instanceof Error ? fout.message : "onbekende fout");

/**
 * The start of every bulk run: the header read, the plan made from it (or a Kolomfout saying why not), and the
 * headers of the added output columns written. A file job that computes its rows in segments goes on from here.
 */
export async function beginBulk(poort: Kopbron): Promise<Bulkplan> {
  const koppen = await poort.leesKoppen();
  if (koppen === null) throw new Kolomfout("Er is geen kopregel: de eerste rij moet de kolomkoppen bevatten.", true);
  const p = maakBulkplan(koppen);
  if (!p.ok) throw new Kolomfout(ontbrekendeKolommenTekst(p.ontbreekt));
  await poort.voegKoppenToe(p.plan);
  return p.plan;
}

/**
 * One bulk run, the same for every surface: header to plan, added headers, then block by block: compute,
 * write, and count a block in the summary only once its write is done. Declarations that belong to no row
 * are reported only for a run that got to the end.
 */
export async function draaiBulk(poort: Bulkpoort, opties: Bulkopties): Promise<Bulkuitkomst> {
  const plan = await beginBulk(poort);
  const run = new Bulkrun(plan.kaart, opties.set, opties.declaraties);
  const uitkomst: Bulkuitkomst = { plan, samenvatting: run.samenvatting, verwerkt: 0, geannuleerd: false, fout: null };
  let uitkomsten: Rijuitkomsten | undefined;
  let rijen = await poort.leesBlok(opties.rijenPerBlok);
  while (rijen !== null) {
    if (opties.geannuleerd?.()) {
      uitkomst.geannuleerd = true;
      break;
    }
    const start = uitkomst.verwerkt;
    controleerBreedte(rijen, plan, start);
    // One result block for the whole run: its columns are reused block after block.
    const uit = (uitkomsten = run.rekenBlok(rijen, uitkomsten));
    let volgende: Rijen | null;
    try {
      await poort.schrijfBlok({ start, rijen, uitkomsten: uit, plan });
      volgende = await poort.leesBlok(opties.rijenPerBlok);
    } catch (fout) {
      if (!(fout instanceof Schrijffout)) throw fout;
      uitkomst.fout = `Gestopt bij rij ${start + 1}: ${tekstVan(fout)}. Rijen 1 t/m ${start} zijn herberekend, de rest is ongewijzigd.`;
      break;
    }
    run.telBlok(rijen, uit);
    uitkomst.verwerkt = start + rijen.length;
    opties.voortgang?.(uitkomst.verwerkt);
    rijen = volgende;
  }
  if (!uitkomst.geannuleerd && uitkomst.fout === null) run.sluitAf();
  return uitkomst;
}
