import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { MIDDEN_HOLLAND_WMO_2017 } from "../../src/engine/tariefset/ingebouwd";

async function draai(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const B = "Overwegend begeleiding en lichte hulp";
const CSV = [
  "Toewijzing;Aanbieder;Gebied;Product;Volume;Traject;Ambulant uren per week;Ambulant weken;Rekentarief",
  `T1;Zorg Noord;West;Begeleiding;20;herstel;2;10;${B}`,
  "T1;Zorg Noord;West;Begeleiding;10;;;;",
  `T2;Zorg Zuid;Oost;Gespecialiseerde begeleiding;2,5;herstel;1;10;${B}`,
  "",
].join("\r\n");

function map() {
  const dir = mkdtempSync(join(tmpdir(), "vergelijk-"));
  const sets = join(dir, "sets.json");
  writeFileSync(
    sets,
    JSON.stringify([
      { ...MIDDEN_HOLLAND_WMO_2017.bronJson, naam: "PxQ", plafonds: [{ aanbieder: "Zorg Noord", bedrag: 1000 }] },
      {
        naam: "Lumpsum",
        regio: "Test",
        model: "lumpsum",
        geldigVanaf: "2024-01-01",
        geldigTot: "2024-12-31",
        bron: "test",
        lumpsums: [
          { aanbieder: "Zorg Noord", gebied: "West", bedrag: 1500 },
          { aanbieder: "Zorg Zuid", gebied: "Oost", bedrag: 100 },
        ],
      },
    ]),
  );
  const invoer = join(dir, "overzicht.csv");
  writeFileSync(invoer, CSV);
  return { dir, sets, invoer };
}

describe("rekentool vergelijk", () => {
  test("CSV in, xlsx out (the default name beside the input), summary per model; the input is untouched", async () => {
    const { dir, sets, invoer } = map();
    const r = await draai("vergelijk", invoer, "--tarieven", sets, "--modellen", "PxQ; IJsselland 2023; Lumpsum");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Vergeleken: 3 rijen, 2 aanbieders, 3 modellen.");
    // Noord: 30 h x 42,49 = 1.274,70 capped at 1.000; Zuid: 2,5 x 70,10 = 175,25.
    expect(r.stdout).toContain("PxQ (inspanningsgericht): € 1.175,25 (ok)");
    expect(r.stdout).toContain("Lumpsum (taakgericht): € 1.600,00, verschil met eerste € 424,75 (ok)");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "overzicht-vergelijking.xlsx"));
    const blad = wb.getWorksheet("Vergelijking")!;
    expect(blad.getRow(1).values).toEqual([
      undefined,
      "Aanbieder",
      "Model",
      "Tariefset",
      "Cliënten",
      "Kosten",
      "Kosten per cliënt",
      "Verschil met eerste model",
      "Geleverd (P x Q)",
      "Over- of onderbetaling",
      "Boven plafond (niet betaald)",
      "Status",
    ]);
    expect(blad.getRow(2).values).toEqual([
      undefined,
      "Zorg Noord",
      "productprijs",
      "PxQ",
      1,
      1000,
      1000,
      0,
      1274.7,
      -274.7,
      274.7,
      "plafond € 1.000,00 bereikt: € 274,70 niet betaald",
    ]);
    expect(blad.getCell("E2").numFmt).toContain("€");
    expect(readFileSync(invoer, "utf8")).toBe(CSV);
    expect(readdirSync(dir).some((f) => f.endsWith(".tmp"))).toBe(false);
  });

  test("CSV out with ';' and decimal comma, and a self-contained HTML report", async () => {
    const { dir, sets, invoer } = map();
    const uit = join(dir, "uit.csv");
    const rapport = join(dir, "rapport.html");
    const r = await draai("vergelijk", invoer, "--tarieven", sets, "--uit", uit, "--rapport", rapport);
    expect(r.code).toBe(0);
    const regels = readFileSync(uit, "utf8").split("\r\n");
    expect(regels[0].startsWith("\uFEFFAanbieder;Model;Tariefset;Cliënten;Kosten")).toBe(true);
    expect(regels[1]).toBe(
      "Zorg Noord;productprijs;PxQ;1;1000,00;1000,00;0,00;1274,70;-274,70;274,70;plafond € 1.000,00 bereikt: € 274,70 niet betaald",
    );
    const html = readFileSync(rapport, "utf8");
    expect(html).toContain("<svg");
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(|href=/i);
  });

  test("an existing output is refused without --overschrijven; a missing column is named; a bad set name is usage", async () => {
    const { dir, sets, invoer } = map();
    writeFileSync(join(dir, "overzicht-vergelijking.xlsx"), "van iemand");
    expect(await draai("vergelijk", invoer, "--tarieven", sets)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("bestaat al"),
    });
    expect(readFileSync(join(dir, "overzicht-vergelijking.xlsx"), "utf8")).toBe("van iemand");
    const zonder = join(dir, "zonder.csv");
    writeFileSync(zonder, "Aanbieder;Volume\r\nZorg Noord;3\r\n");
    expect(await draai("vergelijk", zonder, "--tarieven", sets)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Het overzicht mist de kolom(men) Product en Volume (voor productprijs)"),
    });
    expect(await draai("vergelijk", invoer, "--modellen", "Bestaat niet")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Tariefset 'Bestaat niet' bestaat niet."),
    });
    expect(await draai("vergelijk", invoer, "--tarieven", sets, "--uit", invoer)).toMatchObject({ code: 2 });
    expect(existsSync(join(dir, "uit.csv"))).toBe(false);
  });

  test("a row a model cannot price makes exit 1 and says so", async () => {
    const { dir, sets } = map();
    const invoer = join(dir, "fout.csv");
    writeFileSync(invoer, "Aanbieder;Product;Volume\r\nZorg Noord;Huishoudelijke hulp;3\r\n");
    const r = await draai("vergelijk", invoer, "--tarieven", sets, "--modellen", "PxQ", "--uit", join(dir, "u.csv"));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "PxQ (inspanningsgericht): niet te berekenen (onvolledig: 1 aanbieder(s) zonder bedrag)",
    );
  });

  test("xlsx in: the first sheet (or --blad) is read", async () => {
    const { dir, sets } = map();
    const wb = new ExcelJS.Workbook();
    const blad = wb.addWorksheet("Overzicht");
    for (const regel of CSV.split("\r\n").filter(Boolean))
      blad.addRow(regel.split(";").map((w) => (/^\d+$/.test(w) ? Number(w) : w)));
    const invoer = join(dir, "overzicht.xlsx");
    await wb.xlsx.writeFile(invoer);
    const r = await draai("vergelijk", invoer, "--tarieven", sets, "--blad", "overzicht", "--uit", join(dir, "u.csv"));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("PxQ (inspanningsgericht): € 1.175,25 (ok)");
    expect(
      await draai("vergelijk", invoer, "--tarieven", sets, "--blad", "Nee", "--uit", join(dir, "v.csv")),
    ).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Werkblad 'Nee' bestaat niet. Werkbladen: Overzicht."),
    });
  });

  test("CSV as Excel writes it: 'sep=;' first, Windows-1252 (a provider with ë), a quoted field with ';'", async () => {
    const { dir, sets } = map();
    const tekst = [
      "sep=;",
      "Toewijzing;Aanbieder;Product;Volume",
      'T1;"Zorg Noord; West";Begeleiding;10',
      "T2;Zorgboerderij Ëlst;Begeleiding;2,5",
      "",
    ].join("\r\n");
    const invoer = join(dir, "excel.csv");
    writeFileSync(invoer, Buffer.from(tekst, "latin1"));
    const uit = join(dir, "u.csv");
    const r = await draai("vergelijk", invoer, "--tarieven", sets, "--modellen", "PxQ", "--uit", uit);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("Vergeleken: 2 rijen, 2 aanbieders, 1 model.");
    const regels = readFileSync(uit, "utf8").split("\r\n");
    expect(regels[1]).toBe('"Zorg Noord; West";productprijs;PxQ;1;424,90;424,90;0,00;424,90;0,00;0,00;ok');
    expect(regels[2]).toBe("Zorgboerderij Ëlst;productprijs;PxQ;1;106,23;106,23;0,00;106,23;0,00;0,00;ok");
  });
});
