/**
 * The timed step of the benchmark, the same in Node and in the browser: our bulk step as the Excel path runs
 * it, chunk by chunk, cell values in, the chunk's results (typed columns) and the summary out. No Node API
 * here: bench/in-browser.ts runs this file in Chromium.
 */
import { Bulkrun, maakKolomkaart, rijenPerBlok, STANDAARD_TARIEFSET, UITVOER, type Rijuitkomsten } from "../src/engine";
import { KOPPEN } from "./genereer";

export const PER_BLOK = rijenPerBlok(KOPPEN.length + UITVOER.length);

export function mediaan(tijden: number[]): number {
  const s = [...tijden].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * One untimed run, then five timed runs over all rows; the median in ms. The untimed run keeps out what is
 * not ours: the garbage the generator of the rows leaves for the collector, and the engine's first compiles.
 * With `schrijfwaarden` also the rows of cells that one range write sends to Excel. The results are kept
 * until the next chunk, as Excel's path keeps them until written: results that are thrown away at once let
 * V8 skip building them and make the figure look better than it is.
 */
export function onzeBerekening(rijen: unknown[][], schrijfwaarden: boolean): number {
  const kaart = maakKolomkaart([...KOPPEN]);
  const alle = UITVOER.map((_, i) => i);
  const tijden: number[] = [];
  let bewaard: unknown = null;
  for (let h = -1; h < 5; h++) {
    const t = performance.now();
    const run = new Bulkrun(kaart, STANDAARD_TARIEFSET);
    let uit: Rijuitkomsten | undefined;
    for (let start = 0; start < rijen.length; start += PER_BLOK) {
      const blok = rijen.slice(start, start + PER_BLOK);
      uit = run.verwerkBlok(blok, uit);
      if (schrijfwaarden) bewaard = uit.matrix(blok.length, alle, () => "");
    }
    if (h >= 0) tijden.push(performance.now() - t);
    if (run.samenvatting.rijen !== rijen.length || bewaard === undefined) throw new Error("niet alle rijen verwerkt");
  }
  return mediaan(tijden);
}
