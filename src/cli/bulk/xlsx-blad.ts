import { Parser } from "htmlparser2";
import { celWaarde, escapeXml, kolomLetters, kolomVan } from "./xlsx-delen";

export interface Cel {
  kolom: number;
  start: number;
  eind: number;
}

/** What to do with each row of a sheet, in order; the first non-empty row is the header. */
export interface RijVerwerker {
  /** Returns the new cells (column -> XML) for a row; an output column mapped to "" clears that cell. */
  rij(nr: number, waarden: unknown[], isKop: boolean): Map<number, string> | null;
  /** The last column written, for the sheet's dimension. */
  laatsteKolom(): number;
}


/** XML for one cell: numbers as values (with a style), text as an inline string, "" as nothing. */
export function celXml(ref: string, waarde: unknown, stijl?: number): string {
  if (waarde === "" || waarde === null || waarde === undefined) return "";
  if (typeof waarde === "number") return `<c r="${ref}"${stijl === undefined ? "" : ` s="${stijl}"`}><v>${waarde}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(String(waarde))}</t></is></c>`;
}

/**
 * Streams a worksheet's XML and returns it with the processor's cells merged into each row. Every cell not in
 * an output column is copied character for character; so are all parts of the sheet outside the rows.
 */
export function herschrijfBlad(xml: string, gedeeld: readonly string[], verwerker: RijVerwerker | null, lezer?: (waarden: unknown[]) => void): string[] {
  const uit: string[] = [];
  let gekopieerd = 0;
  let dimensieStuk = -1;
  let kopGezien = false;
  let rij: { nr: number; start: number; openEind: number; cellen: Cel[]; waarden: unknown[] } | null = null;
  let cel: { kolom: number; start: number; type?: string; tekst: string; inIs: boolean } | null = null;
  let tekstVeld = false;
  let volgendeKolom = 0;

  const parser = new Parser(
    {
      onopentag(naam, attr) {
        if (naam === "dimension" && verwerker) {
          uit.push(xml.slice(gekopieerd, parser.startIndex));
          dimensieStuk = uit.length;
          uit.push(xml.slice(parser.startIndex, parser.endIndex + 1));
          gekopieerd = parser.endIndex + 1;
        } else if (naam === "row") {
          rij = { nr: Number(attr.r), start: parser.startIndex, openEind: parser.endIndex, cellen: [], waarden: [] };
          volgendeKolom = 0;
        } else if (naam === "c" && rij) {
          const kolom = attr.r ? kolomVan(attr.r) : volgendeKolom;
          volgendeKolom = kolom + 1;
          cel = { kolom, start: parser.startIndex, type: attr.t, tekst: "", inIs: false };
        } else if (cel && (naam === "v" || (naam === "t" && cel.inIs))) tekstVeld = true;
        else if (cel && naam === "is") cel.inIs = true;
      },
      ontext(tekst) {
        if (tekstVeld && cel) cel.tekst += tekst;
      },
      onclosetag(naam) {
        if (naam === "v" || naam === "t") tekstVeld = false;
        else if (naam === "c" && cel && rij) {
          rij.cellen.push({ kolom: cel.kolom, start: cel.start, eind: parser.endIndex + 1 });
          rij.waarden[cel.kolom] = celWaarde(cel.type, cel.tekst, gedeeld);
          cel = null;
        } else if (naam === "row" && rij) {
          const r = rij;
          rij = null;
          for (let i = 0; i < r.waarden.length; i++) if (r.waarden[i] === undefined) r.waarden[i] = "";
          const leeg = r.waarden.every((w) => w === "");
          if (leeg) return;
          const isKop = !kopGezien;
          kopGezien = true;
          if (lezer) lezer(r.waarden);
          if (!verwerker) return;
          const nieuw = verwerker.rij(r.nr, r.waarden, isKop);
          if (!nieuw || nieuw.size === 0) return;
          // Rebuild this row: the open tag without its (optional) spans hint, the cells merged by column.
          uit.push(xml.slice(gekopieerd, r.start));
          uit.push(xml.slice(r.start, r.openEind + 1).replace(/\s+spans="[^"]*"/, ""));
          const oud = r.cellen.filter((c) => !nieuw.has(c.kolom));
          const kolommen = [...nieuw.keys()].sort((a, b) => a - b);
          let j = 0;
          for (const c of oud) {
            while (j < kolommen.length && kolommen[j] < c.kolom) uit.push(nieuw.get(kolommen[j++])!);
            uit.push(xml.slice(c.start, c.eind));
          }
          while (j < kolommen.length) uit.push(nieuw.get(kolommen[j++])!);
          uit.push("</row>");
          gekopieerd = parser.endIndex + 1;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  if (!verwerker) return [];
  uit.push(xml.slice(gekopieerd));
  if (dimensieStuk >= 0) {
    uit[dimensieStuk] = uit[dimensieStuk].replace(/ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/, (_heel, a, r1, b, r2) => {
      const breed = Math.max(kolomVan(b), verwerker.laatsteKolom());
      return `ref="${a}${r1}:${kolomLetters(breed)}${r2}"`;
    });
  }
  return uit;
}
