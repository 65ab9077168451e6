import { bepaalTariefsets, kiesTariefset, STANDAARD_TARIEFSET } from "../../../src/engine";
import { testset } from "../../helpers/tariefsets";

describe("one policy for the tariff sets in use (functions, pane, bulk, CLI)", () => {
  const contract = testset((b) => (b.naam = "Contract 2023"));
  test("without sources: the built-in default", () => {
    const sets = bepaalTariefsets({});
    expect(sets.standaard.set).toBe(STANDAARD_TARIEFSET);
    expect(kiesTariefset(sets, "")).toMatchObject({ ok: true, set: STANDAARD_TARIEFSET, herkomst: "ingebouwd" });
  });
  test("the workbook's table comes first and is the default; built-ins stay available by name", () => {
    const sets = bepaalTariefsets({ werkmap: { ok: true, tariefsets: [contract] } });
    expect(sets.standaard).toEqual({ set: contract, herkomst: "werkmap" });
    expect(kiesTariefset(sets, " ijsselland  2023 ")).toMatchObject({ ok: true, herkomst: "ingebouwd" });
  });
  test("an imported set wins a name clash; a file's first set is the default when there is no table", () => {
    const ander = testset((b) => (b.naam = "Contract 2023"));
    const sets = bepaalTariefsets({ werkmap: { ok: true, tariefsets: [contract] }, geimporteerd: [ander] });
    expect(kiesTariefset(sets, "Contract 2023")).toMatchObject({ ok: true, set: ander, herkomst: "geïmporteerd" });
    expect(bepaalTariefsets({ bestand: [contract] }).standaard).toEqual({ set: contract, herkomst: "bestand" });
  });
  test("a broken workbook table stops every choice, also of another set by name", () => {
    const sets = bepaalTariefsets({
      werkmap: { ok: false, fouten: ["Tabel Tarieven, rij 7: Bedrag 'veel' is geen geldig bedrag."] },
      geimporteerd: [contract],
    });
    for (const naam of ["", "IJsselland 2023", "Contract 2023"]) {
      expect(kiesTariefset(sets, naam)).toEqual({
        ok: false,
        tekst:
          "Tabel Tarieven ongeldig, er wordt niet gerekend: Tabel Tarieven, rij 7: Bedrag 'veel' is geen geldig bedrag.",
      });
    }
  });
  test("an unknown name lists what exists, and a number that could be a BSN is not quoted", () => {
    const sets = bepaalTariefsets({});
    expect(kiesTariefset(sets, "2024")).toEqual({
      ok: false,
      tekst: "Tariefset '2024' bestaat niet. Beschikbaar: IJsselland 2023.",
    });
    expect(kiesTariefset(sets, "123456782")).toMatchObject({
      ok: false,
      tekst: expect.stringContaining("(een nummer van 9 cijfers, niet getoond)"),
    });
  });
});
