import fc from "fast-check";
import { berekenBudget, centenNaarEuro, tariefsetNaarTabel, TABEL_KOPPEN } from "../../src/engine";
import { IJSSELLAND_2023 } from "../../src/engine/tariefset/ingebouwd";
import * as JH from "../../src/functions/functions";
import { batcher } from "../../src/functions/batcher";
import { zetTabelLezer } from "../../src/functions/tariefbron";
import { BEGELEIDING, GGZ, bronKopie } from "../helpers/tariefsets";

type Fout = { code: string; message: string };
const isFout = (w: unknown): w is Fout => typeof w === "object" && w !== null && "code" in w;
const fout = (code: string, bericht: RegExp | string) =>
  expect.objectContaining({
    code,
    message: typeof bericht === "string" ? expect.stringContaining(bericht) : expect.stringMatching(bericht),
  });

afterEach(() => zetTabelLezer(null));

describe("the region's examples through the worksheet functions", () => {
  test("Mark: JH.BUDGET -> 7687.68, JH.STANDAARDBUDGET -> 8000, JH.STANDAARDBUDGETNUMMER -> 5", async () => {
    expect(await JH.budget([["herstel"]], [[2]], [[3]], [[26]], [["licht"]], [[3]], [[26]], [[BEGELEIDING]])).toEqual([
      [7687.68],
    ]);
    expect(await JH.budgetgroep([[2]], [[3]], [[26]], [["licht"]])).toEqual([[2227.68]]);
    expect(await JH.budgetambulant([[3]], [[26]], [[BEGELEIDING]])).toEqual([[5460]]);
    expect(await JH.standaardbudget([[7687.68]])).toEqual([[8000]]);
    expect(await JH.standaardbudgetnummer([[7687.68]])).toEqual([[5]]);
  });
  test("Frival: 2,5 h (decimal comma text) x 26 weeks at € 130 -> 8450 -> 12000 (level 6)", async () => {
    expect(await JH.budgetambulant([["2,5"]], [[26]], [[GGZ]])).toEqual([[8450]]);
    expect(await JH.standaardbudget([[8450]])).toEqual([[12000]]);
    expect(await JH.standaardbudgetnummer([["8.450,00"]])).toEqual([[6]]);
  });
  test("€ 2,750 -> € 3,000", async () => {
    expect(await JH.standaardbudget([[2750]])).toEqual([[3000]]);
  });
  test("rates", async () => {
    expect(await JH.groepstarief([["licht"]])).toEqual([[14.28]]);
    expect(await JH.rekentarief([[GGZ]])).toEqual([[130]]);
  });
  test("JH.TARIEFSETS lists the sets with their validity", async () => {
    expect(await JH.tariefsets()).toEqual([
      ["IJsselland 2023", "01-01-2023", "31-12-2023", "standaard"],
      ["Midden-Holland Wmo 2017", "01-01-2017", "31-12-2017", ""],
      ["Midden-Holland Jeugd 2017", "01-01-2017", "31-12-2017", ""],
      ["Rijnmond 2018", "01-01-2018", "31-12-2018", ""],
    ]);
  });
});

