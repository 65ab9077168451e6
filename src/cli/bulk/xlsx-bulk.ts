import { createWriteStream, readFileSync } from "node:fs";
import { basename } from "node:path";
import { once } from "node:events";
import { ZipFile } from "yazl";
import { strToU8, unzipSync } from "fflate";
import {
  naamSleutel,
  somDeclaraties,
  type Bulkplan,
  type Bulkpoort,
  type Declaraties,
  type Rijen,
  type Tariefset,
  type Uitvoerblok,
  type Uitvoercellen,
  type Uitvoersoort,
} from "../../engine";
import { GebruiksFout } from "../fouten";
import { draaiBestand } from "./bestanden";
import type { Bestandsuitkomst } from "./csv-bulk";
import { Bladherschrijver, bladRijen, celXml, type Bladrij } from "./xlsx-blad";
import { gedeeldeTeksten, kolomLetters, tekstVan, werkbladen, type Zip } from "./xlsx-delen";
import { tabellenVanBlad, totaalRijen, verbreedTabel, voegGedeeldeTekstenToe, type Tabeldeel } from "./xlsx-tabel";

/** Adds two cell formats (built-in #,##0.00 and 0.00%) to styles.xml; returns their indexes. */
function voegOpmaakToe(zip: Zip): { euro?: number; procent?: number } {
  const xml = tekstVan(zip, "xl/styles.xml");
  const m = xml && /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml);
  if (!xml || !m) return {};
  const n = (m[1].match(/<xf\b/g) ?? []).length;
  // A file made by an earlier run has them already (the last two): reused, so the styles do not grow per run.
  const onze =
    '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>';
  if (n >= 2 && m[1].trimEnd().endsWith(onze)) return { euro: n - 2, procent: n - 1 };
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
    else
      uit.addBuffer(Buffer.from(data.buffer, data.byteOffset, data.byteLength), naam, { compressionLevel: 1, mtime });
  }
  uit.end();
  await once(bestand, "finish");
}

/**
 * Recalculates one sheet of a workbook into a copy. Only that sheet's XML and styles.xml change: every
 * other part of the file is kept as it was, and in the sheet every cell outside the output columns too.
 */
