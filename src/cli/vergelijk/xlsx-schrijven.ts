import { Zipdoel } from "../bulk/zip-doel";
import { kolomLetters, escapeXml } from "../bulk/xlsx-delen";
import { celXml } from "../bulk/xlsx-blad";

/**
 * A new workbook with one sheet of values (the comparison table): inline strings, numbers, a euro format for
 * the euro columns, the header row frozen and filtered. Small tables only (whole in memory).
 */
const EURO_STIJL = 1;
const KOP_STIJL = 2;

const STIJLEN = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="&quot;€&quot;\\ #,##0.00;&quot;€&quot;\\ \\-#,##0.00"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`;

function blad(rijen: readonly (readonly unknown[])[], euroKolommen: readonly number[]): string {
  const breedte = Math.max(1, ...rijen.map((r) => r.length));
  const xml = rijen.map((rij, r) => {
    const cellen = rij
      .map((w, k) => {
        const ref = `${kolomLetters(k)}${r + 1}`;
        if (r === 0) return celXml(ref, w).replace("<c ", `<c s="${KOP_STIJL}" `);
        return celXml(ref, w, typeof w === "number" && euroKolommen.includes(k) ? EURO_STIJL : undefined);
      })
      .join("");
    return `<row r="${r + 1}">${cellen}</row>`;
  });
  const kolommen = Array.from(
    { length: breedte },
    (_, k) =>
      `<col min="${k + 1}" max="${k + 1}" width="${k === 0 ? 34 : k === breedte - 1 ? 60 : 18}" customWidth="1"/>`,
  ).join("");
  const bereik = `A1:${kolomLetters(breedte - 1)}${rijen.length}`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>${kolommen}</cols><sheetData>${xml.join("")}</sheetData><autoFilter ref="${bereik}"/></worksheet>`;
}

/** Writes the workbook to `pad` (a temporary path: the caller renames it when it is complete). */
export async function schrijfWerkmap(
  pad: string,
  bladnaam: string,
  rijen: readonly (readonly unknown[])[],
  euroKolommen: readonly number[],
): Promise<void> {
  // The one zip writer of the CLI (bulk's): native CRC and deflate; a write error ends the file and is thrown.
  const zip = new Zipdoel(pad);
  const datum = new Date(Date.UTC(2023, 0, 1));
  const delen: [string, string][] = [];
  const deel = (naam: string, tekst: string) => delen.push([naam, tekst]);
  deel(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  );
  deel(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  deel(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${escapeXml(bladnaam)}" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'${escapeXml(bladnaam)}'!$A$1:$${kolomLetters(Math.max(1, ...rijen.map((r) => r.length)) - 1)}$${rijen.length}</definedName></definedNames></workbook>`,
  );
  deel(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  );
  deel("xl/styles.xml", STIJLEN);
  deel("xl/worksheets/sheet1.xml", blad(rijen, euroKolommen));
  try {
    for (const [naam, tekst] of delen) await zip.voegToe(naam, Buffer.from(tekst, "utf8"), datum);
    await zip.sluit();
  } catch (fout) {
    await zip.breekAf();
    throw fout;
  }
}
