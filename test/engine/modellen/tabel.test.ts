import {
  tabelKoppen,
  tabelNaarTariefsets,
  tariefsetNaarTabel,
  TABEL_KOPPEN,
  TABEL_KOPPEN_MET_MODELLEN,
  type TariefsetBron,
} from "../../../src/engine";
import {
  IJSSELLAND_2023,
  MIDDEN_HOLLAND_JEUGD_2017,
  MIDDEN_HOLLAND_WMO_2017,
  RIJNMOND_2018,
} from "../../../src/engine/tariefset/ingebouwd";

const kop = [...TABEL_KOPPEN_MET_MODELLEN];
const terug = (bron: TariefsetBron) => {
  const rijen = tariefsetNaarTabel(bron);
  // Each row as wide as the header the set is written under.
  for (const rij of rijen) expect(rij).toHaveLength(tabelKoppen(bron).length);
  const r = tabelNaarTariefsets(tabelKoppen(bron), rijen);
  if (!r.ok) throw new Error(r.fouten.join("\n"));
  return r.tariefsets[0].bronJson;
};

describe("sets of the other models in the workbook's Tarieven table", () => {
  test("a standard-budget set and a set of only products keep the table's columns; model rows add six", () => {
    expect(tabelKoppen(IJSSELLAND_2023.bronJson)).toEqual(TABEL_KOPPEN);
    expect(tabelKoppen(MIDDEN_HOLLAND_WMO_2017.bronJson)).toEqual(TABEL_KOPPEN);
    expect(tabelKoppen(RIJNMOND_2018.bronJson).slice(TABEL_KOPPEN.length)).toEqual([
      "Aanbieder",
      "Gebied",
      "Nummer",
      "Trede",
      "Profiel",
      "Cliënten",
    ]);
  });

  test("every built-in set, and a lump sum and prices per provider, survive table and back unchanged", () => {
    for (const set of [IJSSELLAND_2023, MIDDEN_HOLLAND_WMO_2017, MIDDEN_HOLLAND_JEUGD_2017, RIJNMOND_2018])
      expect(terug(set.bronJson)).toEqual(set.bronJson);
    const metPrijzen: TariefsetBron = JSON.parse(JSON.stringify(MIDDEN_HOLLAND_JEUGD_2017.bronJson));
    metPrijzen.producten![0].aanbiederTarieven = [
      { aanbieder: "Zorg Noord", tarief: 61.25, bron: "contract" },
      { aanbieder: "Zorg Zuid", tarief: null, bron: "contract" },
    ];
    metPrijzen.plafonds = [{ aanbieder: "Zorg Noord", bedrag: 250000, bron: "contract" }];
    expect(terug(metPrijzen)).toEqual(metPrijzen);
    const rijnmond: TariefsetBron = JSON.parse(JSON.stringify(RIJNMOND_2018.bronJson));
    rijnmond.arrangement!.hoogsteTrede = 3;
    rijnmond.arrangement!.prijzen = [
      { onderdeel: 1, trede: 3, bedrag: 3000, bron: "voorbeeld" },
      { onderdeel: 3, trede: 1, profiel: 4, bedrag: 750, bron: "voorbeeld" },
    ];
    expect(terug(rijnmond)).toEqual(rijnmond);
    const lumpsum: TariefsetBron = {
      naam: "Lumpsum 2020",
      regio: "Test",
      model: "lumpsum",
      geldigVanaf: "2020-01-01",
      geldigTot: "2020-12-31",
      bron: "test",
      lumpsums: [
        { aanbieder: "Wijkteam West", gebied: "West", bedrag: 250000.5, clienten: 100, bron: "raad" },
        { aanbieder: "Zorg BV", bedrag: 80000, bron: "raad" },
      ],
    } as TariefsetBron;
    expect(terug(lumpsum)).toEqual(lumpsum);
  });

  test("a wrong model row names the row and what is allowed; content rules name the row too", () => {
    const rij = (soort: string, naam: unknown, bedrag: unknown = "", model: Record<string, unknown> = {}) => {
      const r: unknown[] = kop.map(() => "");
      r[0] = "L";
      r[1] = soort;
      r[2] = naam;
      r[3] = bedrag;
      for (const [k, w] of Object.entries(model)) r[kop.indexOf(k as (typeof kop)[number])] = w;
      return r;
    };
    const instellingen = [
      rij("regio", "Test"),
      rij("geldig vanaf", "2020-01-01"),
      rij("geldig tot", "2020-12-31"),
      rij("bron", "test"),
    ];
    const pxq = tabelNaarTariefsets(kop, [...instellingen, rij("model", "pxq")]);
    expect(!pxq.ok && pxq.fouten[0]).toBe(
      "Tabel Tarieven, rij 5: model 'pxq' bestaat niet. Toegestaan: standaardbudget, productprijs, arrangement, lumpsum.",
    );
    const r = tabelNaarTariefsets(kop, [
      ...instellingen,
      rij("model", "lumpsum"),
      rij("lumpsum", "", 100, { Aanbieder: "Zorg BV" }),
      rij("lumpsum", "", 200, { Aanbieder: "Zorg BV" }),
    ]);
    expect(r).toEqual({
      ok: false,
      fouten: ["Tabel Tarieven, tariefset 'L', rij 7 (lumpsums): aanbieder 'Zorg BV' heeft al een lumpsum"],
    });
    // A table without the model columns still reads its standard-budget sets; a lump sum row says what it needs.
    const smal = kop.slice(0, 11);
    const zonder = tabelNaarTariefsets(smal, [
      ...instellingen.map((x) => x.slice(0, 11)),
      rij("lumpsum", "", 1).slice(0, 11),
    ]);
    expect(!zonder.ok && zonder.fouten[0]).toBe(
      "Tabel Tarieven, rij 5: deze rij heeft de kolom(men) Aanbieder nodig; voeg die toe aan de tabel.",
    );
  });
});
