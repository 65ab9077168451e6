import { centenNaarEuro, formatEuro } from "../geld";
import type { Vergelijkingsregel, Vergelijkingsuitkomst } from "./vergelijk";
import { modelLabel } from "./vergelijk";

/** The comparison as a table: one row per provider per model, then the totals; amounts in euros (numbers). */
export const VERGELIJK_KOPPEN = [
  "Aanbieder",
  "Model",
  "Tariefset",
  "Cliënten",
  "Kosten",
  "Kosten per cliënt",
  "Verschil met eerste model",
  "Geleverd (P x Q)",
  "Over- of onderbetaling",
  "Boven plafond (niet betaald)",
  "Status",
] as const;

/** Which columns hold euros: written with the euro format in xlsx and two decimals in CSV. */
export const VERGELIJK_EURO_KOLOMMEN: readonly number[] = [4, 5, 6, 7, 8, 9];

const euro = (c: number | null) => (c === null ? null : centenNaarEuro(c));

function rij(r: Vergelijkingsregel): unknown[] {
  return [
    r.aanbieder,
    r.model,
    r.tariefset,
    r.clienten,
    euro(r.kostenCent),
    euro(r.perClientCent),
    euro(r.verschilCent),
    euro(r.geleverdCent),
    euro(r.overOnderCent),
    euro(r.bovenPlafondCent),
    r.status,
  ];
}

export function vergelijkingAlsRijen(u: Vergelijkingsuitkomst): unknown[][] {
  return [[...VERGELIJK_KOPPEN], ...u.regels.map(rij), ...u.totalen.map(rij)];
}

const aantal = (n: number, een: string, meer: string) => `${n.toLocaleString("nl-NL")} ${n === 1 ? een : meer}`;

/** A short summary for the command line: per model the total and the difference with the first. */
export function vergelijkingSamenvatting(u: Vergelijkingsuitkomst): string {
  const regels = [
    `Vergeleken: ${aantal(u.rijen, "rij", "rijen")}, ${aantal(new Set(u.regels.map((r) => r.aanbieder)).size, "aanbieder", "aanbieders")}, ${aantal(u.modellen.length, "model", "modellen")}.`,
  ];
  if (u.rijenZonderAanbieder > 0)
    regels.push(`${u.rijenZonderAanbieder} rij(en) zonder aanbieder zijn niet meegeteld.`);
  regels.push(
    u.referentie === null
      ? "Geleverd (P x Q): geen set met model productprijs in de vergelijking, dus geen waarde van wat geleverd is."
      : `Geleverd (P x Q): gewaardeerd tegen de prijzen van ${u.referentie}, zonder plafond.`,
  );
  for (const t of u.totalen) {
    const kosten = t.kostenCent === null ? "niet te berekenen" : formatEuro(t.kostenCent);
    const verschil =
      t.verschilCent === null || t === u.totalen[0] ? "" : `, verschil met eerste ${formatEuro(t.verschilCent)}`;
    regels.push(`  ${modelLabel(t.tariefset, t.model)}: ${kosten}${verschil} (${t.status})`);
  }
  return regels.join("\n") + "\n";
}
