import {
  maakKolomkaart,
  Samenvatting,
  somDeclaraties,
  uitvoerPosities,
  UITVOER,
  Bulkrun,
  rijenPerBlok,
  type Declaraties,
  type Kolomkaart,
  type Rijuitkomsten,
  type Tariefset,
  type Uitvoerkolom,
} from "../engine";
import { vrijeBladnaam } from "./bladnaam";

/** What to recalculate: an Excel table by name, or the used range of a worksheet (headers in its first row). */
export type BulkBron = { soort: "tabel"; naam: string } | { soort: "blad"; naam: string };

export interface Blok {
  blad: string;
  /** Zero-based sheet row of the header. */
  kopRij: number;
  linkerKolom: number;
  breedte: number;
  rijen: number;
  koppen: unknown[];
  kaart: Kolomkaart;
}

export interface BulkOpties {
  set: Tariefset;
  /** Checked between chunks: a cancel never leaves a chunk half-written. */
  geannuleerd: () => boolean;
  opVoortgang: (klaar: number, totaal: number) => void;
  /** Rows per chunk; by default sized to stay well under Excel on the web's 5 MB request limit. */
  rijenPerBlok?: number;
}

export interface BulkUitkomst {
  samenvatting: Samenvatting;
  verwerkt: number;
  totaal: number;
  geannuleerd: boolean;
  fout: string | null;
}

const OPMAAK: Partial<Record<Uitvoerkolom, string>> = {
  "Budget groepsaanbod": '"EUR "#,##0.00',
  "Budget ambulant": '"EUR "#,##0.00',
  "Budget totaal": '"EUR "#,##0.00',
  "Standaardbudget bedrag": '"EUR "#,##0.00',
  Uitputting: "0.0%",
};

export { rijenPerBlok };

/** The tables of the workbook and the active sheet, to pick from. */
export async function bulkBronnen(): Promise<BulkBron[]> {
  return Excel.run(async (context) => {
    const tabellen = context.workbook.tables.load("items/name");
    const actief = context.workbook.worksheets.getActiveWorksheet().load("name");
    await context.sync();
    return [...tabellen.items.filter((t) => t.name !== "Tarieven").map((t) => ({ soort: "tabel" as const, naam: t.name })), { soort: "blad" as const, naam: actief.name }];
  });
}

/** Finds the block of a source and maps its headers; reads only the header row. */
export async function leesBlok(bron: BulkBron): Promise<Blok> {
  return Excel.run(async (context) => {
    let kop: Excel.Range;
    let rijen: number;
    let bladNaam: string;
    if (bron.soort === "tabel") {
      const tabel = context.workbook.tables.getItem(bron.naam);
      kop = tabel.getHeaderRowRange().load(["values", "rowIndex", "columnIndex", "columnCount"]);
      // The data rows only: the table's whole range also holds its totals row, which is no allocation and
      // whose formulas (SUBTOTAL under the budget columns) must not be overwritten.
      const body = tabel.getDataBodyRange().load("rowCount");
      const blad = tabel.worksheet.load("name");
      await context.sync();
      rijen = body.rowCount;
      bladNaam = blad.name;
    } else {
      const gebruikt = context.workbook.worksheets.getItem(bron.naam).getUsedRange().load(["rowCount"]);
      kop = gebruikt.getRow(0).load(["values", "rowIndex", "columnIndex", "columnCount"]);
      await context.sync();
      rijen = gebruikt.rowCount - 1;
      bladNaam = bron.naam;
    }
    const koppen = kop.values[0];
    return { blad: bladNaam, kopRij: kop.rowIndex, linkerKolom: kop.columnIndex, breedte: kop.columnCount, rijen, koppen, kaart: maakKolomkaart(koppen) };
  });
}

