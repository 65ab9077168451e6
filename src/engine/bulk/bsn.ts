/**
 * The elfproef for a citizen service number: 9 digits, weights 9..2 and -1, the weighted sum divisible by 11,
 * and not all zeros. Fewer digits get leading zeros first: a BSN column that Excel (or a user) typed as numbers
 * has lost them (002516780 is stored as 2516780). Never put the number itself in a message or a log.
 */
const cijfer = (c: number) => c >= 0 && c <= 9;

export function isGeldigBsn(waarde: unknown): boolean {
  // The usual cell, nine characters, is checked as it is: trimming it first (a string copy) costs more
  // than the check, and nine characters with a space among them are no BSN anyway.
  if (typeof waarde === "string" && waarde.length === 9 && elfproef(waarde, 0)) return true;
  // Written with spaces or dots for reading (123 456 782, 123.456.782): the digits are what counts.
  const tekst =
    typeof waarde === "number" ? String(waarde) : typeof waarde === "string" ? waarde.trim().replace(/[ .]/g, "") : "";
  if (tekst.length === 9) return elfproef(tekst, 0);
  // Digits only, fewer than nine: the leading zeros a number cell drops.
  return tekst.length > 0 && tekst.length < 9 && /^\d+$/.test(tekst) && elfproef(tekst.padStart(9, "0"), 0);
}

/** The check on 9 (v = 0) or 8 (v = -1, a leading zero) characters; unrolled, it runs for every row of a bulk run. */
function elfproef(tekst: string, v: number): boolean {
  // A non-digit gives a code outside 0..9.
  const c0 = v < 0 ? 0 : tekst.charCodeAt(0) - 48;
  const c1 = tekst.charCodeAt(1 + v) - 48;
  const c2 = tekst.charCodeAt(2 + v) - 48;
  const c3 = tekst.charCodeAt(3 + v) - 48;
  const c4 = tekst.charCodeAt(4 + v) - 48;
  const c5 = tekst.charCodeAt(5 + v) - 48;
  const c6 = tekst.charCodeAt(6 + v) - 48;
  const c7 = tekst.charCodeAt(7 + v) - 48;
  const c8 = tekst.charCodeAt(8 + v) - 48;
  if (!(
    cijfer(c0) &&
    cijfer(c1) &&
    cijfer(c2) &&
    cijfer(c3) &&
    cijfer(c4) &&
    cijfer(c5) &&
    cijfer(c6) &&
    cijfer(c7) &&
    cijfer(c8)
  ))
    return false;
  const som = 9 * c0 + 8 * c1 + 7 * c2 + 6 * c3 + 5 * c4 + 4 * c5 + 3 * c6 + 2 * c7 - c8;
  // All zeros passes the sum but is not a number anyone has.
  return som % 11 === 0 && (c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8) !== 0;
}
