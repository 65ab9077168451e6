import fc from "fast-check";
import { tariefsetNaarTabel, TABEL_KOPPEN } from "../../src/engine";
import * as JH from "../../src/functions/functions";
import { zetTabelLezer } from "../../src/functions/tariefbron";
import { bronKopie } from "../helpers/tariefsets";

type Fout = { code: string; message: string };
const fout = (code: string, bericht: string) =>
  expect.objectContaining({ code, message: expect.stringContaining(bericht) });

/** A workbook whose Tarieven table adds two products with contract tariffs (test values, not real ones). */
function werkmapMetProducten() {
  const bron = bronKopie();
  bron.naam = "IJsselland 2023 contract";
  bron.producten = [
    ...(bron.producten ?? []),
    {
      code: "45A48",
      categorie: "45",
      naam: "Ambulant specialistisch",
      eenheid: "04",
      tarief: 112.37,
      bron: "contract",
    },
    { code: "50M01", categorie: "50", naam: "Ambulant per minuut", eenheid: "01", tarief: 1.87, bron: "contract" },
  ];
  zetTabelLezer(async () => ({ kop: [...TABEL_KOPPEN], rijen: tariefsetNaarTabel(bron) }));
}

afterEach(() => zetTabelLezer(null));

describe("JH.PRODUCTTARIEF and JH.DECLARATIEBEDRAG, called as Excel calls them", () => {
  test("the built-in set: 54011 is known without a public tariff (#N/A), an unknown code is #VALUE!", async () => {
    expect(await JH.producttarief([["54011"]])).toEqual([
      [fout("#N/A", "Het tarief van product 54011 (GGZ-verblijf tariefklasse C) is niet bekend")],
    ]);
    expect(await JH.producttarief([["45A48"]])).toEqual([
      [fout("#VALUE!", "Productcode '45A48' staat niet in tariefset IJsselland 2023 (wel: 54011)")],
    ]);
    expect(await JH.declaratiebedrag([[10]], [["54011"]])).toEqual([[fout("#N/A", "niet bekend")]]);
  });

  test("tariffs from the workbook's table; a range spills, each cell its own answer", async () => {
    werkmapMetProducten();
    expect(await JH.producttarief([["45A48"], ["50m01"], ["XX"], [""]])).toEqual([
      [112.37],
      [1.87],
      [fout("#VALUE!", "staat niet in tariefset IJsselland 2023 contract")],
      [fout("#VALUE!", "Vul een productcode in")],
    ]);
  });

  test("P x Q to the cent: 13 hours x 112,37 = 1460,81; 150 minutes x 1,87 = 280,50; volume as Dutch text", async () => {
    werkmapMetProducten();
    expect(await JH.declaratiebedrag([[13], ["150"]], [["45A48"], ["50M01"]])).toEqual([[1460.81], [280.5]]);
    expect(await JH.declaratiebedrag([["1.000"]], [["50M01"]])).toEqual([[fout("#VALUE!", "dubbelzinnig")]]);
    expect(await JH.declaratiebedrag([["2,5"]], [["45A48"]])).toEqual([[fout("#VALUE!", "geheel getal")]]);
    expect(await JH.declaratiebedrag([[-1]], [["45A48"]])).toEqual([[fout("#VALUE!", "geheel getal")]]);
    // The built-in set by name still has no tariff for these codes.
    expect(await JH.declaratiebedrag([[13]], [["45A48"]], [["IJsselland 2023"]])).toEqual([
      [fout("#VALUE!", "staat niet in")],
    ]);
  });

  test("DECLARATIEBEDRAG is exactly volume x PRODUCTTARIEF in cents, for any volume (what 9346 checks)", async () => {
    werkmapMetProducten();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 99_999_999 }), async (volume) => {
        const [[bedrag]] = await JH.declaratiebedrag([[volume]], [["45A48"]]);
        expect(Math.round((bedrag as number) * 100)).toBe(volume * 11237);
      }),
      { numRuns: 200 },
    );
  });

  test("a message never quotes a number that could be a BSN", async () => {
    const [[uit]] = await JH.producttarief([["123456782"]]);
    expect((uit as Fout).message).not.toContain("123456782");
  });
});
