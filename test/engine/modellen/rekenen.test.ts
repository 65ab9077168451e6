import fc from "fast-check";
import { laadTariefset } from "../../../src/engine/tariefset/laden";
import {
  MIDDEN_HOLLAND_JEUGD_2017,
  MIDDEN_HOLLAND_WMO_2017,
  RIJNMOND_2018,
} from "../../../src/engine/tariefset/ingebouwd";
import type { Tariefset, TariefsetBron } from "../../../src/engine";
import { berekenPxq, metPlafond, plafondVoor, zoekProductprijs } from "../../../src/engine/modellen/productprijs";
import { leesArrangement, prijsArrangement } from "../../../src/engine/modellen/arrangement";
import { zoekLumpsum } from "../../../src/engine/modellen/lumpsum";

const basis = { regio: "Test", geldigVanaf: "2024-01-01", geldigTot: "2024-12-31", bron: "testbron" };
function set(data: object): Tariefset {
  const r = laadTariefset(data);
  if (!r.ok) throw new Error(r.fouten.join("; "));
  return r.tariefset;
}

const variabel = set({
  naam: "Variabel",
  model: "productprijs",
  ...basis,
  producten: [
    {
      code: null,
      categorie: null,
      naam: "Begeleiding",
      eenheid: "04",
      tarief: null,
      tariefPerAanbieder: true,
      aanbiederTarieven: [
        { aanbieder: "Zorg Noord", tarief: 61.25 },
        { aanbieder: "Zorg Zuid", tarief: null },
      ],
    },
  ],
  plafonds: [{ aanbieder: "Zorg Noord", bedrag: 10000 }],
});

const rijnmondMetPrijzen = (() => {
  const bron = JSON.parse(JSON.stringify(RIJNMOND_2018.bronJson)) as TariefsetBron;
  bron.naam = "Rijnmond test";
  bron.arrangement!.hoogsteTrede = 3;
  bron.arrangement!.prijzen = [
    { onderdeel: 1, trede: 3, bedrag: 3000 },
    { onderdeel: 2, trede: 2, bedrag: 2000.5 },
    { onderdeel: 3, trede: 1, bedrag: 500 },
    { onderdeel: 3, trede: 1, profiel: 4, bedrag: 750 },
  ];
  return set(bron);
})();

describe("productprijs (P x Q)", () => {
  test("Midden-Holland Wmo: 12,5 uur begeleiding x € 42,49 = € 531,13 (rounded once, half away from zero)", () => {
    const r = berekenPxq(MIDDEN_HOLLAND_WMO_2017, "begeleiding", "12,5");
    expect(r).toMatchObject({ ok: true, waarde: { bedragCent: 53113, volume: 12.5 } });
    expect(r.ok && r.uitleg).toBe("12,5 x € 42,49 per uur (Begeleiding) = € 531,13");
    expect(berekenPxq(MIDDEN_HOLLAND_WMO_2017, "Dagbesteding gericht op activering", 3)).toMatchObject({
      waarde: { bedragCent: 14043 },
    });
  });

  test("a price per provider needs the provider; a missing one is ontbreekt (never a guess)", () => {
    expect(zoekProductprijs(variabel, "Begeleiding", "zorg noord")).toMatchObject({
      ok: true,
      waarde: { prijsCent: 6125, aanbieder: "Zorg Noord" },
    });
    expect(zoekProductprijs(variabel, "Begeleiding")).toEqual({
      ok: false,
      soort: "ongeldig",
      tekst: "Product 'Begeleiding' heeft in tariefset 'Variabel' een tarief per aanbieder; vul de aanbieder in.",
    });
    const zuid = zoekProductprijs(variabel, "Begeleiding", "Zorg Zuid");
    expect(zuid).toMatchObject({ ok: false, soort: "ontbreekt" });
    expect(!zuid.ok && zuid.tekst).toMatch(/^Geen tarief voor 'Begeleiding' \(per uur\) bij aanbieder 'Zorg Zuid'/);
    expect(zoekProductprijs(MIDDEN_HOLLAND_JEUGD_2017, "Dagactiviteit JLVG", "Zorg BV")).toMatchObject({
      ok: false,
      soort: "ontbreekt",
    });
  });

  test("an unknown product or a bad volume says what is allowed; a BSN is never quoted", () => {
    expect(berekenPxq(MIDDEN_HOLLAND_WMO_2017, "Huishoudelijke hulp", 1)).toEqual({
      ok: false,
      soort: "ongeldig",
      tekst:
        "Product 'Huishoudelijke hulp' staat niet in tariefset 'Midden-Holland Wmo 2017'. Toegestaan: Begeleiding, Gespecialiseerde begeleiding, Dagbesteding gericht op participatie, Dagbesteding gericht op activering.",
    });
    expect(berekenPxq(MIDDEN_HOLLAND_WMO_2017, "Begeleiding", "-2")).toMatchObject({
      tekst: "Volume is -2; het aantal geleverde eenheden is 0 of meer.",
    });
    const bsn = berekenPxq(MIDDEN_HOLLAND_WMO_2017, "Begeleiding", "123456782");
    expect(!bsn.ok && bsn.tekst).toBe(
      "Volume is (een getal van 9 cijfers, niet getoond); hoogstens 1.000.000 eenheden per regel.",
    );
    expect(berekenPxq(MIDDEN_HOLLAND_WMO_2017, "Begeleiding", "2.500")).toMatchObject({ soort: "ongeldig" });
  });

  test("the ceiling: a provider is paid what it delivered, at most its ceiling", () => {
    expect(plafondVoor(variabel, " zorg NOORD ")).toBe(1000000);
    expect(plafondVoor(variabel, "Zorg Zuid")).toBeNull();
    expect(metPlafond(1200000, 1000000)).toEqual({ betaaldCent: 1000000, bovenPlafondCent: 200000 });
    expect(metPlafond(900000, 1000000)).toEqual({ betaaldCent: 900000, bovenPlafondCent: 0 });
    expect(metPlafond(900000, null)).toEqual({ betaaldCent: 900000, bovenPlafondCent: 0 });
  });
});

