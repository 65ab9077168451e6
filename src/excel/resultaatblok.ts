import type { Uitleg, Uitlegregel } from "../engine";
import { vrijeBladnaam } from "./bladnaam";

export type Doel = "selectie" | "nieuw-blad";
export type Schrijfuitkomst = { geschreven: true; adres: string } | { geschreven: false; reden: string };

const OPMAAK: Record<Uitlegregel["eenheid"], string> = { tekst: "@", getal: "0.##", euro: '"€ "#,##0.00' };

/** The engine's explanation as sheet rows: label, value (a number where it is one), source. */
export function blokRijen(uitleg: Uitleg): { waarden: (string | number)[][]; opmaak: string[][]; vet: boolean[] } {
  const regels = uitleg.regels;
  const waarden: (string | number)[][] = [
    [uitleg.titel, "", ""],
    ...regels.map((r) => [r.label, r.soort === "kop" ? r.tekst : r.waarde, r.bron ?? ""]),
  ];
  const opmaak = [["@", "@", "@"], ...regels.map((r) => ["@", r.soort === "kop" ? "@" : OPMAAK[r.eenheid], "@"])];
  const vet = [true, ...regels.map((r) => r.soort === "kop" || r.nadruk === true)];
  return { waarden, opmaak, vet };
}

/**
 * Writes the explanation block (label, value, source) at the selection's top-left cell or on a new sheet.
 * Any non-empty cell in the target is only overwritten after `bevestig` says yes.
 */
export async function schrijfResultaatBlok(
  uitleg: Uitleg,
  doel: Doel,
  bevestig: (adres: string) => Promise<boolean>,
): Promise<Schrijfuitkomst> {
  const blok = blokRijen(uitleg);
  return Excel.run(async (context) => {
    let start: Excel.Range;
    if (doel === "nieuw-blad") {
      const bladen = context.workbook.worksheets.load("items/name");
      await context.sync();
      const blad = context.workbook.worksheets.add(
        vrijeBladnaam(
          bladen.items.map((b) => b.name),
          "Berekening",
        ),
      );
      blad.activate();
      start = blad.getRange("A1");
    } else {
      start = context.workbook.getSelectedRange().getCell(0, 0);
    }
    const bereik = start.getResizedRange(blok.waarden.length - 1, 2);
    bereik.load(["values", "address"]);
    await context.sync();
    const bezet = bereik.values.some((rij) => rij.some((w) => w !== "" && w !== null));
    if (bezet && !(await bevestig(bereik.address))) {
      return { geschreven: false, reden: `Niet geschreven: ${bereik.address} is niet leeg.` };
    }
    bereik.numberFormat = blok.opmaak;
    bereik.values = blok.waarden;
    blok.vet.forEach((vet, i) => {
      if (vet) bereik.getRow(i).format.font.bold = true;
    });
    bereik.format.autofitColumns();
    bereik.select();
    await context.sync();
    return { geschreven: true, adres: bereik.address };
  });
}
