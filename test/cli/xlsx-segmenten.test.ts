/**
 * After its header, the xlsx job cuts the sheet's XML into segments of whole rows and computes them on two
 * threads. Cut into segments of a few hundred characters, every kind of sheet must give, part by part, the same
 * workbook, summary and exit code as a run in one piece: rows without numbers and tags with a prefix, a comment
 * in the rows, a table with a totals row and a note below it, declarations matched in order, and errors named
 * at the sheet's own cell.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { genereerRijen } from "../../bench/genereer";
import { schrijfXlsx } from "../../bench/bestanden";
import { draaiMetSegmenten } from "../helpers/cli";
import { werkmap } from "../helpers/xlsx";

const map = mkdtempSync(join(tmpdir(), "rekentool-xlsx-segmenten-"));
const T = "Overwegend begeleiding en lichte hulp";

/** Runs `naam` in one piece and cut small; every part of the output workbook, the summary and the code agree. */
function zelfdeInStukken(naam: string) {
  const invoer = join(map, naam);
  const heel = draaiMetSegmenten(null, "bulk", invoer, "--uit", join(map, `heel-${naam}`), "--overschrijven");
  const delen = heel.code === 2 ? null : unzipSync(readFileSync(join(map, `heel-${naam}`)));
  for (const segment of [400, 2500]) {
    const stuk = draaiMetSegmenten(segment, "bulk", invoer, "--uit", join(map, `stuk-${naam}`), "--overschrijven");
    expect(stuk.code).toBe(heel.code);
    expect(stuk.stderr).toBe(heel.stderr);
    expect(stuk.stdout.replace(`stuk-${naam}`, "X")).toBe(heel.stdout.replace(`heel-${naam}`, "X"));
    if (delen) {
      const andere = unzipSync(readFileSync(join(map, `stuk-${naam}`)));
      expect(Object.keys(andere)).toEqual(Object.keys(delen));
      for (const pad of Object.keys(delen)) expect(strFromU8(andere[pad])).toBe(strFromU8(delen[pad]));
    }
  }
  return { ...heel, blad: delen ? strFromU8(delen["xl/worksheets/sheet1.xml"]) : "" };
}

/** A sheet of `n` allocations as hand-written XML: `p` prefixes the tags; rows numbered or not. */
function blad(p: string, n: number, rijnummers: boolean, extra: (i: number) => string = () => ""): string {
  const cel = (w: string | number) =>
    typeof w === "number"
      ? `<${p}c><${p}v>${w}</${p}v></${p}c>`
      : `<${p}c t="inlineStr"><${p}is><${p}t>${w}</${p}t></${p}is></${p}c>`;
  const rij = (nr: number, cellen: string) => `<${p}row${rijnummers ? ` r="${nr}"` : ""}>${cellen}</${p}row>`;
  const rijen = [rij(1, ["Traject", "Uren per week", "Ambulant weken", "Rekentarief"].map(cel).join(""))];
  for (let i = 2; i <= n + 1; i++)
    rijen.push(extra(i) + rij(i, [cel("herstel"), cel((i % 6) + 0.5), cel(26), cel(T)].join("")));
  const ns = `xmlns${p ? `:${p.slice(0, -1)}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
  return `<?xml version="1.0"?><${p}worksheet ${ns}><${p}sheetData>${rijen.join("")}</${p}sheetData></${p}worksheet>`;
}

