import { formatGetal } from "../geld";
import { isLeeg } from "../getal";
import { leesAantal } from "../invoer";
import {
  alsTekst,
  citeer,
  fout,
  getalInMelding,
  waarschuwing,
  VELDEN,
  type Melding,
  type Meldingbak,
} from "../melding";
import { niveauTekst, zoekStandaardbudget } from "../standaardbudget";
import type { Niveau, Richtlijn, Richtlijnband, SoortHulp, Tariefset } from "../tariefset/types";

/**
 * The region's guide from hours per kind of help to a standard budget. It is guidance for users, not a rule: an
 * indication never changes a calculated level, it only stands beside it, and a large difference is a waarschuwing.
 */
export interface Indicatie {
  soort: SoortHulp;
  /** The hours the indication was read from; null for a kind of help without hour bands (heavy diagnostics). */
  uren: number | null;
  band: Richtlijnband;
  niveau: Niveau;
}

/** More hours than any kind of help in a guide: a typo, not a plan (the largest band in IJsselland is 200). */
const MAX_UREN = 100_000;

/** How many levels apart a calculated level and the guide's may be before it is worth a look. */
export const AFWIJKING_NIVEAUS = 2;

function soortNamen(richtlijn: Richtlijn): string {
  return richtlijn.soorten.map((s) => s.naam).join(", ");
}

/** Reads the kind of help against the set's guide; every failure is a fout on the field. */
export function leesSoortHulp(waarde: unknown, set: Tariefset, meldingen: Meldingbak): SoortHulp | null {
  const richtlijn = set.richtlijn;
  if (richtlijn === null) {
    meldingen.push(
      fout(
        "RICHTLIJN_ONTBREEKT",
        "indicatie.soortHulp",
        `Tariefset '${set.naam}' heeft geen richtlijn van uren naar standaardbudget; laat ${VELDEN["indicatie.soortHulp"].toLowerCase()} leeg of kies een tariefset met een richtlijn.`,
      ),
    );
    return null;
  }
  if (isLeeg(waarde)) {
    meldingen.push(
      fout("VERPLICHT", "indicatie.soortHulp", `Vul de soort hulp in. Toegestaan: ${soortNamen(richtlijn)}.`),
    );
    return null;
  }
  const soort = richtlijn.zoekSoort(alsTekst(waarde));
  if (soort) return soort;
  meldingen.push(
    fout(
      "SOORT_HULP_ONBEKEND",
      "indicatie.soortHulp",
      `Soort hulp ${citeer(waarde)} staat niet in de richtlijn. Toegestaan: ${soortNamen(richtlijn)}.`,
    ),
  );
  return null;
}

/** The band that holds `uren`: above the previous limit, up to and including its own. Undefined above the last. */
function zoekBand(soort: SoortHulp, uren: number | null): Richtlijnband | undefined {
  if (uren === null)
    return soort.banden.length === 1 && soort.banden[0].totEnMetUren === null ? soort.banden[0] : undefined;
  return soort.banden.find((b) => b.totEnMetUren === null || uren <= b.totEnMetUren);
}

/** Whether a kind of help needs hours for an indication (heavy diagnostics does not: it has one band). */
export function heeftUrenNodig(soort: SoortHulp): boolean {
  return !(soort.banden.length === 1 && soort.banden[0].totEnMetUren === null);
}

/**
 * The guide's level for a kind of help and a number of hours (the hours of help in total), or null with a
 * message: a fout for input that cannot be read, a waarschuwing for hours beyond the guide (then there is no
 * indication: calculate the budget, or ask for an offerte).
 */
export function indiceer(soortHulp: unknown, uren: unknown, set: Tariefset, meldingen: Meldingbak): Indicatie | null {
  const soort = leesSoortHulp(soortHulp, set, meldingen);
  if (soort === null) return null;
  let aantal: number | null = null;
  if (heeftUrenNodig(soort)) {
    aantal = leesAantal(uren, "indicatie.uren", MAX_UREN, meldingen);
    if (aantal === null) return null;
  }
  const band = zoekBand(soort, aantal);
  const niveau = band && zoekStandaardbudget(set, band.niveau);
  if (!band || !niveau) {
    const laatste = soort.banden[soort.banden.length - 1];
    meldingen.push(
      waarschuwing(
        "BUITEN_RICHTLIJN",
        "indicatie.uren",
        `${getalInMelding(aantal ?? 0)} uur ${soort.naam} valt buiten de richtlijn (die gaat tot en met ${formatGetal(laatste.totEnMetUren ?? 0)} uur): de richtlijn geeft hier geen indicatie. Het berekende budget geldt; boven standaardbudget ${set.niveaus[set.niveaus.length - 1].nummer} is een offerte nodig.`,
      ),
    );
    return null;
  }
  return { soort, uren: aantal, band, niveau };
}

/** "4 (J&O: jeugd en opvoeding, licht (0 t/m 50 uur))": the indication in a few words. */
export function indicatieKort(i: Indicatie): string {
  return `${i.niveau.nummer} (${i.soort.naam}: ${i.band.omschrijving})`;
}

/** The indication in one sentence that says what it is: a guide, not a rule. */
export function indicatieTekst(i: Indicatie): string {
  return `Indicatie volgens de richtlijn: ${niveauTekst(i.niveau)} voor ${i.soort.naam}, ${i.band.omschrijving}. Dit is een richtlijn, geen regel: het budget volgt uit de berekening.`;
}

/**
 * A waarschuwing when the calculated level (null: offerte, above the highest) lies AFWIJKING_NIVEAUS or more
 * levels from the guide's, in either direction: allowed, but worth a look before the toewijzing.
 */
export function afwijkingRichtlijn(berekend: Niveau | null, i: Indicatie, set: Tariefset): Melding | null {
  const nummer = berekend ? berekend.nummer : set.niveaus[set.niveaus.length - 1].nummer + 1;
  if (Math.abs(nummer - i.niveau.nummer) < AFWIJKING_NIVEAUS) return null;
  const berekendTekst = berekend ? niveauTekst(berekend) : "een offertebudget";
  return waarschuwing(
    "AFWIJKING_RICHTLIJN",
    "standaardbudget",
    `Het berekende budget (${berekendTekst}) wijkt ${Math.abs(nummer - i.niveau.nummer)} niveaus af van de richtlijn voor ${i.soort.naam} (${i.band.omschrijving}: standaardbudget ${i.niveau.nummer}). Dat mag, maar controleer de uren en het tarief.`,
  );
}
