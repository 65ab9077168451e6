import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { parentPort, Worker, workerData } from "node:worker_threads";
import { laadTariefset, type Declaraties, type Samenvattingstaat, type Tariefset } from "../../engine";

/**
 * The computing part of a file job (CSV or xlsx): segments of the file in, their output out, in the order given;
 * at the end the summary of the rows it did. The same on a thread of its own and on the main thread.
 */
export interface Segmentrekenaar<S, U> {
  /** Segment `nummer` (0, 1, 2, ... in the file's order). */
  verwerk(segment: S, nummer: number): U;
  staat(): Samenvattingstaat;
}

/** Who computes the segments of a run: threads of their own, or (a small file, tests from source) this one. */
export interface Rekenaars<S, U> {
  /** Segment `nummer`'s outcome; segments given to the same thread are done in the order given. */
  verwerk(nummer: number, segment: S): Promise<U>;
  /** The summaries of all rows done, once every segment is. */
  staten(): Promise<Samenvattingstaat[]>;
  stop(): Promise<void>;
}

type Vraag<S> = { soort: "segment"; id: number; nummer: number; segment: S } | { soort: "staat"; id: number };
type Antwoord<U> = { id: number; uitkomst?: U; staat?: Samenvattingstaat };

/** On this thread: for a file of one segment, where starting a thread costs more than it saves. */
export function hier<S, U>(rekenaar: Segmentrekenaar<S, U>): Rekenaars<S, U> {
  return {
    verwerk: async (nummer, segment) => rekenaar.verwerk(segment, nummer),
    staten: async () => [rekenaar.staat()],
    stop: async () => undefined,
  };
}

/**
 * How many threads: two on a machine with two cores or more. One when declarations are matched: a toewijzing's
 * declarations go to its first row only, so the rows must be seen in order by one run.
 */
export function aantalThreads(metDeclaraties: boolean): number {
  return metDeclaraties ? 1 : Math.max(1, Math.min(2, availableParallelism()));
}

/** One thread and the answers it owes. */
class Rekenthread<S, U> {
  private readonly wacht = new Map<number, { klaar: (a: Antwoord<U>) => void; mislukt: (f: unknown) => void }>();
  private volgende = 0;
  private fout: unknown = null;
  readonly worker: Worker;

  constructor(pad: string, data: unknown) {
    // A segment's strings die young; a young generation of 48 MB holds a segment's worth (larger ones only took
    // more memory: 96 MB, the same time and 60 MB more on the CSV bench file).
    this.worker = new Worker(pad, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: 48 } });
    this.worker.on("message", (a: Antwoord<U>) => {
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

  vraag(
    vraag: { soort: "segment"; nummer: number; segment: S } | { soort: "staat" },
    overdracht: ArrayBuffer[],
  ): Promise<Antwoord<U>> {
    if (this.fout) return Promise.reject(this.fout);
    const id = this.volgende++;
    return new Promise((klaar, mislukt) => {
      this.wacht.set(id, { klaar, mislukt });
      this.worker.postMessage({ ...vraag, id } satisfies Vraag<S>, overdracht);
    });
  }
}

/**
 * `aantal` threads running the compiled module `pad` (which calls dien), segments dealt round-robin; `overdracht`
 * names the memory a segment hands over rather than copies. Null when the compiled module is not there (tests
 * from source).
 */
export function threads<S, U>(
  pad: string,
  data: unknown,
  aantal: number,
  overdracht: (segment: S) => ArrayBuffer[],
): Rekenaars<S, U> | null {
  if (!existsSync(pad)) return null;
  const rekenaars = Array.from({ length: aantal }, () => new Rekenthread<S, U>(pad, data));
  return {
    async verwerk(nummer, segment) {
      const a = await rekenaars[nummer % aantal].vraag({ soort: "segment", nummer, segment }, overdracht(segment));
      return a.uitkomst as U;
    },
    async staten() {
      const antwoorden = await Promise.all(rekenaars.map((r) => r.vraag({ soort: "staat" }, [])));
      return antwoorden.map((a) => a.staat!);
    },
    async stop() {
      await Promise.all(rekenaars.map((r) => r.worker.terminate()));
    },
  };
}

/**
 * The size of a file job's segments: `standaard`, or REKENTOOL_SEGMENT for tests, so that small files cross
 * segment boundaries too.
 */
export function segmentgrootte(standaard: number): number {
  const gezet = Number(process.env.REKENTOOL_SEGMENT);
  return gezet > 0 ? gezet : standaard;
}

/**
 * Segments from `bron` computed by `reken` (four at a time, so both threads stay fed) and handed to `schrijf` in
 * the order of the file, each as it is done. When `schrijf` or a computation fails, the answers still coming are
 * no longer awaited, nor reported.
 */
export async function inVolgorde<S, U>(
  bron: AsyncIterable<S>,
  reken: (nummer: number, segment: S) => Promise<U>,
  schrijf: (uitkomst: U) => Promise<void>,
): Promise<void> {
  const onderweg: Promise<U>[] = [];
  try {
    let nummer = 0;
    for await (const segment of bron) {
      onderweg.push(reken(nummer++, segment));
      if (onderweg.length >= 4) await schrijf(await onderweg.shift()!);
    }
    while (onderweg.length > 0) await schrijf(await onderweg.shift()!);
  } finally {
    for (const u of onderweg) u.catch(() => undefined);
  }
}

/** Where segment `nummer` starts in a run's order of rows (see Samenvatting.positie): ample room per segment. */
export const segmentPositie = (nummer: number) => nummer * 2 ** 24;

/** In a thread (the module `threads` starts): serves the rekenaar made from the thread's data. */
export function dien<S, U>(maak: (data: unknown) => Segmentrekenaar<S, U>, overdracht: (u: U) => ArrayBuffer[]) {
  const poort = parentPort;
  if (!poort) return;
  const rekenaar = maak(workerData);
  poort.on("message", (vraag: Vraag<S>) => {
    if (vraag.soort === "staat") return poort.postMessage({ id: vraag.id, staat: rekenaar.staat() });
    const uitkomst = rekenaar.verwerk(vraag.segment, vraag.nummer);
    poort.postMessage({ id: vraag.id, uitkomst } satisfies Antwoord<U>, overdracht(uitkomst));
  });
}

/**
 * The memory of a buffer made for one segment (allocUnsafeSlow, used once): it moves to the other thread instead
 * of being copied (a view is sent with all of its memory either way). Never one of Node's shared 8 KB pool slabs.
 */
export function eigenGeheugen(bytes: Uint8Array): ArrayBuffer[] {
  const eigen = bytes.byteOffset === 0 && bytes.buffer.byteLength > Buffer.poolSize;
  return eigen ? [bytes.buffer as ArrayBuffer] : [];
}

/** What a computing thread starts with: the run's shared part, the tariff set as its source, the declarations. */
export interface Werkerdata<O> {
  opdracht: O;
  /** The set's source JSON: a compiled set holds functions, which cannot cross to a thread. */
  setBron: unknown;
  declaraties: Declaraties | undefined;
}

export function werkerdata<O>(opdracht: O, set: Tariefset, declaraties: Declaraties | undefined): Werkerdata<O> {
  return { opdracht, setBron: set.bronJson, declaraties };
}

/** In a thread: the tariff set compiled again from its source (it was checked on the main thread). */
export function setInThread(data: Werkerdata<unknown>): Tariefset {
  const geladen = laadTariefset(data.setBron);
  if (!geladen.ok) throw new Error("tariefset laadt niet op de rekenthread");
  return geladen.tariefset;
}
