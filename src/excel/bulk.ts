import {
  draaiBulk,
  maakBulkplan,
  maakKolomkaart,
  rijenPerBlok,
  Schrijffout,
  somDeclaraties,
  type Bulkplan,
  type Bulkpoort,
  type Declaraties,
  type Kolomkaart,
  type Rijen,
  type Samenvatting,
  type Tariefset,
  type Uitvoerblok,
  type Uitvoersoort,
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

export interface Herberekening {
  samenvatting: Samenvatting;
  verwerkt: number;
  totaal: number;
  geannuleerd: boolean;
  fout: string | null;
}

export { rijenPerBlok };

/** The tables of the workbook and the active sheet, to pick from. */
export async function bulkBronnen(): Promise<BulkBron[]> {
  return Excel.run(async (context) => {
    const tabellen = context.workbook.tables.load("items/name");
    const actief = context.workbook.worksheets.getActiveWorksheet().load("name");
    await context.sync();
    return [
      ...tabellen.items.filter((t) => t.name !== "Tarieven").map((t) => ({ soort: "tabel" as const, naam: t.name })),
      { soort: "blad" as const, naam: actief.name },
    ];
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
    return {
      blad: bladNaam,
      kopRij: kop.rowIndex,
      linkerKolom: kop.columnIndex,
      breedte: kop.columnCount,
      rijen,
      koppen,
      kaart: maakKolomkaart(koppen),
    };
  });
}

/** Sums a "Declaraties" table when the workbook has one, read in chunks. */
export async function leesDeclaraties(): Promise<
  { ok: true; declaraties: Declaraties | undefined } | { ok: false; fout: string }
> {
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
      const deel = blad
        .getRangeByIndexes(
          kop.rowIndex + start,
          kop.columnIndex,
          Math.min(20000, geheel.rowCount - start),
          kop.columnCount,
        )
        .load("values");
      // One sync per 20,000 rows: a larger read would pass the 5 MB request limit of Excel on the web.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      rijen.push(...deel.values);
    }
    const r = somDeclaraties(kop.values[0], rijen);
    return r.ok ? { ok: true, declaraties: r.declaraties } : { ok: false, fout: `Tabel Declaraties: ${r.fout}` };
  });
}

/** Excel number formats per output kind (the engine declares each output's kind). */
const OPMAAK: Record<Uitvoersoort, string | null> = {
  euro: '"€ "#,##0.00',
  procent: "0.0%",
  getal: null,
  tekst: null,
};

/**
 * The Excel side of a bulk run: one sync per chunk, in which the write of chunk k travels with the read of
 * chunk k+1 (on the web each sync is a request to Excel, so this halves them), the writes limited to the
 * output columns, calculation (and on the desktop screen updating) suspended per chunk. A chunk whose sync
 * fails is put back as it was.
 */
