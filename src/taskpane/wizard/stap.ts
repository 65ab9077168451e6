import type { BudgetResultaat, Tariefset } from "../../engine";
import type { Formulier } from "../model/formulier";

export interface StapProps {
  f: Formulier;
  zet: (wijziging: Partial<Formulier>) => void;
  r: BudgetResultaat;
  set: Tariefset;
  /** Whether a field's messages are shown yet (after the user left it, or on the result step). */
  toon: (veld: string) => boolean;
  raak: (veld: string) => void;
}
