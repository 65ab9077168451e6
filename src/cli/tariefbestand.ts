import { readFileSync } from "node:fs";
import { bepaalTariefsets, kiesTariefset, laadTariefsets, type Tariefset, type Tariefsets } from "../engine";
import { GebruiksFout } from "./fouten";

/** The sets in use: those of --tarieven FILE.json (the first is the standard) and the built-in ones, by the engine's policy. */
export function leesTariefsets(bestand: string | undefined): Tariefsets {
  if (bestand === undefined) return bepaalTariefsets({});
  let tekst: string;
  try {
    tekst = readFileSync(bestand, "utf8");
  } catch (fout) {
    throw new GebruiksFout(
      `Tariefbestand '${bestand}' kan niet worden gelezen (${(fout as NodeJS.ErrnoException).code ?? "onbekende fout"}).`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(tekst.replace(/^\uFEFF/, ""));
  } catch (fout) {
    throw new GebruiksFout(`Tariefbestand '${bestand}' is geen geldige JSON: ${vertaalJsonFout(fout)}`);
  }
  const geladen = laadTariefsets(data);
  if (!geladen.ok) {
    throw new GebruiksFout(`Tariefbestand '${bestand}' is ongeldig:\n  - ${geladen.fouten.join("\n  - ")}`);
  }
  return bepaalTariefsets({ bestand: geladen.tariefsets });
}

/** JSON.parse speaks English; the position is what a user needs to find the mistake. */
function vertaalJsonFout(fout: unknown): string {
  const tekst = fout instanceof Error ? fout.message : "";
  const plek = /position (\d+)/.exec(tekst)?.[1];
  return plek === undefined ? "de opbouw klopt niet" : `de opbouw klopt niet bij teken ${Number(plek) + 1}`;
}

/** The set named by --tariefset, or the standard one; a usage error when there is no such set. */
export function tariefsetVoorOptie(sets: Tariefsets, naam: string | undefined): Tariefset {
  const keuze = kiesTariefset(sets, naam);
  if (!keuze.ok) throw new GebruiksFout(keuze.tekst);
  return keuze.set;
}
