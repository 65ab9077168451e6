import type { Xlsxsegment } from "./xlsx-segment";

/**
 * Cuts a worksheet's XML, from just after its header row, into segments of whole rows of about `grootte`
 * characters, each ending after a row's close tag; what follows the last row (the end of sheetData, merged
 * cells, ...) is the tail. A close tag inside a comment or CDATA section is no place to cut.
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
    this.sluit = `</${prefix}row>`;
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

  /** Where to cut: after the last row close tag outside comments and CDATA; 0 when there is none. */
  private snede(): number {
    const t = this.tekst;
    let i = t.lastIndexOf(this.sluit);
    // Comments and CDATA among rows are rare: looked for only when the text has markup of that kind at all.
    if (t.indexOf("<!") === -1) return i === -1 ? 0 : i + this.sluit.length;
    while (i !== -1) {
      const binnen = open(t, i, "<!--", "-->") ?? open(t, i, "<![CDATA[", "]]>");
      if (binnen === null) return i + this.sluit.length;
      i = binnen === 0 ? -1 : t.lastIndexOf(this.sluit, binnen - 1);
    }
    return 0;
  }
}

/** Where a `begin`...`eind` section that is still open at position `i` starts; null when none is. */
function open(t: string, i: number, begin: string, eind: string): number | null {
  const b = t.lastIndexOf(begin, i);
  if (b === -1) return null;
  const e = t.indexOf(eind, b + begin.length);
  return e === -1 || e > i ? b : null;
}

/**
 * The number of the last row in `tekst`: its r attribute, or (a row that leaves it out is the one after the
 * previous) the last row with one plus the rows after it; `vorige` when no row in it has one.
 */
export function laatsteRijnummer(tekst: string, open: string, vorige: number): number {
  let erna = 0;
  for (let i = tekst.lastIndexOf(open); i !== -1; i = i === 0 ? -1 : tekst.lastIndexOf(open, i - 1)) {
    // "<row" and not a longer name that starts so.
    const na = tekst.charCodeAt(i + open.length);
    if (na !== 0x20 && na !== 0x3e && na !== 0x2f && na !== 0x09 && na !== 0x0a && na !== 0x0d) continue;
    const tag = tekst.slice(i, tekst.indexOf(">", i));
    const r = /\sr\s*=\s*["']([^"']*)["']/.exec(tag);
    if (r && Number.isInteger(Number(r[1])) && r[1].trim() !== "") return Number(r[1]) + erna;
    erna++;
  }
  return vorige + erna;
}
