import { exactProduct } from "../geld";
import { isLeeg } from "../getal";
import { leesAantal, type Traject } from "../invoer";
import { fout, getalInMelding, VELDEN, type Melding, type Meldingbak } from "../melding";
import type { Tariefset } from "../tariefset/types";

/** The weeks field a message names; plain "weken" where a formula's argument belongs to no section (JH.UREN). */
export type Wekenveld = "groepsaanbod.weken" | "ambulant.weken" | "weken";

/** The weeks a traject fixes, or null when the user chooses them: duurzaam is always the set's year (52). */
export function vasteWeken(traject: Traject | null, set: Tariefset): number | null {
  return traject === "duurzaam" ? set.duurzaamWeken : null;
}

/** What a weeks field allows, in words, for a hint next to the field. */
export function wekenToegestaan(traject: Traject | null, set: Tariefset): string {
  return traject === "duurzaam" ? `altijd ${set.duurzaamWeken} (budget per jaar)` : `0 t/m ${set.herstelMaxWeken}`;
}

// The messages of the rules are built apart from the rules, in functions only a refused row calls: the
// functions that every row runs stay small, and the optimiser inlines only small functions (letting it inline
// more, by a V8 flag, made a million-row run about a tenth faster in Chromium).
function duurzaamWekenFout(veld: Wekenveld, weken: number, set: Tariefset): Melding {
  return fout(
    "DUURZAAM_WEKEN",
    veld,
    `${VELDEN[veld]} is ${getalInMelding(weken)}; een duurzaam traject rekent altijd met ${set.duurzaamWeken} weken (budget per jaar). Laat het veld leeg of vul ${set.duurzaamWeken} in.`,
  );
}

function herstelTeLangFout(veld: Wekenveld, weken: number, set: Tariefset): Melding {
  return fout(
    "HERSTEL_TE_LANG",
    veld,
    `${VELDEN[veld]} is ${getalInMelding(weken)}; een hersteltraject duurt hoogstens ${set.herstelMaxWeken} weken. Kies voor langere hulp een duurzaam traject.`,
  );
}

function wekenBereik(traject: Traject | null, set: Tariefset): string {
  return traject === "duurzaam" ? `${set.duurzaamWeken} (of leeg)` : wekenToegestaan(traject, set);
}

/** The weeks of a section: empty in duurzaam is the set's year; herstel at most the set's maximum. */
export function leesWeken(
  waarde: unknown,
  veld: Wekenveld,
  traject: Traject | null,
  set: Tariefset,
  meldingen: Meldingbak,
): number | null {
  if (traject === "duurzaam" && isLeeg(waarde)) return set.duurzaamWeken;
  // Read up to any number, so that too many weeks get the traject's own message below. A number cell (the usual)
  // is settled here: the text of what the traject allows, for an unreadable value, is made only for other cells
  // (made per row it cost a twentieth of a million-row run, measured).
  const weken =
    typeof waarde === "number" && waarde >= 0 && waarde <= Number.MAX_SAFE_INTEGER
      ? waarde
      : leesAantal(waarde, veld, Number.MAX_SAFE_INTEGER, meldingen, wekenBereik(traject, set));
  if (weken === null) return null;
  if (traject === "duurzaam" && weken !== set.duurzaamWeken) {
    meldingen.push(duurzaamWekenFout(veld, weken, set));
    return null;
  }
  if (traject === "herstel" && weken > set.herstelMaxWeken) {
    meldingen.push(herstelTeLangFout(veld, weken, set));
    return null;
  }
  return weken;
}

/**
 * Hours per week over the traject's weeks (duurzaam: the set's year, also when the weeks are empty): the hours in
 * total a worksheet shows beside a budget, by the same weeks rule as the budget. Null with a fout when unreadable.
 */
export function urenOverDuur(
  urenPerWeek: unknown,
  weken: unknown,
  traject: Traject | null,
  set: Tariefset,
  meldingen: Meldingbak,
): number | null {
  const uren = leesAantal(urenPerWeek, "uren", 168, meldingen);
  const w = leesWeken(weken, "weken", traject, set, meldingen);
  return uren === null || w === null ? null : exactProduct(uren, w);
}
