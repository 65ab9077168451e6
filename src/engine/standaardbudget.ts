import type { Niveau, Tariefset } from "./tariefset/types";

/** The first standard budget whose amount is at or above the total; null above the top (offerte). */
export function kiesStandaardbudget(tariefset: Tariefset, totaalCent: number): Niveau | null {
  for (const niveau of tariefset.niveaus) if (niveau.bedragCent >= totaalCent) return niveau;
  return null;
}

export function zoekStandaardbudget(tariefset: Tariefset, nummer: number): Niveau | undefined {
  return tariefset.niveaus.find((n) => n.nummer === nummer);
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
