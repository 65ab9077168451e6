/**
 * Runs bench/meting.ts in headless Chromium (Debian's chromium, started as the browser tests start it).
 * Custom functions and the task pane run in the browser's engine inside Excel, not in Node; this gives the
 * figure for that engine. Nothing is fetched: the page is about:blank and the script is injected.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { CHROMIUM, startBrowser } from "../test/helpers/browser";

export interface Browsermeting {
  versie: string;
  /** Median ms per N rows (N, schrijfwaarden) as asked. */
  tijden: number[];
}

/** Null when there is no Chromium on this machine. `compiled` is bench/out/js (the JavaScript that ships). */
export async function meetInBrowser(compiled: string, metingen: [number, boolean][]): Promise<Browsermeting | null> {
  if (!existsSync(CHROMIUM)) return null;
  const bundel = await build({
    entryPoints: [join(compiled, "bench", "in-browser.js")],
    bundle: true,
    format: "iife",
    platform: "browser",
    write: false,
    logLevel: "error",
  });
  const browser = await startBrowser();
  try {
    // One page for all, in the order Node measures them: the first measurement warms the code up, as in Node.
    const pagina = await browser.newPage();
    await pagina.addScriptTag({ content: bundel.outputFiles[0].text });
    const tijden: number[] = [];
    for (const [n, schrijfwaarden] of metingen) {
      tijden.push(
        await pagina.evaluate(
          ([n, s]) =>
            (globalThis as unknown as { rekentoolMeting: (n: number, s: boolean) => number }).rekentoolMeting(n, s),
          [n, schrijfwaarden] as const,
        ),
      );
    }
    return { versie: `Chromium ${browser.version()}`, tijden };
  } finally {
    await browser.close();
  }
}
