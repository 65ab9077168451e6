/**
 * Exact money: every amount is whole eurocents, and every product of user numbers is computed on the
 * decimals the user wrote (2.5, not the binary 2.4999...), then rounded once, half away from zero.
 * The fast path stays in safe integers; anything larger or with many decimals goes through BigInt.
 */

const MACHT10: readonly number[] = Array.from({ length: 16 }, (_, i) => 10 ** i);
const MAX_DECIMALEN = 9;

/**
 * The number of decimals x has as the user wrote it (0..MAX_DECIMALEN), or -1 when it has more or its
 * digits do not fit a safe integer. Allocation-free: this runs for every factor of every row.
 */
function decimalen(x: number): number {
  if (Number.isInteger(x)) return Number.isSafeInteger(x) ? 0 : -1;
  for (let s = 1; s <= MAX_DECIMALEN; s++) {
    const m = Math.round(x * MACHT10[s]);
    if (m / MACHT10[s] === x) return Number.isSafeInteger(m) ? s : -1;
  }
  return -1;
}

/** The shortest decimal that round-trips to x (what the user typed), as an exact BigInt fraction. */
function naarGroteDecimaal(x: number): { m: bigint; s: number } {
  const [grondtal, exponentTekst] = String(x).toLowerCase().split("e");
  const exponent = exponentTekst === undefined ? 0 : Number(exponentTekst);
  const [heel, fractie = ""] = grondtal.split(".");
  let m = BigInt(heel + fractie);
  let s = fractie.length - exponent;
  if (s < 0) {
    m *= 10n ** BigInt(-s);
    s = 0;
  }
  return { m, s };
}

function deelHalfVanNulAf(teller: number, noemer: number): number {
  const absoluut = Math.abs(teller);
  const rest = absoluut % noemer;
  let quotient = (absoluut - rest) / noemer;
  if (rest * 2 >= noemer) quotient += 1;
  return teller < 0 ? -quotient : quotient;
}

function deelHalfVanNulAfGroot(teller: bigint, noemer: bigint): bigint {
  const negatief = teller < 0n;
  const absoluut = negatief ? -teller : teller;
  let quotient = absoluut / noemer;
  if ((absoluut % noemer) * 2n >= noemer) quotient += 1n;
  return negatief ? -quotient : quotient;
}

function productInCentenGroot(factoren: readonly number[], centen: number): number {
  let m = BigInt(centen);
  let s = 0;
  for (const factor of factoren) {
    const d = naarGroteDecimaal(factor);
    m *= d.m;
    s += d.s;
  }
  return Number(deelHalfVanNulAfGroot(m, 10n ** BigInt(s)));
}

/**
 * factor1 x factor2 x ... x centen, rounded to whole cents half away from zero.
 * The factors are user numbers (hours, weeks); centen is a rate in whole cents.
 */
export function productInCenten(factoren: readonly number[], centen: number): number {
  let m = centen;
  let s = 0;
  for (let i = 0; i < factoren.length; i++) {
    const d = decimalen(factoren[i]);
    if (d < 0) return productInCentenGroot(factoren, centen);
    m *= d === 0 ? factoren[i] : Math.round(factoren[i] * MACHT10[d]);
    s += d;
    if (!Number.isSafeInteger(m) || s >= MACHT10.length) return productInCentenGroot(factoren, centen);
  }
  return s === 0 ? m : deelHalfVanNulAf(m, MACHT10[s]);
}

/** The exact decimal product of the factors, as the nearest double (for showing hours). */
export function exactProduct(factoren: readonly number[]): number {
  let m = 1;
  let s = 0;
  for (let i = 0; i < factoren.length; i++) {
    const d = decimalen(factoren[i]);
    if (d < 0) return exactProductGroot(factoren);
    m *= d === 0 ? factoren[i] : Math.round(factoren[i] * MACHT10[d]);
    s += d;
    if (!Number.isSafeInteger(m) || s >= MACHT10.length) return exactProductGroot(factoren);
  }
  return s === 0 ? m : m / MACHT10[s];
}

function exactProductGroot(factoren: readonly number[]): number {
  let m = 1n;
  let s = 0;
  for (const factor of factoren) {
    const d = naarGroteDecimaal(factor);
    m *= d.m;
    s += d.s;
  }
  const tekst = (m < 0n ? -m : m).toString().padStart(s + 1, "0");
  const waarde = Number(`${tekst.slice(0, tekst.length - s)}.${tekst.slice(tekst.length - s) || "0"}`);
  return m < 0n ? -waarde : waarde;
}

/** Euros (at most two decimals, as validated in tariff sets) to whole cents. */
export function euroNaarCenten(euro: number): number {
  return Math.round(euro * 100);
}

/** True when the euro amount has at most two decimals. */
export function isHeleCenten(euro: number): boolean {
  return Number.isFinite(euro) && Math.round(euro * 100) / 100 === euro;
}

/** Cents to euros as a number with at most two decimals (7687.68). */
export function centenNaarEuro(centen: number): number {
  return centen / 100;
}

/** "1234567" -> "1.234.567" */
function metPunten(cijfers: string): string {
  let uit = "";
  for (let eind = cijfers.length; eind > 0; eind -= 3) uit = (eind > 3 ? "." : "") + cijfers.slice(Math.max(0, eind - 3), eind) + uit;
  return uit;
}

/** Dutch display: 768768 -> "EUR 7.687,68". */
export function formatEuro(centen: number): string {
  const teken = centen < 0 ? "-" : "";
  const absoluut = Math.abs(centen);
  const euros = Math.floor(absoluut / 100);
  const rest = absoluut - euros * 100;
  return `EUR ${teken}${metPunten(String(euros))},${rest < 10 ? "0" : ""}${rest}`;
}

/** Dutch display of a plain number: 2.5 -> "2,5", 1234.5 -> "1.234,5". */
export function formatGetal(waarde: number): string {
  const [heel, fractie] = String(Math.abs(waarde)).split(".");
  return `${waarde < 0 ? "-" : ""}${metPunten(heel)}${fractie ? "," + fractie : ""}`;
}
