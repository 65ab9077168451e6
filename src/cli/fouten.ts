/** A usage error: the CLI prints the message and exits 2. */
export class GebruiksFout extends Error {}

/** Why a file cannot be read or written, in words: the system's code (ENOENT) says nothing to a back office. */
export function bestandsreden(fout: unknown): string {
  const code = (fout as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return "het bestand of de map bestaat niet";
    case "EISDIR":
      return "dit is een map, geen bestand";
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
