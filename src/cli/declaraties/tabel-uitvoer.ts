import { createReadStream, createWriteStream, rmSync } from "node:fs";
import { EURO_KOLOMMEN, PROCENT_KOLOMMEN } from "../../engine";
import { csvRegel, Regelschrijver } from "../bulk/csv-regel";
import { celXml } from "../bulk/xlsx-blad";
import { Zipdoel } from "../bulk/zip-doel";
import { escapeXml, kolomLetters } from "../bulk/xlsx-delen";

/** Rows out, a table at a time: CSV or an xlsx sheet, written as they come with the stream's back-pressure. */
export interface Tabelschrijver {
  rij(waarden: readonly unknown[]): void;
  /** Lets the file take what was buffered (call between chunks of input). */
  wacht(): Promise<void>;
  sluit(): Promise<void>;
  readonly rijen: number;
}

type Soort = "euro" | "procent" | null;
const MOET_QUOTES = /["\r\n]/;

/** Euros (whole cents) as "1234,56" from integer cents: toFixed and a replace per amount cost more. */
function euroTekst(euro: number): string {
  const cent = Math.round(euro * 100);
  if (!Number.isSafeInteger(cent)) return euro.toFixed(2).replace(".", ",");
  const absoluut = cent < 0 ? -cent : cent;
  const rest = absoluut % 100;
  return `${cent < 0 ? "-" : ""}${(absoluut - rest) / 100},${rest < 10 ? "0" : ""}${rest}`;
}
const soortVan = (kop: string): Soort =>
  EURO_KOLOMMEN.has(kop) ? "euro" : PROCENT_KOLOMMEN.has(kop) ? "procent" : null;

class Buffer_ {
  private buffer = "";
  constructor(private readonly schrijver: Regelschrijver) {}
  voeg(tekst: string) {
    this.buffer += tekst;
  }
  async wacht() {
    if (this.buffer.length < 1 << 20) return;
    const stuk = this.buffer;
    this.buffer = "";
    await this.schrijver.schrijf(stuk);
  }
  async sluit() {
    await this.schrijver.schrijf(this.buffer);
    this.buffer = "";
    await this.schrijver.sluit();
  }
}

/**
 * CSV as Excel with Dutch settings reads it: ';', decimal comma, euros with two decimals, exhaustion as a
 * percentage, UTF-8 with a byte order mark (so "€" and "ë" arrive), CRLF.
 */
export class Csvschrijver implements Tabelschrijver {
  private readonly uit: Buffer_;
  private readonly soorten: Soort[];
  rijen = 0;

  constructor(pad: string, koppen: readonly string[]) {
    const bestand = createWriteStream(pad);
    bestand.write(Buffer.from([0xef, 0xbb, 0xbf]));
    this.uit = new Buffer_(new Regelschrijver(bestand, bestand));
    this.soorten = koppen.map(soortVan);
    this.uit.voeg(csvRegel(koppen, ";"));
  }

  rij(waarden: readonly unknown[]): void {
    this.rijen++;
    // The row as one string, checked once: only a row with a quote, a line break or a ';' inside a field
    // (more separators than fields) goes through csvRegel's quoting. This runs for a million prestaties.
    let regel = "";
    for (let i = 0; i < waarden.length; i++) {
      const w = waarden[i];
      if (i > 0) regel += ";";
      if (typeof w === "number") {
        const soort = this.soorten[i];
        regel +=
          soort === "euro"
            ? euroTekst(w)
            : soort === "procent"
              ? `${(w * 100).toFixed(2)}%`.replace(".", ",")
              : String(w).replace(".", ",");
      } else if (typeof w === "string") regel += w;
      else if (w !== null && w !== undefined) regel += String(w);
    }
    let scheidingen = 0;
    for (let p = regel.indexOf(";"); p >= 0; p = regel.indexOf(";", p + 1)) scheidingen++;
    if (scheidingen === waarden.length - 1 && !MOET_QUOTES.test(regel)) this.uit.voeg(regel + "\r\n");
    else
      this.uit.voeg(
        csvRegel(
          waarden.map((w, i) =>
            typeof w === "number"
              ? (this.soorten[i] === "euro"
                  ? w.toFixed(2)
                  : this.soorten[i] === "procent"
                    ? `${(w * 100).toFixed(2)}%`
                    : String(w)
                ).replace(".", ",")
              : w,
          ),
          ";",
        ),
      );
  }

  wacht = () => this.uit.wacht();
  sluit = () => this.uit.sluit();
}

/** Excel's limit per sheet, header included. */
export const MAX_BLADRIJEN = 1_048_576;

/** One worksheet's XML, written to a file of its own; zipped into the workbook at the end (schrijfWerkmap). */
export class Bladschrijver implements Tabelschrijver {
  private readonly uit: Buffer_;
  private readonly stijlen: (number | undefined)[];
  private readonly letters: string[];
  rijen = 0;
  /** Rows beyond Excel's limit are not written; the caller says so. */
  teVeel = 0;

  constructor(
    readonly pad: string,
    readonly naam: string,
    koppen: readonly string[],
  ) {
    const bestand = createWriteStream(pad);
    this.uit = new Buffer_(new Regelschrijver(bestand, bestand));
    this.stijlen = koppen.map((k) => (soortVan(k) === "euro" ? 1 : soortVan(k) === "procent" ? 2 : undefined));
    this.letters = koppen.map((_, i) => kolomLetters(i));
    this.uit.voeg(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>',
    );
    this.schrijfRij(koppen, true);
  }

  private schrijfRij(waarden: readonly unknown[], kop: boolean): void {
    const r = this.rijen + 1;
    let xml = `<row r="${r}">`;
    for (let i = 0; i < waarden.length; i++)
      xml += celXml(`${this.letters[i]}${r}`, waarden[i], kop ? undefined : this.stijlen[i]);
    this.uit.voeg(xml + "</row>");
    this.rijen++;
  }

  rij(waarden: readonly unknown[]): void {
    if (this.rijen >= MAX_BLADRIJEN) {
      this.teVeel++;
      return;
    }
    this.schrijfRij(waarden, false);
  }

  wacht = () => this.uit.wacht();

  async sluit(): Promise<void> {
    this.uit.voeg("</sheetData></worksheet>");
    await this.uit.sluit();
  }
}

const STIJLEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>';

/** A new workbook from sheets written by Bladschrijver; their files are removed afterwards. */
export async function schrijfWerkmap(pad: string, bladen: readonly Bladschrijver[]): Promise<void> {
  // The one zip writer of the CLI (native CRC and deflate, streamed): a year's prestaties are hundreds of MB.
  const zip = new Zipdoel(pad);
  const datum = new Date(Date.UTC(2023, 0, 1));
  const tekst = (inhoud: string, naam: string) => zip.voegToe(naam, Buffer.from(inhoud, "utf8"), datum);
  try {
    await tekst(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${bladen.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}</Types>`,
      "[Content_Types].xml",
    );
    await tekst(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      "_rels/.rels",
    );
    await tekst(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${bladen.map((b, i) => `<sheet name="${escapeXml(b.naam)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
      "xl/workbook.xml",
    );
    await tekst(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${bladen.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rId${bladen.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
      "xl/_rels/workbook.xml.rels",
    );
    await tekst(STIJLEN, "xl/styles.xml");
    for (const [i, b] of bladen.entries()) {
      const deel = zip.open(`xl/worksheets/sheet${i + 1}.xml`, datum);
      for await (const stuk of createReadStream(b.pad, { highWaterMark: 1 << 20 }))
        await deel.schrijfBytes(stuk as Buffer);
      await deel.sluit();
    }
    await zip.sluit();
  } catch (fout) {
    await zip.breekAf();
    throw fout;
  } finally {
    for (const b of bladen) rmSync(b.pad, { force: true });
  }
}
