import { STANDAARD_TARIEFSET, UITVOER } from "../../src/engine";
import { herbereken, leesBlok, rijenPerBlok, schrijfSamenvatting } from "../../src/excel/bulk";
import { genereerRijen, KOPPEN } from "../../bench/genereer";
import { NepWerkmap } from "../helpers/nep-excel";

type Cel = string | number | boolean;
const set = STANDAARD_TARIEFSET;

function werkmapMet(rijen: number, extra: { notitie?: boolean } = {}) {
  const w = new NepWerkmap();
  const koppen: string[] = [...KOPPEN];
  const data = genereerRijen(rijen).map((r) => r as Cel[]);
  if (extra.notitie) {
    // A user's own column in the middle, and an existing output column (Status) before it.
    koppen.splice(3, 0, "Status", "Notitie");
    data.forEach((r, i) => r.splice(3, 0, "oud", `notitie ${i}`));
  }
  w.voegTabelToe("Toewijzingen", "Blad1", 2, 1, koppen, data);
  (globalThis as unknown as { Excel: unknown }).Excel = w.excel();
  return { w, koppen, data };
}

const opties = (over: Partial<Parameters<typeof herbereken>[1]> = {}) => ({
  set,
  geannuleerd: () => false,
  opVoortgang: () => undefined,
  ...over,
});

