import { formatEuro } from "../geld";
import { fout, type Melding } from "../melding";

/** iJw: a budget travels as whole eurocents, 0 to 99,999,999. */
export const MAX_BUDGET_CENT = 99_999_999;
/** From 2023 ambulant care (individual and group) is allocated a-specifiek on this category. */
export const CATEGORIE_AMBULANT = "50";

/** A total above what one toewijzing can carry: it cannot be allocated as it is (built only for such a total). */
export function bovenIjwMaximum(totaalCent: number): Melding {
  return fout(
    "BOVEN_IJW_MAXIMUM",
    "standaardbudget",
    `Het totaal ${formatEuro(totaalCent)} is meer dan één toewijzing kan dragen: een budget is in het iJw-bericht hoogstens ${formatEuro(MAX_BUDGET_CENT)} (99.999.999 eurocent). Controleer de uren en weken, of verdeel de hulp over meer toewijzingen.`,
  );
}