describe("ranges spill with the same shape and a per-cell error", () => {
  test("a column of amounts", async () => {
    const uit = await JH.standaardbudget([[2750], [20000.01], ["abc"], [""], [5000]]);
    expect(uit).toEqual([
      [3000],
      [fout("#N/A", "offertebudget")],
      [fout("#VALUE!", "'abc' is geen getal")],
      [fout("#VALUE!", "Bedrag ontbreekt")],
      [5000],
    ]);
  });
  test("a 2x2 block", async () => {
    expect(
      await JH.standaardbudgetnummer([
        [1, 1000.01],
        [12000, 15000.5],
      ]),
    ).toEqual([
      [1, 2],
      [6, 8],
    ]);
  });
  test("rows of a table: one bad row does not break the others; single values broadcast", async () => {
    const uit = await JH.budget(
      [["herstel"], ["duurzaam"], ["herstel"]],
      [[2], [""], [2]],
      [[3], [""], [3]],
      [[26], [""], [200]],
      [["licht"], [""], ["licht"]],
      [[3], [1], [""]],
      [[26], [""], [""]],
      [[BEGELEIDING]],
    );
    expect(uit).toEqual([[7687.68], [3640], [fout("#VALUE!", "hoogstens 104 weken")]]);
  });
  test("ranges of different sizes: cells outside one of them give #N/A, like Excel", async () => {
    expect(await JH.budgetambulant([[1], [2], [3]], [[10], [20]], [[BEGELEIDING]])).toEqual([
      [700],
      [2800],
      [fout("#N/A", "verschillende afmetingen")],
    ]);
  });
  test("a row against a column broadcasts to a table", async () => {
    expect(await JH.budgetambulant([[1], [2]], [[10, 20]], [[BEGELEIDING]])).toEqual([
      [700, 1400],
      [1400, 2800],
    ]);
  });
});

describe("empty and optional arguments", () => {
  test("empty group arguments switch the group section off; omitted optionals use defaults", async () => {
    expect(await JH.budget([["herstel"]], [[""]], [[null]], [[""]], [[""]], [["2,5"]], [[26]], [[GGZ]])).toEqual([
      [8450],
    ]);
    expect(
      await JH.budget([["herstel"]], [[2]], [[3]], [[26]], [["licht"]], [[""]], [[""]], [[""]], undefined, undefined),
    ).toEqual([[2227.68]]);
    expect(await JH.budget([["herstel"]], [[""]], [[""]], [[""]], [[""]], [[""]], [[""]], [[""]])).toEqual([
      [fout("#VALUE!", "geen van beide")],
    ]);
  });
  test("duurzaam without weeks counts 52", async () => {
    expect(await JH.budgetambulant([[1]], [[""]], [[BEGELEIDING]], [["duurzaam"]])).toEqual([[3640]]);
  });
});

describe("every error path maps to the right Excel error with the engine's message", () => {
  test("medical referral above level 5 -> #VALUE!; within 5 -> the amount", async () => {
    expect(await JH.standaardbudget([[8450]], [["medisch"]])).toEqual([
      [fout("#VALUE!", /medische verwijzing.*1 t\/m 5/)],
    ]);
    expect(await JH.standaardbudget([[7687.68]], [["medisch"]])).toEqual([[8000]]);
    expect(await JH.standaardbudget([[25000]], [["medisch"]])).toEqual([[fout("#VALUE!", "offertebudget")]]);
  });
  test("offerte -> #N/A", async () => {
    expect(await JH.standaardbudgetnummer([[20000.01]])).toEqual([
      [fout("#N/A", "boven het hoogste standaardbudget 8")],
    ]);
  });
  test("missing rate -> #N/A with how to supply it; unknown name -> #VALUE! listing what exists", async () => {
    expect(await JH.groepstarief([["middel"]])).toEqual([[fout("#N/A", "ontbreekt in tariefset 'IJsselland 2023'")]]);
    expect(await JH.budgetgroep([[1]], [[1]], [[1]], [["middel"]])).toEqual([[fout("#N/A", "ontbreekt")]]);
    expect(await JH.groepstarief([["extra"]])).toEqual([[fout("#VALUE!", "licht, middel, middelzwaar, zwaar")]]);
    expect(await JH.rekentarief([["Goedkoop"]])).toEqual([[fout("#VALUE!", BEGELEIDING)]]);
  });
  test("invalid inputs -> #VALUE! naming the field", async () => {
    expect(await JH.budgetgroep([[8]], [[3]], [[26]], [["licht"]])).toEqual([
      [fout("#VALUE!", "aanwezigheidsdagen per week is 8")],
    ]);
    expect(await JH.budgetambulant([[-1]], [[26]], [[BEGELEIDING]])).toEqual([[fout("#VALUE!", "negatief")]]);
    expect(await JH.budgetambulant([[true]], [[26]], [[BEGELEIDING]])).toEqual([[fout("#VALUE!", "geen getal")]]);
    expect(await JH.budgetambulant([[3]], [[26]], [[BEGELEIDING]], [["duurzaam"]])).toEqual([
      [fout("#VALUE!", "altijd met 52 weken")],
    ]);
    expect(await JH.budgetgroep([[1]], [[1]], [[52]], [["zwaar"]], [["duurzaam"]])).toEqual([
      [fout("#VALUE!", "niet toegestaan in een duurzaam traject")],
    ]);
    expect(await JH.standaardbudget([["2.500"]])).toEqual([[fout("#VALUE!", "dubbelzinnig")]]);
  });
  test("unknown tariff set -> #VALUE! naming the available ones", async () => {
    expect(await JH.rekentarief([[GGZ]], [["Regio X"]])).toEqual([[fout("#VALUE!", "Beschikbaar: IJsselland 2023")]]);
  });
  test("messages fit Excel's tooltip", async () => {
    const [[uit]] = await JH.budget([["x"]], [[-1]], [["a"]], [[999]], [["q"]], [[-5]], [["b"]], [["c"]], [["d"]]);
    expect(isFout(uit) && uit.message.length).toBeLessThanOrEqual(255);
  });
});

