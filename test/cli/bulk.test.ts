import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { draai } from "../helpers/cli";
import { UITVOER } from "../../src/engine";
import { genereerRijen, KOPPEN } from "../../bench/genereer";
import { schrijfCsv } from "../../bench/bestanden";

const map = mkdtempSync(join(tmpdir(), "rekentool-bulk-"));

describe("rekentool bulk on CSV", () => {
  test("round trip: other columns unchanged, outputs added, summary printed without BSNs, exit 1 when a row has a fout", async () => {
    const rijen = genereerRijen(500, 7);
    const invoer = join(map, "toewijzingen.csv");
    await schrijfCsv(invoer, rijen);
    const voor = readFileSync(invoer, "utf8");
    const r = await draai("bulk", invoer);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Rijen: 500 \(ok \d+, waarschuwing \d+, fout \d+\)/);
    expect(r.stdout).not.toMatch(/\d{9}/);
    expect(readFileSync(invoer, "utf8")).toBe(voor);
    const uit: string[][] = parse(readFileSync(join(map, "toewijzingen-herberekend.csv"), "utf8"), { delimiter: ";" });
    const inn: string[][] = parse(voor, { delimiter: ";" });
    expect(uit[0]).toEqual([...KOPPEN, ...UITVOER]);
    expect(uit).toHaveLength(501);
    for (let i = 0; i < inn.length; i++) expect(uit[i].slice(0, KOPPEN.length)).toEqual(inn[i]);
    const statussen = new Set(uit.slice(1).map((r) => r[KOPPEN.length + UITVOER.indexOf("Status")]));
    expect([...statussen].every((s) => ["ok", "waarschuwing", "fout"].includes(s))).toBe(true);
    // Dutch CSV in, Dutch CSV out: a decimal comma.
    expect(uit.slice(1).some((r) => /^\d+,\d+$/.test(r[KOPPEN.length + UITVOER.indexOf("Budget totaal")]))).toBe(true);
  });

  test("an existing output column is updated in place; unknown columns are kept; declarations from a line file", async () => {
    const invoer = join(map, "klein.csv");
    writeFileSync(
      invoer,
      "Toewijzing,Notitie,Traject,Uren per week,Ambulant weken,Rekentarief,Status\nT1,hallo,herstel,3,26,Overwegend begeleiding en lichte hulp,oud\nT2,,herstel,2.5,26,Grote ggz instellingen / academisch,oud\n",
    );
    const regels = join(map, "declaraties.csv");
    writeFileSync(
      regels,
      "Toewijzing;Productcode;Bedrag\nT1;45A48;1.000,00\nT1;45A49;3000\nT2;45A48;9000\nT7;45A48;125,50\n;45A48;10\n",
    );
    const r = await draai("bulk", invoer, "--uit", join(map, "klein-uit.csv"), "--declaraties", regels);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "Let op: Declaraties die bij geen rij horen en in geen totaal zitten: 1 toewijzingnummer dat niet in het overzicht staat (€ 125,50); 1 regel zonder toewijzingnummer (€ 10,00).",
    );
    const uit: string[][] = parse(readFileSync(join(map, "klein-uit.csv"), "utf8"));
    expect(uit[0]).toEqual([
      "Toewijzing",
      "Notitie",
      "Traject",
      "Uren per week",
      "Ambulant weken",
      "Rekentarief",
      "Status",
      ...UITVOER.filter((n) => n !== "Status"),
    ]);
    const kolom = (naam: string) => uit[0].indexOf(naam);
    expect(uit[1][kolom("Notitie")]).toBe("hallo");
    // A ','-file: decimal point; amounts with two decimals, Uitputting as a percentage.
    expect(uit[1][kolom("Budget totaal")]).toBe("5460.00");
    expect(uit[1][kolom("Uitputting")]).toBe("50.00%");
    expect(uit[1][kolom("Status")]).toBe("ok");
    expect(uit[2][kolom("Standaardbudget")]).toBe("6");
    expect(uit[2][kolom("Uitputting")]).toBe("75.00%");
  });

  test("Windows-1252 (Dutch Excel's plain CSV): the user's bytes come back unchanged, € and ë are read and written as such", async () => {
    const invoer = join(map, "ansi.csv");
    const kop = "Toewijzing;Traject;Ambulant uren per week;Ambulant weken;Rekentarief;Gedeclareerd;Opmerking\r\n";
    const tarief = "Overwegend begeleiding en lichte hulp";
    // 0xEB is ë, 0x80 is €, 0x92 is ’ and 0x81 is a byte Windows-1252 leaves undefined: all must survive.
    const bytes = Buffer.concat([
      Buffer.from(`${kop}T1;herstel;3;26;${tarief};`, "latin1"),
      Buffer.from([0x80, 0x20, 0x39, 0x2e, 0x30, 0x30, 0x30, 0x2c, 0x30, 0x30]), // "€ 9.000,00"
      Buffer.from(";Cli", "latin1"),
      Buffer.from([0xeb, 0x6e, 0x74, 0x92, 0x73, 0x20, 0x81, 0x0d, 0x0a]), // "ënt’s " + 0x81
      Buffer.from(`T2;herstel;drie;26;${tarief};;\r\n`, "latin1"),
    ]);
    writeFileSync(invoer, bytes);
    const r = await draai("bulk", invoer, "--uit", join(map, "ansi-uit.csv"));
    expect(r.code).toBe(1);
    const uit = readFileSync(join(map, "ansi-uit.csv"));
    const regels = uit.toString("latin1").split("\r\n");
    const invoerRegels = bytes.toString("latin1").split("\r\n");
    for (let i = 0; i < 3; i++) expect(regels[i].startsWith(invoerRegels[i])).toBe(true);
    const rij1 = regels[1].split(";");
    // € 9.000,00 read as an amount: over the ceiling of level 5 (€ 8.000,00).
    expect(rij1[rij1.length - 2]).toBe("waarschuwing");
    expect(rij1[rij1.length - 3]).toBe("112,50%");
    // The tool's own € goes out as Windows-1252's byte 0x80 (read here as Latin-1).
    expect(rij1[rij1.length - 1]).toContain(
      "Boven het plafond: er is meer gedeclareerd dan het toegewezen standaardbudget 5 (\u0080 8.000,00)",
    );
    // The message about "drie" names the field with an ë, written as Windows-1252 (one byte 0xEB).
    expect(regels[2]).toContain("Ambulante hulp: cli\u00ebntgebonden uren per week: 'drie' is geen getal");
    expect(uit.includes(Buffer.from([0xc3, 0xab]))).toBe(false);
  });

  test("UTF-8 with a byte order mark keeps it; a file that turns out not to be UTF-8 after 64 KB is read again as Windows-1252", async () => {
    const tarief = "Overwegend begeleiding en lichte hulp";
    const met = join(map, "bom.csv");
    writeFileSync(
      met,
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(
          `Traject;Ambulant uren per week;Ambulant weken;Rekentarief;Opmerking\r\nherstel;3;26;${tarief};cliënt\r\n`,
          "utf8",
        ),
      ]),
    );
    expect((await draai("bulk", met, "--uit", join(map, "bom-uit.csv"))).code).toBe(0);
    const uitMet = readFileSync(join(map, "bom-uit.csv"));
    expect([...uitMet.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(uitMet.toString("utf8")).toContain(";cliënt;");

    // UTF-8 without a mark, with an ë cut in two by the 64 KB chunk boundary: still UTF-8, written back as it was.
    const gesplitst = join(map, "gesplitst.csv");
    const kop = `Traject;Ambulant uren per week;Ambulant weken;Rekentarief;Opmerking\r\n`;
    const regel = (i: number) => `herstel;3;26;${tarief};cliënt ${i}\r\n`;
    let voor = kop;
    for (let i = 0; Buffer.byteLength(voor + regel(i)) < 65_000; i++) voor += regel(i);
    const begin = `herstel;3;26;${tarief};`;
    const opvulling = "x".repeat(65_535 - Buffer.byteLength(voor + begin));
    const inhoud = `${voor}${begin}${opvulling}ëë\r\n${regel(9999)}`;
    expect([...Buffer.from(inhoud).subarray(65_535, 65_537)]).toEqual([0xc3, 0xab]);
    writeFileSync(gesplitst, inhoud, "utf8");
    expect((await draai("bulk", gesplitst, "--uit", join(map, "gesplitst-uit.csv"))).code).toBe(0);
    const terug = readFileSync(join(map, "gesplitst-uit.csv"), "utf8").split("\r\n");
    const origineel = inhoud.split("\r\n");
    for (let i = 0; i < origineel.length - 1; i++) expect(terug[i].startsWith(origineel[i])).toBe(true);

    const laat = join(map, "laat.csv");
    const ascii = Array.from({ length: 2000 }, (_, i) => `herstel;3;26;${tarief};regel ${i}\r\n`).join("");
    writeFileSync(
      laat,
      Buffer.concat([
        Buffer.from(`Traject;Ambulant uren per week;Ambulant weken;Rekentarief;Opmerking\r\n${ascii}`, "latin1"),
        Buffer.from(`herstel;3;26;${tarief};Cli`, "latin1"),
        Buffer.from([0xeb, 0x6e, 0x74, 0x0d, 0x0a]),
      ]),
    );
    expect(readFileSync(laat).length).toBeGreaterThan(64 * 1024);
    const r = await draai("bulk", laat, "--uit", join(map, "laat-uit.csv"));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Rijen: 2001 \(ok 2001,/);
    const regels = readFileSync(join(map, "laat-uit.csv")).toString("latin1").split("\r\n");
    expect(regels).toHaveLength(2003);
    expect(regels[2001].startsWith(`herstel;3;26;${tarief};Cli\u00ebnt;`)).toBe(true);
  });

  test("a cell with a line break of its own (Alt+Enter, a bare LF) stays one cell: quoted on the way out", async () => {
    const invoer = join(map, "regelovergang.csv");
    writeFileSync(
      invoer,
      'Toewijzing;Traject;Uren per week;Ambulant weken;Rekentarief;Notitie\r\nQ1;herstel;3;26;Overwegend begeleiding en lichte hulp;"regel1\nregel2"\r\n',
    );
    const r = await draai("bulk", invoer, "--uit", join(map, "regelovergang-uit.csv"));
    expect(r.code).toBe(0);
    const uit: string[][] = parse(readFileSync(join(map, "regelovergang-uit.csv"), "utf8"), { delimiter: ";" });
    expect(uit).toHaveLength(2);
    expect(uit[1][5]).toBe("regel1\nregel2");
    expect(uit[1][8]).toBe("5460,00");
  });

  test("a file that cannot be read is said in words, not as a system code", async () => {
    const r = await draai("budget", "--traject", "herstel", "--tarieven", join(map, "bestaat-niet.json"));
    expect(r).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("kan niet worden gelezen: het bestand of de map bestaat niet"),
    });
    expect(r.stderr).not.toContain("ENOENT");
  });

  test("a blank row is kept as it is (its output cells too) and not counted", async () => {
    const invoer = join(map, "leeg.csv");
    writeFileSync(
      invoer,
      "Traject,Uren per week,Ambulant weken,Rekentarief,Notitie,Status\nherstel,3,26,Overwegend begeleiding en lichte hulp,,\n,,,,alleen een notitie,handmatig\n",
    );
    const r = await draai("bulk", invoer, "--uit", join(map, "leeg-uit.csv"));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Rijen: 1 \(ok 1,/);
    const uit: string[][] = parse(readFileSync(join(map, "leeg-uit.csv"), "utf8"));
    expect(uit[2].slice(0, 6)).toEqual(["", "", "", "", "alleen een notitie", "handmatig"]);
    expect(uit[2].slice(6).every((c) => c === "")).toBe(true);
  });

  test("the installed command (bin/rekentool.js, which restarts itself for bulk) passes on output and exit codes", () => {
    const invoer = join(map, "bin.csv");
    writeFileSync(
      invoer,
      "Traject,Uren per week,Ambulant weken,Rekentarief\nherstel,3,26,Overwegend begeleiding en lichte hulp\n",
    );
    const bin = join(__dirname, "..", "..", "bin", "rekentool.js");
    const goed = spawnSync(process.execPath, [bin, "bulk", invoer, "--uit", join(map, "bin-uit.csv")], {
      encoding: "utf8",
    });
    expect(goed.status).toBe(0);
    expect(goed.stdout).toMatch(/Rijen: 1 \(ok 1,/);
    expect(parse(readFileSync(join(map, "bin-uit.csv"), "utf8"))[1]).toContain("5460.00");
    const fout = spawnSync(process.execPath, [bin, "bulk", join(map, "bestaat-niet.csv")], { encoding: "utf8" });
    expect(fout.status).toBe(2);
    expect(fout.stderr).toContain("bestaat niet");
  });

  test("usage errors: the input is never the output; missing columns are named", async () => {
    const invoer = join(map, "klein.csv");
    expect(await draai("bulk", invoer, "--uit", invoer)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("hetzelfde als het invoerbestand"),
    });
    writeFileSync(join(map, "leeg.csv"), "Naam;Leeftijd\nPiet;9\n");
    expect(await draai("bulk", join(map, "leeg.csv"))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Geen kolom Traject"),
    });
    // A failed run leaves no output file (and no temporary one) behind.
    expect(readdirSync(map).filter((f) => f.startsWith("leeg-herberekend"))).toEqual([]);
    expect(await draai("bulk", join(map, "niet.csv"))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("bestaat niet"),
    });
    expect(await draai("bulk", join(map, "x.ods"))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("geen .xlsx- of .csv-bestand"),
    });
  });
});

