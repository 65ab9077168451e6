import { isUtf8 } from "node:buffer";
import { Transform, type Readable } from "node:stream";
import iconv from "iconv-lite";

/**
 * How a CSV file is written: UTF-8 (Excel's "CSV UTF-8", often with a byte order mark) or Windows-1252, what
 * Excel with Dutch settings writes as plain "CSV". Read as UTF-8, a Windows-1252 "ë" or "€" would become a
 * replacement character and the user's own cells would come back changed. Windows-1252 maps every byte to one
 * character and back, so a file read that way is written back byte for byte.
 */
export interface Tekenset {
  naam: "utf-8" | "windows-1252";
  bom: boolean;
}

const BOM = [0xef, 0xbb, 0xbf];

const heeftBom = (begin: Uint8Array) => BOM.every((b, i) => begin[i] === b);

/** A first guess from the start of the file; a UTF-8 guess is confirmed while reading (leesTekst). */
export function raadTekenset(begin: Uint8Array): Tekenset {
  if (heeftBom(begin)) return { naam: "utf-8", bom: true };
  try {
    // stream: a character cut off at the end of the sample is not an error.
    new TextDecoder("utf-8", { fatal: true }).decode(begin, { stream: true });
    return { naam: "utf-8", bom: false };
  } catch {
    return { naam: "windows-1252", bom: false };
  }
}

// Windows-1252 is Latin-1 except at 0x80-0x9F, where it has 27 characters (€, ’, “, ...) instead of control
// codes. Read as Latin-1 (a native one-to-one mapping of bytes) and those 27 swapped in and out, every byte
// round-trips, also the five that Windows-1252 leaves undefined. The 27 come from iconv-lite's table.
const NAAR_TEKEN = new Map<string, string>();
const NAAR_BYTE = new Map<string, string>();
[...iconv.decode(Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)), "win1252")].forEach((teken, i) => {
  if (teken === "\ufffd") return;
  NAAR_TEKEN.set(String.fromCharCode(0x80 + i), teken);
  NAAR_BYTE.set(teken, String.fromCharCode(0x80 + i));
});
const C1 = /[\x80-\x9f]/g;
// Every character outside Latin-1, the control characters included on purpose.
// eslint-disable-next-line no-control-regex
const BUITEN_LATIN1 = /[^\x00-\xff]/g;

export const van1252 = (bytes: Buffer) => bytes.toString("latin1").replace(C1, (c) => NAAR_TEKEN.get(c) ?? c);
// Only text the tool writes itself could hold a character outside Windows-1252 (the rest came from the file).
export const naar1252 = (tekst: string) =>
  Buffer.from(
    tekst.replace(BUITEN_LATIN1, (c) => NAAR_BYTE.get(c) ?? "?"),
    "latin1",
  );

/** Raised when a file read as UTF-8 turns out not to be: the caller starts again as Windows-1252. */
export class GeenUtf8 extends Error {}

/** A whole file's bytes as text: UTF-8 (its byte order mark dropped) if it is that, else Windows-1252. */
export function decodeer(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return van1252(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }
}

/** The start of a file as text in the guessed encoding (a character cut off at its end is dropped). */
export function beginAlsTekst(begin: Uint8Array, tekenset: Tekenset): string {
  return tekenset.naam === "utf-8"
    ? new TextDecoder("utf-8").decode(begin, { stream: true })
    : van1252(Buffer.from(begin.buffer, begin.byteOffset, begin.byteLength));
}

/** How far `bytes` holds whole UTF-8 sequences: a character cut off by the end of a chunk waits for the next. */
function heleTekens(bytes: Uint8Array): number {
  let i = bytes.length - 1;
  while (i >= 0 && bytes.length - i <= 4 && (bytes[i] & 0xc0) === 0x80) i--;
  if (i < 0 || bytes.length - i > 4) return bytes.length;
  const lengte = bytes[i] >= 0xf0 ? 4 : bytes[i] >= 0xe0 ? 3 : bytes[i] >= 0xc0 ? 2 : 1;
  return bytes.length - i >= lengte ? bytes.length : i;
}

/**
 * The file for the CSV parser: Windows-1252 as text; UTF-8 as the bytes themselves, checked on the way
 * (a byte that is not UTF-8 fails with GeenUtf8), so the parser decodes them once, natively.
 */
export function leesTekst(bron: Readable, tekenset: Tekenset): Readable {
  let rest: Buffer = Buffer.alloc(0);
  const utf8 = tekenset.naam === "utf-8";
  const controle = new Transform({
    readableObjectMode: !utf8,
    transform(stuk: Buffer, _codering, klaar) {
      if (!utf8) return klaar(null, van1252(stuk));
      const geheel = rest.length > 0 ? Buffer.concat([rest, stuk]) : stuk;
      const grens = heleTekens(geheel);
      rest = geheel.subarray(grens);
      if (!isUtf8(geheel.subarray(0, grens))) return klaar(new GeenUtf8());
      klaar(null, geheel.subarray(0, grens));
    },
    flush(klaar) {
      klaar(rest.length > 0 ? new GeenUtf8() : null);
    },
  });
  bron.on("error", (fout) => controle.destroy(fout));
  return bron.pipe(controle);
}