export async function bulkXlsx(
  invoer: string,
  uitvoer: string,
  bladNaam: string | undefined,
  set: Tariefset,
  declaratiesBestand: Declaraties | undefined,
  voortgang: (rijen: number) => void,
): Promise<Bestandsuitkomst> {
  let zip: Zip;
  let teGroot: string | null = null;
  let totaal = 0;
  try {
    // Each part's size as the file declares it is checked before it is inflated: a small file that unpacks to
    // gigabytes (a zip bomb) is refused instead of filling memory.
    zip = unzipSync(readFileSync(invoer), {
      filter: (deel) => {
        totaal += deel.originalSize;
        if (deel.originalSize > MAX_DEEL || totaal > MAX_TOTAAL) teGroot ??= deel.name;
        return teGroot === null;
      },
    });
  } catch {
    throw new GebruiksFout(
      `'${basename(invoer)}' is geen leesbare Excel-werkmap (.xlsx): het bestand is leeg, beschadigd, van een ander soort, of beveiligd met een wachtwoord. Sla het in Excel op als werkmap zonder wachtwoord, of als CSV.`,
    );
  }
  if (teGroot !== null) {
    throw new GebruiksFout(
      `'${basename(invoer)}' pakt uit tot meer dan deze opdracht aankan (onderdeel '${teGroot}'; hoogstens ${MAX_DEEL / 2 ** 20} MB per onderdeel en ${MAX_TOTAAL / 2 ** 30} GB samen). Sla zeer grote overzichten op als CSV; die worden gestreamd.`,
    );
  }
  const bladen = werkbladen(zip);
  const blad =
    bladNaam === undefined
      ? bladen.find((b) => naamSleutel(b.naam) !== "declaraties")
      : bladen.find((b) => naamSleutel(b.naam) === naamSleutel(bladNaam));
  if (!blad || !zip[blad.pad])
    throw new GebruiksFout(
      bladNaam === undefined
        ? `De werkmap heeft geen werkblad met toewijzingen (een blad Declaraties alleen is niet genoeg). Werkbladen: ${bladen.map((b) => b.naam).join(", ")}.`
        : `Werkblad '${bladNaam}' bestaat niet. Werkbladen: ${bladen.map((b) => b.naam).join(", ")}.`,
    );
  const gedeeld = gedeeldeTeksten(zip);

  let declaraties = declaratiesBestand;
  const declaratieBlad = bladen.find((b) => b !== blad && naamSleutel(b.naam) === "declaraties");
  if (!declaraties && declaratieBlad) {
    const rijen = bladRijen(tekstVan(zip, declaratieBlad.pad) ?? "", gedeeld);
    const r = somDeclaraties(rijen[0] ?? [], rijen.slice(1));
    if (!r.ok) throw new GebruiksFout(`Werkblad Declaraties: ${r.fout}`);
    declaraties = r.declaraties;
  }

  const opmaak = voegOpmaakToe(zip);
  const stijl: Record<Uitvoersoort, number | undefined> = {
    euro: opmaak.euro,
    procent: opmaak.procent,
    getal: undefined,
    tekst: undefined,
  };
  const tabellen = tabellenVanBlad(zip, blad.pad);
  const poort = new XlsxPoort(zip, blad.pad, gedeeld, tabellen, stijl);
  const uitkomst = await draaiBestand(
    poort,
    { set, declaraties, voortgang },
    {
      leeg: `Werkblad '${blad.naam}' is leeg: de eerste rij moet de kolomkoppen bevatten.`,
      kop: (tekst) => `Werkblad '${blad.naam}': ${tekst.charAt(0).toLowerCase()}${tekst.slice(1)}`,
    },
  );
  zip[blad.pad] = codeer(poort.klaar());
  zonderRekenketen(zip);
  const groei = poort.verbreden;
  if (groei) zip[groei.tabel.pad] = strToU8(verbreedTabel(tekstVan(zip, groei.tabel.pad)!, groei.namen));
  await schrijfZip(zip, uitvoer);
  return { samenvatting: uitkomst.samenvatting };
}

/**
 * Removes the calculation chain (xl/calcChain.xml): it lists the formula cells in calculation order, and some of
 * those may now be plain values in the output columns; a chain that names them makes Excel repair the file.
 * Excel rebuilds the chain when it opens the workbook.
 */
function zonderRekenketen(zip: Zip): void {
  if (!zip["xl/calcChain.xml"]) return;
  delete zip["xl/calcChain.xml"];
  const typen = tekstVan(zip, "[Content_Types].xml");
  if (typen)
    zip["[Content_Types].xml"] = strToU8(typen.replace(/<Override\b[^>]*PartName="\/xl\/calcChain\.xml"[^>]*\/>/, ""));
  const relaties = tekstVan(zip, "xl/_rels/workbook.xml.rels");
  if (relaties) {
    zip["xl/_rels/workbook.xml.rels"] = strToU8(
      relaties.replace(/<Relationship\b[^>]*Target="[^"]*calcChain\.xml"[^>]*\/>/, ""),
    );
  }
}

/**
 * The largest part inflated: the sheet's XML must fit in one JavaScript string (about 512 MB). And all parts
 * together: what the machine's memory allows next to the rewritten copy.
 */
export const MAX_DEEL = 500 * 2 ** 20;
export const MAX_TOTAAL = 2 * 2 ** 30;

/**
 * The xlsx side of a bulk run: rows come from the sheet's XML, output cells go back into those rows; a table's
 * totals row is no allocation and stays exactly as it is (not computed, not counted).
 */