describe("tariffs from the workbook's Tarieven table", () => {
  const tabelMet = (wijzig: (b: ReturnType<typeof bronKopie>) => void) => {
    const bron = bronKopie();
    wijzig(bron);
    return async () => ({ kop: [...TABEL_KOPPEN], rijen: tariefsetNaarTabel(bron) });
  };
  test("the table supplies a missing rate and is used by default; the built-in set stays available by name", async () => {
    zetTabelLezer(
      tabelMet((b) => {
        b.naam = "IJsselland 2023 met contract";
        b.intensiteiten[1].uurtarief = 21.5;
      }),
    );
    expect(await JH.groepstarief([["middel"]])).toEqual([[21.5]]);
    expect(await JH.budgetgroep([[2]], [[3]], [[10]], [["middel"]])).toEqual([[1290]]);
    expect(await JH.groepstarief([["middel"]], [["IJsselland 2023"]])).toEqual([[fout("#N/A", "ontbreekt")]]);
    expect(await JH.tariefsets()).toEqual([
      ["IJsselland 2023 met contract", "01-01-2023", "31-12-2023", "standaard"],
      ["IJsselland 2023", "01-01-2023", "31-12-2023", ""],
      ["Midden-Holland Wmo 2017", "01-01-2017", "31-12-2017", ""],
      ["Midden-Holland Jeugd 2017", "01-01-2017", "31-12-2017", ""],
      ["Rijnmond 2018", "01-01-2018", "31-12-2018", ""],
    ]);
  });
  test("a broken table never falls back silently: every function shows the table's error", async () => {
    zetTabelLezer(tabelMet((b) => (b.standaardbudgetten[2].bedrag = 1500)));
    const [[uit]] = await JH.standaardbudget([[2750]]);
    expect(uit).toEqual(
      fout(
        "#VALUE!",
        /Tabel Tarieven, tariefset 'IJsselland 2023', rij 9 .*standaardbudget 3 \(1500\) moet hoger zijn/,
      ),
    );
    expect(await JH.tariefsets()).toEqual([[fout("#VALUE!", "Tabel Tarieven")]]);
  });
  test("a table that cannot be read says so", async () => {
    zetTabelLezer(async () => {
      throw new Error("verbinding verbroken");
    });
    expect(await JH.rekentarief([[GGZ]])).toEqual([[fout("#VALUE!", "kon niet worden gelezen: verbinding verbroken")]]);
  });
  test("KDC/ODC: an argument appended to BUDGETGROEP and BUDGET lets zwaar into a duurzaam traject", async () => {
    zetTabelLezer(tabelMet((b) => (b.intensiteiten[3].uurtarief = 30)));
    // 2 days x 3 h x 52 weeks x € 30 = € 9.360; weeks empty in duurzaam.
    expect(await JH.budgetgroep([[2]], [[3]], [[""]], [["zwaar"]], [["duurzaam"]], [[""]], [["ja"]])).toEqual([[9360]]);
    expect(await JH.budgetgroep([[2]], [[3]], [[""]], [["zwaar"]], [["duurzaam"]])).toEqual([
      [fout("#VALUE!", "alleen bij een KDC/ODC")],
    ]);
    expect(
      await JH.budget(
        [["duurzaam"]],
        [[2]],
        [[3]],
        [[""]],
        [["zwaar"]],
        [[""]],
        [[""]],
        [[""]],
        [[""]],
        [[""]],
        [["ja"]],
      ),
    ).toEqual([[9360]]);
    // A KDC/ODC flag alone does not switch a group offer on.
    expect(
      await JH.budget(
        [["herstel"]],
        [[""]],
        [[""]],
        [[""]],
        [[""]],
        [[3]],
        [[26]],
        [[BEGELEIDING]],
        [[""]],
        [[""]],
        [["ja"]],
      ),
    ).toEqual([[5460]]);
  });
  test("no table: the built-in set", async () => {
    zetTabelLezer(async () => null);
    expect(await JH.rekentarief([[GGZ]])).toEqual([[130]]);
  });
});

