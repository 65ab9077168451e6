import type { BlokRij } from "../taskpane/model/resultaatblok";
import { vrijeBladnaam } from "./bladnaam";

export type Doel = "selectie" | "nieuw-blad";
export type Schrijfuitkomst = { geschreven: true; adres: string } | { geschreven: false; reden: string };

const OPMAAK: Record<BlokRij["soort"], string> = { kop: "@", tekst: "@", getal: "0.##", euro: '"EUR "#,##0.00' };

/**
 * Writes the labelled result block (two columns) at the selection's top-left cell or on a new sheet.
 * Any non-empty cell in the target is only overwritten after `bevestig` says yes.
 */
export async function schrijfResultaatBlok(rijen: BlokRij[], doel: Doel, bevestig: (adres: string) => Promise<boolean>): Promise<Schrijfuitkomst> {
  return Excel.run(async (context) => {
    let start: Excel.Range;
    if (doel === "nieuw-blad") {
      const bladen = context.workbook.worksheets.load("items/name");
      await context.sync();
      const blad = context.workbook.worksheets.add(vrijeBladnaam(bladen.items.map((b) => b.name), "Berekening"));
      blad.activate();
      start = blad.getRange("A1");
    } else {
      start = context.workbook.getSelectedRange().getCell(0, 0);
    }
    const bereik = start.getResizedRange(rijen.length - 1, 1);
    bereik.load(["values", "address"]);
    await context.sync();
    const bezet = bereik.values.some((rij) => rij.some((w) => w !== "" && w !== null));
    if (bezet && !(await bevestig(bereik.address))) {
      return { geschreven: false, reden: `Niet geschreven: ${bereik.address} is niet leeg.` };
    }
    bereik.numberFormat = rijen.map((r) => ["@", OPMAAK[r.soort]]);
    bereik.values = rijen.map((r) => [r.label, r.waarde]);
    rijen.forEach((r, i) => {
      if (r.soort === "kop") bereik.getRow(i).format.font.bold = true;
    });
    bereik.format.autofitColumns();
    bereik.select();
    await context.sync();
    return { geschreven: true, adres: bereik.address };
  });
}