describe("rekentool bulk on xlsx", () => {
  async function maakWerkmap(pad: string) {
    const wb = new ExcelJS.Workbook();
    const blad = wb.addWorksheet("Toewijzingen");
    blad.addRow([
      "Toewijzing",
      "BSN",
      "Aanbieder",
      "Traject",
      "Groep dagen per week",
      "Groep uren per dag",
      "Groep weken",
      "Intensiteit",
      "Ambulant uren per week",
      "Ambulant weken",
      "Rekentarief",
      "Opmerking",
    ]);
    blad.addRow([
      "T1",
      "111222333",
      "Kindkracht",
      "herstel",
      2,
      3,
      26,
      "licht",
      3,
      26,
      "Overwegend begeleiding en lichte hulp",
      "Mark",
    ]);
    blad.addRow([
      "T2",
      "123456789",
      "GGZ Oost",
      "herstel",
      null,
      null,
      null,
      null,
      "2,5",
      26,
      "Grote ggz instellingen / academisch",
      { formula: "1+1", result: 2 },
    ]);
    blad.addRow([
      "T3",
      null,
      "GGZ Oost",
      "duurzaam",
      null,
      null,
      null,
      null,
      3,
      26,
      "Overwegend begeleiding en lichte hulp",
      "te lang",
    ]);
    blad.getCell("L2").font = { bold: true };
    const notities = wb.addWorksheet("Notities");
    notities.addRow(["Vrije tekst", 42, new Date(Date.UTC(2023, 0, 2))]);
    notities.getCell("D1").value = { formula: "B1*2", result: 84 };
    const decl = wb.addWorksheet("Declaraties");
    decl.addRow(["Toewijzing", "Productcode", "Bedrag"]);
    decl.addRow(["T1", "45A48", 4000]);
    decl.addRow(["T1", "45A49", 4500]);
    await wb.xlsx.writeFile(pad);
  }

  test("round trip: outputs filled, other sheets and columns unchanged in value, declarations sheet summed", async () => {
    const invoer = join(map, "werkmap.xlsx");
    await maakWerkmap(invoer);
    const r = await draai("bulk", invoer, "--uit", join(map, "werkmap-uit.xlsx"));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain("123456789");
    const voor = new ExcelJS.Workbook();
    await voor.xlsx.readFile(invoer);
    const na = new ExcelJS.Workbook();
    await na.xlsx.readFile(join(map, "werkmap-uit.xlsx"));
    expect(na.worksheets.map((w) => w.name)).toEqual(["Toewijzingen", "Notities", "Declaraties"]);
    for (const naam of ["Notities", "Declaraties"]) {
      const waarden = (wb: ExcelJS.Workbook) => {
        const uit: string[] = [];
        wb.getWorksheet(naam)!.eachRow((rij) =>
          rij.eachCell((c) => uit.push(`${c.address}=${JSON.stringify(c.value)}`)),
        );
        return uit;
      };
      expect(waarden(na)).toEqual(waarden(voor));
    }
    const blad = na.getWorksheet("Toewijzingen")!;
    const oud = voor.getWorksheet("Toewijzingen")!;
    for (let r = 1; r <= 4; r++)
      for (let k = 1; k <= 12; k++)
        expect(JSON.stringify(blad.getCell(r, k).value)).toBe(JSON.stringify(oud.getCell(r, k).value));
    expect(blad.getCell("L2").font?.bold).toBe(true);
    const kop = (blad.getRow(1).values as unknown[]).slice(13);
    expect(kop).toEqual([...UITVOER]);
    const rij = (r: number) => (blad.getRow(r).values as unknown[]).slice(13, 13 + UITVOER.length);
    expect(rij(2)).toEqual([
      2227.68,
      5460,
      7687.68,
      5,
      8000,
      "nee",
      1.0625,
      "waarschuwing",
      expect.stringContaining("Boven het plafond"),
    ]);
    expect(rij(3).slice(7)).toEqual(["fout", "BSN voldoet niet aan de elfproef: controleer het nummer (9 cijfers)."]);
    // A fout row has no amounts (it counts in no total).
    expect(rij(3).slice(0, 3)).toEqual([undefined, undefined, undefined]);
    expect(rij(4)[7]).toBe("fout");
    expect(blad.getCell(2, 14).numFmt).toBe("#,##0.00");
    expect(blad.getCell(2, 19).numFmt).toBe("0.00%");
  });

  test("a table's totals row is no allocation: kept as it is (its SUM formula too) and not counted", async () => {
    const invoer = join(map, "tabel.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Toewijzingen");
    const tarief = "Overwegend begeleiding en lichte hulp";
    ws.addTable({
      name: "Toewijzingen",
      ref: "A1",
      headerRow: true,
      totalsRow: true,
      columns: [
        { name: "Toewijzing", totalsRowLabel: "Totaal" },
        { name: "Traject" },
        { name: "Ambulant uren per week" },
        { name: "Ambulant weken" },
        { name: "Rekentarief" },
        { name: "Budget totaal", totalsRowFunction: "sum" },
      ],
      rows: [
        ["T1", "herstel", 3, 26, tarief, null],
        ["T2", "herstel", 4, 26, tarief, null],
      ],
    });
    await wb.xlsx.writeFile(invoer);
    const r = await draai("bulk", invoer, "--uit", join(map, "tabel-uit.xlsx"));
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toContain("Rijen: 2 (ok 2, waarschuwing 0, fout 0)");
    const na = new ExcelJS.Workbook();
    await na.xlsx.readFile(join(map, "tabel-uit.xlsx"));
    const blad = na.getWorksheet("Toewijzingen")!;
    expect([blad.getCell("F2").value, blad.getCell("F3").value]).toEqual([5460, 7280]);
    expect(blad.getCell("A4").value).toBe("Totaal");
    expect(blad.getCell("F4").value).toMatchObject({ formula: expect.stringContaining("SUBTOTAL(109") });
    const status = (blad.getRow(1).values as unknown[]).indexOf("Status");
    expect([blad.getCell(2, status).value, blad.getCell(4, status).value]).toEqual(["ok", null]);
    // The table grew by the added output columns, as it does in Excel.
    const tabel = blad.getTable("Toewijzingen") as unknown as {
      table: { tableRef: string; columns: { name: string }[] };
    };
    expect(tabel.table.tableRef).toBe("A1:N4");
    expect(tabel.table.columns.map((c) => c.name)).toEqual([
      "Toewijzing",
      "Traject",
      "Ambulant uren per week",
      "Ambulant weken",
      "Rekentarief",
      "Budget totaal",
      ...UITVOER.filter((n) => n !== "Budget totaal"),
    ]);
    expect((blad.getRow(1).values as unknown[]).slice(7)).toEqual(UITVOER.filter((n) => n !== "Budget totaal"));
  });

  test("a table in a workbook without shared strings (inline strings only) grows too: the part is made", async () => {
    const invoer = join(map, "inline.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Toewijzingen");
    ws.addTable({
      name: "Lijst",
      ref: "A1",
      headerRow: true,
      columns: ["Traject", "Ambulant uren per week", "Ambulant weken", "Rekentarief"].map((name) => ({ name })),
      rows: [["herstel", 3, 26, "Overwegend begeleiding en lichte hulp"]],
    });
    // As openpyxl and some exports write it: every text inline, no shared-strings part at all.
    const delen = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
    const teksten = [...strFromU8(delen["xl/sharedStrings.xml"]).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
    const blad1 = strFromU8(delen["xl/worksheets/sheet1.xml"]).replace(
      /<c r="([A-Z]+\d+)"([^>]*) t="s"><v>(\d+)<\/v><\/c>/g,
      (_, ref, rest, i) => `<c r="${ref}"${rest} t="inlineStr"><is><t>${teksten[Number(i)]}</t></is></c>`,
    );
    delete delen["xl/sharedStrings.xml"];
    delen["xl/worksheets/sheet1.xml"] = strToU8(blad1);
    delen["[Content_Types].xml"] = strToU8(
      strFromU8(delen["[Content_Types].xml"]).replace(/<Override[^>]*sharedStrings[^>]*\/>/, ""),
    );
    delen["xl/_rels/workbook.xml.rels"] = strToU8(
      strFromU8(delen["xl/_rels/workbook.xml.rels"]).replace(/<Relationship[^>]*sharedStrings[^>]*\/>/, ""),
    );
    writeFileSync(invoer, zipSync(delen));
    expect(blad1).not.toContain('t="s"');
    const r = await draai("bulk", invoer, "--uit", join(map, "inline-uit.xlsx"));
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const zip = unzipSync(readFileSync(join(map, "inline-uit.xlsx")));
    expect(strFromU8(zip["[Content_Types].xml"])).toContain('PartName="/xl/sharedStrings.xml"');
    expect(strFromU8(zip["xl/_rels/workbook.xml.rels"])).toMatch(/Target="sharedStrings.xml"/);
    const na = new ExcelJS.Workbook();
    await na.xlsx.readFile(join(map, "inline-uit.xlsx"));
    const blad = na.getWorksheet("Toewijzingen")!;
    const tabel = blad.getTable("Lijst") as unknown as { table: { tableRef: string; columns: { name: string }[] } };
    expect(tabel.table.tableRef).toBe("A1:M2");
    expect(tabel.table.columns.map((c) => c.name).slice(4)).toEqual([...UITVOER]);
    expect((blad.getRow(1).values as unknown[]).slice(5)).toEqual([...UITVOER]);
    // 3 h x 26 weeks at € 70: € 5.460, level 5.
    expect([blad.getCell("G2").value, blad.getCell("H2").value, blad.getCell("L2").value]).toEqual([5460, 5, "ok"]);
    // LibreOffice opens it without complaint and reads the new header from the shared strings.
    const csv = join(map, "inline-uit.csv");
    spawnSync("soffice", ["--headless", "--convert-to", "csv", "--outdir", map, join(map, "inline-uit.xlsx")]);
    expect(readFileSync(csv, "utf8").split("\n")[0]).toContain("Budget totaal");
  });

  test("a table with a column of the user's right of it does not grow: its part stays as it was", async () => {
    const invoer = join(map, "naast.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Toewijzingen");
    ws.addTable({
      name: "Toewijzingen",
      ref: "A1",
      headerRow: true,
      columns: [
        { name: "Traject" },
        { name: "Ambulant uren per week" },
        { name: "Ambulant weken" },
        { name: "Rekentarief" },
      ],
      rows: [["herstel", 3, 26, "Overwegend begeleiding en lichte hulp"]],
    });
    ws.getCell("E1").value = "Notitie";
    ws.getCell("E2").value = "buiten de tabel";
    await wb.xlsx.writeFile(invoer);
    expect((await draai("bulk", invoer, "--uit", join(map, "naast-uit.xlsx"))).code).toBe(0);
    const deel = (pad: string) => unzipSync(readFileSync(pad))["xl/tables/table1.xml"];
    expect(Buffer.from(deel(join(map, "naast-uit.xlsx"))).equals(Buffer.from(deel(invoer)))).toBe(true);
    const na = new ExcelJS.Workbook();
    await na.xlsx.readFile(join(map, "naast-uit.xlsx"));
    expect((na.getWorksheet("Toewijzingen")!.getRow(1).values as unknown[]).slice(1)).toEqual([
      "Traject",
      "Ambulant uren per week",
      "Ambulant weken",
      "Rekentarief",
      "Notitie",
      ...UITVOER,
    ]);
  });

  test("--blad picks a sheet; an unknown sheet is named with the ones that exist", async () => {
    const invoer = join(map, "werkmap.xlsx");
    expect(await draai("bulk", invoer, "--blad", "Bestaat niet", "--uit", join(map, "u.xlsx"))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Werkbladen: Toewijzingen, Notities, Declaraties"),
    });
    expect(await draai("bulk", invoer, "--blad", "Notities", "--uit", join(map, "u.xlsx"))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Geen kolom Traject"),
    });
  });
});
