import { formatEuro } from "../geld";
import { fout, type Melding, type Meldingbak } from "../melding";
import { niveauTekst } from "../standaardbudget";
import type { Niveau, Tariefset } from "../tariefset/types";

/** The highest level a medical referrer may start with (5 in IJsselland 2023), or null when none. */
export function hoogsteMedischNiveau(tariefset: Tariefset): Niveau | null {
  let hoogste: Niveau | null = null;
  for (const niveau of tariefset.niveaus) if (niveau.naMedischeVerwijzing) hoogste = niveau;
  return hoogste;
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
  const grens = hoogste
    ? `starten met standaardbudget 1 t/m ${hoogste.nummer} (hoogstens ${formatEuro(hoogste.bedragCent)})`
    : "met geen enkel standaardbudget starten";
  const doel = niveau ? niveauTekst(niveau) : "een offertebudget";
  return fout(
    "MEDISCH_OVERLEG_TOEGANG",
    "standaardbudget",
    `${wat} is ${doel}. Na een medische verwijzing mag de aanbieder alleen ${grens}; daarboven neemt de aanbieder eerst contact op met de toegang (ander budget of offerte).`,
  );
}