describe("arrangement (resultaatgericht)", () => {
  test("'1-3, 2-2, 3-1' is read part by part and priced as the sum of its parts", () => {
    expect(leesArrangement(RIJNMOND_2018, "1-3, 2-2, 3-1")).toMatchObject({
      ok: true,
      waarde: [
        { onderdeel: 1, trede: 3 },
        { onderdeel: 2, trede: 2 },
        { onderdeel: 3, trede: 1 },
      ],
    });
    expect(prijsArrangement(rijnmondMetPrijzen, "1-3, 2-2, 3-1")).toMatchObject({
      ok: true,
      waarde: { bedragCent: 550050 },
    });
    // A price for the profile goes before the general one.
    expect(prijsArrangement(rijnmondMetPrijzen, "1-3; 2–2; 3-1", 4)).toMatchObject({ waarde: { bedragCent: 575050 } });
  });

  test("a bad notation names the part and what is allowed", () => {
    const tekst = (n: unknown, s: Tariefset = RIJNMOND_2018) => {
      const r = leesArrangement(s, n);
      return r.ok ? null : r.tekst;
    };
    expect(tekst("1-3, 7-2")).toBe("7-2: 7 is geen resultaatgebied of ondersteuningselement; toegestaan 1-6.");
    expect(tekst("1-0")).toBe("1-0: trede 0 bestaat niet; toegestaan een geheel getal vanaf 1.");
    expect(tekst("1-4", rijnmondMetPrijzen)).toBe("1-4: trede 4 bestaat niet; toegestaan 1-3.");
    expect(tekst("1-3, 1-2")).toBe("1-2: onderdeel 1 staat er al in (1-3); elk onderdeel één keer, met één trede.");
    expect(tekst("1x3")).toMatch(/^'1x3' is geen onderdeel met trede; schrijf bijvoorbeeld 1-3, 2-2, 3-1/);
    expect(tekst("")).toMatch(/^Arrangement is leeg/);
    expect(tekst("123456782-1")).toBe(
      "(een nummer van 10 cijfers, niet getoond): (een nummer van 9 cijfers, niet getoond) is geen resultaatgebied of ondersteuningselement; toegestaan 1-6.",
    );
    expect(tekst("1-3", variabel)).toBe("Tariefset 'Variabel' heeft model productprijs, geen arrangementen.");
  });

  test("a missing price is ontbreekt naming element and step; a bad profile is ongeldig", () => {
    expect(prijsArrangement(RIJNMOND_2018, "1-3, 2-2")).toMatchObject({
      ok: false,
      soort: "ontbreekt",
      tekst: expect.stringMatching(
        /^Geen prijs voor 1-3 \(sociaal en persoonlijk functioneren, trede 3\) in tariefset 'Rijnmond 2018'\./,
      ),
    });
    expect(prijsArrangement(RIJNMOND_2018, "1-3", 12)).toMatchObject({
      soort: "ongeldig",
      tekst: "Profiel '12' bestaat niet in tariefset 'Rijnmond 2018'; toegestaan 1-9, of leeg.",
    });
  });
});

