/** The memory of a workbook's shared strings, as threads share it (passed, not copied). */
export interface Gedeeldgeheugen {
  tekens: SharedArrayBuffer;
  grenzen: SharedArrayBuffer;
}

const CACHE = 4096;

/**
 * A workbook's shared strings (cells with t="s" hold an index into them), kept once in shared memory for every
 * thread of a run: a full sheet's table holds a million strings, and a copy per thread cost hundreds of MB. The
 * strings are UTF-16 code units end to end, with where each ends; a lookup makes the string (a small cache keeps
 * the ones a sheet repeats, a provider or a rate, from being made again and again).
 */
export class Gedeeldeteksten {
  readonly aantal: number;
  private readonly tekens: Uint16Array;
  private readonly grenzen: Int32Array;
  private readonly cacheIndex = new Int32Array(CACHE).fill(-1);
  private readonly cacheTekst = new Array<string>(CACHE).fill("");

  private constructor(readonly geheugen: Gedeeldgeheugen) {
    this.tekens = new Uint16Array(geheugen.tekens);
    this.grenzen = new Int32Array(geheugen.grenzen);
    this.aantal = this.grenzen.length - 1;
  }

  /** The strings, in order, into shared memory. */
  static van(teksten: readonly string[]): Gedeeldeteksten {
    let lengte = 0;
    for (const t of teksten) lengte += t.length;
    const geheugen = {
      tekens: new SharedArrayBuffer(Math.max(1, lengte) * 2),
      grenzen: new SharedArrayBuffer((teksten.length + 1) * 4),
    };
    const tekens = new Uint16Array(geheugen.tekens);
    const grenzen = new Int32Array(geheugen.grenzen);
    let p = 0;
    teksten.forEach((t, i) => {
      for (let j = 0; j < t.length; j++) tekens[p++] = t.charCodeAt(j);
      grenzen[i + 1] = p;
    });
    return new Gedeeldeteksten(geheugen);
  }

  /** The same strings, in another thread. */
  static uit(geheugen: Gedeeldgeheugen): Gedeeldeteksten {
    return new Gedeeldeteksten(geheugen);
  }

  /** String `index`, or undefined when there is none such (not a whole number, or past the end). */
  tekst(index: number): string | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.aantal) return undefined;
    const slot = index & (CACHE - 1);
    if (this.cacheIndex[slot] === index) return this.cacheTekst[slot];
    let tekst = "";
    // In pieces: a string of 32,767 characters (Excel's limit) is too many arguments for one call.
    for (let a = this.grenzen[index], b = this.grenzen[index + 1]; a < b; a += 8192)
      tekst += String.fromCharCode(...this.tekens.subarray(a, Math.min(b, a + 8192)));
    this.cacheIndex[slot] = index;
    this.cacheTekst[slot] = tekst;
    return tekst;
  }
}