describe("batching", () => {
  test("N concurrent calls make one engine pass and one table read", async () => {
    let gelezen = 0;
    zetTabelLezer(async () => {
      gelezen++;
      return null;
    });
    const voor = batcher.passes;
    const N = 200;
    const uitkomsten = await Promise.all(Array.from({ length: N }, (_, i) => JH.standaardbudgetnummer([[i * 110]])));
    expect(batcher.passes - voor).toBe(1);
    expect(gelezen).toBe(1);
    expect(uitkomsten[0]).toEqual([[1]]);
    expect(uitkomsten[199]).toEqual([[fout("#N/A", "offertebudget")]]);
    await JH.standaardbudget([[1]]);
    expect(batcher.passes - voor).toBe(2);
  });
});

describe("property: the functions agree with the engine", () => {
  test("JH.BUDGET = engine total and JH.STANDAARDBUDGET(total) = engine level amount", async () => {
    const decimaal = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => n / 100);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          dagen: decimaal(7),
          uren: decimaal(10),
          weken: decimaal(104),
          aUren: decimaal(30),
          aWeken: decimaal(104),
          tarief: fc.constantFrom(BEGELEIDING, GGZ),
          groep: fc.boolean(),
        }),
        async (r) => {
          const engine = berekenBudget(
            {
              traject: "herstel",
              groepsaanbod: r.groep
                ? { dagenPerWeek: r.dagen, urenPerDag: r.uren, weken: r.weken, intensiteit: "licht" }
                : null,
              ambulant: { urenPerWeek: r.aUren, weken: r.aWeken, rekentarief: r.tarief },
            },
            IJSSELLAND_2023,
          );
          const g = r.groep ? [r.dagen, r.uren, r.weken, "licht"] : ["", "", "", ""];
          const [[totaal]] = await JH.budget(
            [["herstel"]],
            [[g[0]]],
            [[g[1]]],
            [[g[2]]],
            [[g[3]]],
            [[r.aUren]],
            [[r.aWeken]],
            [[r.tarief]],
          );
          expect(totaal).toBe(centenNaarEuro(engine.totaalCent!));
          const [[niveau]] = await JH.standaardbudget([[totaal]]);
          if (engine.offerte) expect(niveau).toEqual(fout("#N/A", "offertebudget"));
          else expect(niveau).toBe(centenNaarEuro(engine.standaardbudget!.bedragCent));
        },
      ),
      { numRuns: 200 },
    );
  });
});
