import { bedragInCenten } from "../geld";
import { isLeeg, leesGetal } from "../getal";
import { MAX_BEDRAG_EURO } from "../invoer";
import { DECLARATIE, kopSleutel } from "./kolommen";
import type { Declaraties } from "./rij";

/** A line's amount in cents (a credit is negative), or NaN when it is no amount or beyond any budget. */
function regelCent(waarde: unknown): number {
  const g = leesGetal(waarde);
  return g.ok && Math.abs(g.waarde) <= MAX_BEDRAG_EURO ? bedragInCenten(g.waarde) : NaN;
}

/** An allocation number as text; a cell that is neither text nor number has none. */
export function toewijzingSleutel(waarde: unknown): string | null {
  return typeof waarde === "string"
    ? waarde.trim()
    : typeof waarde === "number" && Number.isFinite(waarde)
      ? String(waarde)
      : null;
}

/** Sums a declaration line table (Toewijzing, Productcode, Bedrag) per allocation, in cents. */
export function somDeclaraties(
  koppen: readonly unknown[],
  rijen: Iterable<readonly unknown[]>,
): { ok: true; declaraties: Declaraties } | { ok: false; fout: string } {
  const sleutels = koppen.map(kopSleutel);
  const kolom = (namen: readonly string[]) =>
    namen
      .map(kopSleutel)
      .map((n) => sleutels.indexOf(n))
      .find((i) => i >= 0) ?? -1;
  const id = kolom(DECLARATIE.toewijzing);
  const bedrag = kolom(DECLARATIE.bedrag);
  if (id < 0 || bedrag < 0)
    return {
      ok: false,
      fout: "De declaratietabel heeft de kolommen Toewijzing en Bedrag nodig (Productcode mag erbij).",
    };
  const som = new Map<string, number>();
  const fouten = new Map<string, string>();
  const zonderNummer = { regels: 0, cent: 0 };
  let nr = 1;
  for (const rij of rijen) {
    nr++;
    if (isLeeg(rij[id])) {
      // An amount without an allocation number belongs to no row: counted for the summary, never dropped unseen.
      if (!isLeeg(rij[bedrag])) {
        const cent = regelCent(rij[bedrag]);
        zonderNummer.regels++;
        if (!Number.isNaN(cent)) zonderNummer.cent += cent;
      }
      continue;
    }
    const sleutel = toewijzingSleutel(rij[id]);
    if (sleutel === null) continue;
    const cent = regelCent(rij[bedrag]);
    if (Number.isNaN(cent)) {
      if (!fouten.has(sleutel))
        fouten.set(
          sleutel,
          `Declaratieregel ${nr} heeft geen geldig bedrag; het gedeclareerde totaal is daarom onbekend.`,
        );
      continue;
    }
    som.set(sleutel, (som.get(sleutel) ?? 0) + cent);
  }
  return { ok: true, declaraties: { centPerToewijzing: som, foutPerToewijzing: fouten, zonderNummer } };
}
