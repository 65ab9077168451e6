import fc from "fast-check";
import { laadTariefset } from "../../../src/engine/tariefset/laden";
import { IJSSELLAND_2023, MIDDEN_HOLLAND_WMO_2017, RIJNMOND_2018 } from "../../../src/engine/tariefset/ingebouwd";
import {
  Vergelijking,
  vergelijkingAlsRijen,
  vergelijkingRapport,
  vergelijkKolommen,
  type Tariefset,
  type Vergelijkingsuitkomst,
} from "../../../src/engine";

const basis = { regio: "Test", geldigVanaf: "2024-01-01", geldigTot: "2024-12-31", bron: "testbron" };
function set(data: object): Tariefset {
  const r = laadTariefset(data);
  if (!r.ok) throw new Error(r.fouten.join("; "));
  return r.tariefset;
}
const pxqMetPlafond = set({
  ...MIDDEN_HOLLAND_WMO_2017.bronJson,
  naam: "MH met plafond",
  plafonds: [{ aanbieder: "Zorg Noord", bedrag: 1000 }],
});
const lumpsum = set({
  naam: "Lumpsum",
  model: "lumpsum",
  ...basis,
  lumpsums: [
    { aanbieder: "Zorg Noord", bedrag: 2000, clienten: 2 },
    { aanbieder: "Zorg Zuid", bedrag: 500 },
    { aanbieder: "Wijkteam Oost", bedrag: 300 },
  ],
});
const modellen = [pxqMetPlafond, IJSSELLAND_2023, lumpsum];
const KOP = [
  "Toewijzing",
  "Aanbieder",
  "Product",
  "Volume",
  "Traject",
  "Ambulant uren per week",
  "Ambulant weken",
  "Rekentarief",
];
const B = "Overwegend begeleiding en lichte hulp";

function vergelijk(rijen: unknown[][], sets: Tariefset[] = modellen): Vergelijkingsuitkomst {
  const k = vergelijkKolommen(KOP, sets);
  if (!k.ok) throw new Error(k.tekst);
  const v = new Vergelijking(sets, k.kolommen);
  for (const r of rijen) v.voegToe(r);
  return v.uitkomst();
}

const rijen = [
  // Zorg Noord: two rows of one trajectory (one client), 30 h begeleiding = € 1.274,70 > ceiling € 1.000.
  ["T1", "Zorg Noord", "Begeleiding", 20, "herstel", 2, 10, B],
  ["T1", "Zorg Noord", "Begeleiding", 10, "", "", "", ""],
  // Zorg Zuid: two clients.
  ["T2", "Zorg Zuid", "Gespecialiseerde begeleiding", "2,5", "herstel", 1, 10, B],
  ["T3", "Zorg Zuid", "Dagbesteding gericht op participatie", 4, "herstel", 1, 5, B],
];

