import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { PRESTATIE_VELDEN, TOEWIJZING_VELDEN, type Berichtveld, type Veldbron } from "../../engine";
import { leesBericht, type Berichtsoort, type Berichtverslag } from "./ijw-xml";
import type { Werkerbericht, Werkerdata } from "./lees-werker";

const GEEN: readonly string[] = [];

/** Per record: the fields, and structural problems of its message (an element not closed). */
export type Perrecord = (bron: Veldbron, structuurfouten: readonly string[]) => void;

/**
 * Reads a list of iJw message files in order, each record to `perRecord`; per file its verslag to `perBestand`.
 * On a second thread when the compiled reader is there (the CLI as installed), else here (tests from source).
 */
export async function leesBerichten(
  bestanden: readonly string[],
  soort: Berichtsoort,
  perRecord: Perrecord,
  perBestand: (pad: string, verslag: Pick<Berichtverslag, "fouten" | "waarschuwingen">) => void,
  naChunk: () => Promise<void>,
): Promise<void> {
  const werker = join(__dirname, "lees-werker.js");
  if (bestanden.length === 0) return;
  if (!existsSync(werker)) {
    for (const pad of bestanden) perBestand(pad, await leesBericht(pad, soort, perRecord, naChunk));
    return;
  }
  const velden: readonly Berichtveld[] = soort === "JW301" ? TOEWIJZING_VELDEN : PRESTATIE_VELDEN;
  const breedte = velden.length + 2;
  const plek = new Map(velden.map((v, i) => [v, i + 2] as const));
  // A young generation as large as the main thread's (bin/rekentool.js): parsing makes many short-lived strings.
  const w = new Worker(werker, {
    workerData: { bestanden: [...bestanden], soort } satisfies Werkerdata,
    resourceLimits: { maxYoungGenerationSizeMb: 192 },
  });
  let rij: unknown[] = [];
  let begin = 0;
  // One object for every record: it reads the current record of the batch (perRecord reads the fields at once).
  const bron: Veldbron = {
    waarde: (veld) => rij[begin + plek.get(veld)!],
    naam: (veld) => veld,
    inCenten: () => true,
    get waar() {
      return rij[begin] as string;
    },
  };
  try {
    await new Promise<void>((klaar, mislukt) => {
      let bezig = Promise.resolve();
      w.on("error", mislukt);
      w.on("exit", (code) => (code === 0 ? undefined : mislukt(new Error(`lezer stopte met code ${code}`))));
      w.on("message", (bericht: Werkerbericht) => {
        // Handled one after the other, in the order sent: the checks depend on the order of arrival.
        bezig = bezig
          .then(async () => {
            if (bericht.soort === "records") {
              rij = bericht.records;
              for (begin = 0; begin < rij.length; begin += breedte)
                perRecord(bron, (rij[begin + 1] as string[] | null) ?? GEEN);
              await naChunk();
              w.postMessage("verder");
            } else if (bericht.soort === "bestand") perBestand(bericht.pad, bericht);
            else if (bericht.soort === "klaar") klaar();
            else mislukt(Object.assign(new Error(bericht.tekst), { code: bericht.code }));
          })
          .catch(mislukt);
      });
    });
  } finally {
    await w.terminate();
  }
}
