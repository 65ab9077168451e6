import type { Melding } from "../engine";

/** Excel shows at most this many characters of an error's message in its tooltip. */
const MAX_BERICHT = 255;

export type FoutSoort = "invalidValue" | "notAvailable";

export function excelFout(soort: FoutSoort, bericht: string): CustomFunctions.Error {
  const tekst = bericht.length > MAX_BERICHT ? bericht.slice(0, MAX_BERICHT - 3) + "..." : bericht;
  return new CustomFunctions.Error(CustomFunctions.ErrorCode[soort], tekst);
}

/** Codes that mean "the data is not there" rather than "the input is wrong": #N/A instead of #VALUE!. */
const NIET_BESCHIKBAAR = new Set(["TARIEF_ONTBREEKT", "OFFERTE_NODIG"]);

/** The engine's messages as one Excel error: #N/A for missing data or an offerte, else #VALUE!. */
export function foutUitMeldingen(meldingen: readonly Melding[], alleenFouten = true): CustomFunctions.Error {
  // Wrong input leads: fixing it matters more than a missing rate, and the tooltip may cut the tail.
  const relevant = meldingen
    .filter((m) => !alleenFouten || m.niveau === "fout")
    .sort((a, b) => Number(NIET_BESCHIKBAAR.has(a.code)) - Number(NIET_BESCHIKBAAR.has(b.code)));
  const soort: FoutSoort =
    relevant.length > 0 && relevant.every((m) => NIET_BESCHIKBAAR.has(m.code)) ? "notAvailable" : "invalidValue";
  return excelFout(soort, relevant.map((m) => m.tekst).join(" "));
}
