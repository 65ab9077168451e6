import { existsSync, renameSync, rmSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { alsBestandsfout, GebruiksFout, naamInMelding } from "./fouten";
import { bulkCsv, leesCsvDeclaraties } from "./bulk/csv-bulk";
import { bulkXlsx } from "./bulk/xlsx-bulk";
import { soortVan, tijdelijkPad, uitvoerPad } from "./bulk/bestanden";
import { leesTariefsets, tariefsetVoorOptie } from "./tariefbestand";
import { leesOpties } from "./opties";
import type { Uitvoer } from "./uitvoer";

const OPTIES = {
  blad: { type: "string" },
  uit: { type: "string" },
  tarieven: { type: "string" },
  tariefset: { type: "string" },
  declaraties: { type: "string" },
  overschrijven: { type: "boolean" },
} as const;

/**
 * The temporary file a bulk run with these arguments writes, or null when the arguments name none: for the
 * launcher (bin/rekentool.js), which removes it should the run be killed outright.
 */
export function tijdelijkBestand(args: string[]): string | null {
  try {
    const { values, positionals } = parseArgs({ args, options: OPTIES, strict: true, allowPositionals: true });
    return positionals.length === 1 ? tijdelijkPad(uitvoerPad(positionals[0], values.uit, true)) : null;
  } catch {
    return null;
  }
}

export async function bulkOpdracht(args: string[], uit: Uitvoer): Promise<number> {
  const { values: w, positionals } = leesOpties(args, OPTIES, true);
  if (positionals.length !== 1)
    throw new GebruiksFout(
      "Geef precies één invoerbestand: rekentool bulk INVOER.xlsx|INVOER.csv [--uit UITVOER] [--blad NAAM].",
    );
  const invoer = positionals[0];
  const soort = soortVan(invoer);
  const uitvoer = uitvoerPad(invoer, w.uit, w.overschrijven === true);
  const set = tariefsetVoorOptie(leesTariefsets(w.tarieven), w.tariefset);
  const declaraties = w.declaraties ? leesCsvDeclaraties(w.declaraties) : undefined;
  if (soort === "csv" && w.blad) throw new GebruiksFout("--blad geldt alleen voor .xlsx-bestanden.");
  const voortgang = (n: number) => uit.stderr(`  ${n.toLocaleString("nl-NL")} rijen verwerkt\n`);
  const start = Date.now();
  // Written beside the target and renamed at the end: a failed run leaves no half file that looks like a result.
  // The name is the launcher's (bin/rekentool.js), so it can remove the file should this process be killed.
  const tijdelijk = tijdelijkPad(uitvoer);
  // Stopped (Ctrl+C, a scheduler's SIGTERM): the half file goes, and the exit code says it was a signal.
  const stop = (signaal: NodeJS.Signals, code: number) => () => {
    rmSync(tijdelijk, { force: true });
    uit.stderr(`rekentool bulk: afgebroken (${signaal}); er is geen uitvoerbestand gemaakt.\n`);
    process.exit(code);
  };
  const afbreken = { SIGINT: stop("SIGINT", 130), SIGTERM: stop("SIGTERM", 143), SIGHUP: stop("SIGHUP", 129) };
  for (const [signaal, f] of Object.entries(afbreken)) process.on(signaal, f);
  // Started by the launcher, which someone may kill outright (SIGKILL): then this run stops too, instead of
  // finishing later under a name the caller believes was never written.
  const ouder = process.ppid;
  const wees = process.env.REKENTOOL_STARTER
    ? setInterval(() => process.ppid !== ouder && afbreken.SIGTERM(), 250).unref()
    : undefined;
  // A process that runs out of work while the run is unfinished (a stream that never answered) must not end
  // with exit 0 and a half file.
  const onaf = () => {
    rmSync(tijdelijk, { force: true });
    uit.stderr("rekentool bulk: de run stopte onverwacht; er is geen uitvoerbestand gemaakt.\n");
    process.exitCode = 3;
  };
  process.once("beforeExit", onaf);
  let samenvatting;
  try {
    ({ samenvatting } =
      soort === "csv"
        ? await bulkCsv(invoer, tijdelijk, set, declaraties, voortgang)
        : await bulkXlsx(invoer, tijdelijk, w.blad, set, declaraties, voortgang));
    // Another run may have made the file meanwhile (two started at once): not replaced unless asked.
    if (!w.overschrijven && existsSync(uitvoer)) {
      throw new GebruiksFout(
        `Het uitvoerbestand '${naamInMelding(basename(uitvoer))}' is intussen door iets anders gemaakt; het is niet vervangen. Geef --overschrijven om het toch te vervangen.`,
      );
    }
    renameSync(tijdelijk, uitvoer);
  } catch (fout) {
    throw alsBestandsfout(fout, uitvoer);
  } finally {
    try {
      rmSync(tijdelijk, { force: true });
    } catch {
      // The temporary file's folder is no folder (a path through a file): there is nothing to remove.
    }
    for (const [signaal, f] of Object.entries(afbreken)) process.off(signaal, f);
    if (wees) clearInterval(wees);
    process.off("beforeExit", onaf);
  }
  uit.stdout(
    `Herberekend met tariefset ${set.naam}: ${naamInMelding(uitvoer)} (${((Date.now() - start) / 1000).toFixed(1).replace(".", ",")} s)\n`,
  );
  uit.stdout(samenvatting.alsTekst());
  return samenvatting.perStatus.fout > 0 ? 1 : 0;
}
