import fc from "fast-check";
import { formatEuro, formatGetal, formatProcent } from "../../src/engine";
import { bedragInCenten, exactProduct, productInCenten } from "../../src/engine/geld";

/** Reference: exact decimal arithmetic on the numbers' shortest decimal strings, with BigInt. */
function referentie(factoren: number[], centen: number): bigint {
  let m = BigInt(centen);
  let s = 0;
  for (const f of factoren) {
    const [heel, fractie = ""] = f.toFixed(20).replace(/0+$/, "").split(".");
    const kort = String(f).includes("e") ? [heel, fractie] : String(f).split(".");
    m *= BigInt(kort[0] + (kort[1] ?? ""));
    s += (kort[1] ?? "").length;
  }
  const noemer = 10n ** BigInt(s);
  const q = m / noemer;
  return (m % noemer) * 2n >= noemer ? q + 1n : q;
}

describe("exact money", () => {
  test("decimals are taken as written, not as binary approximations", () => {
    expect(productInCenten(7000, 0.1, 3)).toBe(2100);
    expect(productInCenten(13000, 2.5, 26)).toBe(845000);
    expect(productInCenten(100, 1.005)).toBe(101); // 100.5 cents rounds half away from zero
    expect(productInCenten(10, 0.35, 1)).toBe(4); // 3.5 -> 4, where 0.35 * 10 in binary is 3.4999...
    expect(productInCenten(1428, 2, 3, 26)).toBe(222768);
  });
  test("many decimals fall back to BigInt and stay exact", () => {
    expect(productInCenten(100, 1 / 3, 3)).toBe(100);
    expect(productInCenten(100, 0.3333333333333333, 3)).toBe(100);
    expect(productInCenten(100, 1.23456789012, 100)).toBe(12346);
  });
  test("a euro amount to cents: the two-decimal shortcut gives what the exact product gives", () => {
    expect(bedragInCenten(7687.68)).toBe(768768);
    expect(bedragInCenten(0.29)).toBe(29); // 0.29 x 100 is 28.999999999999996 in binary
    expect(bedragInCenten(2749.995)).toBe(275000); // three decimals: not the shortcut, half away from zero
    expect(bedragInCenten(-1.005)).toBe(-101);
    expect(bedragInCenten(90071992547409.91)).toBe(productInCenten(100, 90071992547409.91));
    const bedrag = fc.oneof(
      fc.integer({ min: -1e12, max: 1e12 }).map((c) => c / 100),
      fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 1000),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
      // Two decimals up to 10^14 euros, where two decimals can share one double.
      fc
        .tuple(
          fc.integer({ min: 0, max: 99999999 }),
          fc.integer({ min: 0, max: 999999 }),
          fc.integer({ min: 0, max: 99 }),
        )
        .map(([hoog, laag, centen]) =>
          Number(`${hoog}${String(laag).padStart(6, "0")}.${String(centen).padStart(2, "0")}`),
        ),
    );
    fc.assert(
      fc.property(bedrag, (euro) => expect(bedragInCenten(euro)).toBe(productInCenten(100, euro))),
      { numRuns: 5000 },
    );
  });
  test("property: equals exact decimal arithmetic for up to 4 decimals", () => {
    const getal = fc.integer({ min: 0, max: 2000000 }).map((n) => n / 10000);
    fc.assert(
      fc.property(
        fc.array(getal, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 100000 }),
        (factoren, centen) => {
          expect(BigInt(productInCenten(centen, factoren[0], factoren[1], factoren[2]))).toBe(
            referentie(factoren, centen),
          );
        },
      ),
    );
  });
  test("property: exact around the fast division's limit (products near 2^50 and up to 2^53) and above it", () => {
    const groot = fc.oneof(
      fc.integer({ min: 0, max: 9_999_999_999 }).map((n) => n / 1000),
      fc.integer({ min: 2 ** 40, max: 2 ** 50 }).map((n) => n / 100),
    );
    fc.assert(
      fc.property(
        groot,
        fc.oneof(
          fc.constant(1),
          fc.integer({ min: 0, max: 2000 }).map((n) => n / 100),
        ),
        fc.integer({ min: 0, max: 100000 }),
        (a, b, centen) => {
          const verwacht = referentie([a, b], centen);
          // Beyond 2^53 cents (90 trillion euros) no double holds every whole number; no budget comes near it.
          fc.pre(verwacht <= BigInt(Number.MAX_SAFE_INTEGER));
          expect(BigInt(productInCenten(centen, a, b))).toBe(verwacht);
        },
      ),
      { numRuns: 3000 },
    );
  });
  test("exact hours products", () => {
    expect(exactProduct(2.5, 26)).toBe(65);
    expect(exactProduct(0.1, 0.2)).toBe(0.02);
    // 1/3 reaches us as 0.3333333333333333, and that times 3 is exactly this:
    expect(exactProduct(1 / 3, 3)).toBe(0.9999999999999999);
  });
  test("Dutch formatting", () => {
    expect(formatEuro(768768)).toBe("€ 7.687,68");
    expect(formatEuro(800000)).toBe("€ 8.000,00");
    expect(formatEuro(5)).toBe("€ 0,05");
    expect(formatEuro(123456789)).toBe("€ 1.234.567,89");
    expect(formatEuro(-150)).toBe("€ -1,50");
    expect(formatGetal(2.5)).toBe("2,5");
    expect(formatGetal(1234.5)).toBe("1.234,5");
    expect(formatGetal(105.6)).toBe("105,6");
    expect(formatProcent(1.05625)).toBe("105,6%");
    expect(formatProcent(0.5)).toBe("50%");
    expect(formatProcent(12.3456)).toBe("1.234,6%");
    expect(formatGetal(-1000000)).toBe("-1.000.000");
  });
  test("property: Dutch formatting equals the nl-NL number format", () => {
    const nl2 = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const nl = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 4 });
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (centen) => {
        expect(formatEuro(centen)).toBe(`€ ${centen < 0 ? "-" : ""}${nl2.format(Math.abs(centen) / 100)}`);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(formatGetal(n / 10000)).toBe(nl.format(n / 10000).replace("−", "-"));
      }),
    );
  });
});
