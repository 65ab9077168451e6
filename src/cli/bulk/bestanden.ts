import { existsSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { GebruiksFout } from "../fouten";

export type Soort = "csv" | "xlsx";

export function soortVan(pad: string): Soort {
  const ext = extname(pad).toLowerCase();
  if (ext === ".csv" || ext === ".txt") return "csv";
  if (ext === ".xlsx") return "xlsx";
  throw new GebruiksFout(`'${basename(pad)}' is geen .xlsx- of .csv-bestand.`);
}

/** The output path: --uit, or NAME-herberekend.EXT beside the input. The input itself is never overwritten. */
export function uitvoerPad(invoer: string, uit: string | undefined): string {
  if (!existsSync(invoer)) throw new GebruiksFout(`Bestand '${invoer}' bestaat niet.`);
  const pad = uit ?? join(dirname(invoer), `${basename(invoer, extname(invoer))}-herberekend${extname(invoer)}`);
  if (resolve(pad) === resolve(invoer))
    throw new GebruiksFout(
      "Het uitvoerbestand is hetzelfde als het invoerbestand; kies met --uit een ander bestand (het origineel blijft zo bewaard).",
    );
  if (soortVan(pad) !== soortVan(invoer))
    throw new GebruiksFout("Het uitvoerbestand moet hetzelfde soort bestand zijn als de invoer (.xlsx of .csv).");
  return pad;
}
