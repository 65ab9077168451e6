import { createWriteStream, readFileSync } from "node:fs";
import { once } from "node:events";
import { ZipFile } from "yazl";
import { strToU8, unzipSync } from "fflate";
import { Bulkrun, maakKolomkaart, naamSleutel, somDeclaraties, uitvoerPosities, UITVOER, type Declaraties, type Tariefset, type Uitvoercellen, type Uitvoerkolom } from "../../engine";
import { GebruiksFout } from "../fouten";
import type { BulkUitkomst } from "./csv-bulk";
import { celXml, herschrijfBlad, type RijVerwerker } from "./xlsx-blad";
import { gedeeldeTeksten, kolomLetters, tekstVan, werkbladen, type Zip } from "./xlsx-delen";
import { tabellenVanBlad, totaalRijen, verbreedTabel, voegGedeeldeTekstenToe, type Tabeldeel } from "./xlsx-tabel";

/** Adds two cell formats (built-in #,##0.00 and 0.00%) to styles.xml; returns their indexes. */
function voegOpmaakToe(zip: Zip): { euro?: number; procent?: number } {
  const xml = tekstVan(zip, "xl/styles.xml");
  const m = xml && /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml);
  if (!xml || !m) return {};
  const n = (m[1].match(/<xf\b/g) ?? []).length;
  const nieuw = `<cellXfs count="${n + 2}">${m[1]}<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>`;
  zip["xl/styles.xml"] = strToU8(xml.replace(m[0], nieuw));
  return { euro: n, procent: n + 1 };
}

function codeer(stukken: string[]): Uint8Array {
  const encoder = new TextEncoder();
  const delen: Uint8Array[] = [];
  let buffer = "";
  for (const stuk of stukken) {
    buffer += stuk;
    if (buffer.length > 1 << 22) {
      delen.push(encoder.encode(buffer));
      buffer = "";
    }
  }
  delen.push(encoder.encode(buffer));
  const totaal = new Uint8Array(delen.reduce((t, d) => t + d.length, 0));
  let plek = 0;
  for (const d of delen) {
    totaal.set(d, plek);
    plek += d.length;
  }
  return totaal;
}

/** Writes the parts in their original order; native zlib at level 1 (a quarter of the time of level 6, files ~35% larger). */
async function schrijfZip(zip: Zip, pad: string): Promise<void> {
  const uit = new ZipFile();
  const bestand = createWriteStream(pad);
  uit.outputStream.pipe(bestand);
  const mtime = new Date(Date.UTC(2023, 0, 1));
  for (const [naam, data] of Object.entries(zip)) {
    // Some writers (ExcelJS) store folder entries too; keep them as folders.
    if (naam.endsWith("/")) uit.addEmptyDirectory(naam.slice(0, -1), { mtime });
    else uit.addBuffer(Buffer.from(data.buffer, data.byteOffset, data.byteLength), naam, { compressionLevel: 1, mtime });
  }
  uit.end();
  await once(bestand, "finish");
}

function bladRijen(zip: Zip, pad: string, gedeeld: readonly string[]): unknown[][] {
  const rijen: unknown[][] = [];
  herschrijfBlad(tekstVan(zip, pad) ?? "", gedeeld, null, (w) => rijen.push(w));
  return rijen;
}

/**
 * Recalculates one sheet of a workbook into a copy. Only that sheet's XML and styles.xml change: every
 * other part of the file is kept as it was, and in the sheet every cell outside the output columns too.
 */
