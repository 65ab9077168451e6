import { leesGetal, isLeeg, Naamtabel } from "./getal";
import { citeer, fout, getalInMelding, VELDEN, type Meldingbak, type Veld } from "./melding";
import { bedragInCenten, formatGetal } from "./geld";

export type Traject = "herstel" | "duurzaam";
export type Verwijzer = "toegang" | "medisch" | "gi";

const TRAJECTEN = new Naamtabel<Traject>(
  Object.entries({
    herstel: "herstel",
    hersteltraject: "herstel",
    duurzaam: "duurzaam",
    "duurzaam traject": "duurzaam",
    duurzaamtraject: "duurzaam",
  } as const),
);

const VERWIJZERS = new Naamtabel<Verwijzer>(
  Object.entries({
    toegang: "toegang",
    gemeente: "toegang",
    "gemeentelijke toegang": "toegang",
    medisch: "medisch",
    "medische verwijzer": "medisch",
    "medische verwijzing": "medisch",
    huisarts: "medisch",
    jeugdarts: "medisch",
    "medisch specialist": "medisch",
    gi: "gi",
    "gecertificeerde instelling": "gi",
  } as const),
);

const JA_NEE = new Naamtabel<boolean>([
  ...["ja", "j", "true", "waar", "1", "yes"].map((t) => [t, true] as const),
  ...["nee", "n", "false", "onwaar", "0", "no"].map((t) => [t, false] as const),
]);

export const TRAJECT_NAMEN = ["herstel", "duurzaam"] as const;
export const VERWIJZER_NAMEN = ["toegang", "medisch", "gi"] as const;

export function leesTraject(waarde: unknown, meldingen: Meldingbak): Traject | null {
  if (isLeeg(waarde)) {
    meldingen.push(fout("TRAJECT_ONTBREEKT", "traject", "Vul het traject in: herstel of duurzaam."));
    return null;
  }
  const traject = typeof waarde === "string" ? TRAJECTEN.zoek(waarde) : undefined;
  if (!traject) {
    meldingen.push(
      fout("TRAJECT_ONBEKEND", "traject", `Traject ${citeer(waarde)} bestaat niet. Toegestaan: herstel of duurzaam.`),
    );
    return null;
  }
  return traject;
}

export function leesVerwijzer(waarde: unknown, meldingen: Meldingbak): Verwijzer | null {
  if (isLeeg(waarde)) return "toegang";
  const verwijzer = typeof waarde === "string" ? VERWIJZERS.zoek(waarde) : undefined;
  if (!verwijzer) {
    meldingen.push(
      fout(
        "VERWIJZER_ONBEKEND",
        "verwijzer",
        `Verwijzer ${citeer(waarde)} bestaat niet. Toegestaan: toegang, medisch of gi (leeg = toegang).`,
      ),
    );
    return null;
  }
  return verwijzer;
}

/** ja/nee, true/false, 1/0; empty is nee. */
export function leesJaNee(waarde: unknown, veld: Veld, meldingen: Meldingbak): boolean | null {
  // No cell (a sheet without the column) and the booleans are settled in this small part, which the optimiser
  // inlines; the rest is a call only for the other cells.
  if (waarde === undefined || waarde === false) return false;
  if (waarde === true) return true;
  return leesJaNeeTekst(waarde, veld, meldingen);
}

function leesJaNeeTekst(waarde: unknown, veld: Veld, meldingen: Meldingbak): boolean | null {
  if (isLeeg(waarde) || waarde === 0) return false;
  if (waarde === 1) return true;
  const jaNee = typeof waarde === "string" ? JA_NEE.zoek(waarde) : undefined;
  if (jaNee !== undefined) return jaNee;
  meldingen.push(
    fout("GEEN_JA_NEE", veld, `${VELDEN[veld]}: ${citeer(waarde)} is geen ja of nee. Toegestaan: ja of nee.`),
  );
  return null;
}

/**
 * A non-negative number up to `max`; every failure is a fout naming the field and what is allowed (`bereik`,
 * when the rule that follows allows less than `max`, as weeks do).
 */
export function leesAantal(
  waarde: unknown,
  veld: Veld,
  max: number,
  meldingen: Meldingbak,
  bereik?: string,
): number | null {
  // A number cell already in range (most cells) is settled here; this function is kept small so the
  // optimiser inlines it into every caller, the rest is a call only for the other cells.
  if (typeof waarde === "number" && waarde >= 0 && waarde <= max) return waarde;
  return leesAantalTekst(waarde, veld, max, meldingen, bereik);
}

