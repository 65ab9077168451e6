import { tabelNaarTariefsets, tariefsetNaarTabel, TABEL_KOPPEN, type TariefsetBron } from "../../../src/engine";
import { IJSSELLAND_2023 } from "../../../src/engine/tariefset/ingebouwd";
import { laadTariefset } from "../../../src/engine/tariefset/laden";
import { bronKopie } from "../../helpers/tariefsets";

const kop = [...TABEL_KOPPEN];
const alleenVast = kop.slice(0, 8);

function metProducten(producten: TariefsetBron["producten"]): TariefsetBron {
  const bron = bronKopie();
  bron.naam = "Producttest";
  bron.producten = producten;
  return bron;
}

describe("products in the built-in IJsselland 2023 set", () => {
  const p = IJSSELLAND_2023.producten;

  test("names what is public: 7 ambulant tariff groups, 4 group codes, 17 stay codes (A-K and GGZ C-H)", () => {
    expect(p).toHaveLength(28);
    expect(p.filter((x) => x.naam.startsWith("Ambulant"))).toHaveLength(7);
    expect(p.filter((x) => x.naam.startsWith("Groepsaanbod")).map((x) => x.naam)).toEqual([
      "Groepsaanbod licht",
      "Groepsaanbod middel",
      "Groepsaanbod middelzwaar",
      "Groepsaanbod zwaar",
    ]);
    expect(p.filter((x) => x.naam.startsWith("Verblijf intensiteit"))).toHaveLength(11);
    expect(p.filter((x) => x.naam.startsWith("GGZ-verblijf"))).toHaveLength(6);
    // Ambulant and group products are declared on the a-specifiek toewijzing, category 50.
    expect(p.filter((x) => x.categorie === "50")).toHaveLength(11);
  });

  test("54011 is GGZ stay class C (category 54); no other code and no amount is invented", () => {
    expect(IJSSELLAND_2023.zoekProduct("54011")).toMatchObject({
      naam: "GGZ-verblijf tariefklasse C",
      categorie: "54",
      tariefCent: null,
    });
    expect(p.filter((x) => x.code !== null).map((x) => x.code)).toEqual(["54011"]);
    expect(p.every((x) => x.tariefCent === null && x.eenheid === null)).toBe(true);
    expect(p.every((x) => x.bron.length > 20)).toBe(true);
  });

  test("lookup is by code, case-insensitive and trimmed; unknown or empty codes give nothing", () => {
    const set = laadTariefset(
      metProducten([{ code: "45a48", categorie: "45", naam: "Test", eenheid: "04", tarief: 80.5 }]),
    );
    expect(set.ok).toBe(true);
    if (!set.ok) return;
    expect(set.tariefset.zoekProduct(" 45A48 ")).toMatchObject({ tariefCent: 8050, eenheid: "04" });
    expect(set.tariefset.zoekProduct("45A49")).toBeUndefined();
    expect(set.tariefset.zoekProduct("")).toBeUndefined();
    // Validity defaults to the set's own.
    expect(set.tariefset.zoekProduct("45A48")).toMatchObject({ geldigVanaf: "2023-01-01", geldigTot: "2023-12-31" });
  });
});

