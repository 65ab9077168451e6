import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { MIDDEN_HOLLAND_WMO_2017 } from "../../src/engine/tariefset/ingebouwd";

async function draai(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe("rekentool budget for the other funding models", () => {
  test("--product --volume: price, volume and P x Q with their source", async () => {
    const r = await draai("budget", "--product", "Begeleiding", "--volume", "12,5");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Prijs                       € 42,49 per uur  (bron: Regio Midden-Holland");
    expect(r.stdout).toContain("P x Q                       € 531,13");
  });

  test("a provider's ceiling from the set is applied and said", async () => {
    const dir = mkdtempSync(join(tmpdir(), "modellen-"));
    const bestand = join(dir, "mh.json");
    writeFileSync(
      bestand,
      JSON.stringify({
        ...MIDDEN_HOLLAND_WMO_2017.bronJson,
        naam: "MH plafond",
        plafonds: [{ aanbieder: "Zorg BV", bedrag: 500 }],
      }),
    );
    const r = await draai(
      "budget",
      "--tarieven",
      bestand,
      "--product",
      "begeleiding",
      "--volume",
      "20",
      "--aanbieder",
      "Zorg BV",
      "--json",
    );
    expect(JSON.parse(r.stdout)).toEqual({
      model: "productprijs",
      tariefset: "MH plafond",
      product: "Begeleiding",
      volume: 20,
      prijs: 42.49,
      pxq: 849.8,
      plafond: 500,
      bedrag: 500,
      meldingen: [],
    });
  });

  test("--arrangement: a bad part is exit 1 with the message; the built-in structure has no prices", async () => {
    const fout = await draai("budget", "--arrangement", "1-3, 7-2");
    expect(fout.code).toBe(1);
    expect(fout.stdout).toContain("7-2: 7 is geen resultaatgebied of ondersteuningselement; toegestaan 1-6.");
    const geenPrijs = await draai("budget", "--arrangement", "1-3", "--json");
    expect(JSON.parse(geenPrijs.stdout)).toMatchObject({ bedrag: null, meldingen: [{ soort: "ontbreekt" }] });
  });

  test("usage errors are exit 2 in Dutch", async () => {
    expect(await draai("budget", "--product", "Begeleiding")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Geef bij --product ook --volume"),
    });
    expect(
      await draai("budget", "--product", "Begeleiding", "--volume", "1", "--tariefset", "IJsselland 2023"),
    ).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("heeft model standaardbudget; hier is een set met model productprijs nodig"),
    });
  });

  test("rekentool tarieven shows a set of any model", async () => {
    const r = await draai("tarieven", "--tariefset", "Midden-Holland Wmo 2017");
    expect(r.stdout).toContain("Model                       productprijs (inspanningsgericht");
    expect(r.stdout).toContain("Dagbesteding gericht op participatie  € 31,13 per dagdeel");
    const json = await draai("tarieven", "--tariefset", "Rijnmond 2018", "--json");
    expect(JSON.parse(json.stdout)).toMatchObject({ model: "arrangement", arrangement: { prijzen: [] } });
  });
});
