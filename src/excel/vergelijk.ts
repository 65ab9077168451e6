import {
  modelLabel,
  rijenPerBlok,
  VERGELIJK_EURO_KOLOMMEN,
  Vergelijking,
  vergelijkingAlsRijen,
  vergelijkKolommen,
  type Tariefset,
  type Vergelijkingsuitkomst,
} from "../engine";
import { vrijeBladnaam } from "./bladnaam";
import { leesBlok, type BulkBron } from "./bulk";

/**
 * The comparison of funding models in Excel (issue 18): the spend sheet is read in blocks (one request each,
 * within Excel on the web's limits, as bulk does), costed by the engine, and the table goes to a new sheet with
 * a native chart (bars per provider per model). Nothing in the spend sheet is changed.
 */

export type Vergelijkresultaat = { ok: true; uitkomst: Vergelijkingsuitkomst } | { ok: false; fout: string };

export async function vergelijkInExcel(
  bron: BulkBron,
  modellen: readonly Tariefset[],
  voortgang: (gelezen: number, totaal: number) => void = () => undefined,
): Promise<Vergelijkresultaat> {
  const blok = await leesBlok(bron);
  const k = vergelijkKolommen(blok.koppen, modellen);
  if (!k.ok) return { ok: false, fout: k.tekst };
  const v = new Vergelijking(modellen, k.kolommen);
  const perBlok = rijenPerBlok(blok.breedte);
  await Excel.run(async (context) => {
    const blad = context.workbook.worksheets.getItem(blok.blad);
    for (let gelezen = 0; gelezen < blok.rijen; gelezen += perBlok) {
      const aantal = Math.min(perBlok, blok.rijen - gelezen);
      const bereik = blad
        .getRangeByIndexes(blok.kopRij + 1 + gelezen, blok.linkerKolom, aantal, blok.breedte)
        .load("values");
      // One block per request on purpose: a whole sheet in one request would exceed Excel on the web's 5 MB.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      for (const rij of bereik.values) v.voegToe(rij);
      voortgang(gelezen + aantal, blok.rijen);
    }
  });
  return { ok: true, uitkomst: v.uitkomst() };
}

const EURO = '"€" #,##0.00';

/**
 * Writes the table on a new sheet ("Vergelijking", numbered when taken) and, to its right, the cost per provider
 * per model as a small matrix with a clustered bar chart on it. A provider whose cost under a model is empty
 * (a row could not be priced) has an empty cell there: no bar, never a 0.
 */
export async function schrijfVergelijking(u: Vergelijkingsuitkomst): Promise<string> {
  return Excel.run(async (context) => {
    const bladen = context.workbook.worksheets.load("items/name");
    await context.sync();
    const naam = vrijeBladnaam(
      bladen.items.map((b) => b.name),
      "Vergelijking",
    );
    const blad = context.workbook.worksheets.add(naam);
    const rijen = vergelijkingAlsRijen(u).map((r) => r.map((w) => (w === null ? "" : w)));
    const breedte = rijen[0].length;
    blad.getRangeByIndexes(0, 0, rijen.length, breedte).values = rijen as (string | number)[][];
    for (const kolom of VERGELIJK_EURO_KOLOMMEN)
      blad.getRangeByIndexes(1, kolom, rijen.length - 1, 1).numberFormat = Array.from(
        { length: rijen.length - 1 },
        () => [EURO],
      );
    // The chart's data: one row per provider, one column per model.
    const aanbieders = [...new Set(u.regels.map((r) => r.aanbieder))];
    const links = breedte + 1;
    const matrix: (string | number)[][] = [
      ["Aanbieder", ...u.modellen.map((m) => modelLabel(m.naam, m.model))],
      ...aanbieders.map((a) => [
        a,
        ...u.modellen.map((m) => {
          const r = u.regels.find((x) => x.aanbieder === a && x.tariefset === m.naam);
          return r?.kostenCent == null ? "" : r.kostenCent / 100;
        }),
      ]),
    ];
    const bron = blad.getRangeByIndexes(0, links, matrix.length, matrix[0].length);
    bron.values = matrix;
    blad.getRangeByIndexes(1, links + 1, matrix.length - 1, matrix[0].length - 1).numberFormat = matrix
      .slice(1)
      .map((r) => r.slice(1).map(() => EURO));
    const grafiek = blad.charts.add(Excel.ChartType.barClustered, bron, Excel.ChartSeriesBy.columns);
    grafiek.title.text = "Kosten per aanbieder per model";
    // Tall enough for a bar per provider per model (points).
    grafiek.height = Math.max(300, 60 + aanbieders.length * u.modellen.length * 7);
    grafiek.width = 520;
    grafiek.setPosition(blad.getRangeByIndexes(0, links + matrix[0].length + 1, 1, 1));
    blad.activate();
    await context.sync();
    return naam;
  });
}
