import { renameSync, rmSync } from "node:fs";
import { parseArgs } from "node:util";
import { vertaalParseFout, GebruiksFout } from "./fouten";
import { bulkCsv, leesCsvDeclaraties } from "./bulk/csv-bulk";
import { bulkXlsx } from "./bulk/xlsx-bulk";
import { soortVan, uitvoerPad } from "./bulk/bestanden";
import { leesTariefsets, tariefsetVoorOptie } from "./tariefbestand";
import type { Uitvoer } from "./uitvoer";

export async function bulkOpdracht(args: string[], uit: Uitvoer): Promise<number> {
  let gelezen;
  try {
    gelezen = parseArgs({
      args,
      options: {
        blad: { type: "string" },
        uit: { type: "string" },
        tarieven: { type: "string" },
        tariefset: { type: "string" },
        declaraties: { type: "string" },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (fout) {
    throw vertaalParseFout(fout);
  }
  const { values: w, positionals } = gelezen;
  if (positionals.length !== 1)
    throw new GebruiksFout(
      "Geef precies één invoerbestand: rekentool bulk INVOER.xlsx|INVOER.csv [--uit UITVOER] [--blad NAAM].",
    );
  const invoer = positionals[0];
  const soort = soortVan(invoer);
  const uitvoer = uitvoerPad(invoer, w.uit);
  const set = tariefsetVoorOptie(leesTariefsets(w.tarieven), w.tariefset);
  const declaraties = w.declaraties ? leesCsvDeclaraties(w.declaraties) : undefined;
  if (soort === "csv" && w.blad) throw new GebruiksFout("--blad geldt alleen voor .xlsx-bestanden.");
  const voortgang = (n: number) => uit.stderr(`  ${n.toLocaleString("nl-NL")} rijen verwerkt\n`);
  const start = Date.now();
  // Written beside the target and renamed at the end: a failed run leaves no half file that looks like a result.
  const tijdelijk = `${uitvoer}.${process.pid}.tmp`;
  let samenvatting;
  try {
    ({ samenvatting } =
      soort === "csv"
        ? await bulkCsv(invoer, tijdelijk, set, declaraties, voortgang)
        : await bulkXlsx(invoer, tijdelijk, w.blad, set, declaraties, voortgang));
    renameSync(tijdelijk, uitvoer);
  } finally {
    rmSync(tijdelijk, { force: true });
  }
  uit.stdout(
    `Herberekend met tariefset ${set.naam}: ${uitvoer} (${((Date.now() - start) / 1000).toFixed(1).replace(".", ",")} s)\n`,
  );
  uit.stdout(samenvatting.alsTekst());
  return samenvatting.perStatus.fout > 0 ? 1 : 0;
}
