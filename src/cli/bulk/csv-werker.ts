import { parentPort, workerData } from "node:worker_threads";
import { laadTariefset, type Declaraties } from "../../engine";
import { Segmentverwerker, type Csvopdracht, type Segmentuitkomst } from "./csv-segment";

/** What a CSV worker starts with: the run's shared part, the tariff set as its source, the declarations if any. */
export interface Csvwerkerdata {
  opdracht: Csvopdracht;
  /** The set's source JSON: a compiled set holds functions, which cannot cross to a thread. */
  setBron: unknown;
  declaraties: Declaraties | undefined;
}

/** A segment to compute, or (once all are done) the summary of this thread's rows. */
export type Csvvraag = { soort: "segment"; bytes: Uint8Array; zonderQuotes: boolean } | { soort: "staat" };
export type Csvwerkervraag = Csvvraag & { id: number };

export type Csvwerkerantwoord = { id: number; uitkomst: Segmentuitkomst } | { id: number; staat: unknown };

// Only as a thread: the module is also compiled for the main thread's type imports.
if (parentPort) {
  const poort = parentPort;
  const data = workerData as Csvwerkerdata;
  const geladen = laadTariefset(data.setBron);
  if (!geladen.ok) throw new Error("tariefset laadt niet op de rekenthread");
  const verwerker = new Segmentverwerker(data.opdracht, geladen.tariefset, data.declaraties);
  poort.on("message", (vraag: Csvwerkervraag) => {
    if (vraag.soort === "staat") return poort.postMessage({ id: vraag.id, staat: verwerker.staat() });
    const uitkomst = verwerker.verwerk(vraag.bytes, vraag.zonderQuotes);
    // The output's memory goes to the main thread as it is, not copied, when the buffer is its own.
    const eigen = uitkomst.soort === "ok" && uitkomst.uit.byteLength === uitkomst.uit.buffer.byteLength;
    poort.postMessage(
      { id: vraag.id, uitkomst } satisfies Csvwerkerantwoord,
      eigen && uitkomst.soort === "ok" ? [uitkomst.uit.buffer as ArrayBuffer] : [],
    );
  });
}
