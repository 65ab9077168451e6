import { formatEuro } from "./geld";
import { Meldinggeheugen, waarschuwing, type Melding } from "./melding";
import type { Niveau, Tariefset } from "./tariefset/types";

/** The first standard budget whose amount is at or above the total; null above the top (offerte). */
export function kiesStandaardbudget(tariefset: Tariefset, totaalCent: number): Niveau | null {
  // An index loop: a third of the bytecode of for-of, small enough for the optimiser to inline.
  const niveaus = tariefset.niveaus;
  for (let i = 0; i < niveaus.length; i++) if (niveaus[i].bedragCent >= totaalCent) return niveaus[i];
  return null;
}

export function zoekStandaardbudget(tariefset: Tariefset, nummer: number): Niveau | undefined {
  const niveaus = tariefset.niveaus;
  for (let i = 0; i < niveaus.length; i++) if (niveaus[i].nummer === nummer) return niveaus[i];
  return undefined;
}

export function hoogsteNiveau(tariefset: Tariefset): Niveau {
  return tariefset.niveaus[tariefset.niveaus.length - 1];
}

export function niveauTekst(niveau: Niveau): string {
  return `standaardbudget ${niveau.nummer} (${formatEuro(niveau.bedragCent)})`;
}

// Offertes recur with the same few totals (the same hours at the same rate).
const OFFERTE = new Meldinggeheugen<Tariefset>((set, totaalCent) =>
  waarschuwing(
    "OFFERTE_NODIG",
    "standaardbudget",
    `Het totaal ${formatEuro(totaalCent)} ligt boven het hoogste ${niveauTekst(hoogsteNiveau(set))}: de aanbieder maakt een offerte (offertebudget) die de toegang goedkeurt.`,
  ),
);

/** The warning that a total above the highest level needs an offerte (offertebudget). */
export function offerteMelding(set: Tariefset, totaalCent: number): Melding {
  return OFFERTE.haal(set, totaalCent);
}
