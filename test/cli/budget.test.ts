import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { bronKopie, BEGELEIDING, GGZ, MARK_JSON } from "../helpers/tariefsets";

async function draai(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const MARK = [
  "budget",
  "--traject",
  "herstel",
  "--groep-dagen",
  "2",
  "--groep-uren",
  "3",
  "--groep-weken",
  "26",
  "--intensiteit",
  "licht",
  "--ambulant-uren",
  "3",
  "--ambulant-weken",
  "26",
  "--rekentarief",
  BEGELEIDING,
];

describe("rekentool budget", () => {
  test("Mark as JSON: exactly the documented object", async () => {
    const r = await draai(...MARK, "--json");
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(r.stdout)).toEqual(MARK_JSON);
  });

  test("Mark as a readable block that explains rate, hours and level", async () => {
    const r = await draai(...MARK);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2 dagen x 3 uur = 6");
    expect(r.stdout).toContain("6 x 26 weken = 156");
    expect(r.stdout).toContain("€ 14,28");
    expect(r.stdout).toContain("€ 2.227,68");
    expect(r.stdout).toContain("€ 5.460,00");
    expect(r.stdout).toMatch(/Totaal\s+€ 7\.687,68/);
    expect(r.stdout).toMatch(/Standaardbudget\s+5 \(€ 8\.000,00\): het eerste niveau op of boven het totaal/);
  });

  test("Frival with a decimal comma and a chosen level 5 with a reason", async () => {
    const r = await draai(
      "budget",
      "--traject",
      "herstel",
      "--ambulant-uren",
      "2,5",
      "--ambulant-weken",
      "26",
      "--rekentarief",
      GGZ,
      "--gekozen",
      "5",
      "--reden",
      "gemiddelde inschatting",
      "--json",
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({
      totaal: 8450,
      standaardbudget: { nummer: 6, bedrag: 12000 },
      gekozen: { nummer: 5, bedrag: 8000, reden: "gemiddelde inschatting" },
    });
  });

  test("Greetje: a known amount with its source instead of hours; the guide's indication beside a level", async () => {
    const bron = "standaardinterventie CGT, gebruikelijk € 2.500 tot € 3.000";
    const r = await draai("budget", "--traject", "herstel", "--bekend-bedrag", "2750", "--bekend-bron", bron, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      totaal: 2750,
      standaardbudget: { nummer: 3, bedrag: 3000 },
      bekend: { bedrag: 2750, bron },
      groepsaanbod: null,
      ambulant: null,
    });
    const tekst = await draai("budget", "--traject", "herstel", "--bekend-bedrag", "2750", "--bekend-bron", bron);
    expect(tekst.stdout).toMatch(/Bedrag\s+€ 2\.750,00/);
    const zonderBron = await draai("budget", "--traject", "herstel", "--bekend-bedrag", "2750", "--json");
    expect(zonderBron.code).toBe(1);
    expect(JSON.parse(zonderBron.stdout).meldingen[0]).toMatchObject({ veld: "bekend.bron", niveau: "fout" });
    const frival = await draai(
      "budget",
      "--traject",
      "herstel",
      "--ambulant-uren",
      "2,5",
      "--ambulant-weken",
      "26",
      "--rekentarief",
      GGZ,
      "--soort-hulp",
      "GGZ",
    );
    expect(frival.stdout).toMatch(
      /Indicatie volgens de richtlijn\s+5 \(GGZ: specialistische ggz \(34 t\/m 66 uur\)\); een richtlijn, geen regel/,
    );
  });

  test("a fout exits 1 and still prints the JSON", async () => {
    const r = await draai(
      "budget",
      "--traject",
      "duurzaam",
      "--ambulant-uren",
      "3",
      "--ambulant-weken",
      "26",
      "--rekentarief",
      BEGELEIDING,
      "--json",
    );
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({
      totaal: null,
      meldingen: [{ code: "DUURZAAM_WEKEN", niveau: "fout", veld: "ambulant.weken" }],
    });
  });

  test("duurzaam needs no weeks; the group section turns on by --intensiteit alone and reports what is missing", async () => {
    const ok = await draai(
      "budget",
      "--traject",
      "duurzaam",
      "--ambulant-uren",
      "1",
      "--rekentarief",
      BEGELEIDING,
      "--json",
    );
    expect(JSON.parse(ok.stdout)).toMatchObject({
      ambulant: { urenTotaal: 52, budget: 3640 },
      standaardbudget: { nummer: 4 },
    });
    const r = await draai("budget", "--traject", "herstel", "--intensiteit", "licht", "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).meldingen.map((m: { veld: string }) => m.veld)).toEqual([
      "groepsaanbod.dagenPerWeek",
      "groepsaanbod.urenPerDag",
      "groepsaanbod.weken",
    ]);
  });

  test("usage errors exit 2 with a Dutch message", async () => {
    expect(await draai("budget", "--onzin", "1")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Onbekende optie --onzin"),
    });
    expect(await draai("budget", "--traject")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("heeft een waarde nodig"),
    });
    expect(await draai("rekenen")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Onbekende opdracht 'rekenen'"),
    });
    expect(await draai()).toMatchObject({ code: 2, stdout: expect.stringContaining("Gebruik:") });
    expect(await draai("budget", "--tarieven", "/bestaat/niet.json")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("kan niet worden gelezen"),
    });
  });
});

