import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers/build";
import { verseKopie } from "../helpers/kopie";

// CommonJS build helper, used by webpack.config.js as it is.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build script, used by webpack.config.js as it is
const { leesBasisUrl, manifestVersie, manifestVoor } = require("../../scripts/productie-url");

const VERSIE: string = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
const BASIS = "https://rekentool.voorbeeld.nl/jeugdhulp/";

function bouw(map: string, url: string | undefined): { status: number | null; uitvoer: string } {
  const env = { ...process.env };
  delete env.REKENTOOL_URL;
  if (url !== undefined) env.REKENTOOL_URL = url;
  const r = spawnSync("npm", ["run", "build"], { cwd: map, env, encoding: "utf8", timeout: 120_000 });
  return { status: r.status, uitvoer: `${r.stdout}${r.stderr}` };
}

/** Every URL-valued place in a manifest: DefaultValue attributes holding addresses, and AppDomain elements. */
function urlsIn(xml: string): string[] {
  return [...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"|<AppDomain>([^<]+)<\/AppDomain>/g)].map(
    (m) => m[1] ?? m[2],
  );
}

describe("REKENTOOL_URL: the base address the production manifest points at", () => {
  test.each([
    ["https://rekentool.voorbeeld.nl/jeugdhulp/", "https://rekentool.voorbeeld.nl/jeugdhulp/"],
    ["https://rekentool.voorbeeld.nl/jeugdhulp", "https://rekentool.voorbeeld.nl/jeugdhulp/"],
    ["  https://Intranet.Gemeente.NL:8443  ", "https://intranet.gemeente.nl:8443/"],
    ["http://localhost:8080/", "http://localhost:8080/"],
    ["http://127.0.0.1:3000/rekentool/", "http://127.0.0.1:3000/rekentool/"],
  ])("%s is accepted as %s", (invoer, basis) => {
    expect(leesBasisUrl(invoer)).toBe(basis);
  });

  test.each([
    ["http://rekentool.voorbeeld.nl/", "moet met https:// beginnen"],
    ["ftp://rekentool.voorbeeld.nl/", "moet met https:// beginnen"],
    ["rekentool.voorbeeld.nl/jeugdhulp", "geen volledig webadres"],
    ["/jeugdhulp/", "geen volledig webadres"],
    ["https:rekentool.voorbeeld.nl", "geen volledig webadres"],
    ["https://rekentool.voorbeeld.nl/?x=1", "geen '?' of '#'"],
    ["https://beheer:geheim@rekentool.voorbeeld.nl/", "geen gebruikersnaam of wachtwoord"],
  ])("%s is refused: %s", (invoer, reden) => {
    expect(() => leesBasisUrl(invoer)).toThrow(reden);
  });

  test("the manifest version is package.json's with a fourth part", () => {
    expect(manifestVersie("1.0.0")).toBe("1.0.0.0");
    expect(manifestVersie("2.3.14")).toBe("2.3.14.0");
    expect(manifestVersie("1.2.3-beta.1")).toBe("1.2.3.0");
  });

  test("every development URL moves, the AppDomain becomes the origin, and an ampersand stays valid XML", () => {
    const bron = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    const uit = manifestVoor(bron, "https://a.nl/x&y/", "3.1.4");
    expect(uit).not.toContain("localhost");
    expect(uit).toContain("<AppDomain>https://a.nl</AppDomain>");
    expect(uit).toContain('"https://a.nl/x&amp;y/functions.js"');
    expect(uit).toContain("<Version>3.1.4.0</Version>");
  });
});

describe("npm run build on a fresh clone", () => {
  const kopie = verseKopie();
  afterAll(() => kopie.opruimen());

  test("with REKENTOOL_URL: every manifest URL under that base, no localhost left, version from package.json", () => {
    const r = bouw(kopie.map, BASIS);
    expect([r.status, r.uitvoer]).toEqual([0, expect.stringContaining(`dist/manifest.xml wijst naar ${BASIS}`)]);
    const manifest = readFileSync(join(kopie.map, "dist", "manifest.xml"), "utf8");
    const pagina = readFileSync(join(kopie.map, "dist", "taskpane.html"), "utf8");
    expect(manifest).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(pagina).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(manifest).toContain(`<Version>${VERSIE}.0</Version>`);
    const urls = urlsIn(manifest);
    // SourceLocation, 5 icons, functions.js/json, SupportUrl, LearnMoreUrl, Taskpane.Url and the AppDomain
    expect(urls.length).toBeGreaterThanOrEqual(11);
    for (const url of urls) {
      if (url === "https://rekentool.voorbeeld.nl") continue; // the AppDomain is the origin itself
      expect([url, url.startsWith(BASIS)]).toEqual([url, true]);
    }
    expect(urls).toEqual(
      expect.arrayContaining([
        `${BASIS}taskpane.html`,
        `${BASIS}functions.js`,
        `${BASIS}functions.json`,
        `${BASIS}assets/icon-32.png`,
        "https://rekentool.voorbeeld.nl",
      ]),
    );
    expect(manifest).toMatch(new RegExp(`<SupportUrl DefaultValue="${BASIS}`));
    // The server settings come with every build, so a rebuild never drops them.
    const dist = join(kopie.map, "dist");
    expect(readFileSync(join(dist, "web.config"), "utf8")).toContain('<mimeMap fileExtension=".json"');
    expect(JSON.parse(readFileSync(join(dist, "staticwebapp.config.json"), "utf8")).globalHeaders).toEqual({
      "Cache-Control": "no-cache",
    });
    expect(readFileSync(join(dist, ".htaccess"), "utf8")).toContain("AddType application/json .json");
    expect(readFileSync(join(dist, "office-js", ".htaccess"), "utf8")).toContain("max-age=86400");
    expect(manifest).toMatch(new RegExp(`id="GetStarted.LearnMoreUrl" DefaultValue="${BASIS}`));
  }, 120_000);

  test("without REKENTOOL_URL: localhost kept, and the build says so in one line", () => {
    const r = bouw(kopie.map, undefined);
    expect(r.status).toBe(0);
    const regels = r.uitvoer.split("\n").filter((regel) => regel.includes("REKENTOOL_URL"));
    expect(regels).toEqual([
      "REKENTOOL_URL is niet gezet: dist/manifest.xml wijst naar https://localhost:3000/ (alleen voor ontwikkelen; zie docs/installeren.md).",
    ]);
    expect(readFileSync(join(kopie.map, "dist", "manifest.xml"), "utf8")).toContain(
      '"https://localhost:3000/taskpane.html"',
    );
  }, 120_000);

  test.each([
    ["http://rekentool.voorbeeld.nl/", "moet met https:// beginnen"],
    ["rekentool.voorbeeld.nl", "geen volledig webadres"],
  ])(
    "REKENTOOL_URL=%s stops the build with a clear message and a non-zero exit",
    (url, reden) => {
      const r = bouw(kopie.map, url);
      expect(r.status).not.toBe(0);
      expect(r.uitvoer).toContain("Bouwen gestopt: REKENTOOL_URL");
      expect(r.uitvoer).toContain(reden);
      expect(r.uitvoer).not.toMatch(/\n\s+at .+:\d+:\d+/);
    },
    60_000,
  );
});