/** Sums a "Declaraties" table when the workbook has one, read in chunks. */
export async function leesDeclaraties(): Promise<{ ok: true; declaraties: Declaraties | undefined } | { ok: false; fout: string }> {
  return Excel.run(async (context) => {
    const tabel = context.workbook.tables.getItemOrNullObject("Declaraties");
    await context.sync();
    if (tabel.isNullObject) return { ok: true, declaraties: undefined };
    const kop = tabel.getHeaderRowRange().load(["values", "rowIndex", "columnIndex", "columnCount"]);
    const geheel = tabel.getRange().load("rowCount");
    const blad = tabel.worksheet;
    await context.sync();
    const rijen: unknown[][] = [];
    for (let start = 1; start < geheel.rowCount; start += 20000) {
      const deel = blad.getRangeByIndexes(kop.rowIndex + start, kop.columnIndex, Math.min(20000, geheel.rowCount - start), kop.columnCount).load("values");
      await context.sync();
      rijen.push(...deel.values);
    }
    const r = somDeclaraties(kop.values[0], rijen);
    return r.ok ? { ok: true, declaraties: r.declaraties } : { ok: false, fout: `Tabel Declaraties: ${r.fout}` };
  });
}

/** Output columns as runs of adjacent columns, so each run is one range write. */
function aaneengesloten(posities: number[]): { start: number; kolommen: number[] }[] {
  const gesorteerd = [...posities].sort((a, b) => a - b);
  const runs: { start: number; kolommen: number[] }[] = [];
  for (const p of gesorteerd) {
    const laatste = runs[runs.length - 1];
    if (laatste && laatste.start + laatste.kolommen.length === p) laatste.kolommen.push(p);
    else runs.push({ start: p, kolommen: [p] });
  }
  return runs;
}

/**
 * Recalculates every row of the block in chunks: one sync per chunk (its write with the next chunk's read),
 * the writes limited to the output columns. A chunk whose sync fails is put back as it was; a cancel stops
 * between chunks.
 */
