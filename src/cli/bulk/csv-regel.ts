import { once } from "node:events";
import type { Writable } from "node:stream";

const MOET_QUOTES = /[";\r\n,\t]/;

/** A field as CSV writes it: quoted only when it holds the separator, a quote or a line break (a quote inside doubled). */
export function csvVeld(tekst: string, scheiding: string): string {
  const quote = tekst.includes(scheiding) || (MOET_QUOTES.test(tekst) && /["\r\n]/.test(tekst));
  return quote ? `"${tekst.replace(/"/g, '""')}"` : tekst;
}

/**
 * One CSV line: fields joined by the separator, each as csvVeld writes it, as spreadsheets write them. Written
 * here rather than with csv-stringify: that formatted each row through a stream of its own and was a fifth of a
 * million-row job (profiled).
 */
export function csvRegel(velden: readonly unknown[], scheiding: string, regeleinde = "\r\n"): string {
  let regel = "";
  for (let i = 0; i < velden.length; i++) {
    const w = velden[i];
    const tekst = typeof w === "string" ? w : w === null || w === undefined ? "" : String(w);
    if (i > 0) regel += scheiding;
    regel += csvVeld(tekst, scheiding);
  }
  return regel + regeleinde;
}

/** Lines gathered into large writes (a write per line costs more than the line), with the stream's back-pressure. */
export class Regelschrijver {
  private buffer = "";
  // Rejects when the file fails (a full disk): every wait races it, so a run never waits for a 'drain' that will
  // not come, which would let the process end with exit 0 and a half file.
  private readonly fout: Promise<never>;

  constructor(
    private readonly doel: Writable,
    private readonly bestand: Writable,
  ) {
    this.fout = new Promise<never>((_, mislukt) => {
      bestand.once("error", mislukt);
      if (doel !== bestand) doel.once("error", mislukt);
    });
    this.fout.catch(() => undefined);
  }

  async schrijf(regel: string): Promise<void> {
    this.buffer += regel;
    if (this.buffer.length >= 1 << 20) await this.leeg();
  }

  private async leeg(): Promise<void> {
    const stuk = this.buffer;
    this.buffer = "";
    if (stuk && !this.doel.write(stuk)) await Promise.race([once(this.doel, "drain"), this.fout]);
  }

  /** Writes what is left and waits until the file is complete on disk (or fails). */
  async sluit(): Promise<void> {
    await this.leeg();
    this.doel.end();
    await Promise.race([once(this.bestand, "finish"), this.fout]);
  }
}
