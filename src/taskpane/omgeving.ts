/** Where the pane runs: inside Excel (sheet actions available) or as a standalone rekenhulp in a browser. */
export interface Omgeving {
  inExcel: boolean;
}

interface TelemetrieEindpunt {
  loadProxyFrame?: () => void;
  writeLog?: (log: string) => void;
}

/**
 * Outside Office, office.js falls back to its Office 2013 helper, whose logger loads a Microsoft telemetry
 * frame after 3 seconds. Our standalone page promises that nothing leaves the machine, so switch it off.
 * (Inside Excel the host is Microsoft's; this only runs when no host answered.)
 */
function zetTelemetrieUit(): void {
  const w = window as unknown as {
    OSF?: { Logger?: { ulsEndpoint?: TelemetrieEindpunt } };
    Logger?: { ulsEndpoint?: TelemetrieEindpunt };
  };
  for (const eindpunt of [w.OSF?.Logger?.ulsEndpoint, w.Logger?.ulsEndpoint]) {
    if (!eindpunt) continue;
    eindpunt.loadProxyFrame = () => undefined;
    eindpunt.writeLog = () => undefined;
  }
}

export async function bepaalOmgeving(): Promise<Omgeving> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return { inExcel: false };
  const info = await Office.onReady();
  const inExcel = info.host === Office.HostType.Excel && typeof Excel !== "undefined";
  if (!info.host) zetTelemetrieUit();
  return { inExcel };
}
