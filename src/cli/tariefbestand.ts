import { readFileSync } from "node:fs";
import { INGEBOUWDE_TARIEFSETS, laadTariefsets, naamSleutel, type Tariefset } from "../engine";
import { GebruiksFout } from "./fouten";

/** The sets in use: the built-in ones, or those of --tarieven FILE.json. */
export function leesTariefsets(bestand: string | undefined): readonly Tariefset[] {
  if (bestand === undefined) return INGEBOUWDE_TARIEFSETS;
  let tekst: string;
  try {
    tekst = readFileSync(bestand, "utf8");
  } catch (fout) {
    throw new GebruiksFout(`Tariefbestand '${bestand}' kan niet worden gelezen (${(fout as NodeJS.ErrnoException).code ?? "onbekende fout"}).`);
  }
  let data: unknown;
  try {
    data = JSON.parse(tekst.replace(/^\uFEFF/, ""));
  } catch (fout) {
    throw new GebruiksFout(`Tariefbestand '${bestand}' is geen geldige JSON: ${(fout as Error).message}`);
  }
  const geladen = laadTariefsets(data);
  if (!geladen.ok) {
    throw new GebruiksFout(`Tariefbestand '${bestand}' is ongeldig:\n  - ${geladen.fouten.join("\n  - ")}`);
  }
  return geladen.tariefsets;
}

/** Picks a set by name (case-insensitive), or the first one. */
export function kiesTariefset(sets: readonly Tariefset[], naam: string | undefined): Tariefset {
  if (naam === undefined) return sets[0];
  const gevonden = sets.find((s) => naamSleutel(s.naam) === naamSleutel(naam));
  if (!gevonden) {
    throw new GebruiksFout(`Tariefset '${naam}' bestaat niet. Beschikbaar: ${sets.map((s) => s.naam).join(", ")}.`);
  }
  return gevonden;
}
