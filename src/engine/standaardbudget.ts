import { bedragInCenten, formatEuro } from "./geld";
import { leesGetal } from "./getal";
import { leesVerwijzer } from "./invoer";
import { citeer, fout, heeftFout, Meldinggeheugen, waarschuwing, type Melding, type Meldingbak } from "./melding";
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

/** The highest level a medical referrer may start with (5 in IJsselland 2023), or null when none. */
export function hoogsteMedischNiveau(tariefset: Tariefset): Niveau | null {
  let hoogste: Niveau | null = null;
  for (const niveau of tariefset.niveaus) if (niveau.naMedischeVerwijzing) hoogste = niveau;
  return hoogste;
}

export function hoogsteNiveau(tariefset: Tariefset): Niveau {
  return tariefset.niveaus[tariefset.niveaus.length - 1];
}

export function niveauTekst(niveau: Niveau): string {
  return `standaardbudget ${niveau.nummer} (${formatEuro(niveau.bedragCent)})`;
}

export function controleerMedisch(niveau: Niveau | null, set: Tariefset, meldingen: Meldingbak, wat: string): void {
  if (niveau === null || !niveau.naMedischeVerwijzing) meldingen.push(medischMelding(niveau, set, wat));
}

// One message per set, wording and level: the same few texts recur on every medical row above the limit.
const MEDISCH = new WeakMap<Tariefset, Map<string, Map<Niveau | null, Melding>>>();

function medischMelding(niveau: Niveau | null, set: Tariefset, wat: string): Melding {
  let perSet = MEDISCH.get(set);
  if (!perSet) MEDISCH.set(set, (perSet = new Map()));
  let perNiveau = perSet.get(wat);
  if (!perNiveau) perSet.set(wat, (perNiveau = new Map()));
  let melding = perNiveau.get(niveau);
  if (!melding) perNiveau.set(niveau, (melding = Object.freeze(medischTekst(niveau, set, wat))));
  return melding;
}

function medischTekst(niveau: Niveau | null, set: Tariefset, wat: string): Melding {
  const hoogste = hoogsteMedischNiveau(set);
  const grens = hoogste ? `starten met standaardbudget 1 t/m ${hoogste.nummer} (hoogstens ${formatEuro(hoogste.bedragCent)})` : "met geen enkel standaardbudget starten";
  const doel = niveau ? niveauTekst(niveau) : "een offertebudget";
  return fout("MEDISCH_OVERLEG_TOEGANG", "standaardbudget", `${wat} is ${doel}. Na een medische verwijzing mag de aanbieder alleen ${grens}; daarboven neemt de aanbieder eerst contact op met de toegang (ander budget of offerte).`);
}

// Offertes recur with the same few totals (the same hours at the same rate).
const OFFERTE = new Meldinggeheugen<Tariefset>((set, totaalCent) =>
  waarschuwing("OFFERTE_NODIG", "standaardbudget", `Het totaal ${formatEuro(totaalCent)} ligt boven het hoogste ${niveauTekst(hoogsteNiveau(set))}: de aanbieder maakt een offerte (offertebudget) die de toegang goedkeurt.`),
);

/** The warning that a total above the highest level needs an offerte (offertebudget). */
export function offerteMelding(set: Tariefset, totaalCent: number): Melding {
  return OFFERTE.haal(set, totaalCent);
}

export interface BedragResultaat {
  niveau: Niveau | null;
  offerte: boolean;
  meldingen: Melding[];
}

/** The standard budget for an amount in euros, with the referral rule: what JH.STANDAARDBUDGET shows. */
export function standaardbudgetVoorBedrag(bedrag: unknown, verwijzerWaarde: unknown, set: Tariefset): BedragResultaat {
  const meldingen: Melding[] = [];
  const verwijzer = leesVerwijzer(verwijzerWaarde, meldingen);
  const gelezen = leesGetal(bedrag);
  const toegestaan = "Toegestaan: een bedrag in euro's van 0 of meer, bijvoorbeeld 2750 of 7687,68.";
  if (!gelezen.ok) {
    const code = gelezen.reden === "leeg" ? "VERPLICHT" : gelezen.reden === "dubbelzinnig" ? "DUBBELZINNIG_GETAL" : "GEEN_GETAL";
    const wat = gelezen.reden === "leeg" ? "ontbreekt" : gelezen.reden === "dubbelzinnig" ? `${citeer(bedrag)} is dubbelzinnig (duizendtal of decimaal?)` : `${citeer(bedrag)} is geen getal`;
    meldingen.push(fout(code, "bedrag", `Bedrag ${wat}. ${toegestaan}`));
  } else if (gelezen.waarde < 0) {
    meldingen.push(fout("NEGATIEF", "bedrag", `Bedrag ${citeer(bedrag)} is negatief. ${toegestaan}`));
  }
  if (!gelezen.ok || heeftFout(meldingen)) return { niveau: null, offerte: false, meldingen };
  const totaalCent = bedragInCenten(gelezen.waarde);
  const niveau = kiesStandaardbudget(set, totaalCent);
  if (niveau === null) {
    meldingen.push(
      waarschuwing("OFFERTE_NODIG", "standaardbudget", `Het bedrag ${formatEuro(totaalCent)} ligt boven het hoogste ${niveauTekst(hoogsteNiveau(set))}: er is een offertebudget nodig.`),
    );
  }
  if (verwijzer === "medisch") controleerMedisch(niveau, set, meldingen, "Het budget");
  return { niveau, offerte: niveau === null, meldingen };
}
