import { tariefsetNaarTabel, TABEL_KOPPEN } from "../../src/engine";
import { IJSSELLAND_2023 } from "../../src/engine/tariefset/ingebouwd";
import { leesTarievenTabel, schrijfTariefsetInWerkmap, volgTarievenTabel } from "../../src/excel/tarieven-tabel";

type Handler = (event: { tableId?: string }) => Promise<void>;

/** Just enough of Excel to register table events and record recalculations. */
function nepExcel(tabellen: Record<string, { naam: string; kop?: unknown[]; rijen?: unknown[][] }>) {
  const handlers: Record<string, Handler[]> = { changed: [], added: [], deleted: [] };
  const berekeningen: string[] = [];
  const context = {
    workbook: {
      tables: {
        onChanged: { add: (h: Handler) => handlers.changed.push(h) },
        onAdded: { add: (h: Handler) => handlers.added.push(h) },
        onDeleted: { add: (h: Handler) => handlers.deleted.push(h) },
        getItemOrNullObject: (sleutel: string) => {
          const t = tabellen[sleutel] ?? Object.values(tabellen).find((x) => x.naam === sleutel);
          return {
            isNullObject: !t,
            name: t?.naam,
            load() {
              return this;
            },
            getHeaderRowRange: () => ({ load: () => ({ values: [t?.kop ?? []] }) }),
            getDataBodyRange: () => ({ load: () => ({ values: t?.rijen ?? [] }) }),
          };
        },
      },
      application: { calculate: (soort: string) => berekeningen.push(soort) },
    },
    sync: async () => undefined,
  };
  (globalThis as unknown as { Excel: unknown }).Excel = {
    run: async <T>(f: (c: typeof context) => Promise<T>) => f(context),
    CalculationType: { full: "Full" },
  };
  return { handlers, berekeningen };
}

test("a change to the Tarieven table (or a table added or deleted) recalculates the workbook; other tables do not", async () => {
  const { handlers, berekeningen } = nepExcel({ "{1}": { naam: "Tarieven" }, "{2}": { naam: "Toewijzingen" } });
  await volgTarievenTabel();
  await handlers.changed[0]({ tableId: "{2}" });
  expect(berekeningen).toEqual([]);
  await handlers.changed[0]({ tableId: "{1}" });
  expect(berekeningen).toEqual(["Full"]);
  await handlers.added[0]({ tableId: "{1}" });
  await handlers.deleted[0]({});
  expect(berekeningen).toEqual(["Full", "Full", "Full"]);
});

test("the Tarieven table is read as header and rows; no table gives null", async () => {
  nepExcel({
    "{1}": { naam: "Tarieven", kop: [...TABEL_KOPPEN], rijen: tariefsetNaarTabel(IJSSELLAND_2023.bronJson) },
  });
  const tabel = await leesTarievenTabel();
  expect(tabel?.kop).toEqual([...TABEL_KOPPEN]);
  expect(tabel?.rijen).toHaveLength(tariefsetNaarTabel(IJSSELLAND_2023.bronJson).length);
  // 20 settings, levels and rates, the guide's source and its 12 bands, 28 products.
  expect(tabel?.rijen).toHaveLength(61);
  nepExcel({});
  expect(await leesTarievenTabel()).toBeNull();
});

test("a set written into a table made before the products' and the guide's columns: the columns are added first, so every row fits", async () => {
  const kolommenErbij: string[] = [];
  const rijenErbij: unknown[][][] = [];
  const tabel = {
    isNullObject: false,
    columns: {
      getItem: () => ({ getDataBodyRange: () => ({ load: () => ({ values: [["Regio B 2024"]] }) }) }),
      add: (_index: unknown, _waarden: unknown, naam: string) => kolommenErbij.push(naam),
    },
    getHeaderRowRange: () => ({ load: () => ({ values: [TABEL_KOPPEN.slice(0, 8)] }) }),
    rows: { add: (_index: unknown, rijen: unknown[][]) => rijenErbij.push(rijen), getItemAt: () => ({ delete() {} }) },
  };
  (globalThis as unknown as { Excel: unknown }).Excel = {
    run: async <T>(f: (c: unknown) => Promise<T>) =>
      f({ workbook: { tables: { getItemOrNullObject: () => tabel } }, sync: async () => undefined }),
  };
  expect(await schrijfTariefsetInWerkmap(IJSSELLAND_2023.bronJson, async () => true)).toBe(true);
  expect(kolommenErbij).toEqual(["Productcode", "Categorie", "Eenheid", "Uren t/m", "Niveau", "Omschrijving"]);
  expect(rijenErbij[0]).toHaveLength(61);
  for (const rij of rijenErbij[0]) expect(rij).toHaveLength(TABEL_KOPPEN.length);
});
