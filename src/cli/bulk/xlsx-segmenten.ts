import type { Xlsxsegment } from "./xlsx-segment";

/**
 * Cuts a worksheet's XML, from just after its header row, into segments of whole rows of about `grootte`
 * characters, each ending after a row's close tag (`</row>`, also `</row >`); what follows the last row (the end
 * of sheetData, merged cells, ...) is the tail. A close tag inside a comment, CDATA section or processing
 * instruction is no place to cut, and a `<row` in one is no row.
 */
export class Rijsnijder {
  private tekst: string;
  private klaar = false;
  private drempel: number;
  private readonly sluit: string;
  private readonly open: string;
  /** What follows the last row, once volgende has given null. */
  staart = "";

  constructor(
    begin: string,
    private readonly bron: AsyncIterator<string>,
    /** The sheet's namespace prefix ("" or "x:"), as its header row has it. */
    prefix: string,
    private vorigeNr: number,
    private readonly grootte: number,
  ) {
    this.tekst = begin;
    this.drempel = grootte;
    this.sluit = `</${prefix}row`;
    this.open = `<${prefix}row`;
  }

  /** The next segment, or null at the end (then `staart` holds the tail). */
  async volgende(): Promise<Xlsxsegment | null> {
    for (;;) {
      if (this.tekst.length >= this.drempel || this.klaar) {
        const snede = this.snede();
        // A row longer than a segment: looked at again once the text has doubled, not at every piece.
        this.drempel = snede > 0 ? this.grootte : this.tekst.length * 2;
        if (snede > 0) {
          const segment = { tekst: this.tekst.slice(0, snede), vorigeNr: this.vorigeNr };
          this.tekst = this.tekst.slice(snede);
          this.vorigeNr = laatsteRijnummer(segment.tekst, this.open, this.vorigeNr);
          return segment;
        }
        if (this.klaar) {
          this.staart = this.tekst;
          this.tekst = "";
          return null;
        }
      }
      const { value, done } = await this.bron.next();
      if (done) this.klaar = true;
      else this.tekst += value;
    }
  }

  /**
   * Where to cut: after the first row close tag past `grootte` characters (or, with none there, the last one
   * before), outside comments, CDATA and processing instructions; 0 when there is none.
   */
  private snede(): number {
    const t = this.tekst;
    const verborgen = verborgenDelen(t);
    const goed = (i: number) => {
      if (verborgen.some(([van, tot]) => i >= van && i < tot)) return 0;
      return sluitEinde(t, i + this.sluit.length);
    };
    for (let i = t.indexOf(this.sluit, this.grootte); i !== -1; i = t.indexOf(this.sluit, i + 1)) {
      const na = goed(i);
      if (na > 0) return na;
    }
    for (
      let i = t.lastIndexOf(this.sluit, this.grootte);
      i !== -1;
      i = i === 0 ? -1 : t.lastIndexOf(this.sluit, i - 1)
    ) {
      const na = goed(i);
      if (na > 0) return na;
    }
    return 0;
  }
}

/** After `</row` at `i`: optional white space and ">"; the position after it, or 0 when it is no close tag. */
function sluitEinde(t: string, i: number): number {
  let j = i;
  while (
    j < t.length &&
    (t.charCodeAt(j) === 0x20 || t.charCodeAt(j) === 0x09 || t.charCodeAt(j) === 0x0a || t.charCodeAt(j) === 0x0d)
  )
    j++;
  return j < t.length && t.charCodeAt(j) === 0x3e ? j + 1 : 0;
}

const SECTIES: readonly [string, string][] = [
  ["<!--", "-->"],
  ["<![CDATA[", "]]>"],
  ["<?", "?>"],
];

/**
 * The stretches of `t` that are comments, CDATA or processing instructions, read from the start (where the text
 * is outside all of them), each from its opening to after its end (an unclosed one to the end of the text). Rare
 * among rows: none at all unless the text has "<!" or "<?".
 */
function verborgenDelen(t: string): [number, number][] {
  if (t.indexOf("<!") === -1 && t.indexOf("<?") === -1) return [];
  const delen: [number, number][] = [];
  // Where each kind next opens, looked up again only once passed: one pass over the text, not one per section.
  const volgende = SECTIES.map(([begin]) => t.indexOf(begin));
  for (let p = 0; ;) {
    let k = -1;
    for (let j = 0; j < SECTIES.length; j++) {
      if (volgende[j] !== -1 && volgende[j] < p) volgende[j] = t.indexOf(SECTIES[j][0], p);
      if (volgende[j] !== -1 && (k === -1 || volgende[j] < volgende[k])) k = j;
    }
    if (k === -1) return delen;
    const [begin, einde] = SECTIES[k];
    const eerste = volgende[k];
    const eind = t.indexOf(einde, eerste + begin.length);
    if (eind === -1) {
      delen.push([eerste, Infinity]);
      return delen;
    }
    delen.push([eerste, eind + einde.length]);
    p = eind + einde.length;
  }
}

/**
 * The number of the last row in `tekst`: its r attribute, or (a row that leaves it out is the one after the
 * previous) the last row with one plus the rows after it; `vorige` when no row in it has one. A `<row` in a
 * comment or CDATA is no row.
 */
export function laatsteRijnummer(tekst: string, open: string, vorige: number): number {
  const verborgen = verborgenDelen(tekst);
  let erna = 0;
  for (let i = tekst.lastIndexOf(open); i !== -1; i = i === 0 ? -1 : tekst.lastIndexOf(open, i - 1)) {
    // "<row" and not a longer name that starts so.
    const na = tekst.charCodeAt(i + open.length);
    if (na !== 0x20 && na !== 0x3e && na !== 0x2f && na !== 0x09 && na !== 0x0a && na !== 0x0d) continue;
    if (verborgen.some(([van, tot]) => i >= van && i < tot)) continue;
    const tag = tekst.slice(i, tekst.indexOf(">", i));
    const r = /\sr\s*=\s*["']([^"']*)["']/.exec(tag);
    if (r && Number.isInteger(Number(r[1])) && r[1].trim() !== "") return Number(r[1]) + erna;
    erna++;
  }
  return vorige + erna;
}