describe("an xlsx sheet cut into segments gives what a sheet in one piece gives", () => {
  test("generated rows with another sheet beside them; Mark as in the region's example", async () => {
    const rijen = genereerRijen(1500);
    rijen.splice(700, 0, ["MARK", "", "Mark", "herstel", "toegang", 2, 3, 26, "licht", 3, 26, T, "", "", ""]);
    await schrijfXlsx(join(map, "gegenereerd.xlsx"), rijen);
    const r = zelfdeInStukken("gegenereerd.xlsx");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Rijen: 1501");
    // Mark (row 702): group € 2.227,68 + ambulant € 5.460,00 = € 7.687,68, standaardbudget 5 (€ 8.000).
    const mark = /<row r="702"[^>]*>.*?<\/row>/.exec(r.blad)![0];
    for (const v of ["<v>2227.68</v>", "<v>5460</v>", "<v>7687.68</v>", "<v>5</v>", "<v>8000</v>"])
      expect(mark).toContain(v);
  });

  test("rows without their number, tags with a prefix, and a comment among the rows", () => {
    const opmerking = (i: number) => (i === 40 ? "<!-- oud: </x:row><x:row> -->" : "");
    writeFileSync(join(map, "vormen.xlsx"), werkmap(blad("x:", 120, false, opmerking), false));
    const r = zelfdeInStukken("vormen.xlsx");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Rijen: 120");
    // Row 121 (the last, without a number in the file) has its outputs under its own number: 1,5 h x 26 x € 70.
    expect(r.blad).toContain('<x:c r="F121"><x:v>2730</x:v></x:c>');
    expect(r.blad).toContain("<!-- oud: </x:row><x:row> -->");
  });

  test("a table with a totals row and a note below it: neither computed nor counted", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Toewijzingen");
    ws.addTable({
      name: "Lijst",
      ref: "A1",
      headerRow: true,
      totalsRow: true,
      columns: [
        { name: "Traject", totalsRowLabel: "Totaal" },
        { name: "Ambulant uren per week" },
        { name: "Ambulant weken" },
        { name: "Rekentarief" },
      ],
      rows: Array.from({ length: 150 }, (_, i) => ["herstel", (i % 5) + 1, 26, T]),
    });
    ws.getCell("A160").value = "herstel";
    ws.getCell("B160").value = "een notitie onder de tabel";
    await wb.xlsx.writeFile(join(map, "tabel.xlsx"));
    const r = zelfdeInStukken("tabel.xlsx");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Rijen: 150 (ok 150");
    expect(r.blad).not.toMatch(/r="[E-M]152"/);
    expect(r.blad).not.toMatch(/r="[E-M]160"/);
  });

  test("declarations on their own sheet: a toewijzing's declarations count at its first row only", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Toewijzingen");
    ws.addRow(["Toewijzing", "Traject", "Ambulant uren per week", "Ambulant weken", "Rekentarief"]);
    for (let i = 0; i < 200; i++) ws.addRow([`D${i % 150}`, "herstel", 3, 52, T]);
    const decl = wb.addWorksheet("Declaraties");
    decl.addRow(["Toewijzing", "Bedrag"]);
    decl.addRow(["D49", 120]);
    decl.addRow(["D999", 7.5]);
    await wb.xlsx.writeFile(join(map, "declaraties.xlsx"));
    const r = zelfdeInStukken("declaraties.xlsx");
    expect(r.stdout).toContain("1 toewijzingnummer dat niet in het overzicht staat (€ 7,50)");
    // D49 is row 51 (its declarations: € 120 of € 12.000) and row 201 (again: a warning, not counted twice).
    expect(/<row r="51"[^>]*>.*?<\/row>/.exec(r.blad)![0]).toContain("<v>0.01</v>");
    expect(/<row r="201"[^>]*>.*?<\/row>/.exec(r.blad)![0]).toContain("alleen bij de eerste rij");
  });
});

