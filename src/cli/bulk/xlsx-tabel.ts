import { posix } from "node:path";
import { strToU8 } from "fflate";
import { elementen, escapeXml, kolomLetters, kolomVan, tekstVan, type Zip } from "./xlsx-delen";

/** An Excel table (list object) on a worksheet, as its part in the file says. */
export interface Tabeldeel {
  pad: string;
  eersteKolom: number;
  eersteRij: number;
  laatsteKolom: number;
  laatsteRij: number;
  kopRijen: number;
  totaalRijen: number;
}

const BEREIK = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/;

/** The part holding a sheet's relations (to its tables, among others). */
export function relatiesVan(bladPad: string): string {
  const map = bladPad.slice(0, bladPad.lastIndexOf("/") + 1);
  return `${map}_rels/${bladPad.slice(map.length)}.rels`;
}

/** The paths of a sheet's table parts, from the sheet's relations (which must be in `zip`). */
export function tabelPaden(zip: Zip, bladPad: string): string[] {
  const map = bladPad.slice(0, bladPad.lastIndexOf("/") + 1);
  const relaties = tekstVan(zip, relatiesVan(bladPad));
  if (!relaties) return [];
  return elementen(relaties, "Relationship")
    .filter((r) => r.Type?.endsWith("/table") && r.Target)
    .map((r) => (r.Target.startsWith("/") ? r.Target.slice(1) : posix.normalize(map + r.Target)));
}

/** The tables on a sheet, found through the sheet's relations to its table parts (which must be in `zip`). */
export function tabellenVanBlad(zip: Zip, bladPad: string): Tabeldeel[] {
  const tabellen: Tabeldeel[] = [];
  for (const pad of tabelPaden(zip, bladPad)) {
    const tabel = elementen(tekstVan(zip, pad) ?? "", "table")[0];
    const bereik = BEREIK.exec(tabel?.ref ?? "");
    if (!bereik) continue;
    tabellen.push({
      pad,
      eersteKolom: kolomVan(bereik[1]),
      eersteRij: Number(bereik[2]),
      laatsteKolom: kolomVan(bereik[3]),
      laatsteRij: Number(bereik[4]),
      kopRijen: Number(tabel.headerRowCount ?? 1),
      totaalRijen: Number(tabel.totalsRowCount ?? 0),
    });
  }
  return tabellen;
}

/** The sheet rows that are a table's totals row (Excel's "Totaalrij"): no allocation, left as they are. */
export function totaalRijen(tabellen: readonly Tabeldeel[]): Set<number> {
  const rijen = new Set<number>();
  for (const t of tabellen) for (let i = 0; i < t.totaalRijen; i++) rijen.add(t.laatsteRij - i);
  return rijen;
}

/**
 * The table's part with columns added on its right, as Excel stores them: the range and the filter range
 * one column further per name, and a table column per name (ids after the highest one).
 */
export function verbreedTabel(xml: string, namen: readonly string[]): string {
  const kop = /<table\b[^>]*>/.exec(xml);
  const ref = kop && /\sref="([^"]*)"/.exec(kop[0]);
  const bereik = ref && BEREIK.exec(ref[1]);
  if (!kop || !bereik) throw new Error("Tabeldeel zonder bereik.");
  const eind = kolomLetters(kolomVan(bereik[3]) + namen.length);
  const verbreed = (ref: string) => ref.replace(/^([A-Z]+\d+):[A-Z]+(\d+)$/, `$1:${eind}$2`);
  let uit = xml.replace(
    kop[0],
    kop[0].replace(/\sref="([^"]*)"/, (_, ref: string) => ` ref="${verbreed(ref)}"`),
  );
  uit = uit.replace(
    /(<autoFilter\b[^>]*?\sref=")([^"]*)(")/,
    (_, voor: string, ref: string, na: string) => `${voor}${verbreed(ref)}${na}`,
  );
  const ids = [...uit.matchAll(/<tableColumn\b[^>]*?\sid="(\d+)"/g)].map((m) => Number(m[1]));
  const volgende = Math.max(0, ...ids) + 1;
  const nieuw = namen.map((naam, i) => `<tableColumn id="${volgende + i}" name="${escapeXml(naam)}"/>`).join("");
  uit = uit.replace(
    /<tableColumns\b([^>]*?)\scount="(\d+)"([^>]*)>/,
    (_, voor: string, aantal: string, na: string) =>
      `<tableColumns${voor} count="${Number(aantal) + namen.length}"${na}>`,
  );
  if (!uit.includes("</tableColumns>")) throw new Error("Tabeldeel zonder kolommen.");
  return uit.replace("</tableColumns>", `${nieuw}</tableColumns>`);
}

/**
 * Adds texts at the end of the shared string table (Excel keeps a table's header texts there); false when the
 * workbook has no such table.
 */
export function voegGedeeldeTekstenToe(zip: Zip, teksten: readonly string[]): boolean {
  if (!zip["xl/sharedStrings.xml"] && !maakGedeeldeTeksten(zip)) return false;
  const xml = tekstVan(zip, "xl/sharedStrings.xml");
  if (!xml || !xml.includes("</sst>")) return false;
  const tellers = (tag: string) =>
    tag.replace(
      /\s(count|uniqueCount)="(\d+)"/g,
      (_, naam: string, n: string) => ` ${naam}="${Number(n) + teksten.length}"`,
    );
  const nieuw = xml
    .replace(/<sst\b[^>]*>/, tellers)
    .replace("</sst>", `${teksten.map((t) => `<si><t xml:space="preserve">${escapeXml(t)}</t></si>`).join("")}</sst>`);
  zip["xl/sharedStrings.xml"] = strToU8(nieuw);
  return true;
}

const GEDEELD_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
const GEDEELD_RELATIE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";

/**
 * A workbook written with inline strings only (openpyxl, some exports) has no shared-strings part: it is made,
 * empty, with its content type and its relation from the workbook, so a table's new header texts can go there.
 * False when the workbook's parts are not as expected; then nothing is changed.
 */
function maakGedeeldeTeksten(zip: Zip): boolean {
  const typen = tekstVan(zip, "[Content_Types].xml");
  const relaties = tekstVan(zip, "xl/_rels/workbook.xml.rels");
  if (!typen?.includes("</Types>") || !relaties?.includes("</Relationships>")) return false;
  const ids = new Set([...relaties.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  zip["[Content_Types].xml"] = strToU8(
    typen.replace("</Types>", `<Override PartName="/xl/sharedStrings.xml" ContentType="${GEDEELD_TYPE}"/></Types>`),
  );
  zip["xl/_rels/workbook.xml.rels"] = strToU8(
    relaties.replace(
      "</Relationships>",
      `<Relationship Id="rId${n}" Type="${GEDEELD_RELATIE}" Target="sharedStrings.xml"/></Relationships>`,
    ),
  );
  zip["xl/sharedStrings.xml"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>',
  );
  return true;
}
