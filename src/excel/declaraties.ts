import { vrijeBladnaam } from "./bladnaam";

/** Rows per request: 22 columns with messages stay well inside Excel on the web's 5 MB per request. */
const RIJEN_PER_VERZOEK = 2000;
/** Excel's rows per sheet, the header included. */
const MAX_RIJEN = 1_048_576;

export interface Declaratietabel {
  /** The sheet's name if free, else numbered ("Prestaties 2"). */
  naam: string;
  koppen: readonly string[];
  rijen: readonly (readonly unknown[])[];
}

/**
 * Writes each table to a new sheet, header first, in requests of RIJEN_PER_VERZOEK rows; returns the sheets'
 * names. Cells as values only: what the engine made (numbers in euros, texts), nothing computed here.
 */
export async function schrijfDeclaratiebladen(
  tabellen: readonly Declaratietabel[],
  voortgang: (geschreven: number) => void = () => undefined,
): Promise<string[]> {
  for (const t of tabellen)
    if (t.rijen.length + 1 > MAX_RIJEN)
      throw new Error(
        `${t.naam}: ${t.rijen.length.toLocaleString("nl-NL")} rijen passen niet op één werkblad (hoogstens ${(MAX_RIJEN - 1).toLocaleString("nl-NL")}); gebruik de opdrachtregel (rekentool declaraties) met CSV-uitvoer.`,
      );
  return Excel.run(async (context) => {
    const bladen = context.workbook.worksheets.load("items/name");
    await context.sync();
    const bezet = bladen.items.map((b) => b.name);
    const namen: string[] = [];
    let geschreven = 0;
    for (const t of tabellen) {
      const naam = vrijeBladnaam(bezet, t.naam);
      bezet.push(naam);
      namen.push(naam);
      const blad = context.workbook.worksheets.add(naam);
      const breedte = t.koppen.length;
      blad.getRangeByIndexes(0, 0, 1, breedte).values = [[...t.koppen]];
      for (let start = 0; start < t.rijen.length; start += RIJEN_PER_VERZOEK) {
        const stuk = t.rijen.slice(start, start + RIJEN_PER_VERZOEK);
        blad.getRangeByIndexes(start + 1, 0, stuk.length, breedte).values = stuk.map((r) =>
          Array.from({ length: breedte }, (_, k) => (r[k] ?? "") as string | number | boolean),
        );
        // One request per block on purpose: a single sync of a year's prestaties would exceed Excel's request limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        geschreven += stuk.length;
        voortgang(geschreven);
      }
      if (t === tabellen[0]) blad.activate();
    }
    await context.sync();
    return namen;
  });
}
