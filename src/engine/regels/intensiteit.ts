import type { Traject } from "../invoer";
import { fout, type Melding } from "../melding";
import type { Intensiteit } from "../tariefset/types";

/** Whether an intensity may be used in a traject: zwaar not in duurzaam, except at a KDC/ODC (per the set). */
export function intensiteitToegestaan(intensiteit: Intensiteit, traject: Traject, kdcOdc: boolean): boolean {
  return traject === "herstel"
    ? intensiteit.toegestaanInHerstel
    : intensiteit.toegestaanInDuurzaam || (kdcOdc && intensiteit.duurzaamBijKdcOdc);
}

/** Why an intensity cannot be chosen, in a few words for a dropdown ("niet in duurzaam, alleen bij KDC/ODC"); null when it can. */
export function waaromNietToegestaan(intensiteit: Intensiteit, traject: Traject, kdcOdc: boolean): string | null {
  if (intensiteitToegestaan(intensiteit, traject, kdcOdc)) return null;
  if (traject === "herstel") return "niet in herstel";
  return intensiteit.duurzaamBijKdcOdc ? "niet in duurzaam, alleen bij KDC/ODC" : "niet in duurzaam";
}

/** The fout for an intensity the traject does not allow (built only for a refused row). */
export function intensiteitFout(intensiteit: Intensiteit, traject: Traject): Melding {
  if (traject === "herstel") {
    return fout(
      "INTENSITEIT_NIET_TOEGESTAAN",
      "groepsaanbod.intensiteit",
      `Intensiteit '${intensiteit.naam}' is niet toegestaan in een hersteltraject.`,
    );
  }
  const uitzondering = intensiteit.duurzaamBijKdcOdc ? " (alleen bij een KDC/ODC; geef dat dan aan)" : "";
  return fout(
    "INTENSITEIT_NIET_IN_DUURZAAM",
    "groepsaanbod.intensiteit",
    `Intensiteit '${intensiteit.naam}' is niet toegestaan in een duurzaam traject${uitzondering}. Kies een lichtere intensiteit of een hersteltraject.`,
  );
}