describe("lumpsum (taakgericht)", () => {
  const ls = set({
    naam: "Lumpsum test",
    model: "lumpsum",
    ...basis,
    lumpsums: [
      { aanbieder: "Wijkteam West", gebied: "West", bedrag: 250000, clienten: 100 },
      { aanbieder: "Wijkteam West", gebied: "Oost", bedrag: 50000.25, clienten: 20 },
      { aanbieder: "Zorg BV", bedrag: 80000 },
    ],
  });
  test("a provider's sum per area or in total, with the clients it is meant for", () => {
    expect(zoekLumpsum(ls, "wijkteam west")).toMatchObject({ waarde: { bedragCent: 30000025, clienten: 120 } });
    expect(zoekLumpsum(ls, "Wijkteam West", "oost")).toMatchObject({ waarde: { bedragCent: 5000025, clienten: 20 } });
    expect(zoekLumpsum(ls, "Zorg BV", "West")).toMatchObject({ waarde: { bedragCent: 8000000, clienten: null } });
    expect(zoekLumpsum(ls, "Wijkteam West", "Noord")).toMatchObject({ soort: "ontbreekt" });
    expect(zoekLumpsum(ls, "Onbekend")).toMatchObject({
      soort: "ontbreekt",
      tekst: "Aanbieder 'Onbekend' heeft geen lumpsum in tariefset 'Lumpsum test'.",
    });
  });
});

describe("properties", () => {
  const volume = fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100);
  const wmo = fc.constantFrom(...MIDDEN_HOLLAND_WMO_2017.producten.map((p) => p.naam));

  test("P x Q is additive over rows: splitting a volume into rows changes the total by at most a cent per row", () => {
    fc.assert(
      fc.property(wmo, fc.array(volume, { minLength: 1, maxLength: 20 }), (product, volumes) => {
        const perRij = volumes.map((v) => {
          const r = berekenPxq(MIDDEN_HOLLAND_WMO_2017, product, v);
          if (!r.ok) throw new Error(r.tekst);
          return r.waarde.bedragCent;
        });
        const prijs = MIDDEN_HOLLAND_WMO_2017.producten.find((p) => p.naam === product)!.tariefCent!;
        // Exact: the sum of the rows' cents is the sum of the unrounded amounts, each off by at most half a cent.
        const exact = volumes.reduce((s, v) => s + Math.round(v * 100) * prijs, 0) / 100;
        const som = perRij.reduce((s, c) => s + c, 0);
        expect(Math.abs(som - exact)).toBeLessThanOrEqual(volumes.length * 0.5);
        // Volumes in whole units need no rounding: then it is exactly additive.
        const heel = volumes.map(Math.floor);
        const heelSom = heel.reduce((s, v) => s + v, 0);
        const r = berekenPxq(MIDDEN_HOLLAND_WMO_2017, product, heelSom);
        expect(r.ok && r.waarde.bedragCent).toBe(heel.reduce((s, v) => s + v * prijs, 0));
      }),
    );
  });

  test("a ceiling is never exceeded, and what is paid plus what is above it is what was delivered", () => {
    fc.assert(
      fc.property(fc.nat(1e12), fc.option(fc.nat(1e12)), (geleverd, plafond) => {
        const r = metPlafond(geleverd, plafond);
        if (plafond !== null) expect(r.betaaldCent).toBeLessThanOrEqual(plafond);
        expect(r.betaaldCent + r.bovenPlafondCent).toBe(geleverd);
        expect(r.bovenPlafondCent).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  test("an arrangement's price is the sum of its parts, in any order", () => {
    const deel = fc.constantFrom("1-3", "2-2", "3-1");
    fc.assert(
      fc.property(fc.uniqueArray(deel, { minLength: 1, maxLength: 3 }), (delen) => {
        const som = delen.reduce((s, d) => {
          const r = prijsArrangement(rijnmondMetPrijzen, d);
          return s + (r.ok ? r.waarde.bedragCent : NaN);
        }, 0);
        const r = prijsArrangement(rijnmondMetPrijzen, [...delen].reverse().join(", "));
        expect(r.ok && r.waarde.bedragCent).toBe(som);
      }),
    );
  });
});
