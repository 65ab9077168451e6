import { leesBedrag, leesVerwijzer } from "./invoer";
import { heeftFout, type Melding } from "./melding";
import { bovenIjwMaximum, MAX_BUDGET_CENT } from "./regels/ijw";
import { controleerMedisch } from "./regels/verwijzing";
import { kiesStandaardbudget, offerteMelding } from "./standaardbudget";
import type { Niveau, Tariefset } from "./tariefset/types";

export interface BedragResultaat {
  niveau: Niveau | null;
  offerte: boolean;
  meldingen: Melding[];
}

/** The standard budget for an amount in euros, with the referral rule: what JH.STANDAARDBUDGET shows. Never throws. */
export function standaardbudgetVoorBedrag(bedrag: unknown, verwijzerWaarde: unknown, set: Tariefset): BedragResultaat {
  const meldingen: Melding[] = [];
  const verwijzer = leesVerwijzer(verwijzerWaarde, meldingen);
  const totaalCent = leesBedrag(bedrag, "bedrag", meldingen);
  if (totaalCent === null || heeftFout(meldingen)) return { niveau: null, offerte: false, meldingen };
  const niveau = kiesStandaardbudget(set, totaalCent);
  if (niveau === null) meldingen.push(offerteMelding(set, totaalCent));
  if (totaalCent > MAX_BUDGET_CENT) meldingen.push(bovenIjwMaximum(totaalCent));
  if (verwijzer === "medisch") controleerMedisch(niveau, set, meldingen, "Het budget");
  return { niveau, offerte: niveau === null, meldingen };
}
