import { tariefsetAlsTekst } from "../engine";
import { leesTariefsets, tariefsetVoorOptie } from "./tariefbestand";
import { leesOpties } from "./opties";
import type { Uitvoer } from "./uitvoer";

export function tarievenOpdracht(args: string[], uit: Uitvoer): number {
  const waarden = leesOpties(
    args,
    { tarieven: { type: "string" }, tariefset: { type: "string" }, json: { type: "boolean" } } as const,
    false,
  ).values;
  const sets = leesTariefsets(waarden.tarieven);
  // With --tarieven the listing is that file's sets; without, the built-in ones.
  const uitBestand = sets.keuzes
    .filter((k) => k.herkomst === (waarden.tarieven === undefined ? "ingebouwd" : "bestand"))
    .map((k) => k.set);
  const gekozen = waarden.tariefset === undefined ? uitBestand : [tariefsetVoorOptie(sets, waarden.tariefset, null)];
  if (waarden.json) {
    uit.stdout(
      JSON.stringify(gekozen.length === 1 ? gekozen[0].bronJson : gekozen.map((s) => s.bronJson), null, 2) + "\n",
    );
  } else {
    uit.stdout(gekozen.map(tariefsetAlsTekst).join("\n"));
  }
  return 0;
}
