import { parseArgs } from "node:util";
import { tariefsetAlsTekst } from "../engine";
import { vertaalParseFout } from "./fouten";
import { leesTariefsets, tariefsetVoorOptie } from "./tariefbestand";
import type { Uitvoer } from "./uitvoer";

export function tarievenOpdracht(args: string[], uit: Uitvoer): number {
  let waarden;
  try {
    waarden = parseArgs({
      args,
      options: { tarieven: { type: "string" }, tariefset: { type: "string" }, json: { type: "boolean" } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (fout) {
    throw vertaalParseFout(fout);
  }
  const sets = leesTariefsets(waarden.tarieven);
  // With --tarieven the listing is that file's sets; without, the built-in ones.
  const uitBestand = sets.keuzes
    .filter((k) => k.herkomst === (waarden.tarieven === undefined ? "ingebouwd" : "bestand"))
    .map((k) => k.set);
  const gekozen = waarden.tariefset === undefined ? uitBestand : [tariefsetVoorOptie(sets, waarden.tariefset)];
  if (waarden.json) {
    uit.stdout(
      JSON.stringify(gekozen.length === 1 ? gekozen[0].bronJson : gekozen.map((s) => s.bronJson), null, 2) + "\n",
    );
  } else {
    uit.stdout(gekozen.map(tariefsetAlsTekst).join("\n"));
  }
  return 0;
}
