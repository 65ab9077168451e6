import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { tabelNaarTariefsets, TRAJECT_NAMEN, VERWIJZER_NAMEN } from "../../src/engine";
import { IJSSELLAND_2023 } from "../../src/engine/tariefset/ingebouwd";
import { leesTraject, leesVerwijzer } from "../../src/engine/invoer";
import { INVOER, WERKMAP_PAD, werkmapBytes } from "../../scripts/maak-werkmap";
import { DIST, zorgVoorBuild } from "../helpers/build";

interface Oproep {
  naam: string;
  args: string[];
}

/** Every function call in a formula with its top-level arguments (quotes and nesting respected). */
function oproepen(formule: string): Oproep[] {
  const uit: Oproep[] = [];
  const re = /([A-Za-z_][A-Za-z0-9_.]*)\(/g;
  for (let m = re.exec(formule); m; m = re.exec(formule)) {
    let diepte = 0;
    let inTekst = false;
    let huidig = "";
    const args: string[] = [];
    for (let i = m.index + m[0].length; i < formule.length; i++) {
      const t = formule[i];
      if (t === '"') inTekst = !inTekst;
      if (!inTekst && t === "(") diepte++;
      if (!inTekst && t === ")") {
        if (diepte === 0) break;
        diepte--;
      }
      if (!inTekst && diepte === 0 && t === ",") {
        args.push(huidig);
        huidig = "";
      } else huidig += t;
    }
    if (huidig !== "" || args.length > 0) args.push(huidig);
    uit.push({ naam: m[1], args });
  }
  return uit;
}

let werkmap: ExcelJS.Workbook;
let metadata: { id: string; parameters: { optional?: boolean }[] }[];

beforeAll(async () => {
  zorgVoorBuild();
  metadata = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")).functions;
  werkmap = new ExcelJS.Workbook();
  await werkmap.xlsx.readFile(WERKMAP_PAD);
});

function alleFormules(wb: ExcelJS.Workbook): { blad: string; adres: string; formule: string; uitkomst: unknown }[] {
  const uit: { blad: string; adres: string; formule: string; uitkomst: unknown }[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((rij) =>
      rij.eachCell((cel) => {
        if (cel.formula)
          uit.push({
            blad: ws.name,
            adres: cel.address,
            formule: cel.formula,
            uitkomst: (cel.value as ExcelJS.CellFormulaValue).result,
          });
      }),
    ),
  );
  return uit;
}

describe("the generated workbook", () => {
  test("sheets as a user reads them", () => {
    expect(werkmap.worksheets.map((w) => w.name)).toEqual(["Rekentool", "Tarieven", "Uitleg", "Lijsten"]);
  });

  test("every formula calls only existing JH.* functions with a valid number of arguments, and only IF/AND otherwise", () => {
    const formules = alleFormules(werkmap);
    expect(formules.length).toBe(10);
    const gebruikt = new Set<string>();
    for (const { adres, formule } of formules) {
      for (const { naam, args } of oproepen(formule)) {
        if (["IF", "AND"].includes(naam)) continue;
        const m = /^_xldudf_JH_([A-Z]+)$/.exec(naam);
        expect([adres, naam, m !== null]).toEqual([adres, naam, true]);
        const functie = metadata.find((f) => f.id === m![1]);
        expect([adres, m![1], functie !== undefined]).toEqual([adres, m![1], true]);
        const verplicht = functie!.parameters.filter((p) => !p.optional).length;
        expect(args.length).toBeGreaterThanOrEqual(verplicht);
        expect(args.length).toBeLessThanOrEqual(functie!.parameters.length);
        gebruikt.add(m![1]);
      }
    }
    expect([...gebruikt].sort()).toEqual([
      "BUDGET",
      "BUDGETAMBULANT",
      "BUDGETGROEP",
      "GROEPSTARIEF",
      "REKENTARIEF",
      "STANDAARDBUDGET",
      "STANDAARDBUDGETNUMMER",
    ]);
  });

  test("the Tarieven table holds exactly the built-in set", () => {
    const blad = werkmap.getWorksheet("Tarieven")!;
    const tabel = blad.getTable("Tarieven") as unknown as { table: { name: string; tableRef: string } };
    expect(tabel.table.name).toBe("Tarieven");
    const [, totKolom, totRij] = /^A1:([A-Z])(\d+)$/.exec(tabel.table.tableRef)!;
    const rijen = Array.from({ length: Number(totRij) }, (_, r) =>
      Array.from({ length: totKolom.charCodeAt(0) - 64 }, (_, k) => blad.getCell(r + 1, k + 1).value ?? ""),
    );
    const r = tabelNaarTariefsets(rijen[0], rijen.slice(1));
    expect(r.ok).toBe(true);
    expect(r.ok && r.tariefsets.map((s) => s.bronJson)).toEqual([IJSSELLAND_2023.bronJson]);
  });

  test("every dropdown lists only names the engine or the tariff table knows", () => {
    const blad = werkmap.getWorksheet("Rekentool")!;
    const lijsten = werkmap.getWorksheet("Lijsten")!;
    const namen = (bron: string): string[] => {
      const inline = /^"(.*)"$/.exec(bron);
      if (inline) return inline[1].split(",");
      const m = /^Lijsten!\$([A-Z])\$(\d+):\$\1\$(\d+)$/.exec(bron)!;
      return Array.from({ length: Number(m[3]) - Number(m[2]) + 1 }, (_, i) =>
        String(lijsten.getCell(`${m[1]}${Number(m[2]) + i}`).value),
      );
    };
    const lijst = (adres: string) => {
      const dv = blad.getCell(adres).dataValidation;
      expect(dv.type).toBe("list");
      return namen(String(dv.formulae[0]));
    };
    expect(lijst(INVOER.traject)).toEqual([...TRAJECT_NAMEN]);
    for (const t of lijst(INVOER.traject)) expect(leesTraject(t, [])).toBe(t);
    expect(lijst(INVOER.verwijzer)).toEqual([...VERWIJZER_NAMEN]);
    for (const v of lijst(INVOER.verwijzer)) expect(leesVerwijzer(v, [])).toBe(v);
    expect(lijst(INVOER.groep)).toEqual(["ja", "nee"]);
    expect(lijst(INVOER.intensiteit)).toEqual(IJSSELLAND_2023.intensiteiten.map((i) => i.naam));
    expect(lijst(INVOER.rekentarief)).toEqual(IJSSELLAND_2023.rekentarieven.map((i) => i.naam));
    expect(lijst(INVOER.tariefset)).toEqual([IJSSELLAND_2023.naam]);
    for (const adres of [INVOER.dagen, INVOER.urenPerDag, INVOER.ambUren]) {
      expect(blad.getCell(adres).dataValidation).toMatchObject({
        type: "decimal",
        showErrorMessage: true,
        error: expect.stringContaining("vul een getal"),
      });
    }
  });

  test("the example filled in (Mark) carries the same numbers as the CLI, and Excel recalculates on open", async () => {
    const blad = werkmap.getWorksheet("Rekentool")!;
    const uitkomst = (adres: string) => (blad.getCell(adres).value as ExcelJS.CellFormulaValue).result;
    expect(["F5", "F6", "F7", "F8", "F10", "F11", "F12", "F14", "F15", "F16"].map(uitkomst)).toEqual([
      6, 156, 14.28, 2227.68, 78, 70, 5460, 7687.68, 5, 8000,
    ]);
    expect(blad.getCell(INVOER.rekentarief).value).toBe("Overwegend begeleiding en lichte hulp");
    const zip = await JSZip.loadAsync(readFileSync(WERKMAP_PAD));
    expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  test("the checked-in file is byte for byte what the generator makes now (run `npm run werkmap` after a change)", async () => {
    // Twice, so that a time or anything else that changes per run shows up even when the file is current.
    const [een, twee] = [await werkmapBytes(), await werkmapBytes()];
    expect(Buffer.from(een).equals(Buffer.from(twee))).toBe(true);
    expect(Buffer.from(een).equals(readFileSync(WERKMAP_PAD))).toBe(true);
  });
});
