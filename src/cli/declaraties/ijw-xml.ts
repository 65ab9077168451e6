import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { Berichtlezer, type Berichtsoort, type Berichtverslag, type Veldbron } from "../../engine";

export type { Berichtsoort, Berichtverslag };

/**
 * Reads one message file, streamed in chunks through the engine's Berichtlezer; `perRecord` gets each record in
 * order, and `naChunk` is awaited after every chunk, so output back-pressure reaches the reader.
 */
export async function leesBericht(
  pad: string,
  verwacht: Berichtsoort,
  perRecord: (bron: Veldbron, fouten: readonly string[]) => void,
  naChunk: () => Promise<void> = async () => undefined,
): Promise<Berichtverslag> {
  const lezer = new Berichtlezer(basename(pad), verwacht, perRecord);
  const stroom = createReadStream(pad, { encoding: "utf8", highWaterMark: 1 << 20 });
  try {
    for await (const stuk of stroom as AsyncIterable<string>) {
      lezer.schrijf(stuk);
      await naChunk();
      if (lezer.gestopt) break;
    }
  } finally {
    stroom.destroy();
  }
  return lezer.sluit();
}
