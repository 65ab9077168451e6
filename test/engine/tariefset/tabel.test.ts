import { tabelNaarTariefsets, tariefsetNaarTabel, TABEL_KOPPEN } from "../../../src/engine";
import { IJSSELLAND_2023 } from "../../../src/engine/tariefset/ingebouwd";
import { bronKopie } from "../../helpers/tariefsets";

const kop = [...TABEL_KOPPEN];
const rijen = () => tariefsetNaarTabel(bronKopie());

describe("the Tarieven table", () => {
  test("round trip: the built-in set as table rows reads back as the same set", () => {
    const r = tabelNaarTariefsets(kop, rijen());
    expect(r.ok && r.tariefsets[0].bronJson).toEqual(IJSSELLAND_2023.bronJson);
  });

  test("as Excel delivers it: date serials, Dutch amounts as text, headers in any case and order, blank rows", () => {
    const gehusseld = [...kop].reverse().map((k) => k.toUpperCase());
    const data = rijen().map((rij) => [...rij].reverse());
    data[1][gehusseld.indexOf("NAAM")] = 44927; // 2023-01-01 as an Excel serial
    const licht = data.findIndex((r) => r.includes("licht"));
    data[licht][gehusseld.indexOf("BEDRAG")] = "14,28";
    data.splice(3, 0, Array(8).fill(""));
    const r = tabelNaarTariefsets(gehusseld, data);
    expect(r.ok).toBe(true);
    expect(r.ok && r.tariefsets[0].geldigVanaf).toBe("2023-01-01");
    expect(r.ok && r.tariefsets[0].zoekIntensiteit("licht")?.uurtariefCent).toBe(1428);
  });

  test("KDC/ODC in the Duurzaam column, and two sets side by side", () => {
    const tweede = bronKopie();
    tweede.naam = "Regio B 2024";
    const r = tabelNaarTariefsets(kop, [...rijen(), ...tariefsetNaarTabel(tweede)]);
    expect(r.ok && r.tariefsets.map((s) => s.naam)).toEqual(["IJsselland 2023", "Regio B 2024"]);
    const zwaar = r.ok ? r.tariefsets[0].zoekIntensiteit("zwaar") : undefined;
    expect(zwaar).toMatchObject({ toegestaanInDuurzaam: false, duurzaamBijKdcOdc: true, uurtariefCent: null });
  });

  test("the guide from hours to a level travels in three optional columns; a table without them still reads", () => {
    const r = tabelNaarTariefsets(kop, rijen());
    expect(r.ok && r.tariefsets[0].richtlijn?.zoekSoort("j&o")?.banden.map((b) => [b.totEnMetUren, b.niveau])).toEqual([
      [50, 4],
      [110, 6],
      [140, 7],
    ]);
    // A table as it was made before the guide: without its three columns (the eight fixed and the product
    // columns), no guide rows.
    const oud = rijen()
      .filter((rij) => !String(rij[1]).startsWith("richtlijn"))
      .map((rij) => rij.slice(0, 11));
    const zonder = tabelNaarTariefsets(kop.slice(0, 11), oud);
    expect(zonder.ok && zonder.tariefsets[0].richtlijn).toBeNull();
    // Guide rows in a table without the guide's columns: the row and the missing columns are named.
    const r2 = tabelNaarTariefsets(
      kop.slice(0, 11),
      rijen().map((rij) => rij.slice(0, 11)),
    );
    expect(!r2.ok && r2.fouten[0]).toMatch(
      /^Tabel Tarieven, rij \d+: een rij van de richtlijn heeft de kolommen Uren t\/m, Niveau, Omschrijving nodig; Uren t\/m, Niveau, Omschrijving ontbreekt\.$/,
    );
  });

  test("a guide band that points at a level the set lacks, or bands out of order, names the row", () => {
    const data = rijen();
    const ggz = data.findIndex((r) => r[1] === "richtlijn" && r[2] === "GGZ");
    // The guide's columns follow the eight fixed and the three product columns: Uren t/m 11, Niveau 12.
    data[ggz][12] = 9;
    data[ggz + 2][11] = 10;
    const r = tabelNaarTariefsets(kop, data);
    expect(!r.ok && r.fouten).toEqual([
      `Tabel Tarieven, tariefset 'IJsselland 2023', rij ${ggz + 1} (richtlijn.soorten.banden.niveau): standaardbudget 9 bestaat niet in deze tariefset (nummers: 1, 2, 3, 4, 5, 6, 7, 8)`,
      `Tabel Tarieven, tariefset 'IJsselland 2023', rij ${ggz + 3} (richtlijn.soorten.banden.totEnMetUren): de uren moeten per band oplopen; alleen de laatste band mag zonder bovengrens`,
    ]);
  });

  test("errors name the table row and what is allowed", () => {
    const data = rijen();
    data[6][3] = "veel"; // standaardbudget 1, Bedrag
    data[7][1] = "korting"; // Soort
    data[8][4] = "misschien"; // Medisch
    const r = tabelNaarTariefsets(kop, data);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.fouten).toEqual(
      expect.arrayContaining([
        "Tabel Tarieven, rij 7: Bedrag 'veel' is geen geldig bedrag; vul een bedrag in euro's in, bijvoorbeeld 14,28.",
        expect.stringMatching(
          /^Tabel Tarieven, rij 8: Soort 'korting' bestaat niet\. Toegestaan: regio, .*intensiteit, richtlijn bron, richtlijn, product, model, .*lumpsum\.$/,
        ),
        "Tabel Tarieven, rij 9: Medisch 'misschien' moet ja of nee zijn.",
      ]),
    );
  });

  test("content errors from validation point at the row", () => {
    const data = rijen();
    data.find((r) => r[2] === "Grote ggz instellingen / academisch")![3] = 130.001;
    const r = tabelNaarTariefsets(kop, data);
    expect(!r.ok && r.fouten).toEqual([
      expect.stringMatching(
        /^Tabel Tarieven, tariefset 'IJsselland 2023', rij 16 \(rekentarieven\.uurtarief\): hoogstens twee decimalen/,
      ),
    ]);
  });

  test("missing columns and an empty table", () => {
    expect(tabelNaarTariefsets(["Tariefset", "Soort", "Naam"], [])).toEqual({
      ok: false,
      fouten: expect.arrayContaining([
        "Tabel Tarieven: de kolom 'Bedrag' ontbreekt. Nodig: Tariefset, Soort, Naam, Bedrag, Medisch, Herstel, Duurzaam, Bron.",
      ]),
    });
    expect(tabelNaarTariefsets(kop, [])).toEqual({
      ok: false,
      fouten: [expect.stringContaining("Tabel Tarieven is leeg")],
    });
  });
});
