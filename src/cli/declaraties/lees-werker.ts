import { basename } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { bestandsreden } from "../fouten";
import { PRESTATIE_VELDEN, TOEWIJZING_VELDEN } from "../../engine";
import { leesBericht, type Berichtsoort } from "./ijw-xml";

/**
 * Reads iJw messages on a second thread (the machines have two cores): the XML is parsed here, the checks run on
 * the main thread in the same order. Records go over in batches as plain arrays [waar, structuurfouten,
 * ...fields]; at most a few batches are in flight, so a fast reader cannot fill memory ahead of the checks.
 */
export interface Werkerdata {
  bestanden: string[];
  soort: Berichtsoort;
}

export type Werkerbericht =
  | { soort: "records"; records: unknown[] }
  | { soort: "bestand"; pad: string; fouten: string[]; waarschuwingen: string[] }
  | { soort: "klaar" }
  | { soort: "fout"; tekst: string; code?: string };

export const PER_BATCH = 2000;
const MAX_ONDERWEG = 4;

if (parentPort) {
  const poort = parentPort;
  const { bestanden, soort } = workerData as Werkerdata;
  const velden = soort === "JW301" ? TOEWIJZING_VELDEN : PRESTATIE_VELDEN;
  let onderweg = 0;
  let wachter: (() => void) | null = null;
  poort.on("message", () => {
    onderweg--;
    wachter?.();
    wachter = null;
  });
  let batch: unknown[] = [];
  const stuur = () => {
    if (batch.length === 0) return;
    poort.postMessage({ soort: "records", records: batch } satisfies Werkerbericht);
    batch = [];
    onderweg++;
  };
  const wacht = async () => {
    while (onderweg >= MAX_ONDERWEG) await new Promise<void>((klaar) => (wachter = klaar));
  };
  (async () => {
    for (const pad of bestanden) {
      try {
        const verslag = await leesBericht(
          pad,
          soort,
          (bron, fouten) => {
            // Flat: one array per batch (waar, structuurfouten or null, the fields), cheaper to copy across.
            batch.push(bron.waar, fouten.length > 0 ? fouten : null);
            for (const v of velden) batch.push(bron.waarde(v));
            if (batch.length >= PER_BATCH * (velden.length + 2)) stuur();
          },
          wacht,
        );
        stuur();
        await wacht();
        poort.postMessage({
          soort: "bestand",
          pad,
          fouten: verslag.fouten,
          waarschuwingen: verslag.waarschuwingen,
        } satisfies Werkerbericht);
      } catch (fout) {
        stuur();
        const code = (fout as NodeJS.ErrnoException | null)?.code;
        // A file that cannot be read is said for that file; the others go on.
        if (code && code.startsWith("E")) {
          await wacht();
          poort.postMessage({
            soort: "bestand",
            pad,
            fouten: [`${basename(pad)}: kan niet worden gelezen: ${bestandsreden(fout)}.`],
            waarschuwingen: [],
          } satisfies Werkerbericht);
          continue;
        }
        poort.postMessage({
          soort: "fout",
          tekst: fout instanceof Error ? fout.message.split("\n")[0] : "onbekende fout",
          code,
        } satisfies Werkerbericht);
        return;
      }
    }
    poort.postMessage({ soort: "klaar" } satisfies Werkerbericht);
  })();
}
