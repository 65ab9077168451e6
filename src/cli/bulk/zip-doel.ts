import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import type { Readable } from "node:stream";
import { createDeflateRaw, crc32, deflateRawSync } from "node:zlib";
import { Zip, type ZipInputFile } from "fflate";
import { GebruiksFout } from "../fouten";

/** A zip without ZIP64 records holds parts of at most 4 GB, and so does Excel's own reader. */
const MAX_ZIP32 = 0xffffffff;

const TE_GROOT =
  "De herberekende werkmap wordt groter dan 4 GB, meer dan een xlsx-bestand kan bevatten. Sla zo'n overzicht op als CSV.";

/** What the zip container needs of a part; the data itself is handed over by the writer below. */
type Deelinvoer = ZipInputFile & { ondata: NonNullable<ZipInputFile["ondata"]> };

/**
 * Writes an xlsx part by part, in order, to a file as it goes: a part copied compressed as it was (its CRC and
 * size from the source), a small part deflated from memory, or a large part streamed through native zlib
 * (the worksheet). Memory stays bounded by the file's write buffer, whatever the size of the parts.
 */
export class Zipdoel {
  private readonly bestand: WriteStream;
  private readonly zip: Zip;
  private fout: unknown = null;
  private readonly klaar: Promise<void>;

  constructor(pad: string) {
    this.bestand = createWriteStream(pad);
    this.bestand.on("error", (fout) => (this.fout ??= fout));
    // Not events.once: that rejects on an error before the close, unhandled until sluit or breekAf waits.
    this.klaar = new Promise((klaar) => this.bestand.once("close", () => klaar()));
    let geschreven = 0;
    this.zip = new Zip((fout, data, laatste) => {
      geschreven += data?.length ?? 0;
      // Past 4 GB the zip's 32-bit offsets would silently point to the wrong place: stopped instead.
      if (geschreven > MAX_ZIP32) this.fout ??= new GebruiksFout(TE_GROOT);
      if (fout) this.fout ??= fout;
      if (this.fout) return;
      this.bestand.write(data);
      if (laatste) this.bestand.end();
    });
  }

  private nieuw(naam: string, methode: number, datum: Date): Deelinvoer {
    const deel = { filename: naam, compression: methode, crc: 0, size: 0, mtime: datum } as ZipInputFile;
    this.zip.add(deel);
    return deel as Deelinvoer;
  }

  /** Waits while the file's buffer is full, and reports a write error (a full disk) as soon as it happens. */
  private async ruimte(): Promise<void> {
    if (this.fout) throw this.fout;
    // events.once rejects when the stream reports an error instead of draining.
    if (this.bestand.writableNeedDrain) await once(this.bestand, "drain");
    if (this.fout) throw this.fout;
  }

  /** A part copied as the source holds it: compressed bytes, CRC and size unchanged, nothing inflated. */
  async kopieer(naam: string, bron: { methode: number; crc: number; grootte: number; datum: Date }, ruw: Readable) {
    const deel = this.nieuw(naam, bron.methode, bron.datum);
    deel.crc = bron.crc;
    deel.size = bron.grootte;
    for await (const stuk of ruw) {
      deel.ondata(null, stuk as Uint8Array<ArrayBuffer>, false);
      await this.ruimte();
    }
    deel.ondata(null, new Uint8Array(0), true);
  }

  /** A part from memory (a changed styles.xml, a table part). */
  async voegToe(naam: string, data: Uint8Array, datum: Date): Promise<void> {
    const deel = this.nieuw(naam, 8, datum);
    deel.crc = crc32(data);
    deel.size = data.length;
    deel.ondata(null, deflateRawSync(data, { level: 6 }), true);
    await this.ruimte();
  }

  /** A part written as text in pieces (the worksheet), deflated at level 1: a quarter of the time of level 6. */
  open(naam: string, datum: Date): Deelstroom {
    return new Deelstroom(this.nieuw(naam, 8, datum), () => this.ruimte());
  }

  /** Ends the zip (its central directory) and waits until the file is on disk. */
  async sluit(): Promise<void> {
    this.zip.end();
    // fflate writes the central directory at once: a failure there is known now, and the file never ends.
    if (this.fout) {
      await this.breekAf();
      throw this.fout;
    }
    await this.klaar;
    if (this.fout) throw this.fout;
  }

  /** Stops writing (the run failed): the file is closed so that it can be removed. */
  async breekAf(): Promise<void> {
    if (this.bestand.closed) return;
    this.bestand.destroy();
    await this.klaar;
  }
}

export class Deelstroom {
  private crc = 0;
  private grootte = 0;
  // Up to 8 MB waits to be deflated (on libuv's threads) while the run makes the next rows: with the default
  // 16 KB every write waited for the deflate to catch up.
  // (zlib hands its options to the stream too; its type does not say so.)
  private readonly deflate = createDeflateRaw({
    level: 1,
    chunkSize: 64 * 1024,
    ...{ writableHighWaterMark: 8 << 20 },
  });

  constructor(
    private readonly deel: Deelinvoer,
    private readonly ruimte: () => Promise<void>,
  ) {
    this.deflate.on("data", (stuk: Uint8Array<ArrayBuffer>) => deel.ondata(null, stuk, false));
  }

  async schrijf(tekst: string): Promise<void> {
    if (tekst) await this.schrijfBytes(Buffer.from(tekst, "utf8"));
  }

  /** Bytes as they are (a part written to a file first, streamed in). */
  async schrijfBytes(bytes: Uint8Array): Promise<void> {
    this.crc = crc32(bytes, this.crc);
    this.grootte += bytes.length;
    if (this.grootte > MAX_ZIP32) throw new GebruiksFout(TE_GROOT);
    if (!this.deflate.write(bytes)) await once(this.deflate, "drain");
    await this.ruimte();
  }

  async sluit(): Promise<void> {
    this.deflate.end();
    await once(this.deflate, "end");
    this.deel.crc = this.crc;
    this.deel.size = this.grootte;
    this.deel.ondata(null, new Uint8Array(0), true);
    await this.ruimte();
  }
}
