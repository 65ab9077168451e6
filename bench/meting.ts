/**
 * The timed step of the benchmark, the same in Node and in the browser: our bulk step as the Excel path runs
 * it, chunk by chunk, cell values in, the chunk's results (typed columns) and the summary out. No Node API
 * here: bench/in-browser.ts runs this file in Chromium.
 */
import { Bulkrun, maakKolomkaart, rijenPerBlok, STANDAARD_TARIEFSET, UITVOER } from "../src/engine";
import { type Rijuitkomsten } from "../src/engine/bulk/uitkomsten";
import { KOPPEN } from "./genereer";

export const PER_BLOK = rijenPerBlok(KOPPEN.length + UITVOER.length);

function mediaan(tijden: number[]): number {
  const s = [...tijden].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * One untimed run, then five timed runs over all rows; the median in ms. The untimed run keeps out what is
 * not ours: the garbage the generator of the rows leaves for the collector, and the engine's first compiles.
 * Each chunk comes in as Excel sends it: new values parsed from JSON, so its strings are new and shared with no
 * other chunk (rows made once and reused would share every "herstel" and flatter any lookup). That parse is
 * Excel's I/O: only the step from values to results is timed, chunk by chunk.
 * With `schrijfwaarden` also the rows of cells that one range write sends to Excel. The results are kept
 * until the next chunk, as Excel's path keeps them until written: results that are thrown away at once let
 * V8 skip building them and make the figure look better than it is.
 */
export function onzeBerekening(rijen: unknown[][], schrijfwaarden: boolean): number {
  const kaart = maakKolomkaart([...KOPPEN]);
  const alle = UITVOER.map((_, i) => i);
  const blokken: string[] = [];
  for (let start = 0; start < rijen.length; start += PER_BLOK)
    blokken.push(JSON.stringify(rijen.slice(start, start + PER_BLOK)));
  const tijden: number[] = [];
  let bewaard: unknown = null;
  for (let h = -1; h < 5; h++) {
    let tijd = 0;
    const run = new Bulkrun(kaart, STANDAARD_TARIEFSET);
    let uit: Rijuitkomsten | undefined;
    for (const json of blokken) {
      const blok = JSON.parse(json) as unknown[][];
      const t = performance.now();
      uit = run.verwerkBlok(blok, uit);
      if (schrijfwaarden) bewaard = uit.matrix(blok.length, alle, () => "");
      tijd += performance.now() - t;
    }
    if (h >= 0) tijden.push(tijd);
    if (run.samenvatting.rijen !== rijen.length || bewaard === undefined) throw new Error("niet alle rijen verwerkt");
  }
  return mediaan(tijden);
}
