import { maskeerNummers } from "../engine";
/**
 * A name the user chose (a file, a folder, a sheet) as a message may show it: a run of 7 to 10 digits in it
 * could be a BSN ("client-123456782.xlsx") and is replaced by its length, as everywhere else.
 */
export const naamInMelding = (naam: string): string => maskeerNummers(naam);

/** A usage error: the CLI prints the message and exits 2. */
export class GebruiksFout extends Error {}

/** A file that could not be read or written during a run (a full disk, a missing folder): exit 3, nothing left behind. */
export class Bestandsfout extends Error {}

const BESTANDSCODES = new Set([
  "ENOENT",
  "EISDIR",
  "EACCES",
  "EPERM",
  "ENOSPC",
  "EBUSY",
  "EROFS",
  "ENOTDIR",
  "EMFILE",
  "EDQUOT",
]);

/** A system error about a file, as a Dutch Bestandsfout naming the file; anything else is returned as it is. */
export function alsBestandsfout(fout: unknown, pad: string): unknown {
  const code = (fout as NodeJS.ErrnoException | null)?.code;
  return code && BESTANDSCODES.has(code)
    ? new Bestandsfout(`'${naamInMelding(pad)}' kan niet worden geschreven of gelezen: ${bestandsreden(fout)}.`)
    : fout;
}

// csv-parse's messages quote the field's value (which could be a BSN) and speak English.
const CSV_FOUTEN: Record<string, string> = {
  INVALID_OPENING_QUOTE: "een aanhalingsteken midden in een veld",
  CSV_INVALID_CLOSING_QUOTE: "tekst direct na een afsluitend aanhalingsteken",
  CSV_QUOTE_NOT_CLOSED: "een aanhalingsteken dat niet wordt gesloten",
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: "tekst direct na een afsluitend aanhalingsteken",
  CSV_MAX_RECORD_SIZE: "een regel die te lang is",
};

/** A CSV parse error as a usage error naming the line and what is wrong, never the value; null if it is none. */
export function csvFout(fout: unknown): GebruiksFout | null {
  const f = fout as { code?: string; lines?: number; column?: number | string } | null;
  if (!f?.code || !(f.code.startsWith("CSV_") || f.code in CSV_FOUTEN)) return null;
  const wat = CSV_FOUTEN[f.code] ?? "een regel die niet als CSV te lezen is";
  const kolom = typeof f.column === "number" ? `, kolom ${f.column + 1}` : "";
  return new GebruiksFout(
    `Regel ${f.lines ?? "?"}${kolom} van het CSV-bestand bevat ${wat}. Zet een veld met ; , of " tussen dubbele aanhalingstekens en schrijf een " erin als "". Er is niets geschreven.`,
  );
}

/** Why a file cannot be read or written, in words: the system's code (ENOENT) says nothing to a back office. */
export function bestandsreden(fout: unknown): string {
  const code = (fout as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return "het bestand of de map bestaat niet";
    case "EISDIR":
      return "dit is een map, geen bestand";
    case "ENOTDIR":
      return "een deel van het pad is een bestand, geen map";
    case "EACCES":
    case "EPERM":
      return "geen toestemming om het te lezen of te schrijven";
    case "ENOSPC":
      return "de schijf is vol";
    case "EBUSY":
      return "het bestand is in gebruik door een ander programma (open in Excel?)";
    default:
      return code ? `systeemfout ${code}` : "onbekende fout";
  }
}

/** Node's parseArgs speaks English; our users read Dutch. */
export function vertaalParseFout(fout: unknown): GebruiksFout {
  const code = (fout as { code?: string }).code;
  const tekst = fout instanceof Error ? fout.message : String(fout);
  const optie = /'([^']+)'/.exec(tekst)?.[1] ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return new GebruiksFout(`Onbekende optie ${optie}. Zie 'rekentool --help'.`);
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return new GebruiksFout(
        `Optie ${optie.split(" ")[0]} heeft een waarde nodig (een waarde die met '-' begint schrijft u als ${optie.split(" ")[0]}=-1).`,
      );
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return new GebruiksFout(`Onverwacht argument ${optie}. Zet tekst met spaties tussen aanhalingstekens.`);
    default:
      return new GebruiksFout(tekst);
  }
}