describe("the comparison per provider per model", () => {
  const u = vergelijk(rijen);
  const regel = (aanbieder: string, tariefset: string) =>
    u.regels.find((r) => r.aanbieder === aanbieder && r.tariefset === tariefset)!;

  test("P x Q capped at the ceiling, with what was above it", () => {
    expect(regel("Zorg Noord", "MH met plafond")).toMatchObject({
      clienten: 1,
      kostenCent: 100000,
      geleverdCent: 127470,
      bovenPlafondCent: 27470,
      overOnderCent: -27470,
      status: "plafond € 1.000,00 bereikt: € 274,70 niet betaald",
    });
    // 2,5 x 70,10 = 175,25; 4 x 31,13 = 124,52.
    expect(regel("Zorg Zuid", "MH met plafond")).toMatchObject({
      clienten: 2,
      kostenCent: 29977,
      perClientCent: 14989,
    });
  });

  test("outputgericht: one standard budget per client (the trajectory's first row), whatever the further rows", () => {
    // 2 h x 10 weeks x € 70 = € 1.400 -> budget 2 (€ 2.000); Zuid: 700 and 350 -> budget 1 each.
    expect(regel("Zorg Noord", "IJsselland 2023")).toMatchObject({ kostenCent: 200000, verschilCent: 100000 });
    expect(regel("Zorg Zuid", "IJsselland 2023")).toMatchObject({ kostenCent: 200000, overOnderCent: 200000 - 29977 });
  });

  test("taakgericht: the lump sum whatever was delivered; a provider with a lump sum and no rows is still paid", () => {
    expect(regel("Zorg Noord", "Lumpsum")).toMatchObject({ kostenCent: 200000, perClientCent: 200000 });
    expect(regel("Wijkteam Oost", "Lumpsum")).toMatchObject({ clienten: 0, kostenCent: 30000, perClientCent: null });
    expect(regel("Wijkteam Oost", "MH met plafond")).toMatchObject({ kostenCent: 0, geleverdCent: 0 });
    expect(u.totalen.map((t) => [t.tariefset, t.kostenCent, t.clienten])).toEqual([
      ["MH met plafond", 129977, 3],
      ["IJsselland 2023", 400000, 3],
      ["Lumpsum", 280000, 3],
    ]);
  });

  test("a row a model cannot price is never a 0: the cost stays empty and the status says why", () => {
    const v = vergelijk([["T9", "Zorg West", "Huishoudelijke hulp", 3, "herstel", 1, 10, B]]);
    const pxq = v.regels.find((r) => r.aanbieder === "Zorg West" && r.model === "productprijs")!;
    expect(pxq.kostenCent).toBeNull();
    expect(pxq.status).toMatch(/^onvolledig: 1 rij\(en\) niet te prijzen \(Product 'Huishoudelijke hulp' staat niet/);
    expect(v.regels.find((r) => r.aanbieder === "Zorg West" && r.model === "lumpsum")).toMatchObject({
      kostenCent: null,
      status: "Aanbieder 'Zorg West' heeft geen lumpsum in tariefset 'Lumpsum'.",
    });
    expect(v.totalen[0].kostenCent).toBeNull();
  });

  test("missing columns are named; a provider that looks like a BSN is not shown", () => {
    expect(vergelijkKolommen(["Aanbieder", "Volume"], modellen)).toEqual({
      ok: false,
      tekst:
        "Het overzicht mist de kolom(men) Product en Volume (voor productprijs), Traject en de invoer van de rekentool (voor standaardbudget). Kopteksten: Aanbieder, Volume.",
    });
    const v = vergelijk([["T1", "123456782", "Begeleiding", 1, "herstel", 1, 1, B]]);
    expect(JSON.stringify(vergelijkingAlsRijen(v))).not.toContain("123456782");
  });

  test("the report is one self-contained file: the table and an SVG chart, nothing loaded from outside", () => {
    const html = vergelijkingRapport(u, "Vergelijking <test>", "1 december 2026");
    expect(html).toContain("<svg");
    expect(html).toContain("Vergelijking &lt;test&gt;");
    expect(html).toContain("€ 1.299,77");
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(|href=/i);
  });
});

describe("arrangement in the comparison", () => {
  const rijnmond = (() => {
    const bron = JSON.parse(JSON.stringify(RIJNMOND_2018.bronJson));
    bron.naam = "Rijnmond met prijzen";
    bron.arrangement.prijzen = [
      { onderdeel: 1, trede: 3, bedrag: 3000 },
      { onderdeel: 2, trede: 2, bedrag: 2000 },
    ];
    return set(bron);
  })();
  test("a fixed price per client for its arrangement; a part without a price leaves the provider's cost empty", () => {
    const kop = ["Toewijzing", "Aanbieder", "Arrangement", "Profiel"];
    const k = vergelijkKolommen(kop, [rijnmond]);
    if (!k.ok) throw new Error(k.tekst);
    const v = new Vergelijking([rijnmond], k.kolommen);
    v.voegToe(["A1", "Zorg Noord", "1-3, 2-2", ""]);
    v.voegToe(["A1", "Zorg Noord", "", ""]);
    v.voegToe(["A2", "Zorg Zuid", "1-3, 3-1", ""]);
    const u = v.uitkomst();
    expect(u.regels.map((r) => [r.aanbieder, r.clienten, r.kostenCent])).toEqual([
      ["Zorg Noord", 1, 500000],
      ["Zorg Zuid", 1, null],
    ]);
    expect(u.regels[1].status).toMatch(/^onvolledig: 1 rij\(en\) niet te prijzen \(Geen prijs voor 3-1 /);
    expect(vergelijkKolommen(["Aanbieder"], [rijnmond])).toMatchObject({
      ok: false,
      tekst: expect.stringContaining("Arrangement (voor arrangement)"),
    });
  });
});

describe("properties of the comparison", () => {
  const rij = fc.record({
    aanbieder: fc.constantFrom("Zorg Noord", "Zorg Zuid", "Wijkteam Oost"),
    product: fc.constantFrom(...MIDDEN_HOLLAND_WMO_2017.producten.map((p) => p.naam)),
    volume: fc.integer({ min: 0, max: 50000 }).map((n) => n / 100),
  });
  const alsRij = (r: { aanbieder: string; product: string; volume: number }) => [
    "",
    r.aanbieder,
    r.product,
    r.volume,
    "herstel",
    1,
    1,
    B,
  ];

  test("a lump sum does not depend on volume", () => {
    fc.assert(
      fc.property(fc.array(rij, { maxLength: 30 }), fc.integer({ min: 2, max: 9 }), (lijst, factor) => {
        const een = vergelijk(lijst.map(alsRij), [lumpsum]);
        const meer = vergelijk(
          lijst.map((r) => alsRij({ ...r, volume: r.volume * factor })),
          [lumpsum],
        );
        expect(meer.regels.map((r) => r.kostenCent)).toEqual(een.regels.map((r) => r.kostenCent));
      }),
    );
  });

  test("P x Q is additive over rows and a provider is never paid above its ceiling", () => {
    fc.assert(
      fc.property(fc.array(rij, { maxLength: 30 }), (lijst) => {
        const u = vergelijk(lijst.map(alsRij), [pxqMetPlafond]);
        for (const r of u.regels) {
          const eigen = lijst.filter((x) => x.aanbieder === r.aanbieder);
          const los = eigen.reduce((s, x) => s + vergelijk([alsRij(x)], [pxqMetPlafond]).regels[0].geleverdCent!, 0);
          expect(r.geleverdCent).toBe(los);
          if (r.aanbieder === "Zorg Noord") expect(r.kostenCent).toBeLessThanOrEqual(100000);
          expect(r.kostenCent! + r.bovenPlafondCent).toBe(r.geleverdCent);
        }
      }),
      { numRuns: 50 },
    );
  });
});
