import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Declaraties, Samenvattingstaat, Tariefset } from "../../engine";
import { Segmentverwerker, type Csvopdracht, type Segmentuitkomst } from "./csv-segment";
import type { Segment } from "./csv-segmenten";
import type { Csvvraag, Csvwerkerantwoord, Csvwerkerdata, Csvwerkervraag } from "./csv-werker";

/** Who computes the segments of a CSV run: threads of their own, or (small file, tests from source) this one. */
export interface Rekenaars {
  /** The segment's outcome; segments given to the same rekenaar are done in the order given. */
  verwerk(nummer: number, segment: Segment): Promise<Segmentuitkomst>;
  /** The summaries of all rows done, once every segment is. */
  staten(): Promise<Samenvattingstaat[]>;
  stop(): Promise<void>;
}

/** On this thread: for a file of one segment, where starting a thread costs more than it saves. */
export function hier(opdracht: Csvopdracht, set: Tariefset, declaraties: Declaraties | undefined): Rekenaars {
  const verwerker = new Segmentverwerker(opdracht, set, declaraties);
  return {
    verwerk: async (_nummer, s) => verwerker.verwerk(s.bytes, s.zonderQuotes),
    staten: async () => [verwerker.staat()],
    stop: async () => undefined,
  };
}

/** One thread and the answers it owes, in the order asked. */
class Rekenthread {
  private readonly wacht = new Map<number, { klaar: (a: Csvwerkerantwoord) => void; mislukt: (f: unknown) => void }>();
  private volgende = 0;
  private fout: unknown = null;
  readonly worker: Worker;

  constructor(pad: string, data: Csvwerkerdata) {
    // A segment's strings die young; a young generation of 48 MB holds a segment's worth (larger ones only took
    // more memory: 96 MB, the same time and 60 MB more on the bench file).
    this.worker = new Worker(pad, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: 48 } });
    this.worker.on("message", (a: Csvwerkerantwoord) => {
      const w = this.wacht.get(a.id);
      this.wacht.delete(a.id);
      w?.klaar(a);
    });
    this.worker.on("error", (f) => this.breek(f));
    this.worker.on("exit", (code) => this.breek(new Error(`rekenthread stopte (code ${code})`)));
  }

  private breek(fout: unknown): void {
    this.fout ??= fout;
    for (const w of this.wacht.values()) w.mislukt(this.fout);
    this.wacht.clear();
  }

  vraag(vraag: Csvvraag, overdracht: ArrayBuffer[] = []): Promise<Csvwerkerantwoord> {
    if (this.fout) return Promise.reject(this.fout);
    const id = this.volgende++;
    return new Promise((klaar, mislukt) => {
      this.wacht.set(id, { klaar, mislukt });
      this.worker.postMessage({ ...vraag, id } satisfies Csvwerkervraag, overdracht);
    });
  }
}

/**
 * Threads of their own for a large file: two on a machine with two cores or more, segments dealt round-robin.
 * One thread when declarations are matched: a toewijzing's declarations go to its first row only, so the rows
 * must be seen in order by one run. Null when the compiled thread is not there (tests from source).
 */
export function threads(opdracht: Csvopdracht, set: Tariefset, declaraties: Declaraties | undefined): Rekenaars | null {
  const pad = join(__dirname, "csv-werker.js");
  if (!existsSync(pad)) return null;
  const aantal = declaraties ? 1 : Math.max(1, Math.min(2, availableParallelism()));
  const data: Csvwerkerdata = { opdracht, setBron: set.bronJson, declaraties };
  const rekenaars = Array.from({ length: aantal }, () => new Rekenthread(pad, data));
  return {
    async verwerk(nummer, s) {
      const buffer = s.bytes.buffer as ArrayBuffer;
      // The segment's memory moves to the thread when the segment is all of it (as the reader makes them).
      const eigen = s.bytes.byteOffset === 0 && s.bytes.byteLength <= buffer.byteLength;
      const a = await rekenaars[nummer % aantal].vraag(
        { soort: "segment", bytes: s.bytes, zonderQuotes: s.zonderQuotes },
        eigen ? [buffer] : [],
      );
      return (a as { uitkomst: Segmentuitkomst }).uitkomst;
    },
    async staten() {
      const antwoorden = await Promise.all(rekenaars.map((r) => r.vraag({ soort: "staat" })));
      return antwoorden.map((a) => (a as { staat: Samenvattingstaat }).staat);
    },
    async stop() {
      await Promise.all(rekenaars.map((r) => r.worker.terminate()));
    },
  };
}
