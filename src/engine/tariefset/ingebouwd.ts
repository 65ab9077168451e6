import ijsselland2023 from "./ijsselland-2023.json";
import middenHollandWmo2017 from "./midden-holland-wmo-2017.json";
import middenHollandJeugd2017 from "./midden-holland-jeugd-2017.json";
import rijnmond2018 from "./rijnmond-2018.json";
import { laadTariefset } from "./laden";
import type { Tariefset } from "./types";

function ingebouwd(data: unknown): Tariefset {
  const r = laadTariefset(data);
  // A broken built-in set is a programming error, caught by the tests before it ships.
  if (!r.ok) throw new Error(`Ingebouwde tariefset ongeldig: ${r.fouten.join("; ")}`);
  return r.tariefset;
}

export const IJSSELLAND_2023: Tariefset = ingebouwd(ijsselland2023);

// The other funding models (issue 18): only what is public, so Rijnmond has its structure and no prices.
export const MIDDEN_HOLLAND_WMO_2017: Tariefset = ingebouwd(middenHollandWmo2017);
export const MIDDEN_HOLLAND_JEUGD_2017: Tariefset = ingebouwd(middenHollandJeugd2017);
export const RIJNMOND_2018: Tariefset = ingebouwd(rijnmond2018);

export const INGEBOUWDE_TARIEFSETS: readonly Tariefset[] = [
  IJSSELLAND_2023,
  MIDDEN_HOLLAND_WMO_2017,
  MIDDEN_HOLLAND_JEUGD_2017,
  RIJNMOND_2018,
];

export const STANDAARD_TARIEFSET: Tariefset = IJSSELLAND_2023;

/** How a user supplies a set, said in every message about a missing rate. */
export const HOE_TARIEFSET_AANLEVEREN =
  "Lever een tariefset met dit tarief aan: een JSON-bestand (opdrachtregel --tarieven BESTAND.json, of importeren in het taakvenster) of een tabel 'Tarieven' in de werkmap.";
