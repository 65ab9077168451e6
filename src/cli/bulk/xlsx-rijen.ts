import { Bladherschrijver } from "./xlsx-blad";
import { gedeeldeTeksten, werkbladen, type Zip } from "./xlsx-delen";
import { Zipbron } from "./zip-bron";

export interface Werkblad {
  naam: string;
  pad: string;
}

/** Rows handed over at a time: the reader's copy for writing back is let go after each block. */
const RIJEN = 4096;

/**
 * Reads one sheet of an xlsx for its values only (the comparison, declaration tables): `kies` picks the sheet
 * from the workbook's list; its non-empty rows stream to `perRij` in bounded memory, the header first. Null when
 * `kies` picks none. A file that is no workbook, or is damaged, is a GebruiksFout naming it (bulk's reader).
 */
export async function leesBlad(
  pad: string,
  kies: (bladen: readonly Werkblad[]) => Werkblad | undefined,
  perRij: (waarden: unknown[], blad: Werkblad) => void,
): Promise<Werkblad | null> {
  const bron = await Zipbron.open(pad);
  try {
    const zip: Zip = {};
    await bron.leesIn(zip, ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml"]);
    const blad = kies(werkbladen(zip));
    if (!blad) return null;
    if (!bron.deel(blad.pad)) throw bron.beschadigd(blad.pad);
    const lezer = new Bladherschrijver(bron.tekst(blad.pad), gedeeldeTeksten(zip));
    for (let rijen = await lezer.volgende(RIJEN); rijen.length > 0; rijen = await lezer.volgende(RIJEN)) {
      for (const rij of rijen) perRij(rij.waarden, blad);
      lezer.spoel();
    }
    return blad;
  } finally {
    bron.sluit();
  }
}