class ExcelPoort implements Bulkpoort {
  private gelezen = 0;
  private breedte: number;
  private terugzetten: (() => void) | null = null;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly bron: BulkBron,
    private readonly blok: Blok,
    private readonly schermOpschorten: boolean,
  ) {
    this.breedte = blok.breedte;
  }

  private get blad(): Excel.Worksheet {
    return this.context.workbook.worksheets.getItem(this.blok.blad);
  }

  async leesKoppen(): Promise<readonly unknown[]> {
    return this.blok.koppen;
  }

  async voegKoppenToe(plan: Bulkplan): Promise<void> {
    const { blok, bron } = this;
    const blad = this.blad;
    this.breedte = plan.breedte;
    // Missing output columns: a table grows by named columns; a plain range gets headers right of its last column.
    if (bron.soort === "tabel") {
      const tabel = this.context.workbook.tables.getItem(bron.naam);
      for (const nieuw of plan.nieuw) tabel.columns.add(undefined, undefined, nieuw.naam);
    } else {
      for (const nieuw of plan.nieuw)
        blad.getRangeByIndexes(blok.kopRij, blok.linkerKolom + nieuw.kolom, 1, 1).values = [[nieuw.naam]];
    }
    plan.kolommen.forEach((kolom, k) => {
      const opmaak = OPMAAK[plan.soorten[k]];
      if (opmaak && blok.rijen > 0)
        blad.getRangeByIndexes(blok.kopRij + 1, blok.linkerKolom + kolom, blok.rijen, 1).numberFormat = [[opmaak]];
    });
    await this.context.sync();
  }

  async leesBlok(max: number): Promise<Rijen | null> {
    const aantal = Math.min(max, this.blok.rijen - this.gelezen);
    const bereik =
      aantal > 0
        ? this.blad
            .getRangeByIndexes(this.blok.kopRij + 1 + this.gelezen, this.blok.linkerKolom, aantal, this.breedte)
            .load("values")
        : null;
    if (bereik === null && this.terugzetten === null) return null;
    try {
      await this.context.sync();
    } catch (fout) {
      // Put the chunk back as it was, so every row is either fully old or fully new.
      this.terugzetten?.();
      await this.context.sync().catch(() => undefined);
      throw new Schrijffout(fout instanceof Error ? fout.message : "Excel weigerde het verzoek");
    }
    this.terugzetten = null;
    this.gelezen += aantal;
    return bereik ? bereik.values : null;
  }

  async schrijfBlok({ start, rijen, uitkomsten, plan }: Uitvoerblok): Promise<void> {
    const blad = this.blad;
    const rij = this.blok.kopRij + 1 + start;
    const schrijf = (waarden: (uitvoer: number[], kolom: number) => unknown[][]) => {
      for (const run of plan.aaneengesloten) {
        blad.getRangeByIndexes(rij, this.blok.linkerKolom + run.kolom, rijen.length, run.uitvoer.length).values =
          waarden(run.uitvoer, run.kolom) as (string | number | boolean)[][];
      }
    };
    this.context.application.suspendApiCalculationUntilNextSync();
    if (this.schermOpschorten) this.context.application.suspendScreenUpdatingUntilNextSync();
    // A blank row keeps what it had in the output columns.
    schrijf((uitvoer, kolom) => uitkomsten.matrix(rijen.length, uitvoer, (r, j) => rijen[r][kolom + j]));
    this.terugzetten = () =>
      schrijf((uitvoer, kolom) => rijen.map((cellen) => uitvoer.map((_, j) => cellen[kolom + j])));
  }
}

/**
 * Recalculates every row of the block in chunks with the engine's bulk run (draaiBulk); this only moves cells
 * between Excel and the run. A cancel stops between chunks.
 */
export async function herbereken(
  bron: BulkBron,
  opties: BulkOpties,
  declaraties?: Declaraties,
): Promise<Herberekening> {
  const blok = await leesBlok(bron);
  const plan = maakBulkplan(blok.koppen);
  // The chunk size follows the width with the added columns; a header without the needed columns stops in draaiBulk.
  const breedte = plan.ok ? plan.plan.breedte : blok.breedte;
  // Screen updating can only be suspended in Excel desktop (ExcelApiDesktop 1.1); on the web the call would fail the chunk.
  const schermOpschorten =
    typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported?.("ExcelApiDesktop", "1.1") === true;
  const uitkomst = await Excel.run((context) =>
    draaiBulk(new ExcelPoort(context, bron, blok, schermOpschorten), {
      set: opties.set,
      declaraties,
      rijenPerBlok: opties.rijenPerBlok ?? rijenPerBlok(breedte),
      geannuleerd: opties.geannuleerd,
      voortgang: (klaar) => opties.opVoortgang(klaar, blok.rijen),
    }),
  );
  return {
    samenvatting: uitkomst.samenvatting,
    verwerkt: uitkomst.verwerkt,
    totaal: blok.rijen,
    geannuleerd: uitkomst.geannuleerd,
    fout: uitkomst.fout,
  };
}

/** Writes the summary on a new sheet ("Samenvatting", numbered when taken). */
export async function schrijfSamenvatting(samenvatting: Samenvatting): Promise<string> {
  return Excel.run(async (context) => {
    const bladen = context.workbook.worksheets.load("items/name");
    await context.sync();
    const naam = vrijeBladnaam(
      bladen.items.map((b) => b.name),
      "Samenvatting",
    );
    const blad = context.workbook.worksheets.add(naam);
    const rijen = samenvatting.alsRijen();
    const breedte = Math.max(...rijen.map((r) => r.length));
    blad.getRangeByIndexes(0, 0, rijen.length, breedte).values = rijen.map((r) => [
      ...r,
      ...Array(breedte - r.length).fill(""),
    ]);
    blad.activate();
    await context.sync();
    return naam;
  });
}
