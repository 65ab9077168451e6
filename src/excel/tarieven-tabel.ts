import { vrijeBladnaam } from "./bladnaam";
import {
  alsTekst,
  naamSleutel,
  tabelNaarTariefsets,
  tariefsetNaarTabel,
  tabelKoppen,
  TABEL_NAAM,
  type TariefsetBron,
  type Werkmaptabel,
} from "../engine";

/**
 * The workbook's table as the engine's tariff policy takes it: absent (no reader, or no table), its sets, or why
 * it cannot be used (also when reading it failed). For the functions and the task pane alike.
 */
export async function leesWerkmaptabel(
  lees: (() => Promise<{ kop: unknown[]; rijen: unknown[][] } | null>) | null,
): Promise<Werkmaptabel> {
  if (!lees) return null;
  try {
    const tabel = await lees();
    return tabel === null ? null : tabelNaarTariefsets(tabel.kop, tabel.rijen);
  } catch (fout) {
    const reden = fout instanceof Error ? fout.message : "onbekende fout";
    return { ok: false, fouten: [`De tabel ${TABEL_NAAM} kon niet worden gelezen: ${reden}`] };
  }
}

/** Reads the workbook's Tarieven table, or null when there is none. */
export async function leesTarievenTabel(): Promise<{ kop: unknown[]; rijen: unknown[][] } | null> {
  return Excel.run(async (context) => {
    const tabel = context.workbook.tables.getItemOrNullObject(TABEL_NAAM);
    await context.sync();
    if (tabel.isNullObject) return null;
    const kop = tabel.getHeaderRowRange().load("values");
    const body = tabel.getDataBodyRange().load("values");
    await context.sync();
    return { kop: kop.values[0], rijen: body.values };
  });
}

/** Functions read the table per batch; a change only needs Excel to recalculate them. */
async function herbereken(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
  });
}

/** Watches the Tarieven table (and tables being added or removed) and recalculates on a change. */
export async function volgTarievenTabel(): Promise<void> {
  await Excel.run(async (context) => {
    const tabellen = context.workbook.tables;
    const opTabelWijziging = async (event: { tableId?: string }) => {
      if (event.tableId === undefined) return herbereken();
      const naam = await Excel.run(async (c) => {
        const t = c.workbook.tables.getItemOrNullObject(event.tableId as string).load("name");
        await c.sync();
        return t.isNullObject ? null : t.name;
      });
      if (naam === null || naam === TABEL_NAAM) await herbereken();
    };
    tabellen.onChanged.add(opTabelWijziging);
    tabellen.onAdded.add(opTabelWijziging);
    tabellen.onDeleted.add(async () => herbereken());
    await context.sync();
  });
}

/**
 * Puts a set into the workbook's Tarieven table (made on a new sheet when missing). Rows of a set with the
 * same name are only replaced after `bevestigVervangen` says yes; other sets' rows are never touched.
 */
export async function schrijfTariefsetInWerkmap(
  bron: TariefsetBron,
  bevestigVervangen: (naam: string) => Promise<boolean>,
): Promise<boolean> {
  return Excel.run(async (context) => {
    // The columns this set needs: those of the other funding models only for a set with model rows (issue 18).
    const setKoppen = tabelKoppen(bron);
    let tabel = context.workbook.tables.getItemOrNullObject(TABEL_NAAM);
    await context.sync();
    if (tabel.isNullObject) {
      const bladen = context.workbook.worksheets.load("items/name");
      await context.sync();
      const bladNaam = vrijeBladnaam(
        bladen.items.map((b) => b.name),
        "Tarieven",
      );
      const blad = context.workbook.worksheets.add(bladNaam);
      const kop = `A1:${String.fromCharCode(64 + setKoppen.length)}1`;
      blad.getRange(kop).values = [[...setKoppen]];
      tabel = blad.tables.add(`'${bladNaam}'!${kop}`, true);
      tabel.name = TABEL_NAAM;
    } else {
      const kolom = tabel.columns.getItem("Tariefset").getDataBodyRange().load("values");
      await context.sync();
      const eigen = kolom.values
        .map((r, i) => (naamSleutel(alsTekst(r[0])) === naamSleutel(bron.naam) ? i : -1))
        .filter((i) => i >= 0);
      if (eigen.length > 0) {
        if (!(await bevestigVervangen(bron.naam))) return false;
        // From the bottom up, so earlier indexes stay valid.
        for (const i of eigen.reverse()) tabel.rows.getItemAt(i).delete();
      }
    }
    // A table made before the guide's or the products' columns existed lacks them: they are added, and the rows follow the
    // table's own column order (a user may have moved columns).
    const kopBereik = tabel.getHeaderRowRange().load("values");
    await context.sync();
    const koppen = kopBereik.values[0].map((k) => naamSleutel(alsTekst(k)));
    for (const naam of setKoppen)
      if (!koppen.includes(naamSleutel(naam))) {
        tabel.columns.add(undefined, undefined, naam);
        koppen.push(naamSleutel(naam));
      }
    const plek = setKoppen.map((naam) => koppen.indexOf(naamSleutel(naam)));
    const rijen = tariefsetNaarTabel(bron).map((rij) => {
      const uit: unknown[] = koppen.map(() => "");
      plek.forEach((p, i) => (uit[p] = rij[i]));
      return uit;
    });
    tabel.rows.add(undefined, rijen as (string | number | boolean)[][]);
    await context.sync();
    return true;
  });
}
