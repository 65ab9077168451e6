import { join } from "node:path";
import { strToU8 } from "fflate";
import {
  naamSleutel,
  Samenvatting,
  somDeclaraties,
  type Bulkplan,
  type Declaraties,
  type Kopbron,
  type Tariefset,
  type Uitvoersoort,
} from "../../engine";
import { Gedeeldeteksten } from "./gedeeld";
import { GebruiksFout, naamInMelding } from "../fouten";
import { beginBestand, per100000 } from "./bestanden";
import type { Bestandsuitkomst } from "./csv-bulk";
import { aantalThreads, hier, inVolgorde, segmentgrootte, threads, werkerdata, type Rekenaars } from "./rekenthreads";
import { Bladherschrijver, bladRijen, celXml, GEEN_STROOM, type Bladrij } from "./xlsx-blad";
import { gedeeldeTeksten, kolomLetters, kolomVan, tekstVan, werkbladen, type Zip } from "./xlsx-delen";
import { XlsxSegmentverwerker, type Xlsxopdracht, type Xlsxsegment, type Xlsxuitkomst } from "./xlsx-segment";
import { Rijsnijder } from "./xlsx-segmenten";
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
    const bladTekst = bron.tekst(blad.pad);
    const poort = new XlsxPoort(zip, bladTekst, gedeeld, tabellen, async () => {
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
    const plan = await beginBestand(poort, {
      leeg: `Werkblad '${naamInMelding(blad.naam)}' is leeg: de eerste rij moet de kolomkoppen bevatten.`,
      kop: (tekst) =>
        `Werkblad '${naamInMelding(blad.naam)}': ${tekst.charAt(0).toLowerCase()}${tekst.slice(1)}${andere ? `\nStaan de toewijzingen op een ander werkblad? Kies dat met --blad (werkbladen: ${bladnamen}).` : ""}`,
    });
    const kop = poort.kop!;
    const opdracht: Xlsxopdracht = {
      koppen: kop.waarden,
      gedeeld: gedeeld.geheugen,
      stijl,
      laatsteRij: poort.laatsteRij,
      totalen: [...totaalRijen(tabellen)],
    };
    const groot = bron.deel(blad.pad)!.uncompressedSize > 2 * segmentgrootte(SEGMENT);
    const rest = poort.overdracht();
    const samenvatting = await rekenRijen(
      new Rijsnijder(rest.tekst, bladTekst, kop.prefix, rest.vorigeNr, segmentgrootte(SEGMENT)),
      poort.uitvoer!,
      (groot ? xlsxThreads(opdracht, set, declaraties) : null) ??
        hier(new XlsxSegmentverwerker(opdracht, set, declaraties)),
      {
        kopNr: kop.nr,
        kolommen: plan.kolommen,
        voortgang: per100000(voortgang),
        inBlad: (tekst) => `Werkblad '${naamInMelding(blad.naam)}': ${tekst.charAt(0).toLowerCase()}${tekst.slice(1)}`,
      },
    );
    await kopieer(index + 1, bron.delen.length);
    await doel.sluit();
    return { samenvatting };
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
 * The xlsx side of a bulk run's start: the header row found (in a table, its header row) and written with the
 * added output headers; the rows after it are then computed in segments (rekenRijen).
 */
class XlsxPoort implements Kopbron {
  private readonly lezer: Bladherschrijver;
  /** The header row, once read. */
  kop: Bladrij | null = null;
  verbreden: { tabel: Tabeldeel; namen: string[] } | null = null;
  private uit: Deelstroom | null = null;
  /** The last row of the data: the table's last row, or the sheet's. */
  laatsteRij = Infinity;

  constructor(
    private readonly zip: Zip,
    blad: AsyncIterator<string>,
    private readonly gedeeld: Gedeeldeteksten,
    private readonly tabellen: Tabeldeel[],
    /** Called once the header is done: writes what comes before the sheet and opens the sheet's part. */
    private readonly begin: () => Promise<Deelstroom>,
  ) {
    this.lezer = new Bladherschrijver(blad, gedeeld);
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
          ? `<${kop.prefix}c r="${ref}" t="s"><${kop.prefix}v>${this.gedeeld.aantal + j}</${kop.prefix}v></${kop.prefix}c>`
          : celXml(ref, naam, undefined, kop.prefix),
      );
    });
    this.lezer.vul(kop, nieuw);
    this.lezer.verbreedDimensie(Math.max(...plan.kolommen));
    this.uit = await this.begin();
    await this.uit.schrijf(this.lezer.spoel());
  }

  /** The sheet's part, open once the header is written. */
  get uitvoer(): Deelstroom | null {
    return this.uit;
  }

  /** After the header: the sheet's XML not yet written, for the segments (see Bladherschrijver.overdracht). */
  overdracht(): { tekst: string; vorigeNr: number } {
    return this.lezer.overdracht();
  }
}

