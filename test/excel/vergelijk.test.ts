import { MIDDEN_HOLLAND_WMO_2017 } from "../../src/engine/tariefset/ingebouwd";
import { laadTariefset } from "../../src/engine/tariefset/laden";
import { rijenPerBlok } from "../../src/engine";
import { schrijfVergelijking, vergelijkInExcel } from "../../src/excel/vergelijk";
import { NepWerkmap } from "../helpers/nep-excel";

const B = "Overwegend begeleiding en lichte hulp";
const KOPPEN = [
  "Toewijzing",
  "Aanbieder",
  "Product",
  "Volume",
  "Traject",
  "Ambulant uren per week",
  "Ambulant weken",
  "Rekentarief",
];
const lumpsum = (() => {
  const r = laadTariefset({
    naam: "Lumpsum",
    regio: "Test",
    model: "lumpsum",
    geldigVanaf: "2024-01-01",
    geldigTot: "2024-12-31",
    bron: "test",
    lumpsums: [
      { aanbieder: "Zorg Noord", bedrag: 2000 },
      { aanbieder: "Zorg Zuid", bedrag: 500 },
    ],
  });
  if (!r.ok) throw new Error(r.fouten.join());
  return r.tariefset;
})();

function werkmapMet(aantal: number) {
  const w = new NepWerkmap();
  const rijen = Array.from({ length: aantal }, (_, i) => [
    `T${i}`,
    i % 3 === 0 ? "Zorg Zuid" : "Zorg Noord",
    "Begeleiding",
    2,
    "herstel",
    1,
    2,
    B,
  ]);
  w.voegTabelToe("Overzicht", "Blad1", 0, 0, KOPPEN, rijen);
  (globalThis as unknown as { Excel: unknown }).Excel = w.excel();
  return w;
}

describe("the comparison in Excel (recording fake)", () => {
  test("reads the table in blocks, one request each, and leaves the spend sheet as it was", async () => {
    const aantal = rijenPerBlok(KOPPEN.length) * 2 + 7;
    const w = werkmapMet(aantal);
    const voor = new Map(w.blad("Blad1"));
    const stappen: number[] = [];
    const r = await vergelijkInExcel({ soort: "tabel", naam: "Overzicht" }, [MIDDEN_HOLLAND_WMO_2017, lumpsum], (n) =>
      stappen.push(n),
    );
    expect(stappen).toEqual([rijenPerBlok(KOPPEN.length), rijenPerBlok(KOPPEN.length) * 2, aantal]);
    expect(r.ok && r.uitkomst.totalen.map((t) => [t.tariefset, t.clienten, t.kostenCent])).toEqual([
      ["Midden-Holland Wmo 2017", aantal, aantal * 2 * 4249],
      ["Lumpsum", aantal, 250000],
    ]);
    expect(w.blad("Blad1")).toEqual(voor);
    expect(w.schrijfacties).toEqual([]);
  });

  test("a missing column is said before anything is read", async () => {
    const zonder = new NepWerkmap();
    zonder.voegTabelToe("Overzicht", "Blad1", 0, 0, ["Aanbieder", "Volume"], [["Zorg Noord", 3]]);
    (globalThis as unknown as { Excel: unknown }).Excel = zonder.excel();
    expect(await vergelijkInExcel({ soort: "tabel", naam: "Overzicht" }, [MIDDEN_HOLLAND_WMO_2017])).toEqual({
      ok: false,
      fout: "Het overzicht mist de kolom(men) Product en Volume (voor productprijs). Kopteksten: Aanbieder, Volume.",
    });
  });

  test("writes the table and a bar chart per provider per model on a new sheet", async () => {
    const w = werkmapMet(6);
    const r = await vergelijkInExcel({ soort: "tabel", naam: "Overzicht" }, [MIDDEN_HOLLAND_WMO_2017, lumpsum]);
    if (!r.ok) throw new Error(r.fout);
    const naam = await schrijfVergelijking(r.uitkomst);
    expect(naam).toBe("Vergelijking");
    expect(w.cel("Vergelijking", 0, 0)).toBe("Aanbieder");
    expect(w.cel("Vergelijking", 1, 0)).toBe("Zorg Noord");
    expect(w.cel("Vergelijking", 1, 4)).toBe(339.92);
    // The chart's data to the right of the table: one row per provider, one column per model.
    expect(w.cel("Vergelijking", 0, 12)).toBe("Aanbieder");
    expect(w.cel("Vergelijking", 0, 13)).toBe("Midden-Holland Wmo 2017 (inspanningsgericht)");
    expect(w.cel("Vergelijking", 2, 12)).toBe("Zorg Zuid");
    expect(w.cel("Vergelijking", 2, 14)).toBe(500);
    expect(w.grafieken).toEqual([
      {
        blad: "Vergelijking",
        soort: "BarClustered",
        reeksen: "Columns",
        bron: { rij: 0, kolom: 12, rijen: 3, kolommen: 3 },
        titel: "Kosten per aanbieder per model",
        hoogte: 300,
      },
    ]);
    expect(await schrijfVergelijking(r.uitkomst)).toBe("Vergelijking 2");
  });
});
