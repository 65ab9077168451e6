/**
 * Bundled into one script and run in headless Chromium by bench/browser.ts: the same step as in Node, in the
 * JavaScript engine of Excel on the web and of Excel's WebView2 task panes and custom functions.
 */
import { genereerRijen } from "./genereer";
import { onzeBerekening } from "./meting";

(globalThis as { rekentoolMeting?: unknown }).rekentoolMeting = (n: number, schrijfwaarden: boolean): number =>
  onzeBerekening(genereerRijen(n), schrijfwaarden);
