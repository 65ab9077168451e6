import { euroNaarCenten, formatEuro } from "../geld";
import { isLeeg, leesGetal } from "../getal";
import { citeer } from "../melding";
import { HOE_TARIEFSET_AANLEVEREN } from "../tariefset/ingebouwd";
import type { ArrangementBron, Tariefset } from "../tariefset/types";
import { ongeldig, ontbreekt, type Modeluitkomst } from "./model";

/**
 * Arrangement (resultaatgericht, Rijnmond): a client's arrangement is a set of result areas (resultaatgebieden)
 * and support elements (ondersteuningselementen), each with a step (trede) for intensity, written "1-3, 2-2, 3-1";
 * a client also has a profile. Its budget is the sum of the set's price per element and step, taken for the
 * client's profile when the set prices per profile.
 */

export interface Arrangementdeel {
  onderdeel: number;
  trede: number;
  /** "1-3" as the notation writes it. */
  tekst: string;
}

/** "1 t/m 6" or "1, 2, 3, 5" for the numbers a set allows. */
function reeks(nummers: readonly number[]): string {
  const g = [...nummers].sort((a, b) => a - b);
  const aaneen = g.every((n, i) => i === 0 || n === g[i - 1] + 1);
  return g.length > 1 && aaneen ? `${g[0]}-${g[g.length - 1]}` : g.join(", ");
}

function opbouw(set: Tariefset): ArrangementBron | null {
  return set.bronJson.arrangement ?? null;
}

/** A part of the user's notation in a message, without quotes; a possible BSN is never shown (citeer). */
function kaal(tekst: string): string {
  const c = citeer(tekst);
  return c.startsWith("'") ? c.slice(1, -1) : c;
}

const VOORBEELD = "schrijf bijvoorbeeld 1-3, 2-2, 3-1 (onderdeel, streepje, trede; delen gescheiden door komma's)";

/** Reads "1-3, 2-2, 3-1" against the set's elements and steps; every message names the part and what is allowed. */
export function leesArrangement(set: Tariefset, notatie: unknown): Modeluitkomst<Arrangementdeel[]> {
  const a = opbouw(set);
  if (!a) return ongeldig(`Tariefset '${set.naam}' heeft model ${set.model}, geen arrangementen.`);
  if (isLeeg(notatie)) return ongeldig(`Arrangement is leeg; ${VOORBEELD}.`);
  if (typeof notatie !== "string") return ongeldig(`Arrangement ${citeer(notatie)} is geen tekst; ${VOORBEELD}.`);
  const nummers = a.onderdelen.map((o) => o.nummer);
  const treden = a.hoogsteTrede == null ? "een geheel getal vanaf 1" : `1-${a.hoogsteTrede}`;
  const delen: Arrangementdeel[] = [];
  for (const ruw of notatie.split(/[,;]/)) {
    const deel = ruw.trim();
    if (deel === "") continue;
    // En and em dashes: what Word and Excel make of a typed hyphen.
    const m = /^(\d+)\s*[-\u2013\u2014]\s*(\d+)$/.exec(deel);
    if (!m) return ongeldig(`${citeer(deel)} is geen onderdeel met trede; ${VOORBEELD}.`);
    const [onderdeel, trede] = [Number(m[1]), Number(m[2])];
    const tekst = `${onderdeel}-${trede}`;
    if (!nummers.includes(onderdeel))
      return ongeldig(
        `${kaal(deel)}: ${kaal(m[1])} is geen resultaatgebied of ondersteuningselement; toegestaan ${reeks(nummers)}.`,
      );
    if (trede < 1 || (a.hoogsteTrede != null && trede > a.hoogsteTrede))
      return ongeldig(`${kaal(deel)}: trede ${kaal(m[2])} bestaat niet; toegestaan ${treden}.`);
    const eerder = delen.find((d) => d.onderdeel === onderdeel);
    if (eerder)
      return ongeldig(
        `${tekst}: onderdeel ${onderdeel} staat er al in (${eerder.tekst}); elk onderdeel één keer, met één trede.`,
      );
    delen.push({ onderdeel, trede, tekst });
  }
  if (delen.length === 0) return ongeldig(`Arrangement ${citeer(notatie)} heeft geen onderdelen; ${VOORBEELD}.`);
  return { ok: true, waarde: delen, uitleg: delen.map((d) => d.tekst).join(", ") };
}