describe("sheets an outside fault run found wrong (rows without numbers, markup among rows)", () => {
  /** The rows whose cells carry another row's number: none, in a correct output. */
  const gemengd = (xml: string) =>
    [...xml.matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/g)].filter(([, nr, cellen]) =>
      [...cellen.matchAll(/<c r="[A-Z]+(\d+)"/g)].some(([, celNr]) => celNr !== nr),
    ).length;

  test("an empty row right after the header, rows without numbers: results in their own rows", () => {
    const sheet = blad("", 150, false).replace("</row>", "</row><row/>");
    writeFileSync(join(map, "leeg-na-kop.xlsx"), werkmap(sheet, false));
    const r = zelfdeInStukken("leeg-na-kop.xlsx");
    expect(r.code).toBe(0);
    // The first allocation is row 3 (row 2 is the empty one): its total, 2,5 h x 26 x € 70, in F3.
    expect(r.blad).toContain('<c r="F3"><v>4550</v></c>');
    expect(r.blad).not.toMatch(/<c r="[E-M]2"/);
  });

  test("comments and CDATA among rows without numbers, with <row, </row>, <!-- and <![CDATA[ in them", () => {
    const markup = (i: number) =>
      i % 43 === 0
        ? "<!-- <row> oud </row> <![CDATA[ -->"
        : i % 61 === 0
          ? '<row><c t="inlineStr"><is><t><![CDATA[zie <row> en </row> en <!-- hier]]></t></is></c></row>'
          : "";
    writeFileSync(join(map, "markup.xlsx"), werkmap(blad("", 600, false, markup), false));
    const r = zelfdeInStukken("markup.xlsx");
    // Every allocation row computed (the CDATA rows hold no allocation: a fout each), none in another's place.
    expect(r.stdout).toContain("Rijen: 609");
    const xml = r.blad.replace(/<row>/g, "");
    expect(gemengd(xml)).toBe(0);
  });

  test("a close tag with a space (</row >) is a close tag", () => {
    const sheet = blad("", 300, true).replace(/<\/row>/g, "</row >");
    writeFileSync(join(map, "spatie.xlsx"), werkmap(sheet, false));
    const r = zelfdeInStukken("spatie.xlsx");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Rijen: 300");
  });

  test("providers whose names could be a BSN are numbered in the sheet's order, however the rows are split", () => {
    // Three such providers, first seen in rows 2, 5 and 8: with segments of three rows they are first counted by
    // the first thread, the second and the first again. B has twice C's rows, so a swapped number shows.
    const [a, b, c] = ["123456782", "234567893", "345678904"];
    const naam = (nr: number) =>
      nr < 11 ? [a, a, a, a, b, a, a, c, a, a][nr - 1] : nr % 6 < 3 ? a : nr % 6 < 5 ? b : c;
    const metAanbieder = blad("", 300, true)
      .replace(
        "<t>Rekentarief</t></is></c>",
        '<t>Rekentarief</t></is></c><c t="inlineStr"><is><t>Aanbieder</t></is></c>',
      )
      .replace(/(<row r="(\d+)">.*?)(<\/row>)/g, (_, rij: string, nr: string, sluit: string) =>
        nr === "1" ? rij + sluit : `${rij}<c><v>${naam(Number(nr))}</v></c>${sluit}`,
      );
    writeFileSync(join(map, "bsn-namen.xlsx"), werkmap(metAanbieder, false));
    const r = zelfdeInStukken("bsn-namen.xlsx");
    expect(r.stdout).not.toMatch(/\d{9}/);
    expect(r.stdout).toMatch(/#3: \d+ toewijzingen/);
  });
});

describe("an error far into a cut sheet names the sheet's own cell, as in one piece", () => {
  test("a value where an output column would go, in row 150", () => {
    const sheet = blad("", 200, true).replace(
      /(<row r="150">.*?)(<\/row>)/,
      '$1<c r="G150" t="inlineStr"><is><t>eigen notitie</t></is></c>$2',
    );
    writeFileSync(join(map, "breed.xlsx"), werkmap(sheet, false));
    const r = zelfdeInStukken("breed.xlsx");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "Werkblad 'Blad1': cel G150 heeft een waarde, waar geen kop staat en de uitvoerkolom 'Budget totaal' zou komen",
    );
  });

  test("merged cells over an output column, far down", () => {
    const sheet = blad("", 200, true).replace(
      "</sheetData>",
      '</sheetData><mergeCells count="1"><mergeCell ref="F180:H180"/></mergeCells>',
    );
    writeFileSync(join(map, "samen.xlsx"), werkmap(sheet, false));
    const r = zelfdeInStukken("samen.xlsx");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("De samengevoegde cellen F180:H180 lopen door kolom F");
  });
});
