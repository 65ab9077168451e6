import { existsSync, realpathSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { beginBulk, Kolomfout, type Bulkplan, type Kopbron } from "../../engine";
import { GebruiksFout, naamInMelding } from "../fouten";

export type Soort = "csv" | "xlsx";

export function soortVan(pad: string): Soort {
  const ext = extname(pad).toLowerCase();
  if (ext === ".csv" || ext === ".txt") return "csv";
  if (ext === ".xlsx") return "xlsx";
  throw new GebruiksFout(`'${naamInMelding(basename(pad))}' is geen .xlsx- of .csv-bestand.`);
}

/** A path as the file system sees it: links followed, and compared case-insensitively where the file system is. */
export function sleutelVan(pad: string): string {
  let echt = resolve(pad);
  try {
    echt = realpathSync.native(pad);
  } catch {
    // Not there yet (a new output file): its folder's real path, and its own name.
    try {
      echt = join(realpathSync.native(dirname(resolve(pad))), basename(pad));
    } catch {
      // The folder is not there either: the write will say so.
    }
  }
  return process.platform === "win32" || process.platform === "darwin" ? echt.toLowerCase() : echt;
}

/** The temporary output of a run: beside the target, named after the process that started the command. */
export function tijdelijkPad(uitvoer: string): string {
  const starter = process.env.REKENTOOL_STARTER ?? String(process.pid);
  return `${uitvoer}.${starter}.tmp`;
}

/** The output path: --uit, or NAME-herberekend.EXT beside the input. The input itself is never overwritten. */
export function uitvoerPad(invoer: string, uit: string | undefined, overschrijven: boolean): string {
  if (!existsSync(invoer)) throw new GebruiksFout(`Bestand '${naamInMelding(invoer)}' bestaat niet.`);
  const pad = uit ?? join(dirname(invoer), `${basename(invoer, extname(invoer))}-herberekend${extname(invoer)}`);
  // Real paths: through a link, or in another case on Windows and macOS, it would still be the input.
  if (sleutelVan(pad) === sleutelVan(invoer))
    throw new GebruiksFout(
      "Het uitvoerbestand is hetzelfde als het invoerbestand; kies met --uit een ander bestand (het origineel blijft zo bewaard).",
    );
  // A file already there may be someone's work (last month's run, edited since): only replaced when asked.
  if (!overschrijven && existsSync(pad))
    throw new GebruiksFout(
      `Het uitvoerbestand '${naamInMelding(basename(pad))}' bestaat al. Kies met --uit een andere naam, of geef --overschrijven om het te vervangen.`,
    );
  if (soortVan(pad) !== soortVan(invoer))
    throw new GebruiksFout("Het uitvoerbestand moet hetzelfde soort bestand zijn als de invoer (.xlsx of .csv).");
  return pad;
}

/** Progress every 100,000 rows, so a long run shows it is alive: from the run's count of rows written. */
export function per100000(voortgang: (rijen: number) => void): (klaar: number) => void {
  let gemeld = 0;
  return (klaar) => {
    while (klaar - gemeld >= 100_000) voortgang((gemeld += 100_000));
  };
}

/** The start of a file job computed in segments: header and plan (see beginBulk), a header problem as a usage error in the file's own words (`leeg` for no header at all, `kop` to place the engine's text). */
export async function beginBestand(
  poort: Kopbron,
  woorden: { leeg: string; kop: (tekst: string) => string },
): Promise<Bulkplan> {
  try {
    return await beginBulk(poort);
  } catch (fout) {
    if (fout instanceof Kolomfout) throw new GebruiksFout(fout.leeg ? woorden.leeg : woorden.kop(fout.message));
    throw fout;
  }
}