describe("tariff files", () => {
  const map = mkdtempSync(join(tmpdir(), "rekentool-"));

  test("a user's set with the missing rate makes middel computable; the set is listed by `tarieven`", async () => {
    const bron = bronKopie();
    bron.naam = "Eigen set 2023";
    bron.intensiteiten[1].uurtarief = 20;
    bron.intensiteiten[1].bron = "contract met aanbieder";
    const bestand = join(map, "eigen.json");
    writeFileSync(bestand, JSON.stringify(bron));
    const r = await draai(
      "budget",
      "--traject",
      "herstel",
      "--groep-dagen",
      "1",
      "--groep-uren",
      "2,5",
      "--groep-weken",
      "10",
      "--intensiteit",
      "middel",
      "--tarieven",
      bestand,
      "--json",
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      groepsaanbod: { urenTotaal: 25, uurtarief: 20, budget: 500 },
      standaardbudget: { nummer: 1 },
    });
    const lijst = await draai("tarieven", "--tarieven", bestand);
    expect(lijst.stdout).toContain("Tariefset Eigen set 2023");
    expect(lijst.stdout).toMatch(/middel\s+€ 20,00.*contract met aanbieder/);
  });

  test("a broken file is refused with the bad entry named", async () => {
    const bron = bronKopie();
    (bron.standaardbudgetten[0] as { bedrag: unknown }).bedrag = "duizend";
    const bestand = join(map, "kapot.json");
    writeFileSync(bestand, JSON.stringify(bron));
    const r = await draai("tarieven", "--tarieven", bestand);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("standaardbudgetten[1].bedrag");
    writeFileSync(join(map, "geen.json"), "{ niet json");
    expect((await draai("tarieven", "--tarieven", join(map, "geen.json"))).stderr).toContain("geen geldige JSON");
  });

  test("the built-in set is listed with its sources and missing rates", async () => {
    const r = await draai("tarieven");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/middel\s+ontbreekt/);
    expect(r.stdout).toMatch(/6\s+€ 12\.000,00\s+\(niet direct na medische verwijzing\)/);
    expect(r.stdout).toContain("Richtlijn: uren per soort hulp naar standaardbudget (een richtlijn, geen regel)");
    expect(r.stdout).toMatch(/J&O\s+6\s{2}jeugd en opvoeding, middel \(51 t\/m 110 uur\)/);
  });
});

describe("the installed command (npx rekentool)", () => {
  test("runs from the project root with exit codes 0, 1 and 2", () => {
    execFileSync("npm", ["run", "--silent", "build:cli"], { stdio: "ignore" });
    const npx = (args: string[]) => spawnSync("npx", ["--no-install", "rekentool", ...args], { encoding: "utf8" });
    const ok = npx([...MARK, "--json"]);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).totaal).toBe(7687.68);
    expect(npx(["budget", "--traject", "herstel", "--ambulant-uren", "-"]).status).toBe(1);
    expect(npx(["budget", "--x"]).status).toBe(2);
  });
});
