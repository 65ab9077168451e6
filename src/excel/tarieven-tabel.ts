import { TABEL_NAAM } from "../engine";

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
