import type { Tariefset } from "../tariefset/types";
import type { Kolomkaart, Uitvoerkolom } from "./kolommen";
import { berekenRij, uitvoerWaarden, type Declaraties } from "./rij";
import { Samenvatting } from "./samenvatting";

/** One recalculation run: the same per-row step for Excel, the CLI and the benchmark. */
export class Bulkrun {
  readonly samenvatting = new Samenvatting();

  constructor(
    readonly kaart: Kolomkaart,
    readonly set: Tariefset,
    readonly declaraties?: Declaraties,
  ) {}

  /** One row through the engine into the summary; returns the output cells. */
  verwerk(rij: readonly unknown[]): Record<Uitvoerkolom, string | number> {
    const r = berekenRij(rij, this.kaart, this.set, this.declaraties);
    this.samenvatting.voegToe(r, this.kaart.invoer.aanbieder >= 0 ? rij[this.kaart.invoer.aanbieder] : undefined);
    return uitvoerWaarden(r);
  }
}
