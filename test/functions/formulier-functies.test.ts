import { FORMULIERVELDEN } from "../../src/engine";
import * as JH from "../../src/functions/functions";
import { BEGELEIDING } from "../helpers/tariefsets";

type Fout = { code: string; message: string };
const fout = (code: string, bericht: RegExp) =>
  expect.objectContaining({ code, message: expect.stringMatching(bericht) });

describe("JH.INDICATIE: the guide's level for a kind of help and hours (a guide, not a rule)", () => {
  // Every boundary of the region's table, as a column that spills.
  const grenzen: [string, number, number][] = [
    ["GGZ", 16, 2],
    ["GGZ", 17, 4],
    ["GGZ", 33, 4],
    ["GGZ", 34, 5],
    ["GGZ", 66, 5],
    ["GGZ", 67, 6],
    ["GGZ", 100, 6],
    ["GGZ", 101, 7],
    ["GGZ", 130, 7],
    ["J&O", 50, 4],
    ["J&O", 51, 6],
    ["J&O", 110, 6],
    ["J&O", 111, 7],
    ["J&O", 140, 7],
    ["(L)VB", 50, 4],
    ["(L)VB", 51, 6],
    ["(L)VB", 120, 6],
    ["(L)VB", 121, 8],
    ["(L)VB", 200, 8],
  ];
  test("at every boundary of the table (16/17 h, 33/34 h, ...), as Excel calls it with ranges", async () => {
    const uit = await JH.indicatie(
      grenzen.map(([s]) => [s]),
      grenzen.map(([, u]) => [u]),
    );
    expect(uit).toEqual(grenzen.map(([, , n]) => [n]));
  });
  test("heavy diagnostics without hours; beyond the guide #N/A; an unknown kind #VALUE! listing the kinds", async () => {
    expect(await JH.indicatie([["GGZ zware diagnostiek"]], [[""]])).toEqual([[3]]);
    const [[boven]] = (await JH.indicatie([["GGZ"]], [[131]])) as Fout[][];
    expect(boven).toEqual(fout("#N/A", /^131 uur GGZ valt buiten de richtlijn/));
    const [[onbekend]] = (await JH.indicatie([["logopedie"]], [[10]])) as Fout[][];
    expect(onbekend).toEqual(fout("#VALUE!", /Toegestaan: GGZ, GGZ zware diagnostiek, J&O, \(L\)VB\.$/));
  });
});

describe("JH.UREN: hours in total by the traject's weeks", () => {
  test("herstel: hours x weeks; duurzaam: always 52, also with the weeks empty; too many weeks #VALUE!", async () => {
    expect(await JH.uren([[6]], [[26]], [["herstel"]])).toEqual([[156]]);
    expect(await JH.uren([["2,5"]], [[""]], [["duurzaam"]])).toEqual([[130]]);
    const [[lang]] = (await JH.uren([[3]], [[105]])) as Fout[][];
    expect(lang).toEqual(fout("#VALUE!", /^Duur in weken is 105; een hersteltraject duurt hoogstens 104 weken/));
  });
});

describe("JH.BUDGET: a section switched off by an argument, and a known amount", () => {
  const mark = [["herstel"], [2], [3], [26], ["licht"], [3], [26], [BEGELEIDING], [""], [""], [""]].map((w) => [w]);
  test("met_groep nee leaves the group arguments out; met_ambulant nee the ambulant ones", async () => {
    const args = (metGroep: string, metAmbulant: string) =>
      [...mark, [[metGroep]], [[metAmbulant]]] as unknown as Parameters<typeof JH.budget>;
    expect(await JH.budget(...args("ja", "ja"))).toEqual([[7687.68]]);
    expect(await JH.budget(...args("nee", "ja"))).toEqual([[5460]]);
    expect(await JH.budget(...args("ja", "nee"))).toEqual([[2227.68]]);
    expect(await JH.budget(...args("", ""))).toEqual([[7687.68]]);
    const [[geen]] = (await JH.budget(...args("nee", "nee"))) as unknown as Fout[][];
    expect(geen).toEqual(fout("#VALUE!", /^Vul groepsaanbod, ambulante hulp of allebei in/));
    const [[onleesbaar]] = (await JH.budget(...args("misschien", "ja"))) as unknown as Fout[][];
    expect(onleesbaar).toEqual(fout("#VALUE!", /^Met groepsaanbod\?: 'misschien' is geen ja of nee/));
  });
  test("Greetje: a known amount with its source, sections off -> 2750; its level through JH.STANDAARDBUDGETNUMMER", async () => {
    const leeg = [[""]];
    const uit = await JH.budget(
      [["herstel"]],
      leeg,
      leeg,
      leeg,
      leeg,
      leeg,
      leeg,
      leeg,
      leeg,
      leeg,
      leeg,
      [["nee"]],
      [["nee"]],
      [[2750]],
      [["standaardinterventie CGT"]],
    );
    expect(uit).toEqual([[2750]]);
    expect(await JH.standaardbudgetnummer(uit)).toEqual([[3]]);
  });
});

describe("JH.CONTROLE: the status of a field for the colours of the worksheet", () => {
  const velden = FORMULIERVELDEN.map((v) => [v]);
  const waarden = (w: Record<string, unknown>) => FORMULIERVELDEN.map((v) => [w[v] ?? ""]);
  const MARK = {
    traject: "herstel",
    groepsaanbod: "nee",
    ambulant: "ja",
    "ambulant.urenPerWeek": 3,
    "ambulant.weken": 105,
    "ambulant.rekentarief": BEGELEIDING,
  };
  test("status and message per field; a range of fields spills", async () => {
    expect(await JH.controle([["ambulant.weken"]], velden, waarden(MARK))).toEqual([["onjuiste invoer"]]);
    const [[melding]] = await JH.controle([["ambulant.weken"]], velden, waarden(MARK), [["melding"]]);
    expect(melding).toMatch(/hoogstens 104 weken/);
    expect(
      await JH.controle([["traject"], ["groepsaanbod.weken"], ["ambulant.urenPerWeek"]], velden, waarden(MARK)),
    ).toEqual([["ingevuld"], ["niet invulbaar"], ["ingevuld"]]);
  });
  test("a field that does not exist, ranges of different size, a wrong output: #VALUE! saying what is allowed", async () => {
    const [[onbekend]] = (await JH.controle([["weken"]], velden, waarden(MARK))) as Fout[][];
    expect(onbekend).toEqual(fout("#VALUE!", /^Veld 'weken' bestaat niet\. Toegestaan: traject, verwijzer, /));
    const [[vorm]] = (await JH.controle([["traject"]], velden, waarden(MARK).slice(1))) as Fout[][];
    expect(vorm).toEqual(fout("#VALUE!", /^De bereiken velden en waarden moeten even groot zijn/));
    const [[uitvoer]] = (await JH.controle([["traject"]], velden, waarden(MARK), [["kleur"]])) as Fout[][];
    expect(uitvoer).toEqual(fout("#VALUE!", /^Uitvoer: kies status of melding/));
  });
});