export async function bulkXlsx(invoer: string, uitvoer: string, bladNaam: string | undefined, set: Tariefset, declaratiesBestand: Declaraties | undefined, voortgang: (rijen: number) => void): Promise<BulkUitkomst> {
  let zip: Zip;
  try {
    zip = unzipSync(readFileSync(invoer));
  } catch (fout) {
    throw new GebruiksFout(`'${invoer}' is geen leesbare Excel-werkmap (${(fout as Error).message}).`);
  }
  const bladen = werkbladen(zip);
  const blad = bladNaam === undefined ? bladen.find((b) => naamSleutel(b.naam) !== "declaraties") : bladen.find((b) => naamSleutel(b.naam) === naamSleutel(bladNaam));
  if (!blad || !zip[blad.pad]) throw new GebruiksFout(`Werkblad '${bladNaam ?? "(eerste)"}' bestaat niet. Werkbladen: ${bladen.map((b) => b.naam).join(", ")}.`);
  const gedeeld = gedeeldeTeksten(zip);

  let declaraties = declaratiesBestand;
  const declaratieBlad = bladen.find((b) => b !== blad && naamSleutel(b.naam) === "declaraties");
  if (!declaraties && declaratieBlad) {
    const rijen = bladRijen(zip, declaratieBlad.pad, gedeeld);
    const r = somDeclaraties(rijen[0] ?? [], rijen.slice(1));
    if (!r.ok) throw new GebruiksFout(`Werkblad Declaraties: ${r.fout}`);
    declaraties = r.declaraties;
  }

  const opmaak = voegOpmaakToe(zip);
  const stijl: Partial<Record<Uitvoerkolom, number>> = {
    "Budget groepsaanbod": opmaak.euro,
    "Budget ambulant": opmaak.euro,
    "Budget totaal": opmaak.euro,
    "Standaardbudget bedrag": opmaak.euro,
    Uitputting: opmaak.procent,
  };
  const tabellen = tabellenVanBlad(zip, blad.pad);
  const totalen = totaalRijen(tabellen);
  let verbreden: { tabel: Tabeldeel; namen: string[] } | null = null;
  let run: Bulkrun | null = null;
  let posities: Record<Uitvoerkolom, number> | null = null;
  let letters: string[] = [];
  const uit: Uitvoercellen = [];
  let aantal = 0;
  const verwerker: RijVerwerker = {
    rij(nr, waarden, isKop) {
      const nieuw = new Map<number, string>();
      if (isKop) {
        const kaart = maakKolomkaart(waarden);
        run = new Bulkrun(kaart, set, declaraties);
        if (kaart.ontbreekt.length > 0) throw new GebruiksFout(`Werkblad '${blad.naam}': deze kolommen zijn nodig maar niet gevonden:\n  - ${kaart.ontbreekt.join("\n  - ")}`);
        posities = uitvoerPosities(kaart, waarden.length);
        letters = UITVOER.map((naam) => kolomLetters(posities![naam]));
        const ontbrekend = UITVOER.filter((naam) => kaart.uitvoer[naam] < 0);
        // A table whose header is this row and that ends at its last column grows by the added columns, as
        // it does in Excel; its new header texts go where Excel keeps them, in the shared strings.
        const tabel = tabellen.find((t) => t.kopRijen === 1 && t.eersteRij === nr && t.laatsteKolom === waarden.length - 1);
        const gedeeldeKoppen = tabel !== undefined && ontbrekend.length > 0 && voegGedeeldeTekstenToe(zip, ontbrekend);
        if (gedeeldeKoppen) verbreden = { tabel, namen: ontbrekend };
        ontbrekend.forEach((naam, j) => {
          const ref = `${letters[UITVOER.indexOf(naam)]}${nr}`;
          // The added texts follow the existing ones in the shared string table.
          nieuw.set(posities![naam], gedeeldeKoppen ? `<c r="${ref}" t="s"><v>${gedeeld.length + j}</v></c>` : celXml(ref, naam));
        });
        return nieuw;
      }
      // A table's totals row stays exactly as it is and is not counted.
      if (totalen.has(nr)) return null;
      const w = run!.verwerk(waarden, uit);
      if (w) UITVOER.forEach((naam, i) => nieuw.set(posities![naam], celXml(`${letters[i]}${nr}`, w[i], stijl[naam])));
      if (++aantal % 100_000 === 0) voortgang(aantal);
      return nieuw;
    },
    laatsteKolom: () => (posities ? Math.max(...Object.values(posities)) : 0),
  };
  const stukken = herschrijfBlad(tekstVan(zip, blad.pad)!, gedeeld, verwerker);
  if (run === null) throw new GebruiksFout(`Werkblad '${blad.naam}' is leeg: de eerste rij moet de kolomkoppen bevatten.`);
  zip[blad.pad] = codeer(stukken);
  const groei = verbreden as { tabel: Tabeldeel; namen: string[] } | null;
  if (groei) zip[groei.tabel.pad] = strToU8(verbreedTabel(tekstVan(zip, groei.tabel.pad)!, groei.namen));
  await schrijfZip(zip, uitvoer);
  return { samenvatting: (run as Bulkrun).sluitAf() };
}
