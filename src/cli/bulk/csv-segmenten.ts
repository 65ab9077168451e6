import type { FileHandle } from "node:fs/promises";

/** How a file ends its lines (records): Windows CRLF, LF, or CR alone (Excel for Mac's "CSV (Macintosh)"). */
export type Regeleinde = "\r\n" | "\n" | "\r";

/** A run of whole CSV lines, starting at a line start outside quotes, ending after a line end (or the file's end). */
export interface Segment {
  bytes: Buffer;
  /** No quote in it: each line is its fields between separators. */
  zonderQuotes: boolean;
  /**
   * Set on the last piece when a field in quotes ran on past TE_LANG bytes without its closing quote: the run
   * stops there and names the line it started on.
   */
  teLang?: boolean;
}

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
/**
 * A field in quotes never grows past this while its closing quote is awaited (Excel holds 32,767 characters in
 * a cell): a file with an unclosed quote is not read whole into memory, and the run says where the quote opened.
 */
export const TE_LANG = 256 * 1024 * 1024;

/**
 * Where `bytes[0..n)` may be cut: after the last line end outside quotes, as the number of bytes before the cut
 * and the quotes among them; -1 when there is no such line end. A line end is outside quotes when an even number
 * of quotes precedes it: a quoted field holds its opening and closing quote and its inner ones doubled. A quote
 * that opens in the middle of a field is no quoting at all but an error of the file: then the cut is at once,
 * after the last line end, so that the CSV reader meets it and names its line.
 */
function snede(
  bytes: Buffer,
  n: number,
  einde: Regeleinde,
  scheiding: number,
  quotes: number[],
): { lengte: number; quotes: number } {
  quotes.length = 0;
  let fout = false;
  for (let i = bytes.indexOf(QUOTE); i !== -1 && i < n; i = bytes.indexOf(QUOTE, i + 1)) {
    // An opening quote (an even number before it) stands at a field's start: after a separator or a line end.
    if ((quotes.length & 1) === 0 && i > 0) {
      const voor = bytes[i - 1];
      if (voor !== scheiding && voor !== LF && voor !== CR && bytes[i - 1] !== QUOTE) fout = true;
    }
    quotes.push(i);
    if (fout) break;
  }
  const teken = einde === "\r" ? CR : LF;
  if (fout) {
    const p = bytes.lastIndexOf(teken, n - 1);
    return p === -1 ? { lengte: -1, quotes: 0 } : { lengte: p + 1, quotes: 1 };
  }
  let j = quotes.length;
  for (let p = bytes.lastIndexOf(teken, n - 1); p !== -1; p = p === 0 ? -1 : bytes.lastIndexOf(teken, p - 1)) {
    // In a CRLF file only CRLF ends a line: a bare LF there is part of a field, as the CSV reader reads it.
    if (einde === "\r\n" && (p === 0 || bytes[p - 1] !== CR)) continue;
    while (j > 0 && quotes[j - 1] > p) j--;
    if ((j & 1) === 0) return { lengte: p + 1, quotes: j };
  }
  return { lengte: -1, quotes: 0 };
}

/**
 * The data of a CSV file from byte `vanaf` (a line start outside quotes) as segments of about `grootte` bytes,
 * each cut at a line end outside quotes, read in order. Each segment has a buffer of its own (it may be handed to
 * another thread).
 */
export async function* segmenten(
  bron: FileHandle,
  vanaf: number,
  grootte: number,
  einde: Regeleinde,
  scheiding: string,
): AsyncGenerator<Segment> {
  let rest: Buffer = Buffer.alloc(0);
  let positie = vanaf;
  const quotes: number[] = [];
  const sep = scheiding.charCodeAt(0);
  for (;;) {
    // At least as much again as is waiting for a line end: a line far longer than a segment is read in doubling
    // pieces, not copied over and over in pieces of `grootte`.
    const lezen = Math.max(grootte, rest.length);
    const buffer = Buffer.allocUnsafeSlow(rest.length + lezen);
    rest.copy(buffer, 0);
    const { bytesRead } = await bron.read(buffer, rest.length, lezen, positie);
    positie += bytesRead;
    const n = rest.length + bytesRead;
    if (bytesRead === 0) {
      // The file's end: what is left is the last segment, its last line perhaps without a line end.
      if (n > 0) yield { bytes: buffer.subarray(0, n), zonderQuotes: buffer.subarray(0, n).indexOf(QUOTE) === -1 };
      return;
    }
    const { lengte, quotes: aantal } = snede(buffer, n, einde, sep, quotes);
    if (lengte === -1) {
      if (n >= TE_LANG) {
        yield { bytes: Buffer.alloc(0), zonderQuotes: false, teLang: true };
        return;
      }
      // No line end outside quotes yet: a longer piece is read.
      rest = buffer.subarray(0, n);
      continue;
    }
    rest = Buffer.from(buffer.subarray(lengte, n));
    yield { bytes: buffer.subarray(0, lengte), zonderQuotes: aantal === 0 };
  }
}