/**
 * A merged range that reaches a cell the run wrote hides that cell's value (Excel shows only the range's first
 * cell): the run stops and names the range instead of leaving a result nobody sees.
 */
function geenSamenvoeging(
  samengevoegd: readonly string[],
  kopNr: number,
  uitvoer: readonly number[],
  laatsteGevuld: number,
): void {
  const kolommen = new Set(uitvoer);
  for (const ref of samengevoegd) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
    if (!m) continue;
    const [k1, r1, k2, r2] = [kolomVan(m[1]), Number(m[2]), kolomVan(m[3]), Number(m[4])];
    if (r2 < kopNr || r1 > laatsteGevuld) continue;
    for (let k = k1; k <= k2; k++) {
      if (!kolommen.has(k)) continue;
      throw new GebruiksFout(
        `De samengevoegde cellen ${ref} lopen door kolom ${kolomLetters(k)}, waar de rekentool zijn uitkomsten schrijft: die zouden onzichtbaar worden. Maak de samenvoeging ongedaan (of laat haar vóór kolom ${kolomLetters(k)} eindigen) en probeer het opnieuw; er is niets geschreven.`,
      );
    }
  }
}

/** Segments of the sheet's XML, in characters; a sheet of more than two is computed on threads of their own. */
const SEGMENT = 1024 * 1024;

function xlsxThreads(opdracht: Xlsxopdracht, set: Tariefset, declaraties: Declaraties | undefined) {
  return threads<Xlsxsegment, Xlsxuitkomst>(
    join(__dirname, "xlsx-werker.js"),
    werkerdata(opdracht, set, declaraties),
    aantalThreads(declaraties !== undefined),
    () => [],
  );
}

/**
 * The sheet's rows after the header, segment by segment: computed (here or on threads), written in the sheet's
 * order, then the tail after the last row (checked for merged cells over written results) and the part closed.
 * Returns the summary of all rows.
 */
async function rekenRijen(
  snijder: Rijsnijder,
  uit: Deelstroom,
  rekenaars: Rekenaars<Xlsxsegment, Xlsxuitkomst>,
  r: {
    kopNr: number;
    kolommen: readonly number[];
    voortgang: (klaar: number) => void;
    /** A message about the sheet's data, in the sheet's words ("Werkblad 'X': ..."). */
    inBlad: (tekst: string) => string;
  },
): Promise<Samenvatting> {
  let rijen = 0;
  let laatsteGevuld = r.kopNr;
  try {
    const bron = (async function* () {
      for (let s = await snijder.volgende(); s !== null; s = await snijder.volgende()) yield s;
    })();
    await inVolgorde(bron, rekenaars.verwerk, async (u) => {
      if (u.soort === "fout") throw new GebruiksFout(u.tekst);
      if (u.soort === "breedte") throw new GebruiksFout(r.inBlad(u.tekst));
      await uit.schrijfBytes(u.uit);
      rijen += u.rijen;
      laatsteGevuld = Math.max(laatsteGevuld, u.laatsteGevuld);
      r.voortgang(rijen);
    });
    const staart = new Bladherschrijver(GEEN_STROOM, Gedeeldeteksten.van([]));
    staart.voeg(snijder.staart);
    staart.eindig();
    geenSamenvoeging(staart.samengevoegd, r.kopNr, r.kolommen, laatsteGevuld);
    await uit.schrijf(snijder.staart);
    await uit.sluit();
    const samenvatting = new Samenvatting();
    for (const staat of await rekenaars.staten()) samenvatting.voegSamen(staat);
    return samenvatting;
  } finally {
    await rekenaars.stop();
  }
}
