import { basename } from "node:path";
import { PassThrough, type Readable } from "node:stream";
import { crc32 } from "node:zlib";
import yauzl, { type Entry, type ZipFile } from "yauzl";
import type { Zip } from "./xlsx-delen";
import { alsBestandsfout, Bestandsfout, GebruiksFout, naamInMelding } from "../fouten";

/** Parts read whole: no part that is not a worksheet is near this in a real workbook (a zip bomb is). */
export const MAX_GELEZEN_DEEL = 256 * 2 ** 20;

/** Text of a worksheet as it streams in: pieces of about this many characters, few enough calls to the parser. */
const STUK = 1 << 18;

/**
 * An xlsx (a zip of XML parts) opened for reading without loading it: the list of parts from the zip's central
 * directory, a part inflated whole (small parts only), a part streamed as text (the worksheet), or a part's
 * compressed bytes as they are (every part the run does not change is copied without inflating it).
 */
export class Zipbron {
  private constructor(
    private readonly bestand: ZipFile,
    private readonly naam: string,
    /** The parts in the order of the file. */
    readonly delen: readonly Entry[],
  ) {}

  static async open(pad: string): Promise<Zipbron> {
    const naam = naamInMelding(basename(pad));
    const bestand = await new Promise<ZipFile>((klaar, mis) =>
      yauzl.open(pad, { lazyEntries: true, autoClose: false, decodeStrings: true }, (fout, zip) =>
        fout ? mis(fout) : klaar(zip),
      ),
    ).catch((fout: unknown) => {
      // A file that cannot be opened at all (no permission, a folder) says so; anything else is no workbook.
      const bestandsfout = alsBestandsfout(fout, basename(pad));
      throw bestandsfout instanceof Bestandsfout ? bestandsfout : geenWerkmap(naam);
    });
    const delen: Entry[] = [];
    try {
      await new Promise<void>((klaar, mis) => {
        bestand.on("entry", (deel: Entry) => {
          delen.push(deel);
          bestand.readEntry();
        });
        bestand.on("end", klaar);
        bestand.on("error", mis);
        bestand.readEntry();
      });
    } catch {
      bestand.close();
      throw geenWerkmap(naam);
    }
    if (delen.some((d) => d.isEncrypted())) {
      bestand.close();
      throw geenWerkmap(naam);
    }
    // An OpenDocument spreadsheet (.ods) is a zip too, with its kind in a part named mimetype.
    if (delen.some((d) => d.fileName === "mimetype") && !delen.some((d) => d.fileName === "xl/workbook.xml")) {
      bestand.close();
      throw new GebruiksFout(
        `'${naam}' is een OpenDocument-werkblad (zoals LibreOffice het opslaat), geen Excel-werkmap. Sla het op als Excel 2007-365 (.xlsx) of als CSV.`,
      );
    }
    return new Zipbron(bestand, naam, delen);
  }

  deel(pad: string): Entry | undefined {
    return this.delen.find((d) => d.fileName === pad);
  }

  /** A small part inflated whole, or null when the file has no such part; a part beyond `max` is refused. */
  async lees(pad: string, max = MAX_GELEZEN_DEEL): Promise<Uint8Array | null> {
    const deel = this.deel(pad);
    if (!deel) return null;
    if (deel.uncompressedSize > max) throw this.teGroot(pad, max);
    const stukken: Buffer[] = [];
    // yauzl checks the inflated size against the size the file declares: a part cannot unpack to more.
    let crc = 0;
    try {
      for await (const stuk of await this.stroom(deel, true)) {
        stukken.push(stuk as Buffer);
        crc = crc32(stuk as Buffer, crc);
      }
    } catch (fout) {
      if (fout instanceof GebruiksFout) throw fout;
      throw this.beschadigd(pad);
    }
    // yauzl does not check the checksum: a changed byte in a part would otherwise be read as if it were data.
    if (crc !== deel.crc32) throw this.beschadigd(pad);
    return Buffer.concat(stukken);
  }

  /** Small parts read whole into `zip` (those the file has), in the order given. */
  async leesIn(zip: Zip, paden: Iterable<string>): Promise<void> {
    for (const pad of paden) {
      const data = await this.lees(pad);
      if (data) zip[pad] = data;
    }
  }

  /** A part's text as it inflates, in pieces of about STUK characters. */
  async *tekst(pad: string): AsyncGenerator<string> {
    const deel = this.deel(pad);
    if (!deel) return;
    const decoder = new TextDecoder();
    let stuk = "";
    let crc = 0;
    try {
      for await (const bytes of vooruit(await this.stroom(deel, true))) {
        crc = crc32(bytes as Buffer, crc);
        stuk += decoder.decode(bytes as Buffer, { stream: true });
        if (stuk.length >= STUK) {
          yield stuk;
          stuk = "";
        }
      }
    } catch (fout) {
      if (fout instanceof GebruiksFout) throw fout;
      throw this.beschadigd(pad);
    }
    // Checked at the end of the part: a run that read a damaged sheet fails before its output is kept.
    if (crc !== deel.crc32) throw this.beschadigd(pad);
    stuk += decoder.decode();
    if (stuk) yield stuk;
  }

  /** A part's bytes as the file holds them (compressed): for copying it unchanged. */
  ruw(deel: Entry): Promise<Readable> {
    return this.stroom(deel, false);
  }

  sluit(): void {
    if (this.bestand.isOpen) this.bestand.close();
  }

  private stroom(deel: Entry, uitpakken: boolean): Promise<Readable> {
    if (uitpakken && deel.compressionMethod !== 0 && deel.compressionMethod !== 8)
      return Promise.reject(this.beschadigd(deel.fileName));
    return new Promise((klaar, mis) =>
      // Options left out to inflate: yauzl 3.4 reads `decodeFileData: true` as "do not inflate".
      this.bestand.openReadStream(deel, uitpakken ? {} : { decodeFileData: false }, (fout, stroom) =>
        fout ? mis(this.beschadigd(deel.fileName)) : klaar(stroom),
      ),
    );
  }

  teGroot(pad: string, max: number): GebruiksFout {
    return new GebruiksFout(
      `'${this.naam}' pakt uit tot meer dan deze opdracht aankan (onderdeel '${pad}' is groter dan ${max / 2 ** 20} MB). Een werkmap die Excel maakt heeft zulke onderdelen niet; is het bestand beschadigd of gemanipuleerd?`,
    );
  }

  beschadigd(pad: string): GebruiksFout {
    return new GebruiksFout(
      `'${this.naam}' is beschadigd: onderdeel '${pad}' is niet uit te pakken (het is afgekapt, gewijzigd, groter dan het bestand zegt, of met een onbekende methode ingepakt). Sla de werkmap opnieuw op in Excel.`,
    );
  }
}

/**
 * A stream read ahead by up to 4 MB: the part goes on inflating (on libuv's threads) while the run parses what
 * came before. Read as it came, each 16 KB of inflated text waited for its own round trip (measured: a fifth of
 * a 100,000-row run was spent waiting).
 */
function vooruit(stroom: Readable): Readable {
  const buffer = new PassThrough({ highWaterMark: 4 * 1024 * 1024 });
  stroom.on("error", (fout) => buffer.destroy(fout));
  return stroom.pipe(buffer);
}

function geenWerkmap(naam: string): GebruiksFout {
  return new GebruiksFout(
    `'${naam}' is geen leesbare Excel-werkmap (.xlsx): het bestand is leeg, beschadigd, van een ander soort, of beveiligd met een wachtwoord. Sla het in Excel op als werkmap zonder wachtwoord, of als CSV.`,
  );
}
