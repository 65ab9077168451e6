import ExcelJS from "exceljs";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { draai } from "../helpers/cli";
import { werkmap } from "../helpers/xlsx";

const map = mkdtempSync(join(tmpdir(), "rekentool-xlsx-vormen-"));
const TARIEF = "Overwegend begeleiding en lichte hulp";

const cel = (p: string, ref: string | null, w: string | number) =>
  typeof w === "number"
    ? `<${p}c${ref ? ` r="${ref}"` : ""}><${p}v>${w}</${p}v></${p}c>`
    : `<${p}c${ref ? ` r="${ref}"` : ""} t="inlineStr"><${p}is><${p}t>${w}</${p}t></${p}is></${p}c>`;

function blad(p: string, rijnummers: boolean): string {
  const rij = (nr: number, cellen: string) => `<${p}row${rijnummers ? ` r="${nr}"` : ""}>${cellen}</${p}row>`;
  const refs = (nr: number) => (rijnummers ? ["A", "B", "C", "D"].map((k) => `${k}${nr}`) : [null, null, null, null]);
  const [a1, b1, c1, d1] = refs(1);
  const [a2, b2, c2, d2] = refs(2);
  return `<?xml version="1.0"?><${p}worksheet xmlns${p ? `:${p.slice(0, -1)}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}sheetData>${rij(
    1,
    cel(p, a1, "Traject") + cel(p, b1, "Uren per week") + cel(p, c1, "Ambulant weken") + cel(p, d1, "Rekentarief"),
  )}${rij(2, cel(p, a2, "herstel") + cel(p, b2, 3) + cel(p, c2, 26) + cel(p, d2, TARIEF))}</${p}sheetData></${p}worksheet>`;
}

describe("xlsx files as other writers make them", () => {
  test.each([
    ["rows and cells without their optional r attribute", "", false],
    ["every tag with a namespace prefix (x:row, x:c)", "x:", true],
  ])("%s: read and written correctly", async (_naam, p, rijnummers) => {
    const invoer = join(map, `vorm-${p ? "prefix" : "zonder-r"}.xlsx`);
    writeFileSync(invoer, werkmap(blad(p, rijnummers), false));
    const uit = join(map, `vorm-${p ? "prefix" : "zonder-r"}-uit.xlsx`);
    const r = await draai("bulk", invoer, "--uit", uit);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const xml = strFromU8(unzipSync(readFileSync(uit))["xl/worksheets/sheet1.xml"]);
    expect(xml).not.toContain("NaN");
    // Budget totaal is the third output: column G (E, F, G) of row 2, in the sheet's own namespace.
    expect(xml).toContain(`<${p}c r="G2"><${p}v>5460</${p}v></${p}c>`);
    expect(xml).toContain(
      `<${p}c r="E1" t="inlineStr"><${p}is><${p}t xml:space="preserve">Budget groepsaanbod</${p}t>`,
    );
  });

  test("empty formatted cells after the header's last name do not push the outputs to the right", async () => {
    const xml = blad("", true).replace("</row>", '<c r="E1" s="0"/><c r="F1" s="0"/><c r="G1" s="0"/></row>');
    const invoer = join(map, "leeg-opgemaakt.xlsx");
    writeFileSync(invoer, werkmap(xml, false));
    const uit = join(map, "leeg-opgemaakt-uit.xlsx");
    const r = await draai("bulk", invoer, "--uit", uit);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const uitXml = strFromU8(unzipSync(readFileSync(uit))["xl/worksheets/sheet1.xml"]);
    expect(uitXml).toContain('<c r="E1" t="inlineStr"><is><t xml:space="preserve">Budget groepsaanbod</t>');
    expect(uitXml).toContain('<c r="G2"><v>5460</v></c>');
  });

  test("the calculation chain is dropped (Excel rebuilds it), with its content type and relation", async () => {
    const invoer = join(map, "keten.xlsx");
    writeFileSync(invoer, werkmap(blad("", true), true));
    const uit = join(map, "keten-uit.xlsx");
    expect((await draai("bulk", invoer, "--uit", uit)).code).toBe(0);
    const delen = unzipSync(readFileSync(uit));
    expect(delen["xl/calcChain.xml"]).toBeUndefined();
    expect(strFromU8(delen["[Content_Types].xml"])).not.toContain("calcChain");
    expect(strFromU8(delen["xl/_rels/workbook.xml.rels"])).not.toContain("calcChain");
  });
});

/** The zip with the uncompressed size that its central directory declares for `pad` set to `grootte`. */
function metGrootte(zip: Uint8Array, pad: string, grootte: number): Buffer {
  const bytes = Buffer.from(zip);
  const naam = Buffer.from(pad);
  for (let i = 0; i + 46 < bytes.length; i++) {
    // Central directory entry (PK\x01\x02): uncompressed size at offset 24, the name at 46.
    if (bytes.readUInt32LE(i) === 0x02014b50 && bytes.subarray(i + 46, i + 46 + naam.length).equals(naam))
      bytes.writeUInt32LE(grootte, i + 24);
  }
  return bytes;
}

describe("what a run says about the file itself", () => {
  test("a sheet reached by a relation through ../ is found", async () => {
    const delen = unzipSync(werkmap(blad("", true), false));
    delen["xl/_rels/workbook.xml.rels"] = strToU8(
      strFromU8(delen["xl/_rels/workbook.xml.rels"]).replace('Target="worksheets/', 'Target="../xl/worksheets/'),
    );
    const invoer = join(map, "relatie.xlsx");
    writeFileSync(invoer, zipSync(delen));
    const r = await draai("bulk", invoer, "--uit", join(map, "relatie-uit.xlsx"));
    expect([r.code, r.stderr]).toEqual([0, ""]);
  });

  test("a sheet or file name that could be a BSN is not shown", async () => {
    const invoer = join(map, "client-123456782.xlsx");
    writeFileSync(invoer, werkmap(blad("", true), false));
    const r = await draai("bulk", invoer, "--blad", "123456782");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Werkblad '(nummer van 9 cijfers, niet getoond)' bestaat niet. Werkbladen: Blad1.");
    const goed = await draai("bulk", invoer);
    expect(goed.code).toBe(0);
    expect(goed.stdout + goed.stderr).not.toContain("123456782");
  });

  test("a first sheet without the list says --blad chooses another, naming the sheets", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Info").getCell("A1").value = "Uitleg";
    const ws = wb.addWorksheet("Lijst");
    ws.addRow(["Traject", "Ambulant uren per week", "Ambulant weken", "Rekentarief"]);
    ws.addRow(["herstel", 3, 26, TARIEF]);
    const invoer = join(map, "info.xlsx");
    await wb.xlsx.writeFile(invoer);
    const r = await draai("bulk", invoer);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "Staan de toewijzingen op een ander werkblad? Kies dat met --blad (werkbladen: Info, Lijst).",
    );
    expect((await draai("bulk", invoer, "--blad", "lijst")).code).toBe(0);
  });

  test("a folder named .xlsx, and an OpenDocument sheet named .xlsx, are said to be so", async () => {
    mkdirSync(join(map, "map.xlsx"));
    const r = await draai("bulk", join(map, "map.xlsx"), "--uit", join(map, "map-uit.xlsx"));
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("'map.xlsx' kan niet worden geschreven of gelezen: dit is een map, geen bestand.");
    const ods = join(map, "lo.xlsx");
    writeFileSync(
      ods,
      zipSync({
        mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"),
        "content.xml": strToU8("<office:document-content/>"),
      }),
    );
    const o = await draai("bulk", ods, "--uit", join(map, "lo-uit.xlsx"));
    expect(o.code).toBe(2);
    expect(o.stderr).toContain("'lo.xlsx' is een OpenDocument-werkblad");
  });
});

describe("zip bombs and parts that lie about their size", () => {
  test("a part the run does not change is copied compressed, never inflated, whatever it claims", async () => {
    // A bomb deflates gigabytes into a few megabytes. This part claims 1.9 GB and holds 1,000 bytes: had the
    // run inflated it, the sizes would disagree and the run would stop; copied as it is, the claim goes along.
    const junk = new Uint8Array(1000).map((_, i) => (i * 7) % 251);
    const delen = { ...unzipSync(werkmap(blad("", true), false)), "xl/media/rommel.bin": junk };
    const invoer = join(map, "bom.xlsx");
    writeFileSync(invoer, metGrootte(zipSync(delen, { level: 1 }), "xl/media/rommel.bin", 1900 * 2 ** 20));
    const uit = join(map, "bom-uit.xlsx");
    const r = await draai("bulk", invoer, "--uit", uit);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const centraal = (bytes: Buffer) => {
      const i = bytes.lastIndexOf(Buffer.from("xl/media/rommel.bin")) - 46;
      return {
        grootte: bytes.readUInt32LE(i + 24),
        gepakt: bytes.readUInt32LE(i + 20),
        crc: bytes.readUInt32LE(i + 16),
      };
    };
    expect(centraal(readFileSync(uit))).toEqual(centraal(readFileSync(invoer)));
    expect(centraal(readFileSync(uit)).grootte).toBe(1900 * 2 ** 20);
  });

  test("a part the run must read (the shared texts) that claims more than 256 MB is refused before inflating", async () => {
    const delen = {
      ...unzipSync(werkmap(blad("", true), false)),
      "xl/sharedStrings.xml": strToU8('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'),
    };
    const invoer = join(map, "bom-teksten.xlsx");
    writeFileSync(invoer, metGrootte(zipSync(delen), "xl/sharedStrings.xml", 600 * 2 ** 20));
    const r = await draai("bulk", invoer, "--uit", join(map, "bom-teksten-uit.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "'bom-teksten.xlsx' pakt uit tot meer dan deze opdracht aankan (onderdeel 'xl/sharedStrings.xml' is groter dan 256 MB)",
    );
    expect(existsSync(join(map, "bom-teksten-uit.xlsx"))).toBe(false);
  });

  test("a worksheet that inflates to more than it declares is refused as damaged, and nothing is written", async () => {
    const invoer = join(map, "liegt.xlsx");
    writeFileSync(invoer, metGrootte(werkmap(blad("", true), false), "xl/worksheets/sheet1.xml", 100));
    const r = await draai("bulk", invoer, "--uit", join(map, "liegt-uit.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "'liegt.xlsx' is beschadigd: onderdeel 'xl/worksheets/sheet1.xml' is niet uit te pakken",
    );
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(readdirSync(map).filter((f) => f.startsWith("liegt-uit"))).toEqual([]);
  });

  test("a byte changed in a part (its checksum no longer matches) is refused as damaged, not read as data", async () => {
    const opgeslagen = Buffer.from(zipSync(unzipSync(werkmap(blad("", true), false)), { level: 0 }));
    const plek = opgeslagen.indexOf("<v>26</v>");
    expect(plek).toBeGreaterThan(0);
    opgeslagen.write("<v>96</v>", plek);
    const invoer = join(map, "gewijzigd.xlsx");
    writeFileSync(invoer, opgeslagen);
    const r = await draai("bulk", invoer, "--uit", join(map, "gewijzigd-uit.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("'gewijzigd.xlsx' is beschadigd: onderdeel 'xl/worksheets/sheet1.xml'");
    expect(readdirSync(map).filter((f) => f.startsWith("gewijzigd-uit"))).toEqual([]);
  });

  test("a worksheet that inflates to far more than its file (20 MB of spaces in 20 kB) streams through", async () => {
    const xml = blad("", true).replace("<sheetData>", `<sheetData>${" ".repeat(20 * 2 ** 20)}`);
    const invoer = join(map, "ruim.xlsx");
    writeFileSync(invoer, werkmap(xml, false));
    expect(readFileSync(invoer).length).toBeLessThan(200_000);
    const uit = join(map, "ruim-uit.xlsx");
    const r = await draai("bulk", invoer, "--uit", uit);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(strFromU8(unzipSync(readFileSync(uit))["xl/worksheets/sheet1.xml"])).toContain('<c r="G2"><v>5460</v></c>');
  });
});

describe("shared formulas in the columns the run fills", () => {
  const kop =
    cel("", "A1", "Traject") +
    cel("", "B1", "Uren per week") +
    cel("", "C1", "Ambulant weken") +
    cel("", "D1", "Rekentarief") +
    cel("", "E1", "Budget groepsaanbod") +
    cel("", "F1", "Notitie");
  const rij = (nr: number, e: string, f: string) =>
    `<row r="${nr}">${cel("", `A${nr}`, "herstel")}${cel("", `B${nr}`, 3)}${cel("", `C${nr}`, 26)}${cel("", `D${nr}`, TARIEF)}<c r="E${nr}">${e}<v>1</v></c><c r="F${nr}">${f}<v>1</v></c></row>`;
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

  test("a formula filled right from an output column into the user's column stops the run, naming both", async () => {
    const xml = `<worksheet ${ns}><sheetData><row r="1">${kop}</row>${rij(2, '<f t="shared" ref="E2:F2" si="0">B2*2</f>', '<f t="shared" si="0"/>')}</sheetData></worksheet>`;
    const invoer = join(map, "gedeeld-rechts.xlsx");
    writeFileSync(invoer, werkmap(xml, false));
    const r = await draai("bulk", invoer, "--uit", join(map, "gedeeld-rechts-uit.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "Cel E2 staat in een kolom die de rekentool vult, maar bevat een formule die Excel ook voor kolom F gebruikt",
    );
    expect(readdirSync(map).filter((f) => f.startsWith("gedeeld-rechts-uit"))).toEqual([]);
  });

  test("merged cells that reach an output column stop the run, naming the range; a merged title above does not", async () => {
    const samen = (refs: string[]) =>
      `<worksheet ${ns}><sheetData><row r="1">${kop}</row>${rij(2, "", "")}</sheetData><mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join("")}</mergeCells></worksheet>`;
    const invoer = join(map, "samen.xlsx");
    writeFileSync(invoer, werkmap(samen(["D2:F2"]), false));
    const r = await draai("bulk", invoer, "--uit", join(map, "samen-uit.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "De samengevoegde cellen D2:F2 lopen door kolom E, waar de rekentool zijn uitkomsten schrijft",
    );
    expect(readdirSync(map).filter((f) => f.startsWith("samen-uit"))).toEqual([]);
    // Only in the user's own columns (F is Notitie): fine.
    writeFileSync(invoer, werkmap(samen(["A3:D3", "F2:F3"]), false));
    const goed = await draai("bulk", invoer, "--uit", join(map, "samen-goed.xlsx"));
    expect([goed.code, goed.stderr]).toEqual([0, ""]);
  });

  test("a formula filled down within an output column is replaced whole, leaving no orphan", async () => {
    const xml = `<worksheet ${ns}><sheetData><row r="1">${kop}</row>${rij(2, '<f t="shared" ref="E2:E3" si="0">B2*2</f>', "<f>B2</f>")}${rij(3, '<f t="shared" si="0"/>', "<f>B3</f>")}</sheetData></worksheet>`;
    const invoer = join(map, "gedeeld-omlaag.xlsx");
    writeFileSync(invoer, werkmap(xml, false));
    const uit = join(map, "gedeeld-omlaag-uit.xlsx");
    const r = await draai("bulk", invoer, "--uit", uit);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const blad = strFromU8(unzipSync(readFileSync(uit))["xl/worksheets/sheet1.xml"]);
    expect(blad).not.toContain('t="shared"');
    // The user's own formulas in F stay exactly as they were.
    expect(blad).toContain('<c r="F2"><f>B2</f><v>1</v></c>');
    expect(blad).toContain('<c r="F3"><f>B3</f><v>1</v></c>');
  });
});

describe("an Excel table below a title row", () => {
  test("the table's header is the header; the title above stays as it is", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Overzicht");
    ws.getCell("A1").value = "Overzicht toewijzingen 2023";
    ws.addTable({
      name: "Overzicht",
      ref: "A3",
      headerRow: true,
      columns: [
        { name: "Traject" },
        { name: "Ambulant uren per week" },
        { name: "Ambulant weken" },
        { name: "Rekentarief" },
      ],
      rows: [["herstel", 3, 26, TARIEF]],
    });
    const invoer = join(map, "titel.xlsx");
    await wb.xlsx.writeFile(invoer);
    const uit = join(map, "titel-uit.xlsx");
    const r = await draai("bulk", invoer, "--uit", uit);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const na = new ExcelJS.Workbook();
    await na.xlsx.readFile(uit);
    const blad = na.getWorksheet("Overzicht")!;
    expect(blad.getCell("A1").value).toBe("Overzicht toewijzingen 2023");
    expect(blad.getCell("G3").value).toBe("Budget totaal");
    expect(blad.getCell("G4").value).toBe(5460);
  });

  test("the data ends where the table ends: a note and another table below it stay as they are", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Overzicht");
    const kolommen = ["Traject", "Ambulant uren per week", "Ambulant weken", "Rekentarief"].map((name) => ({ name }));
    ws.addTable({ name: "Data", ref: "A1", headerRow: true, columns: kolommen, rows: [["herstel", 3, 26, TARIEF]] });
    ws.getCell("A5").value = "Opgesteld door: team toegang";
    ws.addTable({
      name: "Tweede",
      ref: "A8",
      headerRow: true,
      columns: [{ name: "Gemeente" }, { name: "Aantal" }],
      rows: [["Zwolle", 3]],
    });
    const invoer = join(map, "onder-tabel.xlsx");
    await wb.xlsx.writeFile(invoer);
    const uit = join(map, "onder-tabel-uit.xlsx");
    const r = await draai("bulk", invoer, "--uit", uit);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toContain("Rijen: 1 (ok 1, waarschuwing 0, fout 0)");
    const na = new ExcelJS.Workbook();
    await na.xlsx.readFile(uit);
    const blad = na.getWorksheet("Overzicht")!;
    expect(blad.getCell("G2").value).toBe(5460);
    for (const rij of [5, 8, 9]) expect(blad.getRow(rij).cellCount).toBeLessThanOrEqual(2);
    expect(blad.getCell("A5").value).toBe("Opgesteld door: team toegang");
  });
});