class XlsxPoort implements Bulkpoort {
  private readonly lezer: Bladherschrijver;
  private readonly totalen: Set<number>;
  private kop: Bladrij | null = null;
  private blok: Bladrij[] = [];
  private laatsteKolom = 0;
  private letters: string[] = [];
  verbreden: { tabel: Tabeldeel; namen: string[] } | null = null;

  constructor(
    private readonly zip: Zip,
    bladPad: string,
    private readonly gedeeld: readonly string[],
    private readonly tabellen: Tabeldeel[],
    private readonly stijl: Record<Uitvoersoort, number | undefined>,
  ) {
    this.lezer = new Bladherschrijver(tekstVan(zip, bladPad)!, gedeeld);
    this.totalen = totaalRijen(tabellen);
  }

  async leesKoppen(): Promise<readonly unknown[] | null> {
    // One Excel table on the sheet: its header is the header, also below a title row (rows above stay as they are).
    const tabel = this.tabellen.length === 1 && this.tabellen[0].kopRijen === 1 ? this.tabellen[0] : null;
    for (let rij = this.lezer.volgende(1)[0]; rij; rij = this.lezer.volgende(1)[0]) {
      if (tabel === null || rij.nr === tabel.eersteRij) {
        this.kop = rij;
        return rij.waarden;
      }
      if (rij.nr > tabel.eersteRij) break;
    }
    return null;
  }

  async voegKoppenToe(plan: Bulkplan): Promise<void> {
    const kop = this.kop!;
    this.letters = plan.kolommen.map(kolomLetters);
    this.laatsteKolom = Math.max(...plan.kolommen);
    // A table whose header is this row and that ends at its last column grows by the added columns, as it does
    // in Excel; its new header texts go where Excel keeps them, in the shared strings.
    const tabel = this.tabellen.find(
      (t) => t.kopRijen === 1 && t.eersteRij === kop.nr && t.laatsteKolom === kop.waarden.length - 1,
    );
    const namen = plan.nieuw.map((n) => n.naam);
    const gedeeldeKoppen = tabel !== undefined && namen.length > 0 && voegGedeeldeTekstenToe(this.zip, namen);
    if (gedeeldeKoppen) this.verbreden = { tabel, namen };
    const nieuw = new Map<number, string>();
    plan.nieuw.forEach(({ naam, kolom }, j) => {
      const ref = `${kolomLetters(kolom)}${kop.nr}`;
      // The added texts follow the existing ones in the shared string table.
      nieuw.set(
        kolom,
        gedeeldeKoppen
          ? `<${kop.prefix}c r="${ref}" t="s"><${kop.prefix}v>${this.gedeeld.length + j}</${kop.prefix}v></${kop.prefix}c>`
          : celXml(ref, naam, undefined, kop.prefix),
      );
    });
    this.lezer.vul(kop, nieuw);
  }

  async leesBlok(max: number): Promise<Rijen | null> {
    const blok: Bladrij[] = [];
    while (blok.length < max) {
      const rijen = this.lezer.volgende(max - blok.length);
      if (rijen.length === 0) break;
      // A table's totals row stays exactly as it is and is not counted.
      for (const r of rijen) if (!this.totalen.has(r.nr)) blok.push(r);
    }
    this.blok = blok;
    return blok.length > 0 ? blok.map((r) => r.waarden) : null;
  }

  async schrijfBlok({ uitkomsten, plan }: Uitvoerblok): Promise<void> {
    const cellen: Uitvoercellen = [];
    this.blok.forEach((rij, i) => {
      if (uitkomsten.overgeslagen(i)) return;
      uitkomsten.cellen(i, cellen);
      const nieuw = new Map<number, string>();
      for (let k = 0; k < cellen.length; k++)
        nieuw.set(
          plan.kolommen[k],
          celXml(`${this.letters[k]}${rij.nr}`, cellen[k], this.stijl[plan.soorten[k]], rij.prefix),
        );
      this.lezer.vul(rij, nieuw);
    });
  }

  /** The rewritten sheet XML, in pieces. */
  klaar(): string[] {
    return this.lezer.klaar(this.laatsteKolom);
  }
}
