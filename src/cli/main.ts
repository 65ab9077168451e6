import { budgetOpdracht } from "./budget-opdracht";
import { bulkOpdracht } from "./bulk-opdracht";
import { declaratiesOpdracht } from "./declaraties-opdracht";
import { Bestandsfout, GebruiksFout } from "./fouten";
import { tarievenOpdracht } from "./tarieven-opdracht";
import { vergelijkOpdracht } from "./vergelijk/opdracht";
import type { Uitvoer } from "./uitvoer";

export const HULP = `Rekentool Jeugdhulp - standaardbudgetten ambulante jeugdhulp

Gebruik:
  rekentool budget --traject herstel|duurzaam
      [--groep-dagen N --groep-uren N --groep-weken N --intensiteit licht|middel|middelzwaar|zwaar [--kdc-odc]]
      [--ambulant-uren N --ambulant-weken N --rekentarief "NAAM"]
      [--bekend-bedrag EURO --bekend-bron "TEKST"] (in plaats van uren: een standaardinterventie)
      [--verwijzer toegang|medisch|gi] [--gekozen N --reden "TEKST"] [--soort-hulp "SOORT"] (richtlijn)
      [--tarieven BESTAND.json [--tariefset "NAAM"]] [--json]
  rekentool budget --product NAAM --volume N [--aanbieder NAAM]     (tariefset met model productprijs)
  rekentool budget --arrangement "1-3, 2-2, 3-1" [--profiel N]      (tariefset met model arrangement)
      [--tarieven BESTAND.json [--tariefset "NAAM"]] [--json]
  rekentool tarieven [--tarieven BESTAND.json] [--tariefset "NAAM"] [--json]
  rekentool bulk INVOER.xlsx|INVOER.csv [--blad NAAM] [--uit UITVOER.xlsx|UITVOER.csv] [--overschrijven]
      [--tarieven BESTAND.json] [--declaraties REGELS.csv]
  rekentool vergelijk OVERZICHT.xlsx|OVERZICHT.csv (--tarieven SETS.json | --modellen "NAAM; NAAM")
      [--uit UIT.xlsx|UIT.csv] [--rapport RAPPORT.html] [--blad NAAM] [--overschrijven]
  rekentool declaraties --toewijzingen PAD... --declaraties PAD... [--tarieven BESTAND.json [--tariefset "NAAM"]]
      [--uit UITVOER.xlsx|UITVOER.csv] [--prestaties PRESTATIES.csv] [--overschrijven]

Getallen mogen een decimale komma hebben (2,5). Bij duurzaam staan de weken vast (het aantal uit de tariefset, zie 'rekentool tarieven'; mag leeg blijven).
Het groepsaanbod telt mee zodra een --groep-* optie of --intensiteit is gegeven; ambulant net zo.
Bulk: herberekent elke rij (een toewijzing per rij, koppen in de eerste rij) en schrijft een kopie met de
uitvoerkolommen; het invoerbestand blijft ongewijzigd. Declaratieregels: werkblad 'Declaraties' of --declaraties.
Vergelijk: kosten per aanbieder onder elk model (productprijs, standaardbudget, arrangement, lumpsum) uit één
uitgavenoverzicht (kolommen Aanbieder, Toewijzing, Gebied, Product, Volume, Arrangement, Profiel, rekentool-invoer).

Declaraties: toetst prestaties (JW323 of een tabel) aan de toewijzingen (JW301 of een tabel) en de tariefset
(retourcodes 9369, 9346, 0611; categorie, periode, dubbel). Een PAD is een bestand of een map; de opties mogen
vaker voorkomen. Uitgangscode 0 zonder bevindingen, 1 met bevindingen, 3 als een invoerbestand niet te lezen was.
Uitgangscode: 0 zonder fouten, 1 bij een fout in de invoer of de uitkomst, 2 bij een verkeerd gebruik,
3 als een bestand niet geschreven kan worden, 130/143/137 als de run werd afgebroken.
`;

export type Opdracht = (args: string[], uit: Uitvoer) => number | Promise<number>;

const OPDRACHTEN: Record<string, Opdracht> = {
  budget: budgetOpdracht,
  tarieven: tarievenOpdracht,
  bulk: bulkOpdracht,
  // The other funding models (issue 18): a spend sheet costed under each model.
  vergelijk: vergelijkOpdracht,
  declaraties: declaratiesOpdracht,
};

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: string[], uit: Uitvoer): Promise<number> {
  const [naam, ...rest] = argv;
  if (naam === undefined || naam === "--help" || naam === "-h" || naam === "help") {
    uit.stdout(HULP);
    return naam === undefined ? 2 : 0;
  }
  const opdracht = OPDRACHTEN[naam];
  if (!opdracht) {
    uit.stderr(`Onbekende opdracht '${naam}'. Beschikbaar: ${Object.keys(OPDRACHTEN).join(", ")}.\n\n${HULP}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    uit.stdout(HULP);
    return 0;
  }
  try {
    return await opdracht(rest, uit);
  } catch (fout) {
    if (fout instanceof GebruiksFout) {
      uit.stderr(`rekentool ${naam}: ${fout.message}\n`);
      return 2;
    }
    if (fout instanceof Bestandsfout) {
      uit.stderr(`rekentool ${naam}: ${fout.message} Er is geen uitvoerbestand gemaakt.\n`);
      return 3;
    }
    // Never the error's own text in full: a library's message can quote a cell (a BSN). Its first line is enough.
    const tekst = fout instanceof Error ? fout.message.split("\n")[0].replace(/\d{7,}/g, "(getal)") : "onbekende fout";
    uit.stderr(`rekentool ${naam}: interne fout: ${tekst}\n`);
    return 3;
  }
}
