import { readFileSync } from "node:fs";
import {
  bepaalTariefsets,
  kiesTariefset,
  laadTariefsets,
  leesJson,
  type Model,
  type Tariefset,
  type Tariefsets,
} from "../engine";
import { bestandsreden, GebruiksFout, naamInMelding } from "./fouten";

/** The sets in use: those of --tarieven FILE.json (the first is the standard) and the built-in ones, by the engine's policy. */
export function leesTariefsets(bestand: string | undefined): Tariefsets {
  if (bestand === undefined) return bepaalTariefsets({});
  let tekst: string;
  try {
    tekst = readFileSync(bestand, "utf8");
  } catch (fout) {
    throw new GebruiksFout(
      `Tariefbestand '${naamInMelding(bestand)}' kan niet worden gelezen: ${bestandsreden(fout)}.`,
    );
  }
  const json = leesJson(tekst);
  if (!json.ok) throw new GebruiksFout(`Tariefbestand '${naamInMelding(bestand)}' is ${json.tekst}.`);
  const data = json.data;
  const geladen = laadTariefsets(data);
  if (!geladen.ok) {
    throw new GebruiksFout(
      `Tariefbestand '${naamInMelding(bestand)}' is ongeldig:\n  - ${geladen.fouten.join("\n  - ")}`,
    );
  }
  return bepaalTariefsets({ bestand: geladen.tariefsets });
}

/** The set named by --tariefset, or the standard one; a usage error when there is no such set. */
export function tariefsetVoorOptie(
  sets: Tariefsets,
  naam: string | undefined,
  model: Model | null = "standaardbudget",
): Tariefset {
  const keuze = kiesTariefset(sets, naam, model);
  if (!keuze.ok) throw new GebruiksFout(keuze.tekst);
  return keuze.set;
}
