import { isLeeg } from "./getal";
import { citeer, fout, VELDEN, type Melding, type Meldingbak } from "./melding";
import { HOE_TARIEFSET_AANLEVEREN } from "./tariefset/ingebouwd";
import type { Intensiteit, Rekentarief, Tariefset } from "./tariefset/types";

const keuzes = (lijst: readonly { naam: string }[]) => lijst.map((t) => t.naam).join(", ");

function zoekTarief<T extends Rekentarief | Intensiteit>(
  waarde: unknown,
  veld: "groepsaanbod.intensiteit" | "ambulant.rekentarief",
  soort: string,
  lijst: readonly T[],
  zoek: (naam: string) => T | undefined,
  set: Tariefset,
  meldingen: Meldingbak,
): T | null {
  // The usual cell, a known name with a rate, is settled in this small part (inlined by the optimiser).
  const tarief = typeof waarde === "string" ? zoek(waarde) : undefined;
  if (tarief !== undefined && tarief.uurtariefCent !== null) return tarief;
  return tariefMetMelding(waarde, tarief, veld, soort, lijst, set, meldingen);
}

function tariefMetMelding<T extends Rekentarief | Intensiteit>(
  waarde: unknown,
  tarief: T | undefined,
  veld: "groepsaanbod.intensiteit" | "ambulant.rekentarief",
  soort: string,
  lijst: readonly T[],
  set: Tariefset,
  meldingen: Meldingbak,
): T | null {
  if (isLeeg(waarde)) {
    meldingen.push(fout("VERPLICHT", veld, `${VELDEN[veld]} ontbreekt. Kies uit: ${keuzes(lijst)}.`));
    return null;
  }
  if (!tarief) {
    meldingen.push(
      fout(
        veld === "ambulant.rekentarief" ? "REKENTARIEF_ONBEKEND" : "INTENSITEIT_ONBEKEND",
        veld,
        `${VELDEN[veld]} ${citeer(waarde)} staat niet in tariefset '${set.naam}'. Toegestaan: ${keuzes(lijst)}.`,
      ),
    );
    return null;
  }
  // Returned even without a rate, so the caller can still report rules about it (zwaar in duurzaam).
  if (tarief.uurtariefCent === null) meldingen.push(tariefOntbreekt(tarief, veld, soort, set));
  return tarief;
}

// One message per set and rate: a sheet can name a rate without an amount (only three 2023 rates are public)
// in many rows.
const ONTBREEKT = new WeakMap<Tariefset, WeakMap<Rekentarief | Intensiteit, Melding>>();

function tariefOntbreekt(
  tarief: Rekentarief | Intensiteit,
  veld: "groepsaanbod.intensiteit" | "ambulant.rekentarief",
  soort: string,
  set: Tariefset,
): Melding {
  let perTarief = ONTBREEKT.get(set);
  if (!perTarief) ONTBREEKT.set(set, (perTarief = new WeakMap()));
  let melding = perTarief.get(tarief);
  if (!melding) {
    melding = Object.freeze(
      fout(
        "TARIEF_ONTBREEKT",
        veld,
        `Het uurtarief voor ${soort} '${tarief.naam}' ontbreekt in tariefset '${set.naam}'. ${HOE_TARIEFSET_AANLEVEREN}`,
      ),
    );
    perTarief.set(tarief, melding);
  }
  return melding;
}

/** The group-offer intensity named by the user, or null with a fout; a missing rate is a fout too. */
export function zoekIntensiteit(waarde: unknown, set: Tariefset, meldingen: Meldingbak): Intensiteit | null {
  return zoekTarief(
    waarde,
    "groepsaanbod.intensiteit",
    "intensiteit",
    set.intensiteiten,
    set.zoekIntensiteit,
    set,
    meldingen,
  );
}

/** The rekentarief named by the user, or null with a fout; a missing rate is a fout too. */
export function zoekRekentarief(waarde: unknown, set: Tariefset, meldingen: Meldingbak): Rekentarief | null {
  return zoekTarief(
    waarde,
    "ambulant.rekentarief",
    "rekentarief",
    set.rekentarieven,
    set.zoekRekentarief,
    set,
    meldingen,
  );
}
