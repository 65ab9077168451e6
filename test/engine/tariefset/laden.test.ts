import { INGEBOUWDE_TARIEFSETS, laadTariefsets } from "../../../src/engine";
import { IJSSELLAND_2023 } from "../../../src/engine/tariefset/ingebouwd";
import { laadTariefset } from "../../../src/engine/tariefset/laden";
import { bronKopie } from "../../helpers/tariefsets";

describe("the built-in set holds only public numbers", () => {
  test("IJsselland 2023: 8 levels, medical flag up to 5, two rekentarieven, licht 14.28, others without a rate", () => {
    expect(INGEBOUWDE_TARIEFSETS.map((s) => s.naam)).toEqual([
      "IJsselland 2023",
      "Midden-Holland Wmo 2017",
      "Midden-Holland Jeugd 2017",
      "Rijnmond 2018",
    ]);
    expect(IJSSELLAND_2023.niveaus.map((n) => [n.nummer, n.bedragCent, n.naMedischeVerwijzing])).toEqual([
      [1, 100000, true],
      [2, 200000, true],
      [3, 300000, true],
      [4, 500000, true],
      [5, 800000, true],
      [6, 1200000, false],
      [7, 1500000, false],
      [8, 2000000, false],
    ]);
    expect(IJSSELLAND_2023.rekentarieven.map((r) => [r.naam, r.uurtariefCent])).toEqual([
      ["Overwegend begeleiding en lichte hulp", 7000],
      ["Grote ggz instellingen / academisch", 13000],
    ]);
    expect(IJSSELLAND_2023.intensiteiten.map((i) => [i.naam, i.uurtariefCent, i.toegestaanInDuurzaam])).toEqual([
      ["licht", 1428, true],
      ["middel", null, true],
      ["middelzwaar", null, true],
      ["zwaar", null, false],
    ]);
    expect([IJSSELLAND_2023.herstelMaxWeken, IJSSELLAND_2023.duurzaamWeken]).toEqual([104, 52]);
    for (const item of [...IJSSELLAND_2023.rekentarieven, ...IJSSELLAND_2023.intensiteiten])
      expect(item.bron).not.toBe("");
  });
});

describe("a broken set gets a message that names the bad entry", () => {
  const fouten = (wijzig: (b: ReturnType<typeof bronKopie>) => void): string[] => {
    const bron = bronKopie();
    wijzig(bron);
    const r = laadTariefset(bron);
    if (r.ok) throw new Error("expected a broken set");
    return r.fouten;
  };
  test("a rate that is not a number names the list, the position and the name", () => {
    const f = fouten((b) => ((b.rekentarieven[1] as { uurtarief: unknown }).uurtarief = "veel"));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatch(
      /^Tariefset 'IJsselland 2023', rekentarieven\[2\] \('Grote ggz instellingen \/ academisch'\)\.uurtarief: /,
    );
  });
  test("missing required field and an unknown field", () => {
    const f = fouten((b) => {
      delete (b as Partial<typeof b>).duur;
      (b as unknown as Record<string, unknown>).extra = 1;
    });
    expect(f.join("\n")).toMatch(/duur/);
    expect(f.join("\n")).toMatch(/'extra'/);
  });
  test("levels must be numbered 1..n and rise", () => {
    expect(fouten((b) => (b.standaardbudgetten[7].nummer = 9)).join()).toMatch(/nummers moeten 1 t\/m 8 zijn/);
    expect(fouten((b) => (b.standaardbudgetten[2].bedrag = 1500)).join()).toMatch(
      /standaardbudget 3 \(1500\) moet hoger zijn dan standaardbudget 2 \(2000\)/,
    );
  });
  test("duplicate names, sub-cent rates, negative rates, impossible dates", () => {
    expect(fouten((b) => (b.intensiteiten[1].naam = "LICHT")).join()).toMatch(
      /intensiteiten\[2\] \('LICHT'\): deze naam staat er al eerder in/,
    );
    expect(fouten((b) => (b.rekentarieven[0].uurtarief = 70.005)).join()).toMatch(/hoogstens twee decimalen/);
    expect(fouten((b) => (b.rekentarieven[0].uurtarief = -1)).join()).toMatch(/rekentarieven\[1\].*uurtarief/);
    expect(fouten((b) => (b.geldigTot = "2023-02-30")).join()).toMatch(
      /geldigTot: '2023-02-30' is geen bestaande datum/,
    );
  });
  test("a list of sets: each is checked, names must be unique", () => {
    const a = bronKopie();
    const b = bronKopie();
    b.naam = "Regio B 2024";
    const goed = laadTariefsets([a, b]);
    expect(goed.ok && goed.tariefsets.map((s) => s.naam)).toEqual(["IJsselland 2023", "Regio B 2024"]);
    const dubbel = laadTariefsets([a, bronKopie()]);
    expect(dubbel.ok).toBe(false);
    expect(!dubbel.ok && dubbel.fouten).toEqual(["Tariefset 'IJsselland 2023' komt meer dan één keer voor."]);
    expect(laadTariefsets([]).ok).toBe(false);
    expect(laadTariefsets("tekst").ok).toBe(false);
  });
});
