import ExcelJS from "exceljs";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { stringify } from "csv-stringify";
import { KOPPEN } from "./genereer";

/** A generated spend sheet as a Dutch CSV (';', decimal comma). */
export async function schrijfCsv(pad: string, rijen: unknown[][]): Promise<void> {
  const uit = stringify({ delimiter: ";", record_delimiter: "\r\n" });
  const bestand = createWriteStream(pad);
  uit.pipe(bestand);
  uit.write([...KOPPEN]);
  for (const rij of rijen) {
    if (!uit.write(rij.map((w) => (typeof w === "number" ? String(w).replace(".", ",") : (w as string)))))
      await once(uit, "drain");
  }
  uit.end();
  await once(bestand, "finish");
}

/** A generated spend sheet as xlsx (streamed), with an extra sheet that must come through unchanged. */
export async function schrijfXlsx(
  pad: string,
  rijen: unknown[][],
  extra?: (werkmap: ExcelJS.stream.xlsx.WorkbookWriter) => void,
): Promise<void> {
  const werkmap = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: pad, useSharedStrings: true, useStyles: false });
  const blad = werkmap.addWorksheet("Toewijzingen");
  blad.addRow([...KOPPEN]).commit();
  for (const rij of rijen) blad.addRow(rij as ExcelJS.CellValue[]).commit();
  blad.commit();
  extra?.(werkmap);
  await werkmap.commit();
}
