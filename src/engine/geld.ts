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

// Below this the quotient times the divisor stays exact, so the remainder can come from a division and a
// correction instead of the floating-point modulo, which is a slow library call.
const DEEL_SNEL = 2 ** 50;

function deelHalfVanNulAf(teller: number, noemer: number): number {
  const absoluut = Math.abs(teller);
  let quotient: number;
  let rest: number;
  if (absoluut < DEEL_SNEL) {
    quotient = Math.floor(absoluut / noemer);
    rest = absoluut - quotient * noemer;
    if (rest < 0) {
      quotient -= 1;
      rest += noemer;
    } else if (rest >= noemer) {
      quotient += 1;
      rest -= noemer;
    }
  } else {
    rest = absoluut % noemer;
    quotient = (absoluut - rest) / noemer;
  }
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

function productGroot(centen: number, factoren: readonly number[]): { m: bigint; s: number } {
  let m = BigInt(centen);
  let s = 0;
  for (const factor of factoren) {
    const d = naarGroteDecimaal(factor);
    m *= d.m;
    s += d.s;
  }
  return { m, s };
}

/** x as whole digits when it has d decimals (d from `decimalen`). */
const cijfers = (x: number, d: number) => (d === 0 ? x : Math.round(x * MACHT10[d]));

// The decimals of the last fast product: a small integer in module state, so the fast path returns a plain
// number and allocates nothing (it runs several times for every row of a bulk run).
let snelDecimalen = 0;

/**
 * The exact product of a whole number and up to three user numbers as digits, with snelDecimalen decimals
 * (m / 10^snelDecimalen), or NaN when it leaves the fast path. If the final product is a safe integer, so was
 * every partial one (all are divisors of it), so checking the end is enough.
 */
function snelProduct(geheel: number, a: number, b: number, c: number): number {
  const da = decimalen(a);
  const db = decimalen(b);
  const dc = decimalen(c);
  if (da < 0 || db < 0 || dc < 0) return NaN;
  const m = geheel * cijfers(a, da) * cijfers(b, db) * cijfers(c, dc);
  snelDecimalen = da + db + dc;
  return Number.isSafeInteger(m) && snelDecimalen < MACHT10.length ? m : NaN;
}

/**
 * centen x a x b x c, rounded to whole cents half away from zero.
 * The factors are user numbers (hours, weeks, euros); centen is a whole number (a rate in cents, or 100).
 */
export function productInCenten(centen: number, a: number, b = 1, c = 1): number {
  const m = snelProduct(centen, a, b, c);
  if (!Number.isNaN(m)) return snelDecimalen === 0 ? m : deelHalfVanNulAf(m, MACHT10[snelDecimalen]);
  return productInCentenGroot(centen, a, b, c);
}

// Apart from the fast path, so that one stays small enough for the optimiser to inline.
function productInCentenGroot(centen: number, a: number, b: number, c: number): number {
  const groot = productGroot(centen, [a, b, c]);
  return Number(deelHalfVanNulAfGroot(groot.m, 10n ** BigInt(groot.s)));
}

/** The exact decimal product a x b x c, as the nearest double (for showing hours). */
export function exactProduct(a: number, b = 1, c = 1): number {
  const m = snelProduct(1, a, b, c);
  if (!Number.isNaN(m)) return snelDecimalen === 0 ? m : m / MACHT10[snelDecimalen];
  const { m: groot, s } = productGroot(1, [a, b, c]);
  const tekst = (groot < 0n ? -groot : groot).toString().padStart(s + 1, "0");
  const waarde = Number(`${tekst.slice(0, tekst.length - s)}.${tekst.slice(tekst.length - s) || "0"}`);
  return groot < 0n ? -waarde : waarde;
}

/**
 * A euro amount as the user wrote it to whole cents, half away from zero on the decimal written
 * (2749.995 -> 275000): productInCenten(100, euro), with the usual amount of at most two decimals settled
 * first. Below 10^12 euros doubles lie less than 0.001 apart, so euro x 100 rounds to the exact cents of
 * the decimal written, and dividing back proves it had at most two decimals. Above, two decimals can share
 * one double, and the exact product decides.
 */
export function bedragInCenten(euro: number): number {
  const centen = Math.round(euro * 100);
  if (centen / 100 === euro && Math.abs(euro) < 1e12) return centen;
  return productInCenten(100, euro);
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

/** 1234567 -> "1.234.567" (a whole number of 0 or more). */
function metPunten(n: number): string {
  if (n < 1000) return String(n);
  const rest = n % 1000;
  return `${metPunten((n - rest) / 1000)}.${rest < 10 ? "00" : rest < 100 ? "0" : ""}${rest}`;
}

/** Dutch display: 768768 -> "€ 7.687,68". */
export function formatEuro(centen: number): string {
  const absoluut = Math.abs(centen);
  const rest = absoluut % 100;
  return `€ ${centen < 0 ? "-" : ""}${metPunten((absoluut - rest) / 100)},${rest < 10 ? "0" : ""}${rest}`;
}

/** A fraction as a Dutch percentage with one decimal: 1.05625 -> "105,6%", 0.5 -> "50%". */
export function formatProcent(fractie: number): string {
  const tienden = Math.round(Math.abs(fractie) * 1000);
  const tiende = tienden % 10;
  return `${fractie < 0 && tienden > 0 ? "-" : ""}${metPunten((tienden - tiende) / 10)}${tiende === 0 ? "" : "," + tiende}%`;
}

/** Dutch display of a plain number: 2.5 -> "2,5", 1234.5 -> "1.234,5". */
export function formatGetal(waarde: number): string {
  const absoluut = Math.abs(waarde);
  const heel = Math.floor(absoluut);
  const tekst = String(absoluut);
  const punt = tekst.indexOf(".");
  // Very large or small numbers print with an exponent; they are shown as JavaScript writes them.
  if (!Number.isSafeInteger(heel) || tekst.includes("e")) return `${waarde < 0 ? "-" : ""}${tekst.replace(".", ",")}`;
  return `${waarde < 0 ? "-" : ""}${metPunten(heel)}${punt < 0 ? "" : "," + tekst.slice(punt + 1)}`;
}
