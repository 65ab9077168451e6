import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { nieuwePagina, schermafdruk, startBrowser, startServer, toegankelijkheid, zijwaarts } from "../helpers/browser";
import { DIST, zorgVoorBuild } from "../helpers/build";
import { bronKopie } from "../helpers/tariefsets";

let browser: Browser;
let server: { url: string; stop: () => Promise<void> };

beforeAll(async () => {
  zorgVoorBuild();
  server = await startServer();
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

type Sessie = Awaited<ReturnType<typeof nieuwePagina>>;
let sessie: Sessie;
afterEach(async () => {
  if (!sessie) return;
  // No request may leave the machine, and the page may not throw.
  expect(sessie.extern).toEqual([]);
  expect(sessie.fouten).toEqual([]);
  await sessie.page.context().close();
});

test("the task pane's JavaScript stays under 250 KB gzip", () => {
  const gzip =
    gzipSync(readFileSync(join(DIST, "taskpane.js"))).length +
    gzipSync(readFileSync(join(DIST, "functions.js"))).length;
  expect(gzip).toBeLessThan(250 * 1024);
});

async function open(opties: { nepOffice?: boolean; werkmap?: unknown; breedte?: number } = {}): Promise<Page> {
  sessie = await nieuwePagina(browser, opties);
  if (opties.werkmap)
    await sessie.page.addInitScript(
      (w) => ((window as unknown as { __werkmap: unknown }).__werkmap = w),
      opties.werkmap,
    );
  await sessie.page.goto(`${server.url}/taskpane.html`);
  // The pane is up once its form shows, or (no usable tariff set) the message that nothing is calculated.
  await sessie.page
    .getByRole("heading", { name: "Groepsaanbod" })
    .or(sessie.page.getByText("Er wordt niet gerekend zolang").first())
    .first()
    .waitFor();
  return sessie.page;
}

/**
 * One state of the pane as a user sees it: a screenshot in test-output/, no sideways scrolling at this width,
 * and no serious or critical accessibility finding.
 */
async function staat(page: Page, naam: string): Promise<void> {
  await schermafdruk(page, naam);
  expect([naam, await zijwaarts(page)]).toEqual([naam, 0]);
  expect([naam, await toegankelijkheid(page)]).toEqual([naam, []]);
}

/** Waits (up to 3 s) until f gives the expected value, then asserts it: for what changes after a pause. */
async function wachtTot<T>(f: () => Promise<T>, verwacht: T): Promise<void> {
  const einde = Date.now() + 3000;
  let nu = await f();
  while (JSON.stringify(nu) !== JSON.stringify(verwacht) && Date.now() < einde) {
    await new Promise((k) => setTimeout(k, 100));
    nu = await f();
  }
  expect(nu).toEqual(verwacht);
}

const veld = (page: Page, label: string) => page.getByRole("textbox", { name: label, exact: true });
const kaart = (page: Page) => page.getByTestId("samenvatting").locator("span").allTextContents();

/** Mark with the mouse: each click counted (typing into a clicked field is part of that click's work). */
async function markMetMuis(page: Page): Promise<number> {
  let klikken = 0;
  const klik = async (doel: ReturnType<Page["getByRole"]>, tekst?: string) => {
    await doel.click();
    klikken++;
    if (tekst !== undefined) await page.keyboard.type(tekst);
  };
  await klik(veld(page, "Dagen per week"), "2");
  await klik(veld(page, "Uren per dag"), "3");
  await klik(veld(page, "Weken groepsaanbod"), "26");
  await klik(page.getByRole("radio", { name: /^licht/ }));
  await klik(veld(page, "Uren per week"), "3");
  // Weken ambulant follow the group offer's 26: nothing to type.
  await klik(page.getByRole("radio", { name: /^Overwegend begeleiding/ }));
  return klikken;
}

describe("the task pane at Excel's width (350 px), standalone", () => {
  test("Mark by mouse: 6 clicks, the answer in the card, the record with traject, verwijzer, set and date", async () => {
    const page = await open();
    await expect(page.getByTestId("tariefset").textContent()).resolves.toMatch(/IJsselland 2023.*losse rekenhulp/);
    // Outside Excel: no sheet buttons and no Bulk tab; every tab has its panel.
    await expect(page.getByRole("button", { name: "Schrijf naar werkblad" }).count()).resolves.toBe(0);
    await expect(page.getByRole("tab").allTextContents()).resolves.toEqual(["Rekenhulp", "Tarieven"]);
    await expect(page.getByRole("tab", { name: "Rekenhulp" }).getAttribute("aria-selected")).resolves.toBe("true");
    for (const tab of await page.getByRole("tab").all()) {
      const paneel = await tab.getAttribute("aria-controls");
      await expect(page.locator(`[role=tabpanel]#${paneel}`).count()).resolves.toBe(1);
    }
    // Nothing typed yet: no messages, and the card says what to do, not what is wrong.
    await expect(page.locator(".fui-Field__validationMessage").count()).resolves.toBe(0);
    await expect(kaart(page)).resolves.toEqual([
      "Nog niet te berekenen",
      "Vul groepsaanbod, ambulante hulp of allebei in.",
    ]);
    await staat(page, "1-leeg");

    expect(await markMetMuis(page)).toBeLessThanOrEqual(8);
    await expect(kaart(page)).resolves.toEqual(["Totaal € 7.687,68", "Standaardbudget 5 (€ 8.000,00)"]);
    await expect(page.getByTestId("budget-groep").textContent()).resolves.toBe("€ 2.227,68");
    await expect(page.getByTestId("budget-ambulant").textContent()).resolves.toBe("€ 5.460,00");
    await expect(page.getByTestId("totaal").textContent()).resolves.toBe("€ 7.687,68");
    await expect(page.getByTestId("standaardbudget").textContent()).resolves.toBe(
      "5 (€ 8.000,00): het eerste niveau op of boven het totaal",
    );
    await expect(page.getByTestId("niveau-5").getAttribute("aria-current")).resolves.toBe("true");
    const verslag = await page.locator("#verslag").innerText();
    for (const regel of [
      "hersteltraject",
      "gemeentelijke toegang",
      "1 januari 2023 t/m 31 december 2023",
      "6 x 26 weken = 156",
    ])
      expect(verslag).toContain(regel);
    expect(verslag).toMatch(
      /Berekend op\s+\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) 20\d\d/,
    );
    // The screen reader hears the total once typing pauses.
    await wachtTot(
      () => page.getByTestId("voorgelezen").textContent(),
      "Totaal € 7.687,68. Standaardbudget 5 (€ 8.000,00).",
    );
    await staat(page, "2-mark");

    await page.getByRole("button", { name: "Toewijzing maken" }).click();
    // Focus moves to the heading of what appeared.
    await wachtTot(() => page.evaluate(() => document.activeElement?.textContent), "Toewijzing (iJw)");
    await page.getByLabel("Ingangsdatum", { exact: true }).fill("2023-01-02");
    const toewijzing = await page.getByTestId("toewijzing").textContent();
    expect(toewijzing).toContain("Productcategorie: 50");
    expect(toewijzing).toContain("Budget: 800000 eurocent (€ 8.000,00)");
    expect(toewijzing).toContain("Einddatum: 2023-07-02");
    await staat(page, "3-mark-toewijzing");

    // Printed: only the record, on A4.
    await page.emulateMedia({ media: "print" });
    const zichtbaar = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((e) => getComputedStyle(e).visibility);
    await expect(zichtbaar("#verslag")).resolves.toBe("visible");
    await expect(zichtbaar("form")).resolves.toBe("hidden");
    await expect(zichtbaar("[role=tablist]")).resolves.toBe("hidden");
    await expect(zichtbaar("[data-testid=samenvatting]")).resolves.toBe("hidden");
    await schermafdruk(page, "4-mark-afdruk");
  });

  test("Mark by keyboard only: at most 20 keystrokes from an empty pane to the answer", async () => {
    const page = await open();
    const toetsen: string[] = [];
    const druk = async (...reeks: string[]) => {
      for (const t of reeks) {
        toetsen.push(t);
        await page.keyboard.press(t);
      }
    };
    // Tab list, traject (herstel is chosen), verwijzer (toegang is chosen), then the first field.
    await druk("Tab", "Tab", "Tab", "Tab");
    await expect(
      page.evaluate(() => document.activeElement?.closest(".fui-Field")?.querySelector("label")?.textContent),
    ).resolves.toBe("Dagen per week");
    await druk("2", "Tab", "3", "Tab", "2", "6", "Tab", "Space", "Tab", "3", "Tab", "Tab", "Space");
    await expect(kaart(page)).resolves.toEqual(["Totaal € 7.687,68", "Standaardbudget 5 (€ 8.000,00)"]);
    expect(toetsen.length).toBeLessThanOrEqual(20);
    // Nothing sticky covers the focused control: the answer card sits below it.
    const [focus, kaartTop] = await page.evaluate(() => [
      document.activeElement!.getBoundingClientRect().bottom,
      document.querySelector("[data-testid=samenvatting]")!.getBoundingClientRect().top,
    ]);
    expect(focus).toBeLessThanOrEqual(kaartTop);
  });

  test("Frival: € 8.450,00 is level 6; the agreed level 5 with its reason comes first everywhere", async () => {
    const page = await open();
    await veld(page, "Uren per week").fill("2,5");
    await veld(page, "Weken ambulant").fill("26");
    await page.getByRole("radio", { name: /^Grote ggz/ }).check();
    await expect(kaart(page)).resolves.toEqual(["Totaal € 8.450,00", "Standaardbudget 6 (€ 12.000,00)"]);
    await page.getByRole("combobox", { name: "Ander standaardbudget afspreken (optioneel)" }).selectOption("5");
    await expect(page.getByText("Vul de reden in").count()).resolves.toBeGreaterThan(0);
    await page
      .getByRole("textbox", { name: "Reden" })
      .fill("De inschatting is een gemiddelde; afgesproken met de aanbieder.");
    await expect(kaart(page)).resolves.toEqual([
      "Totaal € 8.450,00",
      "Toegewezen: standaardbudget 5 (€ 8.000,00); berekend: 6 (€ 12.000,00)",
    ]);
    await expect(page.getByTestId("standaardbudget").textContent()).resolves.toBe(
      "Toegewezen: standaardbudget 5 (€ 8.000,00); berekend: 6 (€ 12.000,00); reden: De inschatting is een gemiddelde; afgesproken met de aanbieder.",
    );
    await expect(page.getByTestId("niveau-5").textContent()).resolves.toContain("(toegewezen)");
    await expect(page.getByTestId("niveau-6").textContent()).resolves.toContain("(berekend)");
    await expect(page.getByText("ligt onder het berekende totaal € 8.450,00").count()).resolves.toBe(1);
    await staat(page, "5-frival");
    await page.getByRole("button", { name: "Toewijzing maken" }).click();
    await expect(page.getByTestId("toewijzing").textContent()).resolves.toContain(
      "Grondslag: Toegewezen: standaardbudget 5 (€ 8.000,00); berekend: 6 (€ 12.000,00)",
    );
    await staat(page, "6-frival-toewijzing");
    // A reason with a long link wraps: the pane never scrolls sideways.
    await page
      .getByRole("textbox", { name: "Reden" })
      .fill("Zie https://intranet.gemeente.nl/jeugd/besluiten/2026/toewijzing-afspraak-aanbieder-kindkracht-12345.pdf");
    await page.getByRole("button", { name: "Toewijzing maken" }).click();
    await staat(page, "6b-frival-lange-reden");
  });

  test("in Excel at 320 px, the narrowest pane, the four tabs fit (they wrap)", async () => {
    const page = await open({ nepOffice: true, breedte: 320 });
    await page.getByRole("tab", { name: "Vergelijken" }).waitFor();
    expect(await zijwaarts(page)).toBe(0);
    await page.getByRole("tab", { name: "Vergelijken" }).click();
    await staat(page, "tabs-320");
  });

  test("Greetje: about 21 hours of ggz treatment (€ 2.730,00) is standaardbudget 3", async () => {
    const page = await open();
    await veld(page, "Uren per week").fill("0,75");
    await veld(page, "Weken ambulant").fill("28");
    await page.getByRole("radio", { name: /^Grote ggz/ }).check();
    await expect(kaart(page)).resolves.toEqual(["Totaal € 2.730,00", "Standaardbudget 3 (€ 3.000,00)"]);
    await staat(page, "7-greetje");
  });

  test("Greetje as the region tells it: a known amount of € 2.750 with its source is standaardbudget 3", async () => {
    const page = await open();
    await veld(page, "Bekend bedrag (euro)").fill("2750");
    await veld(page, "Bron van het bedrag").click();
    await expect(page.getByText("Bron van het bekende bedrag ontbreekt").count()).resolves.toBe(0);
    await page.keyboard.type("standaardinterventie CGT, gebruikelijk € 2.500 tot € 3.000");
    await expect(kaart(page)).resolves.toEqual(["Totaal € 2.750,00", "Standaardbudget 3 (€ 3.000,00)"]);
    await expect(page.getByTestId("bekend-bedrag").textContent()).resolves.toBe("€ 2.750,00");
    await expect(page.locator("#verslag").textContent()).resolves.toContain(
      "bron: standaardinterventie CGT, gebruikelijk € 2.500 tot € 3.000",
    );
    await staat(page, "7b-greetje-bekend-bedrag");
    // Hours as well: which counts cannot be guessed, and the pane says so at the amount.
    await veld(page, "Uren per week").fill("3");
    await veld(page, "Bekend bedrag (euro)").focus();
    await veld(page, "Bekend bedrag (euro)").blur();
    await wachtTot(() => page.getByText("vul een bekend bedrag óf uren").count(), 1);
  });

  test("the guide's indication stands in the record beside the calculated level, as a guide", async () => {
    const page = await open();
    await veld(page, "Uren per week").fill("2,5");
    await veld(page, "Weken ambulant").fill("26");
    await page.getByRole("radio", { name: /^Grote ggz/ }).check();
    await page.getByRole("combobox", { name: "Soort hulp (richtlijn, optioneel)" }).selectOption("GGZ");
    await expect(page.getByTestId("indicatie").textContent()).resolves.toBe(
      "5 (GGZ: specialistische ggz (34 t/m 66 uur)); een richtlijn, geen regel",
    );
    await expect(kaart(page)).resolves.toEqual(["Totaal € 8.450,00", "Standaardbudget 6 (€ 12.000,00)"]);
    await staat(page, "7c-richtlijn");
    // Two levels from the guide: a waarschuwing, and the level stays the calculated one.
    await expect(page.getByText(/niveaus af van de richtlijn/).count()).resolves.toBe(0);
    await veld(page, "Uren per week").fill("2");
    await veld(page, "Weken ambulant").fill("10");
    await page.getByRole("radio", { name: /^Overwegend begeleiding/ }).check();
    await page.getByRole("combobox", { name: "Soort hulp (richtlijn, optioneel)" }).selectOption("J&O");
    await expect(kaart(page)).resolves.toEqual(["Totaal € 1.400,00", "Standaardbudget 2 (€ 2.000,00)"]);
    await wachtTot(() => page.getByText(/wijkt 2 niveaus af van de richtlijn voor J&O/).count(), 1);
    await staat(page, "7d-richtlijn-afwijking");
  });

  test("duurzaam: 52 weeks shown as fixed text, zwaar not choosable and why, rates the set lacks say so", async () => {
    const page = await open();
    await page.getByRole("radio", { name: /^Duurzaam traject/ }).check();
    await expect(page.getByTestId("weken-groep").textContent()).resolves.toBe(
      "Weken: 52 weken (vast, budget per jaar)",
    );
    await expect(veld(page, "Weken groepsaanbod").count()).resolves.toBe(0);
    const zwaar = page.getByRole("radio", { name: /^zwaar/ });
    await expect(zwaar.isDisabled()).resolves.toBe(true);
    await expect(
      page.getByRole("radio", { name: "zwaar (niet in duurzaam, alleen bij KDC/ODC)", exact: true }).count(),
    ).resolves.toBe(1);
    await expect(
      page.getByRole("radio", { name: "middel (tarief nog niet beschikbaar; vraag functioneel beheer)" }).count(),
    ).resolves.toBe(1);
    await page.getByRole("checkbox", { name: /KDC\/ODC/ }).check();
    await expect(
      page
        .getByRole("radio", { name: "zwaar (tarief nog niet beschikbaar; vraag functioneel beheer)", exact: true })
        .count(),
    ).resolves.toBe(1);
    await veld(page, "Dagen per week").fill("1");
    await veld(page, "Uren per dag").fill("4");
    await page.getByRole("radio", { name: /^licht/ }).check();
    // 1 x 4 x 52 x € 14,28 = € 2.970,24
    await expect(kaart(page)).resolves.toEqual(["Totaal € 2.970,24", "Standaardbudget 3 (€ 3.000,00)"]);
    await staat(page, "8-duurzaam");
  });

  test("a message appears only after leaving a field, and never moves the control being clicked", async () => {
    const page = await open();
    await veld(page, "Uren per week").fill("abc");
    await expect(page.getByText("'abc' is geen getal").count()).resolves.toBe(0);
    // Leave the field by clicking the control right below it: the click must land.
    await page.getByRole("radio", { name: /^Overwegend begeleiding/ }).click();
    await expect(page.getByRole("radio", { name: /^Overwegend begeleiding/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByText("'abc' is geen getal").count()).resolves.toBe(1);
    // Only what was touched counts.
    await expect(kaart(page)).resolves.toEqual(["Nog niet te berekenen", "1 veld te verbeteren"]);
    await veld(page, "Weken ambulant").fill("120");
    await page.keyboard.press("Tab");
    await expect(page.getByText("een hersteltraject duurt hoogstens 104 weken").count()).resolves.toBe(1);
    await expect(kaart(page)).resolves.toEqual(["Nog niet te berekenen", "2 velden te verbeteren"]);
    await staat(page, "9-ongeldige-invoer");
  });

  test("at desktop width (1280 px) as a standalone page", async () => {
    const page = await open({ breedte: 1280 });
    await markMetMuis(page);
    await expect(kaart(page)).resolves.toEqual(["Totaal € 7.687,68", "Standaardbudget 5 (€ 8.000,00)"]);
    await staat(page, "10-breed");
  });

  test("office.js's telemetry frame (after 3 s outside Office) is switched off: nothing leaves the machine", async () => {
    const page = await open();
    await page.waitForTimeout(4500);
    expect(await page.locator("iframe").count()).toBe(0);
  });

  test("tariff settings: import a JSON set (validated) and use it; a broken one is refused with the entry named", async () => {
    const page = await open();
    await page.getByRole("tab", { name: "Tarieven" }).click();
    const kapot = bronKopie();
    (kapot.rekentarieven[0] as { uurtarief: unknown }).uurtarief = "zeventig";
    await page
      .locator("input[type=file]")
      .setInputFiles({ name: "kapot.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(kapot)) });
    await page
      .getByText(
        "rekentarieven[1] ('Overwegend begeleiding en lichte hulp').uurtarief: moet een getal of leeg (null) zijn",
      )
      .waitFor();
    const eigen = bronKopie();
    eigen.naam = "Contract 2023";
    eigen.intensiteiten[1].uurtarief = 20;
    await page
      .locator("input[type=file]")
      .setInputFiles({ name: "eigen.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(eigen)) });
    await page.getByText("Geïmporteerd: Contract 2023").waitFor();
    await expect(page.getByTestId("tariefset").textContent()).resolves.toContain("Contract 2023 (geïmporteerd)");
    await staat(page, "11-tarieven");
    await page.getByRole("tab", { name: "Rekenhulp" }).click();
    await veld(page, "Dagen per week").fill("1");
    await veld(page, "Uren per dag").fill("2,5");
    await veld(page, "Weken groepsaanbod").fill("10");
    await page.getByRole("radio", { name: /^middel: € 20,00 per uur/ }).check();
    await expect(page.getByTestId("totaal").textContent()).resolves.toBe("€ 500,00");
  });
});

type Werkmap = {
  bladen: Record<string, Record<string, unknown>>;
  volgorde: string[];
  selectie: string;
  schrijfacties: { adres: string }[];
};
const werkmap = (page: Page) => page.evaluate(() => (window as unknown as { __werkmap: Werkmap }).__werkmap);

describe("inside (a fake) Excel", () => {
  test("'Schrijf naar werkblad' writes the labelled block at the selection, and never over a user's cells without asking", async () => {
    const page = await open({
      nepOffice: true,
      werkmap: {
        bladen: { Blad1: { H12: "van de gebruiker" } },
        volgorde: ["Blad1"],
        actief: "Blad1",
        selectie: "C3",
        tabel: null,
        syncs: 0,
        schrijfacties: [],
      },
    });
    await expect(page.getByTestId("tariefset").textContent()).resolves.not.toContain("losse rekenhulp");
    await markMetMuis(page);
    await page.getByRole("button", { name: "Schrijf naar werkblad" }).click();
    await expect(page.getByText(/Resultaat geschreven naar Blad1!C3:E\d+/).count()).resolves.toBe(1);
    let w = await werkmap(page);
    const blad = w.bladen.Blad1;
    expect(blad.C3).toBe("Rekentool standaardbudgetten");
    const rijVan = (label: string) =>
      Object.entries(blad)
        .find(([adres, v]) => adres.startsWith("C") && v === label)![0]
        .slice(1);
    expect(blad[`D${rijVan("Totaal")}`]).toBe(7687.68);
    expect(blad[`D${rijVan("Bedrag toegewezen standaardbudget")}`]).toBe(8000);
    expect(blad[`D${rijVan("Budget groepsaanbod")}`]).toBe(2227.68);
    expect(blad[`D${rijVan("Tariefset")}`]).toContain("IJsselland 2023");
    expect(w.schrijfacties.map((s) => s.adres)).toEqual([expect.stringMatching(/^Blad1!C3:E\d+$/)]);
    expect(blad.H12).toBe("van de gebruiker");

    // A block at G10 would cover H12: refused unless the user confirms.
    await page.evaluate(() => ((window as unknown as { __werkmap: Werkmap }).__werkmap.selectie = "G10"));
    await page.getByRole("button", { name: "Schrijf naar werkblad" }).click();
    await page.getByRole("alertdialog").getByText("Cellen overschrijven?").waitFor();
    await schermafdruk(page, "excel-overschrijven-vraag");
    await page.getByRole("button", { name: "Annuleren" }).click();
    await expect(page.getByText("Niet geschreven: Blad1!G10").count()).resolves.toBe(1);
    w = await werkmap(page);
    expect(w.bladen.Blad1.H12).toBe("van de gebruiker");
    expect(w.bladen.Blad1.G10).toBeUndefined();
    expect(w.schrijfacties).toHaveLength(1);

    await page.getByRole("button", { name: "Schrijf naar werkblad" }).click();
    await page.getByRole("button", { name: "Overschrijven" }).click();
    await expect(page.getByText(/Resultaat geschreven naar Blad1!G10:I\d+/).count()).resolves.toBe(1);
    w = await werkmap(page);
    expect(w.bladen.Blad1.G10).toBe("Rekentool standaardbudgetten");
    expect(w.bladen.Blad1.H12).not.toBe("van de gebruiker");

    await page.getByRole("button", { name: "Schrijf naar nieuw werkblad" }).click();
    await expect(page.getByText(/Resultaat geschreven naar Berekening!A1:C\d+/).count()).resolves.toBe(1);
    w = await werkmap(page);
    expect(w.volgorde).toEqual(["Blad1", "Berekening"]);
    expect(w.bladen.Berekening.A1).toBe("Rekentool standaardbudgetten");
    await schermafdruk(page, "excel-geschreven");
  });

  test("a Tarieven table in the workbook is used, and a broken one is reported, not silently replaced", async () => {
    const bron = bronKopie();
    bron.naam = "Werkmap 2023";
    const { tariefsetNaarTabel, TABEL_KOPPEN } = await import("../../src/engine");
    const page = await open({
      nepOffice: true,
      werkmap: {
        bladen: { Blad1: {} },
        volgorde: ["Blad1"],
        actief: "Blad1",
        selectie: "A1",
        tabel: { kop: [...TABEL_KOPPEN], rijen: tariefsetNaarTabel(bron) },
        syncs: 0,
        schrijfacties: [],
      },
    });
    await expect(page.getByTestId("tariefset").textContent()).resolves.toContain("Werkmap 2023 (uit de werkmap)");
    await sessie.page.context().close();
    const kapot = tariefsetNaarTabel(bron);
    kapot[6][3] = "veel";
    const pagina = await open({
      nepOffice: true,
      werkmap: {
        bladen: { Blad1: {} },
        volgorde: ["Blad1"],
        actief: "Blad1",
        selectie: "A1",
        tabel: { kop: [...TABEL_KOPPEN], rijen: kapot },
        syncs: 0,
        schrijfacties: [],
      },
    });
    await pagina.getByText("De tabel Tarieven in de werkmap is ongeldig; zie het tabblad Tarieven.").waitFor();
    await pagina.getByRole("tab", { name: "Tarieven" }).click();
    await pagina.getByText("Tabel Tarieven, rij 7: Bedrag 'veel' is geen geldig bedrag").waitFor();
    await expect(pagina.getByTestId("tariefset").textContent()).resolves.toContain("geen (tabel Tarieven ongeldig)");
    await pagina.getByRole("tab", { name: "Rekenhulp" }).click();
    await pagina
      .getByText("Er wordt niet gerekend zolang de tabel Tarieven in de werkmap ongeldig is; zie het tabblad Tarieven.")
      .first()
      .waitFor();
  });
});

describe("the Bulk tab (fake Excel)", () => {
  test("pick a table, see the column mapping, recalculate, see and write the summary", async () => {
    const koppen = [
      "Toewijzing",
      "Aanbieder",
      "Traject",
      "Groep dagen per week",
      "Groep uren per dag",
      "Groep weken",
      "Intensiteit",
      "Ambulant uren per week",
      "Ambulant weken",
      "Rekentarief",
      "Notitie",
    ];
    const rijen = [
      ["T1", "Kindkracht", "herstel", 2, 3, 26, "licht", 3, 26, "Overwegend begeleiding en lichte hulp", "Mark"],
      ["T2", "GGZ Oost", "herstel", "", "", "", "", "2,5", 26, "Grote ggz instellingen / academisch", ""],
      ["T3", "GGZ Oost", "duurzaam", "", "", "", "", "drie", "", "Overwegend begeleiding en lichte hulp", "typfout"],
    ];
    const cellen: Record<string, unknown> = {};
    [koppen, ...rijen].forEach((rij, r) =>
      rij.forEach((w, k) => w !== "" && (cellen[`${String.fromCharCode(65 + k)}${r + 1}`] = w)),
    );
    const page = await open({
      nepOffice: true,
      werkmap: {
        bladen: { Blad1: cellen },
        volgorde: ["Blad1"],
        actief: "Blad1",
        selectie: "A1",
        tabel: null,
        tabellen: [
          { naam: "Toewijzingen", blad: "Blad1", kopRij: 0, linkerKolom: 0, breedte: koppen.length, rijen: 3 },
        ],
        syncs: 0,
        schrijfacties: [],
      },
    });
    await page.getByRole("tab", { name: "Bulk" }).click();
    await page
      .getByRole("combobox", { name: "Tabel of bereik met toewijzingen (kopteksten in de eerste rij)" })
      .click();
    await page.getByRole("option", { name: /^Tabel Toewijzingen/ }).click();
    await page.getByText("3 rijen op werkblad Blad1").waitFor();
    await expect(
      // At 350 px the table is cards: each cell reads its column's label first.
      page.getByRole("row", { name: /^Invoer Ambulant uren per week Kolom Ambulant uren per week$/ }).count(),
    ).resolves.toBe(1);
    await expect(
      page
        .getByText("Alleen de uitvoerkolommen worden geschreven; andere kolommen blijven zoals ze zijn (Notitie)")
        .count(),
    ).resolves.toBe(1);
    await page.getByRole("button", { name: "Herbereken" }).click();
    await page.getByText("3 rijen herberekend met tariefset IJsselland 2023.").waitFor();
    await expect(page.getByTestId("bulk-samenvatting").textContent()).resolves.toContain(
      "3 rijen: 2 ok, 0 waarschuwing, 1 fout",
    );
    await staat(page, "12-bulk-samenvatting");
    const w = await werkmap(page);
    expect(w.bladen.Blad1.L1).toBe("Budget groepsaanbod");
    expect(w.bladen.Blad1.N2).toBe(7687.68);
    expect(w.bladen.Blad1.O3).toBe(6);
    expect(w.bladen.Blad1.S4).toBe("fout");
    expect(w.bladen.Blad1.K2).toBe("Mark");
    await page.getByRole("button", { name: "Schrijf samenvatting naar nieuw werkblad" }).click();
    await page.getByText("Samenvatting geschreven naar werkblad Samenvatting.").waitFor();
    expect((await werkmap(page)).bladen.Samenvatting.A1).toBe("Samenvatting herberekening");
  });
});

describe("the Vergelijken tab (fake Excel)", () => {
  test("pick a spend sheet and models, compare, and get the table and a chart on a new sheet", async () => {
    const koppen = [
      "Toewijzing",
      "Aanbieder",
      "Product",
      "Volume",
      "Traject",
      "Ambulant uren per week",
      "Ambulant weken",
      "Rekentarief",
    ];
    const rijen = [
      ["T1", "Zorg Noord", "Begeleiding", 20, "herstel", 2, 10, "Overwegend begeleiding en lichte hulp"],
      [
        "T2",
        "Zorg Zuid",
        "Gespecialiseerde begeleiding",
        "2,5",
        "herstel",
        1,
        10,
        "Overwegend begeleiding en lichte hulp",
      ],
    ];
    const cellen: Record<string, unknown> = {};
    [koppen, ...rijen].forEach((rij, r) =>
      rij.forEach((w, k) => w !== "" && (cellen[`${String.fromCharCode(65 + k)}${r + 1}`] = w)),
    );
    const page = await open({
      nepOffice: true,
      werkmap: {
        bladen: { Blad1: cellen },
        volgorde: ["Blad1"],
        actief: "Blad1",
        selectie: "A1",
        tabel: null,
        tabellen: [{ naam: "Overzicht", blad: "Blad1", kopRij: 0, linkerKolom: 0, breedte: koppen.length, rijen: 2 }],
        syncs: 0,
        schrijfacties: [],
      },
    });
    await page.getByRole("tab", { name: "Vergelijken" }).click();
    await page.getByRole("combobox", { name: /^Tabel of bereik met het uitgavenoverzicht/ }).click();
    await page.getByRole("option", { name: /^Tabel Overzicht/ }).click();
    // One set per model with prices is ticked: the arrangement set (no public prices) is not, by default.
    await expect(page.getByRole("checkbox", { name: /^Rijnmond 2018/ }).isChecked()).resolves.toBe(false);
    await page.getByRole("button", { name: "Vergelijken" }).click();
    await page
      .getByText("2 rijen vergeleken onder 2 modellen; tabel en grafiek staan op werkblad Vergelijking.")
      .waitFor();
    await expect(page.getByTestId("vergelijk-totalen").textContent()).resolves.toContain(
      "IJsselland 2023 (outputgericht): € 3.000,00, € 1.500,00 per cliënt",
    );
    await expect(page.getByTestId("vergelijk-totalen").textContent()).resolves.toContain(
      "Midden-Holland Wmo 2017 (inspanningsgericht): € 1.025,05",
    );
    await staat(page, "13-vergelijken");
    const w = (await werkmap(page)) as unknown as {
      bladen: Record<string, Record<string, unknown>>;
      grafieken: { blad: string; soort: string; titel: string }[];
    };
    expect(w.bladen.Vergelijking.A1).toBe("Aanbieder");
    expect(w.grafieken).toEqual([
      expect.objectContaining({ blad: "Vergelijking", soort: "BarClustered", titel: "Kosten per aanbieder per model" }),
    ]);
  });
});
