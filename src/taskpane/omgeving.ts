/** Where the pane runs: inside Excel (sheet actions available) or as a standalone rekenhulp in a browser. */
export interface Omgeving {
  inExcel: boolean;
}

export async function bepaalOmgeving(): Promise<Omgeving> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return { inExcel: false };
  const info = await Office.onReady();
  return { inExcel: info.host === Office.HostType.Excel && typeof Excel !== "undefined" };
}