describe("product validation (schema and content), in Dutch with the place", () => {
  const fouten = (producten: unknown) => {
    const r = laadTariefset(metProducten(producten as TariefsetBron["producten"]));
    return r.ok ? [] : r.fouten;
  };

  test("a code of 6 characters, a category of 3 digits and a unit outside iJw are refused", () => {
    expect(fouten([{ code: "ABCDEF", categorie: "500", naam: "X", eenheid: "05", tarief: 1 }]).join("\n")).toMatch(
      /producten\[1\] \('X'\)\.code.*\n.*producten\[1\] \('X'\)\.categorie.*\n.*producten\[1\] \('X'\)\.eenheid/,
    );
  });

  test("duplicate codes, tariffs with fractions of a cent, a tariff without a code and impossible dates are refused", () => {
    const f = fouten([
      { code: "A1", categorie: "50", naam: "Een", eenheid: "04", tarief: 10.005 },
      { code: "a1", categorie: "50", naam: "Twee", eenheid: "04", tarief: null },
      { code: null, categorie: "50", naam: "Drie", eenheid: null, tarief: 5 },
      { code: "B", categorie: "50", naam: "Vier", eenheid: null, tarief: null, geldigVanaf: "2023-02-30" },
      {
        code: "C",
        categorie: "50",
        naam: "Vijf",
        eenheid: null,
        tarief: null,
        geldigVanaf: "2023-06-01",
        geldigTot: "2023-05-31",
      },
    ]);
    expect(f).toEqual([
      "Tariefset 'Producttest', producten[1] ('Een').tarief: hoogstens twee decimalen (hele centen), nu 10.005",
      "Tariefset 'Producttest', producten[2] ('Twee').code: productcode a1 staat er al eerder in",
      "Tariefset 'Producttest', producten[3] ('Drie').tarief: een tarief zonder productcode kan niemand declareren; vul de code in",
      "Tariefset 'Producttest', producten[4] ('Vier').geldigVanaf: '2023-02-30' is geen bestaande datum (JJJJ-MM-DD)",
      "Tariefset 'Producttest', producten[5] ('Vijf').geldigVanaf: 2023-06-01 ligt na geldigTot (2023-05-31)",
    ]);
  });

  test("a set without products stays valid (sets made before products existed)", () => {
    const bron = bronKopie();
    delete bron.producten;
    const r = laadTariefset(bron);
    expect(r.ok && r.tariefset.producten).toEqual([]);
  });
});

describe("products in the workbook's Tarieven table", () => {
  test("the built-in set round-trips through the table, products included", () => {
    const r = tabelNaarTariefsets(kop, tariefsetNaarTabel(IJSSELLAND_2023.bronJson));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tariefsets[0].producten).toEqual(IJSSELLAND_2023.producten);
  });

  test("a product row as Excel gives it: numbers for code and category, unit 4 or 'uur', tariff with a decimal comma", () => {
    const bron = bronKopie();
    bron.producten = [];
    const rijen = tariefsetNaarTabel(bron);
    rijen.push(["IJsselland 2023", "product", "Specialistisch", "80,50", "", "", "", "contract", 45001, 45, 4]);
    rijen.push(["IJsselland 2023", "Product", "Dagdeel", "", "", "", "", "", "B12", "5", "dagdeel"]);
    const r = tabelNaarTariefsets(kop, rijen);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tariefsets[0].producten).toEqual([
      expect.objectContaining({ code: "45001", categorie: "45", eenheid: "04", tariefCent: 8050, bron: "contract" }),
      expect.objectContaining({ code: "B12", categorie: "05", eenheid: "16", tariefCent: null }),
    ]);
  });

  test("a table without the product columns still works when it has no products, and says which are missing when it has", () => {
    const zonder = tariefsetNaarTabel({ ...bronKopie(), producten: [], richtlijn: undefined }).map((r) =>
      r.slice(0, 8),
    );
    expect(tabelNaarTariefsets(alleenVast, zonder).ok).toBe(true);
    const met = [...zonder, ["IJsselland 2023", "product", "X", "", "", "", "", ""]];
    const r = tabelNaarTariefsets(alleenVast, met);
    expect(!r.ok && r.fouten).toEqual([
      `Tabel Tarieven, rij ${met.length}: een product heeft de kolom(men) Productcode, Categorie, Eenheid nodig; voeg die toe aan de tabel.`,
    ]);
  });

  test("a wrong unit or category names the row and what is allowed", () => {
    const bron = bronKopie();
    bron.producten = [];
    const rijen = tariefsetNaarTabel(bron);
    rijen.push(["IJsselland 2023", "product", "X", "", "", "", "", "", "A", "50", "week"]);
    rijen.push(["IJsselland 2023", "product", "Y", "", "", "", "", "", "B", "abc", ""]);
    const r = tabelNaarTariefsets(kop, rijen);
    expect(!r.ok && r.fouten).toEqual([
      `Tabel Tarieven, rij ${rijen.length - 1}: Eenheid 'week' is geen iJw-eenheid. Toegestaan: 01 (minuut), 04 (uur), 14 (etmaal), 16 (dagdeel), 82 (stuks (output)), 83 (euro), 84 (stuks (inspanning)); leeg als die niet bekend is.`,
      `Tabel Tarieven, tariefset 'IJsselland 2023', rij ${rijen.length} (producten.categorie): moet twee cijfers zijn, bijvoorbeeld 50`,
    ]);
  });
});
