import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { PRESTATIE_VELDEN, TOEWIJZING_VELDEN, type Berichtveld, type Veldbron } from "../../engine";
import { leesBericht, type Berichtsoort, type Berichtverslag } from "./ijw-xml";
import type { Werkerbericht, Werkerdata } from "./lees-werker";

const GEEN: readonly string[] = [];
/**
 * Reader threads for a list of messages. One: with two readers on the two cores of these machines, 200,000
 * prestaties took as long (4.0 to 5.5 s either way, the cores shared with other work) and 70 MB more memory,
 * against a budget of 1 GB for a year of messages.
 */
const LEZERS = 1;

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
  // LEZERS readers, the files dealt round-robin; each keeps its own order, and the records are taken file by
  // file, in the order of the list.
  const aantal = Math.min(LEZERS, bestanden.length);
  const wachtrijen = Array.from({ length: aantal }, () => new Wachtrij());
  const werkers = wachtrijen.map((rij, k) => {
    // A young generation as large as the main thread's (bin/rekentool.js): parsing makes many short-lived strings.
    const w = new Worker(werker, {
      workerData: { bestanden: bestanden.filter((_, i) => i % aantal === k), soort } satisfies Werkerdata,
      resourceLimits: { maxYoungGenerationSizeMb: 192 },
    });
    w.on("message", (b: Werkerbericht) => rij.voeg(b));
    w.on("error", (f) => rij.breek(f));
    w.on("exit", (code) => code === 0 || rij.breek(new Error(`lezer stopte met code ${code}`)));
    return w;
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
    for (let i = 0; i < bestanden.length; i++) {
      const k = i % aantal;
      for (;;) {
        const bericht = await wachtrijen[k].volgende();
        if (bericht.soort === "records") {
          rij = bericht.records;
          for (begin = 0; begin < rij.length; begin += breedte)
            perRecord(bron, (rij[begin + 1] as string[] | null) ?? GEEN);
          await naChunk();
          werkers[k].postMessage("verder");
        } else if (bericht.soort === "bestand") {
          perBestand(bericht.pad, bericht);
          break;
        } else if (bericht.soort === "fout") throw Object.assign(new Error(bericht.tekst), { code: bericht.code });
        else throw new Error("een lezer stopte voor het laatste bestand");
      }
    }
  } finally {
    await Promise.all(werkers.map((w) => w.terminate()));
  }
}

/** A reader's messages in the order sent, taken one by one; an error of the reader ends the wait. */
class Wachtrij {
  private readonly items: Werkerbericht[] = [];
  private wachter: (() => void) | null = null;
  private fout: unknown = null;

  voeg(b: Werkerbericht): void {
    this.items.push(b);
    this.wek();
  }

  breek(fout: unknown): void {
    this.fout ??= fout;
    this.wek();
  }

  private wek(): void {
    const w = this.wachter;
    this.wachter = null;
    w?.();
  }

  async volgende(): Promise<Werkerbericht> {
    while (this.items.length === 0) {
      if (this.fout !== null) throw this.fout;
      await new Promise<void>((klaar) => (this.wachter = klaar));
    }
    return this.items.shift()!;
  }
}
