/**
 * The elfproef for a citizen service number: 9 digits (8 digits get a leading zero), weights 9..2 and -1,
 * the weighted sum divisible by 11, and not all zeros. Never put the number itself in a message or a log.
 */
export function isGeldigBsn(waarde: unknown): boolean {
  const tekst = typeof waarde === "number" ? String(waarde) : typeof waarde === "string" ? waarde.trim() : "";
  if (tekst.length < 8 || tekst.length > 9) return false;
  const cijfers = tekst.length === 8 ? "0" + tekst : tekst;
  let som = 0;
  let nullen = 0;
  for (let i = 0; i < 9; i++) {
    const c = cijfers.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    som += i < 8 ? (9 - i) * c : -c;
    if (c === 0) nullen++;
  }
  return som % 11 === 0 && nullen < 9;
}
