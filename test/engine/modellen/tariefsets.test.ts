import { bepaalTariefsets, heeftPrijzen, kiesTariefset, laadTariefsets, type TariefsetBron } from "../../../src/engine";
import {
  MIDDEN_HOLLAND_JEUGD_2017,
  MIDDEN_HOLLAND_WMO_2017,
  RIJNMOND_2018,
} from "../../../src/engine/tariefset/ingebouwd";
import { laadTariefset } from "../../../src/engine/tariefset/laden";

const basis = { regio: "Test", geldigVanaf: "2024-01-01", geldigTot: "2024-12-31", bron: "test" };
const fouten = (data: unknown) => {
  const r = laadTariefset(data);
  return r.ok ? [] : r.fouten;
};

describe("the built-in sets of the other models hold only public numbers", () => {
  test("Midden-Holland Wmo 2017: the four public prices per unit, P x Q, each with its source", () => {
    expect(MIDDEN_HOLLAND_WMO_2017.model).toBe("productprijs");
    expect(MIDDEN_HOLLAND_WMO_2017.producten.map((p) => [p.naam, p.eenheid, p.tariefCent])).toEqual([
      ["Begeleiding", "04", 4249],
      ["Gespecialiseerde begeleiding", "04", 7010],
      ["Dagbesteding gericht op participatie", "16", 3113],
      ["Dagbesteding gericht op activering", "16", 4681],
    ]);
    for (const p of MIDDEN_HOLLAND_WMO_2017.producten) expect(p.bron).toMatch(/Midden-Holland.*2017/);
    // No code was published: none is invented.
    expect(MIDDEN_HOLLAND_WMO_2017.producten.every((p) => p.code === null)).toBe(true);
    expect(MIDDEN_HOLLAND_WMO_2017.niveaus).toEqual([]);
  });

  test("Midden-Holland Jeugd 2017: six products with their unit, a tariff per provider, and no amount", () => {
    expect(MIDDEN_HOLLAND_JEUGD_2017.producten.map((p) => [p.naam, p.eenheid])).toEqual([
      ["Begeleiding", "04"],
      ["Begeleiding extra", "04"],
      ["Gespecialiseerde begeleiding (psy)", "04"],
      ["Dagbesteding VG inspanningsgericht licht", "16"],
      ["Dagbesteding VG inspanningsgericht middel", "16"],
      ["Dagactiviteit JLVG", "16"],
    ]);
    for (const p of MIDDEN_HOLLAND_JEUGD_2017.producten) {
      expect(p.tariefPerAanbieder).toBe(true);
      expect(p.tariefCent).toBeNull();
      expect(p.aanbiederTarieven).toEqual([]);
    }
  });

  test("Rijnmond 2018: result areas 1-3, support elements 4-6, profiles 1-9, and no prices", () => {
    const a = RIJNMOND_2018.bronJson.arrangement!;
    expect(RIJNMOND_2018.model).toBe("arrangement");
    expect(a.onderdelen.map((o) => [o.nummer, o.soort, o.naam])).toEqual([
      [1, "resultaatgebied", "sociaal en persoonlijk functioneren"],
      [2, "resultaatgebied", "herstel/vermindering stoornis"],
      [3, "resultaatgebied", "opvoeding: versterken mogelijkheden ouders"],
      [4, "ondersteuningselement", "vervangende opvoeding"],
      [5, "ondersteuningselement", "dagbehandeling/dagbesteding"],
      [6, "ondersteuningselement", "respijtzorg"],
    ]);
    expect(a.profielen.map((p) => p.nummer)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(a.prijzen).toEqual([]);
  });

  test("a set of another model is never the default of the budget functions, and is refused by name", () => {
    const sets = bepaalTariefsets({ bestand: [MIDDEN_HOLLAND_WMO_2017] });
    expect(sets.standaard.set.naam).toBe("IJsselland 2023");
    expect(kiesTariefset(sets, "")).toMatchObject({ ok: true, set: { naam: "IJsselland 2023" } });
    expect(kiesTariefset(sets, "Midden-Holland Wmo 2017")).toEqual({
      ok: false,
      tekst:
        "Tariefset 'Midden-Holland Wmo 2017' heeft model productprijs; hier is een set met model standaardbudget nodig (IJsselland 2023).",
    });
    expect(kiesTariefset(sets, "", "productprijs")).toMatchObject({
      ok: true,
      herkomst: "bestand",
      set: { naam: "Midden-Holland Wmo 2017" },
    });
    expect(kiesTariefset(sets, "", "arrangement")).toMatchObject({ ok: true, set: { naam: "Rijnmond 2018" } });
    expect(kiesTariefset(sets, "", "lumpsum")).toEqual({
      ok: false,
      tekst: "Er is geen tariefset met model lumpsum; lever er een aan of noem er een.",
    });
  });
});

test("which built-in sets can price anything: not those whose prices are not public", () => {
  const sets = bepaalTariefsets({ werkmap: null, bestand: [] });
  const perNaam = Object.fromEntries(sets.keuzes.map((k) => [k.set.naam, heeftPrijzen(k.set)]));
  expect(perNaam).toMatchObject({
    "IJsselland 2023": true,
    "Midden-Holland Wmo 2017": true,
    "Midden-Holland Jeugd 2017": false,
    "Rijnmond 2018": false,
  });
});

describe("each model's set is validated with Dutch messages that name the place", () => {
  test("a standard-budget set still needs its standard budgets; another model does not", () => {
    expect(fouten({ naam: "S", ...basis })).toEqual(
      expect.arrayContaining([expect.stringMatching(/Tariefset 'S', de tariefset: .*standaardbudgetten/)]),
    );
    expect(
      fouten({ naam: "L", model: "lumpsum", ...basis, lumpsums: [{ aanbieder: "Zorg BV", bedrag: 1000 }] }),
    ).toEqual([]);
  });

  test("each model requires its own data, and the model must be one of four", () => {
    expect(fouten({ naam: "P", model: "productprijs", ...basis })).toEqual([expect.stringMatching(/producten/)]);
    expect(fouten({ naam: "A", model: "arrangement", ...basis })).toEqual([expect.stringMatching(/arrangement/)]);
    expect(fouten({ naam: "L", model: "lumpsum", ...basis })).toEqual([expect.stringMatching(/lumpsums/)]);
    expect(fouten({ naam: "X", model: "pxq", ...basis }).join(" ")).toContain(
      "standaardbudget, productprijs, arrangement, lumpsum",
    );
  });

  test("productprijs: one price or a price per provider, whole cents, one ceiling per provider", () => {
    const p = (producten: unknown, extra: object = {}) =>
      fouten({ naam: "P", model: "productprijs", ...basis, producten, ...extra });
    const product = { code: null, categorie: null, naam: "Begeleiding", eenheid: "04", tarief: 42.49 };
    expect(p([product])).toEqual([]);
    expect(p([product, { ...product }])).toEqual([
      "Tariefset 'P', producten[2] ('Begeleiding').naam: deze productnaam staat er al eerder in; elke naam één keer",
    ]);
    expect(p([{ ...product, tariefPerAanbieder: true }])).toEqual([
      "Tariefset 'P', producten[1] ('Begeleiding').tarief: bij een tarief per aanbieder staan de tarieven in aanbiederTarieven; laat tarief leeg (null)",
    ]);
    expect(p([{ ...product, tarief: 42.495 }])).toEqual([
      "Tariefset 'P', producten[1] ('Begeleiding').tarief: hoogstens twee decimalen (hele centen), nu 42.495",
    ]);
    expect(
      p([product], {
        plafonds: [
          { aanbieder: "Zorg BV", bedrag: 100000 },
          { aanbieder: "zorg  bv", bedrag: 5 },
        ],
      }),
    ).toEqual(["Tariefset 'P', plafonds[2].aanbieder: deze aanbieder heeft al een plafond; één per aanbieder"]);
  });

  test("arrangement: prices name existing parts, steps and profiles; lump sums are one per provider (and area)", () => {
    const bron = JSON.parse(JSON.stringify(RIJNMOND_2018.bronJson)) as TariefsetBron;
    bron.naam = "R";
    bron.arrangement!.prijzen = [
      { onderdeel: 7, trede: 1, bedrag: 100 },
      { onderdeel: 1, trede: 1, profiel: 12, bedrag: 100 },
    ];
    expect(fouten(bron)).toEqual([
      "Tariefset 'R', arrangement.prijzen[1].onderdeel: onderdeel 7 staat niet in arrangement.onderdelen (1, 2, 3, 4, 5, 6)",
      "Tariefset 'R', arrangement.prijzen[2].profiel: profiel 12 staat niet in arrangement.profielen",
    ]);
    expect(
      fouten({
        naam: "L",
        model: "lumpsum",
        ...basis,
        lumpsums: [
          { aanbieder: "Zorg BV", bedrag: 1000 },
          { aanbieder: "Zorg BV", gebied: "Noord", bedrag: 1000 },
        ],
      }),
    ).toEqual([
      "Tariefset 'L', lumpsums[2]: aanbieder 'Zorg BV' heeft een lumpsum zonder gebied én per gebied; kies één van beide",
    ]);
    expect(
      fouten({ naam: "S2", model: "lumpsum", ...basis, lumpsums: [{ aanbieder: "A", bedrag: 1 }], plafonds: [] }),
    ).toEqual(["Tariefset 'S2', plafonds: hoort bij model productprijs, deze set heeft model lumpsum"]);
  });

  test("a file may mix models; writing a set back gives what was read", () => {
    const r = laadTariefsets([MIDDEN_HOLLAND_WMO_2017.bronJson, RIJNMOND_2018.bronJson]);
    expect(r.ok).toBe(true);
    expect(MIDDEN_HOLLAND_WMO_2017.bronJson).not.toHaveProperty("standaardbudgetten");
  });
});
