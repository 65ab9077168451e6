import { leesTarievenTabel, volgTarievenTabel } from "../excel/tarieven-tabel";
import { zetTabelLezer } from "./tariefbron";

/** In Excel's shared runtime: read tariffs from the workbook and recalculate when its table changes. */
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) return;
    zetTabelLezer(leesTarievenTabel);
    void volgTarievenTabel();
  });
}