function leesAantalTekst(
  waarde: unknown,
  veld: Veld,
  max: number,
  meldingen: Meldingbak,
  bereik?: string,
): number | null {
  const gelezen = leesGetal(waarde);
  if (gelezen.ok && gelezen.waarde >= 0 && gelezen.waarde <= max) return gelezen.waarde;
  const label = VELDEN[veld];
  const toegestaan = `Toegestaan: een getal van ${bereik ?? `0 t/m ${formatGetal(max)}`}, bijvoorbeeld 2,5.`;
  if (!gelezen.ok) {
    if (gelezen.reden === "leeg") meldingen.push(fout("VERPLICHT", veld, `${label} ontbreekt. ${toegestaan}`));
    else if (gelezen.reden === "dubbelzinnig") {
      meldingen.push(
        fout(
          "DUBBELZINNIG_GETAL",
          veld,
          `${label}: ${citeer(waarde)} is dubbelzinnig (duizendtal of decimaal?). Schrijf het getal zonder scheidingsteken voor duizendtallen, met een decimale komma: bijvoorbeeld 2500 of 2,5.`,
        ),
      );
    } else meldingen.push(fout("GEEN_GETAL", veld, `${label}: ${citeer(waarde)} is geen getal. ${toegestaan}`));
    return null;
  }
  if (gelezen.waarde < 0) {
    meldingen.push(
      fout(
        "NEGATIEF",
        veld,
        `${label} is ${getalInMelding(gelezen.waarde)}; een negatief getal kan niet. ${toegestaan}`,
      ),
    );
    return null;
  }
  if (gelezen.waarde > max) {
    meldingen.push(
      fout(
        "TE_GROOT",
        veld,
        `${label} is ${getalInMelding(gelezen.waarde)}; dat kan hoogstens ${formatGetal(max)} zijn.`,
      ),
    );
    return null;
  }
  return gelezen.waarde;
}

/**
 * The largest euro amount read: far above any budget, and below it euros convert to whole cents exactly
 * (bedragInCenten). A 300-digit cell is no amount, and must not become Infinity in a total.
 */
export const MAX_BEDRAG_EURO = 1e12;
const MAX_BEDRAG_TEKST = "1.000.000.000.000";

/** A euro amount of 0 or more in whole cents, or NaN when it is not one (a number cell needs no parsing). */
export function bedragCentOfNaN(waarde: unknown): number {
  if (typeof waarde === "number" && waarde >= 0 && waarde <= MAX_BEDRAG_EURO) return bedragInCenten(waarde);
  const g = leesGetal(waarde);
  return g.ok && g.waarde >= 0 && g.waarde <= MAX_BEDRAG_EURO ? bedragInCenten(g.waarde) : NaN;
}

/** A euro amount of 0 or more, in whole cents; every failure is a fout naming the field and what is allowed. */
export function leesBedrag(waarde: unknown, veld: Veld, meldingen: Meldingbak): number | null {
  const cent = bedragCentOfNaN(waarde);
  if (!Number.isNaN(cent)) return cent;
  const label = VELDEN[veld];
  const toegestaan = `Toegestaan: een bedrag in euro's van 0 t/m ${MAX_BEDRAG_TEKST}, bijvoorbeeld 2750 of 7687,68.`;
  const gelezen = leesGetal(waarde);
  if (!gelezen.ok) {
    if (gelezen.reden === "leeg") meldingen.push(fout("VERPLICHT", veld, `${label} ontbreekt. ${toegestaan}`));
    else if (gelezen.reden === "dubbelzinnig")
      meldingen.push(
        fout(
          "DUBBELZINNIG_GETAL",
          veld,
          `${label}: ${citeer(waarde)} is dubbelzinnig (duizendtal of decimaal?). Schrijf het bedrag zonder scheidingsteken voor duizendtallen, met een decimale komma: bijvoorbeeld 2500 of 2,5.`,
        ),
      );
    else meldingen.push(fout("GEEN_GETAL", veld, `${label}: ${citeer(waarde)} is geen getal. ${toegestaan}`));
  } else if (gelezen.waarde < 0)
    meldingen.push(fout("NEGATIEF", veld, `${label} ${citeer(waarde)} is negatief. ${toegestaan}`));
  else
    meldingen.push(
      fout("TE_GROOT", veld, `${label} is groter dan ${MAX_BEDRAG_TEKST} euro; dat is geen budget. ${toegestaan}`),
    );
  return null;
}
