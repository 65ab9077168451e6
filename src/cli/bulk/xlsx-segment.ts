import {
  Bulkrun,
  maakBulkplan,
  teBredeRij,
  teBredeRijTekst,
  type Bulkplan,
  type Declaraties,
  type Rijuitkomsten,
  type Samenvattingstaat,
  type Tariefset,
  type Uitvoercellen,
  type Uitvoersoort,
} from "../../engine";
import { Gedeeldeteksten, type Gedeeldgeheugen } from "./gedeeld";
import { GebruiksFout } from "../fouten";
import { Bladherschrijver, celXml, GEEN_STROOM } from "./xlsx-blad";
import { segmentPositie } from "./rekenthreads";
import { kolomLetters } from "./xlsx-delen";

/** What every part of one xlsx run shares: the header, the sheet's shared texts, formats, where the data ends. */
export interface Xlsxopdracht {
  koppen: unknown[];
  /** The shared strings' memory (see Gedeeldeteksten): one copy for all threads. */
  gedeeld: Gedeeldgeheugen;
  /** The cell format per kind of output (euro and procent have one of the run's own). */
  stijl: Record<Uitvoersoort, number | undefined>;
  /** The data's last row: a table's last row, or Infinity (the sheet's). */
  laatsteRij: number;
  /** A table's totals rows: no allocations, kept as they are. */
  totalen: number[];
}

/** Whole rows of the sheet's XML, and the number of the row before them (for rows that leave out theirs). */
export interface Xlsxsegment {
  tekst: string;
  vorigeNr: number;
}

export type Xlsxuitkomst =
  | { soort: "ok"; uit: Uint8Array; rijen: number; laatsteGevuld: number }
  | { soort: "fout"; tekst: string }
  /** A value where an output column would go: the message, for the caller to place in the sheet's words. */
  | { soort: "breedte"; tekst: string };

/**
 * One part of an xlsx run: computes segments of the sheet's rows in the order given, each to its XML with the
 * output cells filled, and keeps the summary of the rows it did. The same on a worker thread and on the main one.
 */
export class XlsxSegmentverwerker {
  private readonly plan: Bulkplan;
  private readonly run: Bulkrun;
  private readonly totalen: Set<number>;
  private readonly gedeeld: Gedeeldeteksten;
  private uitkomsten: Rijuitkomsten | undefined;
  // The output columns in the sheet's order (ascending), with for each the output that goes there.
  private readonly volgorde: { kolom: number; k: number; letters: string }[];

  constructor(
    private readonly opdracht: Xlsxopdracht,
    set: Tariefset,
    declaraties: Declaraties | undefined,
  ) {
    const p = maakBulkplan(opdracht.koppen);
    if (!p.ok) throw new Error("kopregel zonder plan");
    this.plan = p.plan;
    this.run = new Bulkrun(p.plan.kaart, set, declaraties);
    this.totalen = new Set(opdracht.totalen);
    this.gedeeld = Gedeeldeteksten.uit(opdracht.gedeeld);
    this.volgorde = p.plan.kolommen
      .map((kolom, k) => ({ kolom, k, letters: kolomLetters(kolom) }))
      .sort((a, b) => a.kolom - b.kolom);
  }

  verwerk({ tekst, vorigeNr }: Xlsxsegment, nummer = 0): Xlsxuitkomst {
    this.run.samenvatting.positie = segmentPositie(nummer);
    const lezer = new Bladherschrijver(GEEN_STROOM, this.gedeeld, vorigeNr);
    lezer.voeg(tekst);
    lezer.eindig();
    // A table's totals row stays exactly as it is and is not counted; rows below the table are not computed.
    const rijen = lezer.neem(Infinity).filter((r) => r.nr <= this.opdracht.laatsteRij && !this.totalen.has(r.nr));
    const waarden = rijen.map((r) => r.waarden);
    // A value where an output column would go, named as Excel names the cell.
    const te = teBredeRij(waarden, this.plan);
    if (te) return { soort: "breedte", tekst: teBredeRijTekst(0, te, `${kolomLetters(te.kolom)}${rijen[te.rij].nr}`) };
    const uit = (this.uitkomsten = this.run.rekenBlok(waarden, this.uitkomsten));
    this.run.telBlok(waarden, uit);
    let laatsteGevuld = 0;
    const cellen: Uitvoercellen = [];
    const nieuw = new Map<number, string>();
    try {
      for (let i = 0; i < rijen.length; i++) {
        if (uit.overgeslagen(i)) continue;
        const rij = rijen[i];
        uit.cellen(i, cellen);
        nieuw.clear();
        for (const { kolom, k, letters } of this.volgorde)
          nieuw.set(
            kolom,
            celXml(`${letters}${rij.nr}`, cellen[k], this.opdracht.stijl[this.plan.soorten[k]], rij.prefix),
          );
        lezer.vul(rij, nieuw);
        laatsteGevuld = rij.nr;
      }
    } catch (fout) {
      // A shared formula that reaches the user's columns: said where, the run stops.
      if (fout instanceof GebruiksFout) return { soort: "fout", tekst: fout.message };
      throw fout;
    }
    return { soort: "ok", uit: Buffer.from(lezer.slot(), "utf8"), rijen: rijen.length, laatsteGevuld };
  }

  /** The summary of the rows done; with declarations, those no row took are named (call once, at the end). */
  staat(): Samenvattingstaat {
    this.run.sluitAf();
    return this.run.samenvatting.staat();
  }
}
