import { leesTarievenTabel, volgTarievenTabel } from "../excel/tarieven-tabel";
import { zetTabelLezer } from "./tariefbron";

/** In Excel's shared runtime: read tariffs from the workbook and recalculate when its table changes. */
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) return;
    zetTabelLezer(leesTarievenTabel);
    // Hosts without table events (before ExcelApi 1.7/1.9) still re-read the table per batch; only the
    // automatic recalculation after an edit is lost there, and the user recalculates with F9.
    volgTarievenTabel().catch(() => undefined);
  });
}
