import ExcelJS from "exceljs";
import { HyperFormula } from "hyperformula";
import JSZip from "jszip";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  bepaalTariefsets,
  controleerFormulier,
  STATUSSEN,
  tabelNaarTariefsets,
  TRAJECT_NAMEN,
  VERWIJZER_NAMEN,
} from "../../src/engine";
import { IJSSELLAND_2023 } from "../../src/engine/tariefset/ingebouwd";
import { leesTraject, leesVerwijzer } from "../../src/engine/invoer";
import { INVOER, WERKMAP_PAD, werkmapBytes } from "../../scripts/maak-werkmap";
import { alsNederlands, INVOERVELDEN, RESULTATEN } from "../../scripts/werkmap-indeling";
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

/** The defined names a formula uses: identifiers outside quotes that are no function, cell or sheet. */
function namenIn(formule: string): string[] {
  const zonderTekst = formule.replace(/"[^"]*"/g, '""');
  const uit: string[] = [];
  const re = /(^|[^A-Za-z0-9_.$!])([A-Za-z_][A-Za-z0-9_.]*)(?![A-Za-z0-9_.(!])/g;
  for (let m = re.exec(zonderTekst); m; m = re.exec(zonderTekst))
    if (!/^\$?[A-Z]{1,3}\$?\d+$/.test(m[2])) uit.push(m[2]);
  return uit;
}

let werkmap: ExcelJS.Workbook;
const parser = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
afterAll(() => parser.destroy());
let metadata: { id: string; parameters: { optional?: boolean }[] }[];

beforeAll(async () => {
  zorgVoorBuild();
  metadata = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")).functions;
  werkmap = new ExcelJS.Workbook();
  await werkmap.xlsx.readFile(WERKMAP_PAD);
});

type Formulecel = { blad: string; adres: string; formule: string; uitkomst: unknown };
function alleFormules(wb: ExcelJS.Workbook): Formulecel[] {
  const uit: Formulecel[] = [];
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

/** The defined names of the workbook with the cell or range each points at. */
function gedefinieerdeNamen(wb: ExcelJS.Workbook): Map<string, string> {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  return new Map(model.map((n) => [n.name, n.ranges.join(",")]));
}

const blad = () => werkmap.getWorksheet("Rekentool")!;
const waarde = (adres: string) => {
  const v = blad().getCell(adres).value;
  return v && typeof v === "object" && "formula" in v ? v.result : v;
};

describe("the generated workbook", () => {
  test("sheets as a user reads them", () => {
    expect(werkmap.worksheets.map((w) => w.name)).toEqual(["Rekentool", "Tarieven", "Uitleg", "Lijsten"]);
  });

  test("every formula parses and calls only JH.* functions that functions.json declares, with a valid number of arguments, and IF", () => {
    const formules = alleFormules(werkmap);
    expect(formules.length).toBe(INVOERVELDEN.length * 2 + RESULTATEN.length + 3 * 12);
    const gebruikt = new Set<string>();
    for (const { adres, formule } of formules) {
      // A spreadsheet grammar (HyperFormula's parser) accepts it, written as Excel shows it with the add-in loaded.
      expect([adres, parser.validateFormula("=" + formule.replace(/_xldudf_JH_/g, "JH."))]).toEqual([adres, true]);
      for (const { naam, args } of oproepen(formule)) {
        if (naam === "IF") {
          expect(args.length).toBe(3);
          continue;
        }
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
      "CONTROLE",
      "GROEPSTARIEF",
      "INDICATIE",
      "REKENTARIEF",
      "STANDAARDBUDGET",
      "STANDAARDBUDGETNUMMER",
      "UREN",
    ]);
  });

  test("formulas a person can read: named inputs, no nested IF, every name defined and pointing at its cell", () => {
    const namen = gedefinieerdeNamen(werkmap);
    for (const { naam, rij } of INVOERVELDEN) expect([naam, namen.get(naam)]).toEqual([naam, `Rekentool!$B$${rij}`]);
    expect(namen.get("Velden")).toBe("Rekentool!$J$11:$J$37");
    expect(namen.get("Invoer")).toBe("Rekentool!$B$11:$B$37");
    for (const { adres, formule } of alleFormules(werkmap)) {
      for (const naam of namenIn(formule)) expect([adres, naam, namen.has(naam)]).toEqual([adres, naam, true]);
      expect([adres, oproepen(formule).filter((o) => o.naam === "IF").length <= 1]).toEqual([adres, true]);
    }
    // The total no longer nests IFs: every argument is a name.
    const totaal = RESULTATEN.find((r) => r.label === "Totaal")!;
    expect(blad().getCell(`G${totaal.rij}`).formula).toBe(
      "_xldudf_JH_BUDGET(Traject,GroepDagen,GroepUrenPerDag,GroepWeken,Intensiteit,AmbUrenPerWeek,AmbWeken,Rekentarief,Verwijzer,Tariefset,KdcOdc,MetGroep,MetAmbulant,BekendBedrag,BekendBron)",
    );
    // No 52 or 104 in a formula: the weeks rule lives in the engine (JH.UREN, JH.CONTROLE).
    for (const { formule } of alleFormules(werkmap)) expect(formule).not.toMatch(/\b(52|104)\b/);
  });

  test("every input cell has the engine's status beside it, a status rule for each colour, and each colour in the legend", () => {
    const ws = blad();
    const legenda = new Map<string, string>();
    for (let r = 4; r <= 8; r++) {
      const fill = ws.getCell(`A${r}`).fill as ExcelJS.FillPattern;
      legenda.set(String(ws.getCell(`A${r}`).value), fill.fgColor!.argb!);
    }
    expect([...legenda.keys()]).toEqual([...STATUSSEN]);
    const regels = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    const binnen = (ref: string, adres: string) => {
      const [a, b] = ref.split(":");
      const k = (x: string) => x.charCodeAt(0);
      const r = (x: string) => Number(x.slice(1));
      return k(adres) >= k(a) && k(adres) <= k(b) && r(adres) >= r(a) && r(adres) <= r(b);
    };
    for (const { veld, rij } of INVOERVELDEN) {
      expect(ws.getCell(`J${rij}`).value).toBe(veld);
      expect(ws.getCell(`C${rij}`).formula).toBe(`_xldudf_JH_CONTROLE("${veld}",Velden,Invoer)`);
      expect(ws.getCell(`D${rij}`).formula).toBe(`_xldudf_JH_CONTROLE("${veld}",Velden,Invoer,"melding")`);
      const opCel = regels.filter((cf) => binnen(cf.ref, `B${rij}`)).flatMap((cf) => cf.rules);
      for (const status of STATUSSEN) {
        const regel = opCel.find(
          (g) => g.type === "expression" && g.formulae?.[0] === `$C${INVOERVELDEN[0].rij}="${status}"`,
        );
        expect([veld, status, regel !== undefined]).toEqual([veld, status, true]);
        const kleur = (regel!.style!.fill as ExcelJS.FillPattern).bgColor!.argb;
        expect([veld, status, kleur]).toEqual([veld, status, legenda.get(status)]);
      }
    }
  });

  test("the statuses and messages stored with the example are the engine's own for Mark", () => {
    const formulier = Object.fromEntries(INVOERVELDEN.map(({ veld }) => [veld, waarde(INVOER[veld]) ?? ""]));
    const engine = controleerFormulier(formulier, bepaalTariefsets({}));
    for (const { veld, rij } of INVOERVELDEN) {
      expect([veld, waarde(`C${rij}`)]).toEqual([veld, engine[veld].status]);
      expect([veld, waarde(`D${rij}`) ?? ""]).toEqual([veld, engine[veld].tekst]);
    }
    expect(waarde(INVOER["bekend.bedrag"])).toBeNull();
    expect(waarde(`C${INVOERVELDEN.find((v) => v.veld === "bekend.bedrag")!.rij}`)).toBe("niet invulbaar");
  });

  test("the Tarieven table holds exactly the built-in set, the guide included", () => {
    const tabelblad = werkmap.getWorksheet("Tarieven")!;
    const tabel = tabelblad.getTable("Tarieven") as unknown as { table: { name: string; tableRef: string } };
    expect(tabel.table.name).toBe("Tarieven");
    const [, totKolom, totRij] = /^A1:([A-Z])(\d+)$/.exec(tabel.table.tableRef)!;
    // Eight fixed columns, the three product columns and the guide's three: A to N.
    expect(totKolom).toBe("N");
    const rijen = Array.from({ length: Number(totRij) }, (_, r) =>
      Array.from({ length: totKolom.charCodeAt(0) - 64 }, (_, k) => tabelblad.getCell(r + 1, k + 1).value ?? ""),
    );
    const r = tabelNaarTariefsets(rijen[0], rijen.slice(1));
    expect(r.ok).toBe(true);
    expect(r.ok && r.tariefsets.map((s) => s.bronJson)).toEqual([IJSSELLAND_2023.bronJson]);
  });

  test("the guide's block reads the Tarieven table's rows (no copy), with the indication for Mark", () => {
    const soorten = IJSSELLAND_2023.richtlijn!.soorten.flatMap((s) =>
      s.banden.map((b) => [s.naam, b.niveau, b.omschrijving]),
    );
    expect(soorten.length).toBe(12);
    const tabelblad = werkmap.getWorksheet("Tarieven")!;
    soorten.forEach((verwacht, i) => {
      const rij = 28 + i;
      expect([waarde(`F${rij}`), waarde(`G${rij}`), waarde(`H${rij}`)]).toEqual(verwacht);
      const m = /^Tarieven!\$C\$(\d+)$/.exec(blad().getCell(`F${rij}`).formula)!;
      expect(tabelblad.getCell(`B${m[1]}`).value).toBe("richtlijn");
      expect(tabelblad.getCell(`C${m[1]}`).value).toBe(verwacht[0]);
    });
    // Mark: 78 ambulant hours of J&O -> 6 by the guide, beside the calculated 5.
    expect(waarde("G25")).toBe(6);
    expect(blad().getCell("G25").formula).toBe(
      'IF(SoortHulp="","",_xldudf_JH_INDICATIE(SoortHulp,AmbUrenTotaal,Tariefset))',
    );
  });

  test("every dropdown lists only names the engine or the tariff table knows; numbers are judged by the engine", () => {
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
      const dv = blad().getCell(adres).dataValidation;
      expect(dv.type).toBe("list");
      return namen(String(dv.formulae[0]));
    };
    expect(lijst(INVOER.traject)).toEqual([...TRAJECT_NAMEN]);
    for (const t of lijst(INVOER.traject)) expect(leesTraject(t, [])).toBe(t);
    expect(lijst(INVOER.verwijzer)).toEqual([...VERWIJZER_NAMEN]);
    for (const v of lijst(INVOER.verwijzer)) expect(leesVerwijzer(v, [])).toBe(v);
    expect(lijst(INVOER.groepsaanbod)).toEqual(["ja", "nee"]);
    expect(lijst(INVOER.ambulant)).toEqual(["ja", "nee"]);
    expect(lijst(INVOER["groepsaanbod.intensiteit"])).toEqual(IJSSELLAND_2023.intensiteiten.map((i) => i.naam));
    expect(lijst(INVOER["ambulant.rekentarief"])).toEqual(IJSSELLAND_2023.rekentarieven.map((i) => i.naam));
    expect(lijst(INVOER["indicatie.soortHulp"])).toEqual(IJSSELLAND_2023.richtlijn!.soorten.map((s) => s.naam));
    expect(lijst(INVOER.tariefset)).toEqual([IJSSELLAND_2023.naam]);
    // No limits of their own on numbers: 105 weeks is the engine's to refuse, with its reason.
    for (const veld of ["groepsaanbod.weken", "ambulant.weken", "groepsaanbod.dagenPerWeek"] as const)
      expect(blad().getCell(INVOER[veld]).dataValidation).toBeUndefined();
  });

  test("the example filled in (Mark) carries the same numbers as the CLI, and Excel recalculates on open", async () => {
    expect(RESULTATEN.map((r) => waarde(`G${r.rij}`))).toEqual([
      6, 156, 14.28, 2227.68, 78, 70, 5460, 7687.68, 5, 8000, 6,
    ]);
    expect(waarde(INVOER["ambulant.rekentarief"])).toBe("Overwegend begeleiding en lichte hulp");
    const zip = await JSZip.loadAsync(readFileSync(WERKMAP_PAD));
    expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  test("the Uitleg sheet explains every result formula in Dutch, as a Dutch Excel shows it", () => {
    const uitleg = werkmap.getWorksheet("Uitleg")!;
    const teksten: string[] = [];
    uitleg.eachRow((rij) => teksten.push(rij.values && (rij.values as unknown[]).map(String).join(" | ")));
    for (const r of RESULTATEN) {
      const nl = alsNederlands(r.formule);
      expect([r.label, teksten.some((t) => t.includes(nl) && t.includes(r.uitleg))]).toEqual([r.label, true]);
      expect(nl).not.toMatch(/_xldudf_|\bIF\(/);
    }
    expect(alsNederlands('IF(MetGroep="ja",_xldudf_JH_UREN(A,B),"a,b")')).toBe(
      '=ALS(MetGroep="ja";JH.UREN(A;B);"a,b")',
    );
  });

  test("the checked-in file is byte for byte what the generator makes now (run `npm run werkmap` after a change)", async () => {
    // Twice, so that a time or anything else that changes per run shows up even when the file is current.
    const [een, twee] = [await werkmapBytes(), await werkmapBytes()];
    expect(Buffer.from(een).equals(Buffer.from(twee))).toBe(true);
    expect(Buffer.from(een).equals(readFileSync(WERKMAP_PAD))).toBe(true);
  });

  test("LibreOffice (headless) opens it and shows the stored results for Mark", () => {
    // LibreOffice keeps stored results of formulas it cannot compute (JH.* needs the add-in): what a user sees
    // who opens the file without Excel. Needs soffice (apt-get install libreoffice-calc-nogui; .ci/run does).
    expect(existsSync("/usr/bin/soffice")).toBe(true);
    const map = mkdtempSync(join(tmpdir(), "werkmap-lo-"));
    try {
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=file://${join(map, "profiel")}`,
          "--headless",
          "--convert-to",
          "csv",
          "--outdir",
          map,
          WERKMAP_PAD,
        ],
        { stdio: "ignore", timeout: 120_000 },
      );
      const rijen = readFileSync(join(map, "Rekentool-standaardbudgetten.csv"), "latin1")
        .split(/\r?\n/)
        .map((r) => r.split(","));
      const cel = (adres: string) => rijen[Number(adres.slice(1)) - 1][adres.charCodeAt(0) - 65];
      expect(RESULTATEN.map((r) => cel(`G${r.rij}`))).toEqual([
        "6",
        "156",
        "14.28",
        "2227.68",
        "78",
        "70",
        "5460",
        "7687.68",
        "5",
        "8000",
        "6",
      ]);
      for (const { veld, rij } of INVOERVELDEN)
        expect([veld, cel(`C${rij}`)]).toEqual([veld, veld.startsWith("bekend") ? "niet invulbaar" : "ingevuld"]);
      // Every formula cell keeps its stored value: nothing shows as an error for want of the add-in.
      expect(rijen.flat().filter((c) => c.includes("#NAME") || c.includes("Err:"))).toEqual([]);
      expect(cel(`D${INVOERVELDEN[0].rij}`)).toBe("In orde.");
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  }, 180_000);
});
