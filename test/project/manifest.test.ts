import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { imageSize } from "image-size";
import { DIST, ROOT, zorgVoorBuild } from "../helpers/build";

const BASIS = "https://localhost:3000/";
const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  isArray: (naam) => ["Set", "Image", "Url", "String", "Runtime"].includes(naam),
});
const manifest = parser.parse(xml).OfficeApp;
const vo = manifest.VersionOverrides;
const host = vo.Hosts.Host;
const bronnen = vo.Resources;
const urls: Record<string, string> = Object.fromEntries(
  bronnen.Urls.Url.map((u: Record<string, string>) => [u["@id"], u["@DefaultValue"]]),
);
const afbeeldingen: Record<string, string> = Object.fromEntries(
  bronnen.Images.Image.map((u: Record<string, string>) => [u["@id"], u["@DefaultValue"]]),
);
const korteTeksten: Record<string, string> = Object.fromEntries(
  bronnen.ShortStrings.String.map((u: Record<string, string>) => [u["@id"], u["@DefaultValue"]]),
);

function bestandVoor(url: string): string {
  expect(url.startsWith(BASIS)).toBe(true);
  return join(DIST, url.slice(BASIS.length));
}

beforeAll(zorgVoorBuild);

describe("manifest.xml (checked offline; `npm run validate` asks Microsoft's service)", () => {
  test("identity: GUID id, four-part version equal to package.json, Dutch locale, Excel workbook host", () => {
    expect(manifest.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const versie = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
    expect(manifest.Version).toBe(`${versie}.0`);
    expect(manifest.DefaultLocale).toBe("nl-NL");
    expect(manifest.Hosts.Host["@Name"]).toBe("Workbook");
    expect(manifest["@type"]).toBe("TaskPaneApp");
  });

  test("requirement sets: shared runtime and custom functions", () => {
    const sets = manifest.Requirements.Sets.Set.map((s: Record<string, string>) => `${s["@Name"]} ${s["@MinVersion"]}`);
    expect(sets).toEqual(["SharedRuntime 1.1", "CustomFunctionsRuntime 1.1"]);
  });

  test("one long-lived shared runtime hosts the task pane, the functions page and the function file", () => {
    expect(host.Runtimes.Runtime).toEqual([{ "@resid": "Taskpane.Url", "@lifetime": "long" }]);
    const cf = host.AllFormFactors.ExtensionPoint;
    expect(cf["@type"]).toBe("CustomFunctions");
    expect(cf.Page.SourceLocation["@resid"]).toBe("Taskpane.Url");
    expect(host.DesktopFormFactor.FunctionFile["@resid"]).toBe("Taskpane.Url");
    expect(host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group.Control.Action.SourceLocation["@resid"]).toBe(
      "Taskpane.Url",
    );
    expect(korteTeksten[cf.Namespace["@resid"]]).toBe("JH");
    expect(urls[cf.Script.SourceLocation["@resid"]]).toBe(`${BASIS}functions.js`);
    expect(urls[cf.Metadata.SourceLocation["@resid"]]).toBe(`${BASIS}functions.json`);
  });

  test("every resid used is defined", () => {
    const gebruikt = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    const gedefinieerd = new Set([
      ...Object.keys(urls),
      ...Object.keys(afbeeldingen),
      ...Object.keys(korteTeksten),
      ...bronnen.LongStrings.String.map((s: Record<string, string>) => s["@id"]),
    ]);
    for (const id of gebruikt) expect([id, gedefinieerd.has(id)]).toEqual([id, true]);
    for (const id of gebruikt) expect(id.length).toBeLessThanOrEqual(32);
  });

  test("every URL points at a file the build emits", () => {
    const alle = [...xml.matchAll(/"(https:\/\/localhost:3000\/[^"]*)"/g)].map((m) => m[1]);
    expect(alle.length).toBeGreaterThan(5);
    for (const url of alle) expect([url, existsSync(bestandVoor(url))]).toEqual([url, true]);
    const pagina = readFileSync(join(DIST, "taskpane.html"), "utf8");
    expect(pagina).toMatch(/<script[^>]+src="?office-js\/office\.js/);
    expect(pagina).toMatch(/functions\.js/);
    expect(existsSync(join(DIST, "office-js", "office.js"))).toBe(true);
  });

  test("every icon exists with the size the manifest states", () => {
    const metMaat: [string, number][] = [
      [manifest.IconUrl["@DefaultValue"], 32],
      [manifest.HighResolutionIconUrl["@DefaultValue"], 64],
    ];
    for (const [id, url] of Object.entries(afbeeldingen)) metMaat.push([url, Number(/(\d+)x\1$/.exec(id)![1])]);
    for (const img of xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g))
      metMaat.push([afbeeldingen[img[2]], Number(img[1])]);
    for (const [url, maat] of metMaat) {
      const afm = imageSize(readFileSync(bestandVoor(url)));
      expect([url, afm.width, afm.height, afm.type]).toEqual([url, maat, maat, "png"]);
    }
  });
});
