import { Gedeeldeteksten } from "./gedeeld";
import { posix } from "node:path";
import { Parser } from "htmlparser2";
import { GebruiksFout } from "../fouten";

/** The parts of an xlsx (a zip of XML files) that the bulk run reads, found the way Excel finds them. */
export type Zip = Record<string, Uint8Array>;

const decoder = new TextDecoder();
export const tekstVan = (zip: Zip, pad: string): string | null => (zip[pad] ? decoder.decode(zip[pad]) : null);

/** A tag's local name: some writers prefix every tag with a namespace (<x:sheet>, <x:row>). */
export const lokaleNaam = (naam: string) => naam.slice(naam.indexOf(":") + 1);

export function elementen(xml: string, naam: string): Record<string, string>[] {
  const uit: Record<string, string>[] = [];
  const parser = new Parser({ onopentag: (n, a) => lokaleNaam(n) === naam && uit.push(a) }, { xmlMode: true });
  parser.end(xml);
  return uit;
}

/** Text for XML content and attribute values. */
export const escapeXml = (t: string) =>
  // Most text needs nothing: one test instead of four replacements (a million-row sheet writes many cells).
  !XML_TEKENS.test(t)
    ? t
    : t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const XML_TEKENS = /[&<>"]/;

/** The worksheets in workbook order, with the path of their XML part. */
export function werkbladen(zip: Zip): { naam: string; pad: string }[] {
  const werkboek = tekstVan(zip, "xl/workbook.xml");
  const relaties = tekstVan(zip, "xl/_rels/workbook.xml.rels");
  if (!werkboek || !relaties) throw new GebruiksFout("Dit is geen Excel-werkmap (xl/workbook.xml ontbreekt).");
  const doel = new Map(elementen(relaties, "Relationship").map((r) => [r.Id, r.Target]));
  return elementen(werkboek, "sheet").map((s) => {
    const target = doel.get(s["r:id"]) ?? "";
    // Relative to xl/ (also "../xl/worksheets/sheet1.xml", which some writers use), or absolute from the root.
    return { naam: s.name, pad: target.startsWith("/") ? target.slice(1) : posix.normalize(`xl/${target}`) };
  });
}

/** The shared string table: cells with t="s" hold an index into it. Phonetic runs (rPh) are not text. */
export function gedeeldeTeksten(zip: Zip): Gedeeldeteksten {
  const xml = tekstVan(zip, "xl/sharedStrings.xml");
  if (!xml) return Gedeeldeteksten.van([]);
  const teksten: string[] = [];
  let huidig = "";
  let inT = false;
  let inRph = 0;
  const parser = new Parser(
    {
      onopentag: (volledig) => {
        const n = lokaleNaam(volledig);
        if (n === "si") huidig = "";
        else if (n === "rPh") inRph++;
        else if (n === "t" && inRph === 0) inT = true;
      },
      ontext: (t) => {
        if (inT) huidig += t;
      },
      onclosetag: (volledig) => {
        const n = lokaleNaam(volledig);
        if (n === "si") teksten.push(huidig);
        else if (n === "rPh") inRph--;
        else if (n === "t") inT = false;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return Gedeeldeteksten.van(teksten);
}

/** "AB12" -> 27 (zero-based column). */
export function kolomVan(ref: string): number {
  let k = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    k = k * 26 + (c - 64);
  }
  return k - 1;
}

export function kolomLetters(k: number): string {
  let s = "";
  for (let n = k + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A cell's value as Excel's range.values gives it, from its type attribute and raw text. */
export function celWaarde(type: string | undefined, tekst: string, gedeeld: Gedeeldeteksten): unknown {
  switch (type) {
    case "s":
      return gedeeld.tekst(Number(tekst)) ?? "";
    case "inlineStr":
    case "str":
    case "e":
    case "d":
      return tekst;
    case "b":
      return tekst === "1";
    default:
      return tekst === "" ? "" : Number(tekst);
  }
}
