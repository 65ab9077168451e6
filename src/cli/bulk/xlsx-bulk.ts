import { strToU8 } from "fflate";
import {
  naamSleutel,
  somDeclaraties,
  teBredeRij,
  teBredeRijTekst,
  type Bulkplan,
  type Bulkpoort,
  type Declaraties,
  type Rijen,
  type Tariefset,
  type Uitvoerblok,
  type Uitvoercellen,
  type Uitvoersoort,
} from "../../engine";
import { GebruiksFout, naamInMelding } from "../fouten";
import { draaiBestand } from "./bestanden";
import type { Bestandsuitkomst } from "./csv-bulk";
import { Bladherschrijver, bladRijen, celXml, type Bladrij } from "./xlsx-blad";
import { gedeeldeTeksten, kolomLetters, kolomVan, tekstVan, werkbladen, type Zip } from "./xlsx-delen";
import {
  relatiesVan,
  tabellenVanBlad,
  tabelPaden,
  totaalRijen,
  verbreedTabel,
  voegGedeeldeTekstenToe,
  type Tabeldeel,
} from "./xlsx-tabel";
import { Zipbron } from "./zip-bron";
import { Zipdoel, type Deelstroom } from "./zip-doel";

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
  const bron = await Zipbron.open(invoer);
  const doel = new Zipdoel(uitvoer);
  try {
    // The small parts that say where things are, or that the run changes, are read whole; the worksheet streams;
    // every other part (pictures, other sheets, anything large) is copied compressed without being inflated.
    const zip: Zip = {};
    await bron.leesIn(zip, VASTE_DELEN);
    const bladen = werkbladen(zip);
    const blad =
      bladNaam === undefined
        ? bladen.find((b) => naamSleutel(b.naam) !== "declaraties")
        : bladen.find((b) => naamSleutel(b.naam) === naamSleutel(bladNaam));
    const bladnamen = bladen.map((b) => naamInMelding(b.naam)).join(", ");
    if (blad && !bron.deel(blad.pad)) throw bron.beschadigd(blad.pad);
    if (!blad)
      throw new GebruiksFout(
        bladNaam === undefined
          ? `De werkmap heeft geen werkblad met toewijzingen (een blad Declaraties alleen is niet genoeg). Werkbladen: ${bladnamen}.`
          : `Werkblad '${naamInMelding(bladNaam)}' bestaat niet. Werkbladen: ${bladnamen}.`,
      );
    // The first sheet was taken: when it is not the list, the user may not know --blad.
    const andere = bladNaam === undefined && bladen.length > 1;
    await bron.leesIn(zip, [relatiesVan(blad.pad)]);
    await bron.leesIn(zip, tabelPaden(zip, blad.pad));
    const gelezen = { ...zip };
    const gedeeld = gedeeldeTeksten(zip);

    let declaraties = declaratiesBestand;
    const declaratieBlad = bladen.find((b) => b !== blad && naamSleutel(b.naam) === "declaraties");
    if (!declaraties && declaratieBlad) {
      const rijen = await bladRijen(bron.tekst(declaratieBlad.pad), gedeeld);
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
    const index = bron.delen.findIndex((d) => d.fileName === blad.pad);
    const kopieer = async (van: number, tot: number) => {
      for (const deel of bron.delen.slice(van, tot)) {
        const pad = deel.fileName;
        const datum = deel.getLastModDate();
        if (pad === REKENKETEN) continue;
        if (zip[pad] !== gelezen[pad]) await doel.voegToe(pad, zip[pad], datum);
        else
          await doel.kopieer(
            pad,
            { methode: deel.compressionMethod, crc: deel.crc32, grootte: deel.uncompressedSize, datum },
            await bron.ruw(deel),
          );
      }
    };
    const poort = new XlsxPoort(zip, bron.tekst(blad.pad), gedeeld, tabellen, stijl, async () => {
      // The header is done, so every change to the small parts is known: the parts before the sheet go out.
      zonderRekenketen(zip);
      if (poort.verbreden) {
        const { tabel, namen } = poort.verbreden;
        zip[tabel.pad] = strToU8(verbreedTabel(tekstVan(zip, tabel.pad)!, namen));
      }
      await kopieer(0, index);
      // Parts the run made (a shared-strings part the workbook lacked) go before the sheet too.
      for (const pad of Object.keys(zip))
        if (!bron.deel(pad)) await doel.voegToe(pad, zip[pad], bron.delen[index].getLastModDate());
      return doel.open(blad.pad, bron.delen[index].getLastModDate());
    });
    const uitkomst = await draaiBestand(
      poort,
      { set, declaraties, voortgang },
      {
        leeg: `Werkblad '${naamInMelding(blad.naam)}' is leeg: de eerste rij moet de kolomkoppen bevatten.`,
        kop: (tekst) =>
          `Werkblad '${naamInMelding(blad.naam)}': ${tekst.charAt(0).toLowerCase()}${tekst.slice(1)}${andere ? `\nStaan de toewijzingen op een ander werkblad? Kies dat met --blad (werkbladen: ${bladnamen}).` : ""}`,
      },
    );
    await poort.klaar();
    await kopieer(index + 1, bron.delen.length);
    await doel.sluit();
    return { samenvatting: uitkomst.samenvatting };
  } catch (fout) {
    await doel.breekAf();
    throw fout;
  } finally {
    bron.sluit();
  }
}

/** Parts read whole before the run: where the sheets are, their shared texts and styles, and the part list. */
const VASTE_DELEN = [
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/sharedStrings.xml",
];
const REKENKETEN = "xl/calcChain.xml";