/** A profile number the set knows, or empty (null). */
export function leesProfiel(set: Tariefset, profiel: unknown): Modeluitkomst<number | null> {
  const a = opbouw(set);
  if (isLeeg(profiel)) return { ok: true, waarde: null, uitleg: "geen profiel" };
  const nummers = a?.profielen.map((p) => p.nummer) ?? [];
  const g = leesGetal(profiel);
  if (!g.ok || !Number.isInteger(g.waarde) || !nummers.includes(g.waarde))
    return ongeldig(
      `Profiel ${citeer(profiel)} bestaat niet in tariefset '${set.naam}'; toegestaan ${nummers.length > 0 ? reeks(nummers) : "geen (de set kent geen profielen)"}, of leeg.`,
    );
  return { ok: true, waarde: g.waarde, uitleg: `profiel ${g.waarde}` };
}

export interface Arrangementprijs {
  delen: { deel: Arrangementdeel; naam: string; bedragCent: number; bron: string }[];
  profiel: number | null;
  bedragCent: number;
}

/** The budget of an arrangement: the sum of the price of each part (for the profile when the set prices per profile). */
export function prijsArrangement(set: Tariefset, notatie: unknown, profiel?: unknown): Modeluitkomst<Arrangementprijs> {
  const a = opbouw(set);
  const delen = leesArrangement(set, notatie);
  if (!delen.ok) return delen;
  const p = leesProfiel(set, profiel);
  if (!p.ok) return p;
  const uit: Arrangementprijs["delen"] = [];
  let som = 0;
  for (const deel of delen.waarde) {
    const naam = a!.onderdelen.find((o) => o.nummer === deel.onderdeel)!.naam;
    const kandidaten = a!.prijzen.filter((x) => x.onderdeel === deel.onderdeel && x.trede === deel.trede);
    // A price for the client's profile goes before the one for every profile.
    const prijs =
      (p.waarde === null ? undefined : kandidaten.find((x) => x.profiel === p.waarde)) ??
      kandidaten.find((x) => x.profiel === undefined);
    if (!prijs || prijs.bedrag === null) {
      const perProfiel = p.waarde === null && kandidaten.some((x) => x.profiel !== undefined && x.bedrag !== null);
      return ontbreekt(
        `Geen prijs voor ${deel.tekst} (${naam}, trede ${deel.trede}${p.waarde === null ? "" : `, profiel ${p.waarde}`}) in tariefset '${set.naam}'${perProfiel ? "; de set prijst dit per profiel: vul het profiel in" : ""}. ${perProfiel ? "" : HOE_TARIEFSET_AANLEVEREN}`.trim(),
      );
    }
    const bedragCent = euroNaarCenten(prijs.bedrag);
    som += bedragCent;
    uit.push({ deel, naam, bedragCent, bron: prijs.bron ?? set.bron });
  }
  return {
    ok: true,
    waarde: { delen: uit, profiel: p.waarde, bedragCent: som },
    uitleg: `${uit.map((d) => `${d.deel.tekst} ${d.naam} ${formatEuro(d.bedragCent)}`).join(" + ")} = ${formatEuro(som)}`,
  };
}

/** The names of a set's parts, for listings: "1 resultaatgebied sociaal en persoonlijk functioneren". */
export function onderdelenTekst(set: Tariefset): string[] {
  return (opbouw(set)?.onderdelen ?? []).map((o) => `${o.nummer} ${o.soort} ${o.naam}`);
}
