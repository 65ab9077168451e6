import type { FileHandle } from "node:fs/promises";

/** A run of whole CSV lines, starting at a line start outside quotes, ending after a line end (or the file's end). */
export interface Segment {
  bytes: Buffer;
  /** No quote in it: each line is its fields between separators. */
  zonderQuotes: boolean;
}

const LF = 0x0a;
const QUOTE = 0x22;
/**
 * A segment never grows past this while it waits for a quote to close: a file with one stray quote would
 * otherwise be read whole into memory. It is cut at a line end instead, and the CSV reader then says which line
 * holds a quote that is not closed.
 */
const HOOGSTENS = 256 * 1024 * 1024;

/**
 * Where `bytes[0..n)` may be cut: after the last line end outside quotes, as the number of bytes before the cut
 * and the quotes among them; -1 when there is no such line end. A line end is outside quotes when an even number
 * of quotes precedes it: a quoted field holds its opening and closing quote and its inner ones doubled.
 */
function snede(bytes: Buffer, n: number, quotes: number[]): { lengte: number; quotes: number } {
  quotes.length = 0;
  for (let i = bytes.indexOf(QUOTE); i !== -1 && i < n; i = bytes.indexOf(QUOTE, i + 1)) quotes.push(i);
  let j = quotes.length;
  for (let p = bytes.lastIndexOf(LF, n - 1); p !== -1; p = p === 0 ? -1 : bytes.lastIndexOf(LF, p - 1)) {
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
export async function* segmenten(bron: FileHandle, vanaf: number, grootte: number): AsyncGenerator<Segment> {
  let rest: Buffer = Buffer.alloc(0);
  let positie = vanaf;
  const quotes: number[] = [];
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
    let { lengte, quotes: aantal } = snede(buffer, n, quotes);
    if (lengte === -1 && n >= HOOGSTENS) {
      const p = buffer.lastIndexOf(LF, n - 1);
      if (p !== -1) [lengte, aantal] = [p + 1, 1];
    }
    if (lengte === -1) {
      // No line end outside quotes yet: a longer piece is read.
      rest = buffer.subarray(0, n);
      continue;
    }
    rest = Buffer.from(buffer.subarray(lengte, n));
    yield { bytes: buffer.subarray(0, lengte), zonderQuotes: aantal === 0 };
  }
}