/**
 * Removes the calculation chain (xl/calcChain.xml): it lists the formula cells in calculation order, and some of
 * those may now be plain values in the output columns; a chain that names them makes Excel repair the file.
 * Excel rebuilds the chain when it opens the workbook.
 */
function zonderRekenketen(zip: Zip): void {
  const zonder = (pad: string, patroon: RegExp) => {
    const xml = tekstVan(zip, pad);
    // A part that does not name the chain is left as it is (and copied without being packed again).
    if (xml && patroon.test(xml)) zip[pad] = strToU8(xml.replace(patroon, ""));
  };
  zonder("[Content_Types].xml", /<Override\b[^>]*PartName="\/xl\/calcChain\.xml"[^>]*\/>/);
  zonder("xl/_rels/workbook.xml.rels", /<Relationship\b[^>]*Target="[^"]*calcChain\.xml"[^>]*\/>/);
}

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

  private uit: Deelstroom | null = null;
  /** The last row of the data: the table's last row, or the sheet's. */
  private laatsteRij = Infinity;
  private voorbij = false;
  private plan: Bulkplan | null = null;
  /** The last row the run wrote cells in. */
  private laatsteGevuld = 0;

  constructor(
    private readonly zip: Zip,
    blad: AsyncIterator<string>,
    private readonly gedeeld: readonly string[],
    private readonly tabellen: Tabeldeel[],
    private readonly stijl: Record<Uitvoersoort, number | undefined>,
    /** Called once the header is done: writes what comes before the sheet and opens the sheet's part. */
    private readonly begin: () => Promise<Deelstroom>,
  ) {
    this.lezer = new Bladherschrijver(blad, gedeeld);
    this.totalen = totaalRijen(tabellen);
  }

  async leesKoppen(): Promise<readonly unknown[] | null> {
    // Excel tables on the sheet: the top one is the data, also below a title row (rows above stay as they are),
    // and it ends where the table ends: a note or another table below it is not an allocation.
    const tabel = this.tabellen.filter((t) => t.kopRijen === 1).sort((a, b) => a.eersteRij - b.eersteRij)[0];
    for (let rij = (await this.lezer.volgende(1))[0]; rij; rij = (await this.lezer.volgende(1))[0]) {
      if (tabel === undefined || rij.nr === tabel.eersteRij) {
        this.kop = rij;
        if (tabel) this.laatsteRij = tabel.laatsteRij;
        return rij.waarden;
      }
      if (rij.nr > tabel.eersteRij) break;
    }
    return null;
  }

  async voegKoppenToe(plan: Bulkplan): Promise<void> {
    const kop = this.kop!;
    this.plan = plan;
    this.laatsteGevuld = kop.nr;
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
    this.lezer.verbreedDimensie(this.laatsteKolom);
    this.uit = await this.begin();
    await this.uit.schrijf(this.lezer.spoel());
  }

  async leesBlok(max: number): Promise<Rijen | null> {
    const blok: Bladrij[] = [];
    if (this.voorbij) {
      this.blok = blok;
      return null;
    }
    while (blok.length < max) {
      const rijen = await this.lezer.volgende(max - blok.length);
      if (rijen.length === 0) break;
      // A table's totals row stays exactly as it is and is not counted; rows below the table are not read at all.
      for (const r of rijen) {
        if (r.nr > this.laatsteRij) this.voorbij = true;
        else if (!this.totalen.has(r.nr)) blok.push(r);
      }
      if (this.voorbij) break;
    }
    this.blok = blok;
    const rijen = blok.map((r) => r.waarden);
    // A value where an output column would go, named as Excel names the cell (the engine would say "data row").
    const te = this.plan && teBredeRij(rijen, this.plan);
    if (te) throw new GebruiksFout(teBredeRijTekst(0, te, `${kolomLetters(te.kolom)}${blok[te.rij].nr}`));
    return blok.length > 0 ? rijen : null;
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
      this.laatsteGevuld = rij.nr;
    });
    await this.uit!.schrijf(this.lezer.spoel());
  }

  /** The rest of the sheet after its last row, and the sheet's part closed. */
  async klaar(): Promise<void> {
    const rest = await this.lezer.rest();
    this.geenSamenvoeging();
    await this.uit!.schrijf(rest);
    await this.uit!.sluit();
  }

  /**
   * A merged range that reaches a cell the run wrote hides that cell's value (Excel shows only the range's first
   * cell): the run stops and names the range instead of leaving a result nobody sees.
   */
  private geenSamenvoeging(): void {
    const kop = this.kop!;
    const kolommen = new Set(this.plan!.kolommen);
    for (const ref of this.lezer.samengevoegd) {
      const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
      if (!m) continue;
      const [k1, r1, k2, r2] = [kolomVan(m[1]), Number(m[2]), kolomVan(m[3]), Number(m[4])];
      if (r2 < kop.nr || r1 > this.laatsteGevuld) continue;
      for (let k = k1; k <= k2; k++) {
        if (!kolommen.has(k)) continue;
        throw new GebruiksFout(
          `De samengevoegde cellen ${ref} lopen door kolom ${kolomLetters(k)}, waar de rekentool zijn uitkomsten schrijft: die zouden onzichtbaar worden. Maak de samenvoeging ongedaan (of laat haar vóór kolom ${kolomLetters(k)} eindigen) en probeer het opnieuw; er is niets geschreven.`,
        );
      }
    }
  }
}
