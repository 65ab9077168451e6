/// <reference lib="dom" />
// (The page callbacks below run in the browser; the benchmark compiles this file without the DOM library.)
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { DIST, ROOT } from "./build";

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".css": "text/css",
};

/** Serves the built add-in on 127.0.0.1 only, on a free port. */
export async function startServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const pad = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    const bestand = join(DIST, pad);
    if (!bestand.startsWith(DIST) || !existsSync(bestand) || statSync(bestand).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(bestand)] ?? "application/octet-stream" });
    createReadStream(bestand).pipe(res);
  });
  await new Promise<void>((klaar) => server.listen(0, "127.0.0.1", klaar));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((klaar) => server.close(() => klaar())) };
}

/** Debian's chromium, installed by .ci/run; the browser tests and the benchmark both use it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function startBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/**
 * A page that records every request to a host other than 127.0.0.1 (and blocks it): tests assert the list is empty.
 * With `nepOffice`, the fake Office/Excel of test/browser/nep-office.js is served in place of office.js.
 */
export async function nieuwePagina(
  browser: Browser,
  opties: { nepOffice?: boolean; breedte?: number } = {},
): Promise<{ page: Page; extern: string[]; fouten: string[] }> {
  // Excel gives a task pane about 350 px: that is where the pane is tested, unless a test asks for another width.
  const context = await browser.newContext({
    locale: "nl-NL",
    viewport: { width: opties.breedte ?? 350, height: 800 },
  });
  const page = await context.newPage();
  const extern: string[] = [];
  const fouten: string[] = [];
  page.on("pageerror", (f) => fouten.push(f.message));
  await page.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== "127.0.0.1") {
      extern.push(url.href);
      return route.abort();
    }
    if (opties.nepOffice && url.pathname.endsWith("/office-js/office.js")) {
      return route.fulfill({
        contentType: "text/javascript",
        body: readFileSync(join(ROOT, "test", "browser", "nep-office.js"), "utf8"),
      });
    }
    return route.continue();
  });
  return { page, extern, fouten };
}

const SCHERMAFDRUKKEN = join(ROOT, "test-output", "schermafdrukken");

export async function schermafdruk(page: Page, naam: string): Promise<void> {
  mkdirSync(SCHERMAFDRUKKEN, { recursive: true });
  await page.screenshot({ path: join(SCHERMAFDRUKKEN, `${naam}.png`), fullPage: true });
}

// Read when first used: the benchmark loads this file from a compiled copy where ROOT is elsewhere.
let axeBron: string | null = null;

/** axe-core's serious and critical findings on the page as it is now (runs offline, inside the page). */
export async function toegankelijkheid(page: Page): Promise<string[]> {
  axeBron ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axeBron });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            d: Document,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    // Fluent's focus manager (tabster) puts aria-hidden focus sentinels at the ends of <body> that hand focus on at
    // once; axe reports them as focusable content inside aria-hidden. They are the library's, not a control of ours.
    const r = await axe.run({ exclude: [["body > i[aria-hidden]"]] } as unknown as Document);
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

/** How far the page scrolls sideways (0 when it fits). */
export function zijwaarts(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
