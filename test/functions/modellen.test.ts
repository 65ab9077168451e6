import { tariefsetNaarTabel, TABEL_KOPPEN } from "../../src/engine";
import * as JH from "../../src/functions/functions";
import { zetTabelLezer } from "../../src/functions/tariefbron";
import { bronKopie } from "../helpers/tariefsets";

const fout = (code: string, bericht: RegExp | string) =>
  expect.objectContaining({
    code,
    message: typeof bericht === "string" ? expect.stringContaining(bericht) : expect.stringMatching(bericht),
  });

afterEach(() => zetTabelLezer(null));

describe("JH.PXQ and JH.PRODUCTPRIJS (productprijs, P x Q), called as Excel calls them", () => {
  test("a range spills: 12,5 uur begeleiding and 3 dagdelen activering at Midden-Holland Wmo 2017 prices", async () => {
    expect(await JH.pxq([["Begeleiding"], ["Dagbesteding gericht op activering"]], [["12,5"], [3]])).toEqual([
      [531.13],
      [140.43],
    ]);
    expect(await JH.productprijs([["Gespecialiseerde begeleiding"]])).toEqual([[70.1]]);
    expect(await JH.pxq([["begeleiding"]], [[10]], [[""]], [["Midden-Holland Wmo 2017"]])).toEqual([[424.9]]);
  });

  test("#WAARDE! for wrong input, #N/B for a price that is not public; each cell on its own", async () => {
    const [[onbekend], [negatief], [goed]] = await JH.pxq(
      [["Huishoudelijke hulp"], ["Begeleiding"], ["Begeleiding"]],
      [[1], [-1], [1]],
    );
    expect(onbekend).toEqual(fout("#VALUE!", "Product 'Huishoudelijke hulp' staat niet in tariefset"));
    expect(negatief).toEqual(fout("#VALUE!", "Volume is -1"));
    expect(goed).toBe(42.49);
    expect(await JH.productprijs([["Dagactiviteit JLVG"]], [["Zorg BV"]], [["Midden-Holland Jeugd 2017"]])).toEqual([
      [fout("#N/A", "Geen tarief voor 'Dagactiviteit JLVG' (per dagdeel) bij aanbieder 'Zorg BV'")],
    ]);
    expect(await JH.productprijs([["Begeleiding"]], [[""]], [["Midden-Holland Jeugd 2017"]])).toEqual([
      [fout("#VALUE!", "een tarief per aanbieder; vul de aanbieder in")],
    ]);
  });

  test("a set of another model is refused by name", async () => {
    expect(await JH.pxq([["Begeleiding"]], [[1]], [[""]], [["IJsselland 2023"]])).toEqual([
      [
        fout(
          "#VALUE!",
          "Tariefset 'IJsselland 2023' heeft model standaardbudget; hier is een set met model productprijs nodig",
        ),
      ],
    ]);
    expect(await JH.standaardbudget([[2750]], [[""]], [["Midden-Holland Wmo 2017"]])).toEqual([
      [fout("#VALUE!", "heeft model productprijs; hier is een set met model standaardbudget nodig")],
    ]);
  });
});

describe("JH.ARRANGEMENT (resultaatgericht)", () => {
  test("a bad notation is #WAARDE! naming the part and what is allowed", async () => {
    expect(await JH.arrangement([["1-3, 7-2"]])).toEqual([
      [fout("#VALUE!", "7-2: 7 is geen resultaatgebied of ondersteuningselement; toegestaan 1-6")],
    ]);
    expect(await JH.arrangement([["1-3"]], [[10]])).toEqual([[fout("#VALUE!", "Profiel '10' bestaat niet")]]);
  });

  test("the built-in Rijnmond structure has no prices: #N/B naming element and step", async () => {
    expect(await JH.arrangement([["1-3, 2-2, 3-1"]])).toEqual([
      [fout("#N/A", "Geen prijs voor 1-3 (sociaal en persoonlijk functioneren, trede 3) in tariefset 'Rijnmond 2018'")],
    ]);
  });

  test("a workbook table of standard budgets leaves the built-in arrangement structure usable by name", async () => {
    zetTabelLezer(async () => ({ kop: [...TABEL_KOPPEN], rijen: tariefsetNaarTabel(bronKopie()) }));
    expect(await JH.arrangement([["1-3"]], [[""]], [["Rijnmond 2018"]])).toEqual([
      [fout("#N/A", "Geen prijs voor 1-3")],
    ]);
  });
});