describe("bulk recalculation in Excel (recording fake)", () => {
  test("chunk size stays within 5,000 to 20,000 rows", () => {
    expect(rijenPerBlok(1)).toBe(20000);
    expect(rijenPerBlok(24)).toBe(5000);
    expect(rijenPerBlok(500)).toBe(5000);
  });

  test("a 30,000-row table goes in 6 chunks of one sync each (a write with the next read), with calculation suspended per write", async () => {
    const { w } = werkmapMet(30000);
    const voortgang: [number, number, number][] = [];
    const r = await herbereken(
      { soort: "tabel", naam: "Toewijzingen" },
      opties({ opVoortgang: (klaar, totaal) => voortgang.push([klaar, totaal, w.syncs]) }),
    );
    expect(r).toMatchObject({ verwerkt: 30000, totaal: 30000, geannuleerd: false, fout: null });
    expect(voortgang.map((v) => v[0])).toEqual([5000, 10000, 15000, 20000, 25000, 30000]);
    // Sync 1 reads the header, 2 adds the columns, 3 reads chunk 1; then each sync writes a chunk and reads the next.
    expect(voortgang.map((v) => v[2])).toEqual([4, 5, 6, 7, 8, 9]);
    expect(w.syncs).toBe(9);
    expect(w.opgeschort).toBe(6);
    expect(r.samenvatting.rijen).toBe(30000);
  });

  test("screen updating is suspended per chunk in Excel desktop only (the API does not exist on the web)", async () => {
    const office = globalThis as unknown as { Office?: unknown };
    for (const [desktop, verwacht] of [
      [true, 2],
      [false, 0],
    ] as const) {
      const { w } = werkmapMet(6000);
      office.Office = {
        context: { requirements: { isSetSupported: (naam: string) => desktop || naam !== "ExcelApiDesktop" } },
      };
      await herbereken({ soort: "tabel", naam: "Toewijzingen" }, opties({ rijenPerBlok: 5000 }));
      expect([desktop, w.schermOpgeschort, w.opgeschort]).toEqual([desktop, verwacht, 2]);
    }
    delete office.Office;
  });

  test("every written address lies inside the output columns; the user's columns keep their values", async () => {
    const { w, koppen, data } = werkmapMet(12000, { notitie: true });
    const blok = await leesBlok({ soort: "tabel", naam: "Toewijzingen" });
    expect(blok.kaart.uitvoer.Status).toBe(3);
    const voor = new Map(w.blad("Blad1"));
    await herbereken({ soort: "tabel", naam: "Toewijzingen" }, opties({ rijenPerBlok: 5000 }));
    const links = 1;
    const uitvoerKolommen = new Set([
      links + 3,
      ...UITVOER.filter((n) => n !== "Status").map((_, i) => links + koppen.length + i),
    ]);
    for (const s of w.schrijfacties) {
      for (let k = s.kolom; k < s.kolom + s.kolommen; k++)
        expect([s.soort, k, uitvoerKolommen.has(k)]).toEqual([s.soort, k, true]);
      expect(s.rij).toBeGreaterThanOrEqual(2);
      expect(s.rij + s.rijen).toBeLessThanOrEqual(2 + 1 + 12000);
    }
    for (const [sleutel, waarde] of voor) {
      const kolom = Number(sleutel.split(",")[1]);
      if (!uitvoerKolommen.has(kolom)) expect([sleutel, w.blad("Blad1").get(sleutel)]).toEqual([sleutel, waarde]);
    }
    // The headers of the added columns, in order, right of the table.
    expect(UITVOER.filter((n) => n !== "Status").map((_, i) => w.cel("Blad1", 2, links + koppen.length + i))).toEqual(
      UITVOER.filter((n) => n !== "Status"),
    );
    expect(w.cel("Blad1", 3 + 11999, links + 4)).toBe(data[11999][4]);
    expect(["ok", "waarschuwing", "fout"]).toContain(w.cel("Blad1", 3, links + 3));
  });

  test("the region's example as a row: the outputs land in the right cells", async () => {
    const w = new NepWerkmap();
    w.voegTabelToe(
      "Toewijzingen",
      "Blad1",
      0,
      0,
      [
        "Traject",
        "Groep dagen per week",
        "Groep uren per dag",
        "Groep weken",
        "Intensiteit",
        "Ambulant uren per week",
        "Ambulant weken",
        "Rekentarief",
      ],
      [
        ["herstel", 2, 3, 26, "licht", 3, 26, "Overwegend begeleiding en lichte hulp"],
        ["herstel", "", "", "", "", "2,5", 26, "Grote ggz instellingen / academisch"],
        ["duurzaam", "", "", "", "", 3, 26, "Overwegend begeleiding en lichte hulp"],
      ],
    );
    (globalThis as unknown as { Excel: unknown }).Excel = w.excel();
    await herbereken({ soort: "tabel", naam: "Toewijzingen" }, opties());
    const rij = (r: number) => UITVOER.map((_, i) => w.cel("Blad1", r, 8 + i));
    expect(rij(1)).toEqual([2227.68, 5460, 7687.68, 5, 8000, "nee", "", "ok", ""]);
    expect(rij(2)).toEqual(["", 8450, 8450, 6, 12000, "nee", "", "ok", ""]);
    expect(rij(3).slice(0, 8)).toEqual(["", "", "", "", "", "", "", "fout"]);
    expect(rij(3)[8]).toContain("altijd met 52 weken");
  });

  test("a blank row in the table is skipped: its output cells keep what they held, and it is not counted", async () => {
    const w = new NepWerkmap();
    w.voegTabelToe(
      "Toewijzingen",
      "Blad1",
      0,
      0,
      ["Traject", "Ambulant uren per week", "Ambulant weken", "Rekentarief", "Status", "Melding"],
      [
        ["herstel", 3, 26, "Overwegend begeleiding en lichte hulp", "oud", "oude melding"],
        ["", "", "", "", "handmatig", "niet aankomen"],
        ["herstel", "2,5", 26, "Grote ggz instellingen / academisch", "", ""],
      ],
    );
    (globalThis as unknown as { Excel: unknown }).Excel = w.excel();
    const r = await herbereken({ soort: "tabel", naam: "Toewijzingen" }, opties());
    expect([w.cel("Blad1", 1, 4), w.cel("Blad1", 1, 5)]).toEqual(["ok", ""]);
    expect([w.cel("Blad1", 2, 4), w.cel("Blad1", 2, 5)]).toEqual(["handmatig", "niet aankomen"]);
    expect([w.cel("Blad1", 3, 4), w.cel("Blad1", 3, 5)]).toEqual(["ok", ""]);
    expect(r.samenvatting.rijen).toBe(2);
  });

  test("a table's totals row is no allocation: not calculated, not counted, its cells (formulas) untouched", async () => {
    const w = new NepWerkmap();
    const koppen = [...KOPPEN, "Budget totaal", "Status"];
    const rij = (uren: number) =>
      koppen.map(
        (k) =>
          ({
            Toewijzing: "T1",
            Traject: "herstel",
            Verwijzer: "toegang",
            "Ambulant uren per week": uren,
            "Ambulant weken": 26,
            Rekentarief: "Overwegend begeleiding en lichte hulp",
          })[k as string] ?? "",
      ) as Cel[];
    const totaal = koppen.map((k) =>
      k === "Toewijzing" ? "Totaal" : k === "Budget totaal" ? "=SUBTOTAL(109,[Budget totaal])" : "",
    ) as Cel[];
    w.voegTabelToe("Toewijzingen", "Blad1", 0, 0, koppen, [rij(3), rij(4)], totaal);
    (globalThis as unknown as { Excel: unknown }).Excel = w.excel();
    const r = await herbereken({ soort: "tabel", naam: "Toewijzingen" }, opties());
    const kolom = (naam: string) => koppen.indexOf(naam);
    expect([w.cel("Blad1", 1, kolom("Budget totaal")), w.cel("Blad1", 2, kolom("Budget totaal"))]).toEqual([
      5460, 7280,
    ]);
    expect([w.cel("Blad1", 3, kolom("Budget totaal")), w.cel("Blad1", 3, kolom("Status"))]).toEqual([
      "=SUBTOTAL(109,[Budget totaal])",
      "",
    ]);
    expect(r.samenvatting.rijen).toBe(2);
    expect(w.schrijfacties.filter((a) => a.soort === "values").every((a) => a.rij + a.rijen - 1 <= 2)).toBe(true);
  });

  test("cancel mid-run: finished chunks are fully new, the rest fully old, and it says how far it got", async () => {
    const { w, koppen } = werkmapMet(20000);
    let blokken = 0;
    const r = await herbereken(
      { soort: "tabel", naam: "Toewijzingen" },
      opties({ rijenPerBlok: 5000, opVoortgang: () => blokken++, geannuleerd: () => blokken >= 2 }),
    );
    expect(r).toMatchObject({ verwerkt: 10000, geannuleerd: true, fout: null });
    expect(r.samenvatting.rijen).toBe(10000);
    const status = (i: number) => w.cel("Blad1", 3 + i, 1 + koppen.length + UITVOER.indexOf("Status"));
    const totaal = (i: number) => w.cel("Blad1", 3 + i, 1 + koppen.length + UITVOER.indexOf("Budget totaal"));
    for (let i = 0; i < 10000; i += 997) expect(status(i)).not.toBe("");
    for (let i = 10000; i < 20000; i += 997) expect([status(i), totaal(i)]).toEqual(["", ""]);
  });

  test("a failed write puts its chunk back: no half-written row", async () => {
    const { w, koppen } = werkmapMet(15000);
    // Sync 1 reads the header, 2 adds columns, 3 reads chunk 1, 4 writes chunk 1 and reads chunk 2: sync 5 is chunk 2's write.
    w.faalBijSync = 5;
    const r = await herbereken({ soort: "tabel", naam: "Toewijzingen" }, opties({ rijenPerBlok: 5000 }));
    expect(r.verwerkt).toBe(5000);
    // The summary holds the rows that were written, not the chunk that was put back.
    expect(r.samenvatting.rijen).toBe(5000);
    expect(r.fout).toMatch(
      /^Gestopt bij rij 5001: De verbinding met Excel is verbroken\. Rijen 1 t\/m 5000 zijn herberekend, de rest is ongewijzigd\.$/,
    );
    const kolom = (naam: (typeof UITVOER)[number]) => 1 + koppen.length + UITVOER.indexOf(naam);
    for (let i = 5000; i < 10000; i += 101) {
      expect(UITVOER.map((n) => w.cel("Blad1", 3 + i, kolom(n)))).toEqual(UITVOER.map(() => ""));
    }
    expect(w.cel("Blad1", 3 + 4999, kolom("Status"))).not.toBe("");
  });

  test("a plain used range (headers in its first row) works too, and the summary goes to a new sheet", async () => {
    const w = new NepWerkmap();
    w.zetRijen("Blad1", 4, 2, [
      ["Traject", "Ambulant uren per week", "Ambulant weken", "Rekentarief", "Aanbieder"],
      ["herstel", 3, 26, "Overwegend begeleiding en lichte hulp", "Kindkracht"],
    ]);
    (globalThis as unknown as { Excel: unknown }).Excel = w.excel();
    const r = await herbereken({ soort: "blad", naam: "Blad1" }, opties());
    expect(w.cel("Blad1", 4, 7)).toBe("Budget groepsaanbod");
    expect(w.cel("Blad1", 5, 9)).toBe(5460);
    const naam = await schrijfSamenvatting(r.samenvatting);
    expect(naam).toBe("Samenvatting");
    expect(w.cel("Samenvatting", 0, 0)).toBe("Samenvatting herberekening");
    expect(w.cel("Samenvatting", 1, 1)).toBe(1);
  });
});
