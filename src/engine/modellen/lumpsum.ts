import { euroNaarCenten, formatEuro } from "../geld";
import { isLeeg, naamSleutel } from "../getal";
import { alsTekst, citeer } from "../melding";
import type { Tariefset } from "../tariefset/types";
import { ongeldig, ontbreekt, type Modeluitkomst } from "./model";

/**
 * Lump sum (taakgericht): a provider gets a fixed budget per year for a task, optionally per area, whatever it
 * delivers. The set may name the number of clients the sum is meant for.
 */

export interface Lumpsum {
  aanbieder: string;
  /** The areas the sum covers; empty when the provider has one sum for everything. */
  gebieden: string[];
  bedragCent: number;
  /** The clients the sum is meant for, or null when the set does not say. */
  clienten: number | null;
  bron: string;
}

interface Lumpsumregel {
  aanbieder: string;
  gebied: string | null;
  bedragCent: number;
  clienten: number | null;
  bron: string;
}

const cache = new WeakMap<Tariefset, Map<string, Lumpsumregel[]>>();

function perAanbieder(set: Tariefset): Map<string, Lumpsumregel[]> {
  let m = cache.get(set);
  if (!m) {
    m = new Map();
    for (const l of set.bronJson.lumpsums ?? []) {
      const sleutel = naamSleutel(l.aanbieder);
      if (!m.has(sleutel)) m.set(sleutel, []);
      m.get(sleutel)!.push({
        aanbieder: l.aanbieder,
        gebied: l.gebied ?? null,
        bedragCent: euroNaarCenten(l.bedrag),
        clienten: l.clienten ?? null,
        bron: l.bron ?? set.bron,
      });
    }
    cache.set(set, m);
  }
  return m;
}

/** Every provider with a lump sum in the set, as the set writes it. */
export function lumpsumAanbieders(set: Tariefset): string[] {
  return [...perAanbieder(set).values()].map((r) => r[0].aanbieder);
}

/**
 * A provider's lump sum for the year: in one area when `gebied` is given and the set has sums per area, else its
 * whole sum (all its areas together). It does not depend on anything delivered: there is no volume to give.
 */
export function zoekLumpsum(set: Tariefset, aanbieder: unknown, gebied?: unknown): Modeluitkomst<Lumpsum> {
  if (set.model !== "lumpsum") return ongeldig(`Tariefset '${set.naam}' heeft model ${set.model}, geen lumpsums.`);
  if (isLeeg(aanbieder)) return ongeldig("Aanbieder is leeg; een lumpsum hoort bij een aanbieder.");
  const regels = perAanbieder(set).get(naamSleutel(alsTekst(aanbieder)));
  if (!regels) return ontbreekt(`Aanbieder ${citeer(aanbieder)} heeft geen lumpsum in tariefset '${set.naam}'.`);
  let gekozen = regels;
  if (!isLeeg(gebied) && regels.some((r) => r.gebied !== null)) {
    gekozen = regels.filter((r) => r.gebied !== null && naamSleutel(r.gebied) === naamSleutel(alsTekst(gebied)));
    if (gekozen.length === 0)
      return ontbreekt(
        `Aanbieder '${regels[0].aanbieder}' heeft in tariefset '${set.naam}' geen lumpsum voor gebied ${citeer(gebied)}; wel voor ${regels.map((r) => r.gebied).join(", ")}.`,
      );
  }
  const bedragCent = gekozen.reduce((s, r) => s + r.bedragCent, 0);
  const clienten = gekozen.every((r) => r.clienten !== null)
    ? gekozen.reduce((s, r) => s + (r.clienten ?? 0), 0)
    : null;
  const gebieden = gekozen.flatMap((r) => (r.gebied === null ? [] : [r.gebied]));
  return {
    ok: true,
    waarde: { aanbieder: regels[0].aanbieder, gebieden, bedragCent, clienten, bron: gekozen[0].bron },
    uitleg: `lumpsum ${regels[0].aanbieder}${gebieden.length > 0 ? ` (${gebieden.join(", ")})` : ""}: ${formatEuro(bedragCent)} per jaar${clienten === null ? "" : ` voor ${clienten} cliënten`}`,
  };
}
