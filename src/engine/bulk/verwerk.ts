import type { Tariefset } from "../tariefset/types";
import type { Kolomkaart, Uitvoerkolom } from "./kolommen";
import { berekenRij, uitvoerWaarden, type Declaraties } from "./rij";
import type { Samenvatting } from "./samenvatting";

/** One row through the engine into the summary: the same step for Excel, the CLI and the benchmark. */
export function verwerkRij(
  rij: readonly unknown[],
  kaart: Kolomkaart,
  set: Tariefset,
  samenvatting: Samenvatting,
  declaraties?: Declaraties,
): Record<Uitvoerkolom, string | number> {
  const r = berekenRij(rij, kaart, set, declaraties);
  samenvatting.voegToe(r, kaart.invoer.aanbieder >= 0 ? rij[kaart.invoer.aanbieder] : undefined);
  return uitvoerWaarden(r);
}
