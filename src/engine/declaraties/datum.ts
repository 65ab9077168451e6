/**
 * Dates as iJw messages and spreadsheets carry them, to ISO text (JJJJ-MM-DD) that sorts as a date. iJw writes
 * xs:date, possibly with a zone (2023-01-01+01:00: the date is what counts); Excel gives serial day numbers; people
 * write 1-1-2023.
 */
const DATUMS = new Map<string, string>();
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function leesDatum(waarde: unknown): string | null {
  if (typeof waarde === "number") {
    // Excel's serial days (1 = 1900-01-01, with its 1900 leap-year quirk), up to the year 9999.
    if (!Number.isInteger(waarde) || waarde <= 60 || waarde > 2958465) return null;
    return new Date(Date.UTC(1899, 11, 30) + waarde * 86400000).toISOString().slice(0, 10);
  }
  if (typeof waarde !== "string") return null;
  // The usual date, written as ISO: one shared string per date (a year has 365), not one per prestatie; the
  // checks keep two dates of every accepted prestatie.
  const gedeeld = DATUMS.get(waarde);
  if (gedeeld !== undefined) return gedeeld;
  const tekst = waarde.trim();
  if (tekst.length === 10 && ISO.test(tekst) && bestaat(tekst)) {
    if (DATUMS.size < 100_000) DATUMS.set(tekst, tekst);
    return tekst;
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:Z|[+-]\d{2}:\d{2})?$/.exec(tekst);
  const nl = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(tekst);
  const datum = iso
    ? `${iso[1]}-${iso[2]}-${iso[3]}`
    : nl
      ? `${nl[3]}-${nl[2].padStart(2, "0")}-${nl[1].padStart(2, "0")}`
      : null;
  return datum !== null && bestaat(datum) ? datum : null;
}

const DAGEN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether an ISO date exists, by arithmetic: this runs for two dates of every prestatie. */
function bestaat(iso: string): boolean {
  const j = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (j < 1 || m < 1 || m > 12 || d < 1) return false;
  const schrikkel = (j % 4 === 0 && j % 100 !== 0) || j % 400 === 0;
  return d <= (m === 2 && schrikkel ? 29 : DAGEN[m - 1]);
}

/** True when both dates lie in the same calendar month (a ProductPeriode must). */
export const zelfdeMaand = (a: string, b: string) => a.slice(0, 7) === b.slice(0, 7);

/** The last day of the month of an ISO date. */
export function laatsteDagVanMaand(iso: string): string {
  const [j, m] = iso.split("-").map(Number);
  return new Date(Date.UTC(j, m, 0)).toISOString().slice(0, 10);
}