export async function herbereken(bron: BulkBron, opties: BulkOpties, declaraties?: Declaraties): Promise<BulkUitkomst> {
  const blok = await leesBlok(bron);
  if (blok.kaart.ontbreekt.length > 0) throw new Error(blok.kaart.ontbreekt.join(" "));
  const run = new Bulkrun(blok.kaart, opties.set, declaraties);
  const uitkomst: BulkUitkomst = { samenvatting: run.samenvatting, verwerkt: 0, totaal: blok.rijen, geannuleerd: false, fout: null };
  const posities = uitvoerPosities(blok.kaart, blok.breedte);
  const ontbrekend = UITVOER.filter((naam) => blok.kaart.uitvoer[naam] < 0);
  const breedte = Math.max(blok.breedte, ...Object.values(posities).map((p) => p + 1));
  const runs = aaneengesloten(UITVOER.map((naam) => posities[naam]));
  // Per sheet column: which output (index in UITVOER) it holds.
  const uitvoerOp: number[] = [];
  UITVOER.forEach((naam, i) => (uitvoerOp[posities[naam]] = i));
  let uitkomsten: Rijuitkomsten | undefined;

  // Screen updating can only be suspended in Excel desktop (ExcelApiDesktop 1.1); on the web the call would fail the chunk.
  const schermOpschorten = typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported?.("ExcelApiDesktop", "1.1") === true;
  await Excel.run(async (context) => {
    const blad = context.workbook.worksheets.getItem(blok.blad);
    // Missing output columns: a table grows by named columns; a plain range gets headers right of its last column.
    if (ontbrekend.length > 0) {
      if (bron.soort === "tabel") {
        const tabel = context.workbook.tables.getItem(bron.naam);
        for (const naam of ontbrekend) tabel.columns.add(undefined, undefined, naam);
      } else {
        for (const naam of ontbrekend) blad.getRangeByIndexes(blok.kopRij, blok.linkerKolom + posities[naam], 1, 1).values = [[naam]];
      }
    }
    for (const naam of UITVOER) {
      const opmaak = OPMAAK[naam];
      if (opmaak && blok.rijen > 0) blad.getRangeByIndexes(blok.kopRij + 1, blok.linkerKolom + posities[naam], blok.rijen, 1).numberFormat = [[opmaak]];
    }
    await context.sync();

    const perBlok = opties.rijenPerBlok ?? rijenPerBlok(breedte);
    const lees = (start: number) => blad.getRangeByIndexes(blok.kopRij + 1 + start, blok.linkerKolom, Math.min(perBlok, blok.rijen - start), breedte).load("values");
    // One round trip per chunk: the write of chunk k travels with the read of chunk k+1 (on the web each sync
    // is a request to Excel, so this halves them). Rows of different chunks never overlap.
    let gelezen = blok.rijen > 0 ? lees(0) : null;
    if (gelezen) await context.sync();
    for (let start = 0; gelezen !== null; start += perBlok) {
      if (opties.geannuleerd()) {
        uitkomst.geannuleerd = true;
        break;
      }
      const aantal = Math.min(perBlok, blok.rijen - start);
      const oud = gelezen.values;
      // One result block for the whole run: its columns are reused chunk after chunk. Counted in the
      // summary only once written: a chunk put back after a failed write is not in it.
      const uit = (uitkomsten = run.rekenBlok(oud, uitkomsten));
      const schrijf = (waarden: (kolommen: number[]) => unknown[][]) => {
        for (const run of runs) {
          blad.getRangeByIndexes(blok.kopRij + 1 + start, blok.linkerKolom + run.start, aantal, run.kolommen.length).values = waarden(run.kolommen) as (string | number | boolean)[][];
        }
      };
      const terug = (kolommen: number[]) => oud.map((rij) => kolommen.map((k) => rij[k]));
      context.application.suspendApiCalculationUntilNextSync();
      if (schermOpschorten) context.application.suspendScreenUpdatingUntilNextSync();
      // A blank row keeps what it had in the output columns.
      schrijf((kolommen) => uit.matrix(aantal, kolommen.map((k) => uitvoerOp[k]), (r, j) => oud[r][kolommen[j]]));
      gelezen = start + aantal < blok.rijen ? lees(start + aantal) : null;
      try {
        await context.sync();
      } catch (fout) {
        // Put the chunk back as it was, so every row is either fully old or fully new.
        schrijf(terug);
        await context.sync().catch(() => undefined);
        uitkomst.fout = `Gestopt bij rij ${start + 1}: ${fout instanceof Error ? fout.message : String(fout)}. Rijen 1 t/m ${start} zijn herberekend, de rest is ongewijzigd.`;
        break;
      }
      run.telBlok(oud, uit);
      uitkomst.verwerkt = start + aantal;
      opties.opVoortgang(uitkomst.verwerkt, blok.rijen);
    }
  });
  // Only a complete run can tell which declarations belong to no row.
  if (uitkomst.verwerkt === uitkomst.totaal && !uitkomst.geannuleerd && uitkomst.fout === null) run.sluitAf();
  return uitkomst;
}

/** Writes the summary on a new sheet ("Samenvatting", numbered when taken). */
export async function schrijfSamenvatting(samenvatting: Samenvatting): Promise<string> {
  return Excel.run(async (context) => {
    const bladen = context.workbook.worksheets.load("items/name");
    await context.sync();
    const naam = vrijeBladnaam(bladen.items.map((b) => b.name), "Samenvatting");
    const blad = context.workbook.worksheets.add(naam);
    const rijen = samenvatting.alsRijen();
    const breedte = Math.max(...rijen.map((r) => r.length));
    blad.getRangeByIndexes(0, 0, rijen.length, breedte).values = rijen.map((r) => [...r, ...Array(breedte - r.length).fill("")]);
    blad.activate();
    await context.sync();
    return naam;
  });
}
