import ijsselland2023 from "./ijsselland-2023.json";
import { laadTariefset } from "./laden";
import type { Tariefset } from "./types";

function ingebouwd(data: unknown): Tariefset {
  const r = laadTariefset(data);
  // A broken built-in set is a programming error, caught by the tests before it ships.
  if (!r.ok) throw new Error(`Ingebouwde tariefset ongeldig: ${r.fouten.join("; ")}`);
  return r.tariefset;
}

export const IJSSELLAND_2023: Tariefset = ingebouwd(ijsselland2023);

export const INGEBOUWDE_TARIEFSETS: readonly Tariefset[] = [IJSSELLAND_2023];

export const STANDAARD_TARIEFSET: Tariefset = IJSSELLAND_2023;

/** How a user supplies a set, said in every message about a missing rate. */
export const HOE_TARIEFSET_AANLEVEREN =
  "Lever een tariefset met dit tarief aan: een JSON-bestand (opdrachtregel --tarieven BESTAND.json, of importeren in het taakvenster) of een tabel 'Tarieven' in de werkmap.";
