import type { Browser, Page } from "playwright-core";
import { nieuwePagina, schermafdruk, startBrowser, startServer, toegankelijkheid, zijwaarts } from "../helpers/browser";
import { zorgVoorBuild } from "../helpers/build";
import { jw301, jw323 } from "../helpers/ijw-berichten";

let browser: Browser;
let server: { url: string; stop: () => Promise<void> };
let sessie: Awaited<ReturnType<typeof nieuwePagina>> | undefined;

beforeAll(async () => {
  zorgVoorBuild();
  server = await startServer();
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});
afterEach(async () => {
  if (!sessie) return;
  // Nothing leaves the machine (the files are read in the page), and the page throws nothing.
  expect(sessie.extern).toEqual([]);
  expect(sessie.fouten).toEqual([]);
  await sessie.page.context().close();
});

type Werkmap = { bladen: Record<string, Record<string, unknown>>; volgorde: string[] };
const werkmap = (page: Page) => page.evaluate(() => (window as unknown as { __werkmap: Werkmap }).__werkmap);

const toewijzing = jw301({
  afzender: "0193",
  ontvanger: "Zorg Noord",
  clienten: [
    {
      bsn: "123456782",
      producten: [
        {
          ToewijzingNummer: "T-FRIVAL",
          Categorie: "50",
          Toewijzingsdatum: "2023-01-05",
          Ingangsdatum: "2023-01-01",
          Einddatum: "2023-06-30",
          Budget: 800000,
        },
      ],
    },
  ],
});
const declaratie = jw323({
  afzender: "Zorg Noord",
  ontvanger: "0193",
  declaratieNummer: "D1",
  maand: "2023-01",
  clienten: [
    {
      bsn: "123456782",
      prestaties: ["F1", "F2"].map((ref, i) => ({
        ReferentieNummer: ref,
        ToewijzingNummer: "T-FRIVAL",
        ProductCategorie: "50",
        ProductCode: `50A0${i + 1}`,
        Begindatum: "2023-01-01",
        Einddatum: "2023-01-31",
        GeleverdVolume: 40,
        Eenheid: "04",
        ProductTarief: 13000,
        Bedrag: 520000,
        DebetCredit: "D" as const,
      })),
    },
  ],
});

test("Bulk tab: JW301 and JW323 files read in the page, checked, and written to two new sheets (fake Excel)", async () => {
  sessie = await nieuwePagina(browser, { nepOffice: true });
  const page = sessie.page;
  await page.addInitScript((w) => ((window as unknown as { __werkmap: unknown }).__werkmap = w), {
    bladen: { Blad1: {} },
    volgorde: ["Blad1"],
    actief: "Blad1",
    selectie: "A1",
    tabel: null,
    tabellen: [],
    syncs: 0,
    schrijfacties: [],
  });
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByRole("tab", { name: "Bulk" }).click();
  await page
    .getByLabel("Toewijzingen (JW301, .xml)")
    .setInputFiles({ name: "jw301.xml", mimeType: "text/xml", buffer: Buffer.from(toewijzing) });
  await page
    .getByLabel("Declaraties (JW323, .xml)")
    .setInputFiles({ name: "jw323-januari.xml", mimeType: "text/xml", buffer: Buffer.from(declaratie) });
  await page.getByRole("button", { name: "Controleer declaraties" }).click();
  await page.getByText("Geschreven naar de werkbladen Toewijzingen en Prestaties.").waitFor();
  const samenvatting = await page.getByTestId("declaraties-samenvatting").textContent();
  // Two months' worth in one: 2 x 40 h x EUR 130 = EUR 10,400 on budget 5 (EUR 8,000): the second goes over.
  expect(samenvatting).toContain("Budget samen: € 8.000,00; gedeclareerd op deze toewijzingen: € 10.400,00 (130%)");
  expect(samenvatting).toContain("9369 (TR369): past niet binnen het budget: 1 prestatie");
  expect(samenvatting).not.toContain("123456782");
  const w = await werkmap(page);
  expect(w.volgorde).toEqual(["Blad1", "Toewijzingen", "Prestaties"]);
  expect(w.bladen.Toewijzingen.A2).toBe("T-FRIVAL");
  expect(w.bladen.Toewijzingen.J2).toBe(10400);
  expect(w.bladen.Prestaties.U3).toBe("9369");
  await schermafdruk(page, "13-declaraties");
  expect(await zijwaarts(page)).toBe(0);
  expect(await toegankelijkheid(page)).toEqual([]);
});
