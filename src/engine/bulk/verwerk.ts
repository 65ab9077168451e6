import type { Tariefset } from "../tariefset/types";
import type { Kolomkaart } from "./kolommen";
import { bekijkRij, bekijkRijen, berekenRijIn, LEGE_RIJ, type Declaraties } from "./rij";
import { Samenvatting } from "./samenvatting";
import { Rijuitkomsten, STATUS_OVERGESLAGEN, type Uitvoercellen } from "./uitkomsten";

/**
 * Rows per chunk of a run in Excel: 5,000 to 20,000, so one chunk's values stay around 3 MB at ~40 bytes a
 * cell, under the 5 MB request limit of Excel on the web.
 */
export function rijenPerBlok(kolommen: number): number {
  return Math.max(5000, Math.min(20000, Math.floor(3_000_000 / (Math.max(1, kolommen) * 40))));
}

/** One recalculation run: the same per-row step for Excel, the CLI and the benchmark. */
export class Bulkrun {
  readonly samenvatting = new Samenvatting();
  private readonly enkel = new Rijuitkomsten(1);

  constructor(
    readonly kaart: Kolomkaart,
    readonly set: Tariefset,
    readonly declaraties?: Declaraties,
  ) {}

  // Allocation numbers whose declarations a row took; the rest belong to no row of the sheet.
  private readonly gekoppeld = new Set<string>();

  // What bekijkRijen says of each row of the block in hand, reused from block to block.
  private kenmerken = new Uint8Array(0);

  private rijIn(rij: readonly unknown[], uit: Rijuitkomsten, i: number, kenmerken: number): void {
    if (kenmerken & LEGE_RIJ) uit.status[i] = STATUS_OVERGESLAGEN;
    else berekenRijIn(rij, this.kaart, this.set, this.declaraties, uit, i, kenmerken, this.gekoppeld);
  }

  /**
   * The summary of a complete run, with the declarations that no row took (an allocation number not in the
   * sheet, or none at all): their euros are in no total, and the summary says so. Call it once all rows are done.
   */
  sluitAf(): Samenvatting {
    const d = this.declaraties;
    if (!d) return this.samenvatting;
    let toewijzingen = 0;
    let cent = 0;
    for (const [id, som] of d.centPerToewijzing) {
      if (this.gekoppeld.has(id)) continue;
      toewijzingen++;
      cent += som;
    }
    // Numbers with a line whose amount is no amount: counted, and said to be so, since their euros are not known.
    let ongeldig = 0;
    for (const id of d.foutPerToewijzing.keys()) {
      if (this.gekoppeld.has(id)) continue;
      ongeldig++;
      if (!d.centPerToewijzing.has(id)) toewijzingen++;
    }
    this.samenvatting.losseDeclaraties = {
      toewijzingen,
      cent,
      ongeldig,
      regelsZonderNummer: d.zonderNummer.regels,
      centZonderNummer: d.zonderNummer.cent,
    };
    return this.samenvatting;
  }

  private tel(rij: readonly unknown[], uit: Rijuitkomsten, i: number): void {
    const aanbieder = this.kaart.invoer.aanbieder;
    this.samenvatting.voegToe(uit, i, aanbieder >= 0 ? rij[aanbieder] : undefined);
  }

  private doel(aantal: number, uit: Rijuitkomsten | undefined): Rijuitkomsten {
    return uit && uit.capaciteit >= aantal ? uit : new Rijuitkomsten(aantal);
  }

  /**
   * A block of rows (an Excel chunk) into `uit` (reused from block to block when given), and into the summary.
   * A blank row is skipped: its status is STATUS_OVERGESLAGEN and its output cells stay as they are.
   */
  verwerkBlok(rijen: readonly (readonly unknown[])[], uit?: Rijuitkomsten): Rijuitkomsten {
    // Counted in a pass of its own after the block, not row by row: faster (measured), as with bekijkRijen.
    const doel = this.rekenBlok(rijen, uit);
    this.telBlok(rijen, doel);
    return doel;
  }

  /**
   * As verwerkBlok, without counting: for a caller that counts a block only once it is written (telBlok),
   * so a block whose write fails is not in the summary.
   */
  rekenBlok(rijen: readonly (readonly unknown[])[], uit?: Rijuitkomsten): Rijuitkomsten {
    const doel = this.doel(rijen.length, uit);
    if (this.kenmerken.length < rijen.length) this.kenmerken = new Uint8Array(rijen.length);
    const kenmerken = this.kenmerken;
    bekijkRijen(rijen, this.kaart, kenmerken);
    for (let i = 0; i < rijen.length; i++) this.rijIn(rijen[i], doel, i, kenmerken[i]);
    return doel;
  }

  /** Counts a block computed by rekenBlok into the summary. */
  telBlok(rijen: readonly (readonly unknown[])[], uit: Rijuitkomsten): void {
    for (let i = 0; i < rijen.length; i++) this.tel(rijen[i], uit, i);
  }

  /** One row (a streamed file): its output cells in the order of UITVOER, or null for a blank row. */
  verwerk(rij: readonly unknown[], uit?: Uitvoercellen): Uitvoercellen | null {
    this.rijIn(rij, this.enkel, 0, bekijkRij(rij, this.kaart));
    this.tel(rij, this.enkel, 0);
    return this.enkel.overgeslagen(0) ? null : this.enkel.cellen(0, uit);
  }
}
