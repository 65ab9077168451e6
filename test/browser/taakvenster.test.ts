import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { nieuwePagina, schermafdruk, startBrowser, startServer } from "../helpers/browser";
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
  // No request may leave the machine, and the page may not throw.
  expect(sessie.extern).toEqual([]);
  expect(sessie.fouten).toEqual([]);
  await sessie.page.context().close();
});

async function open(opties: { nepOffice?: boolean; werkmap?: unknown } = {}): Promise<Page> {
  sessie = await nieuwePagina(browser, opties);
  if (opties.werkmap)
    await sessie.page.addInitScript(
      (w) => ((window as unknown as { __werkmap: unknown }).__werkmap = w),
      opties.werkmap,
    );
  await sessie.page.goto(`${server.url}/taskpane.html`);
  // The pane is up once its steps show, or (no usable tariff set) the message that nothing is calculated.
  await sessie.page
    .getByRole("tab", { name: "1. Traject" })
    .or(sessie.page.getByText("Er wordt niet gerekend zolang").first())
    .first()
    .waitFor();
  return sessie.page;
}

const stap = (page: Page, naam: string) => page.getByRole("tab", { name: naam }).click();
async function kies(page: Page, veld: string, optie: RegExp) {
  await page.getByRole("combobox", { name: veld }).click();
  await page.getByRole("option", { name: optie }).click();
}
async function vul(page: Page, veld: string, waarde: string) {
  await page.getByRole("textbox", { name: veld, exact: true }).fill(waarde);
}

async function loopMark(page: Page, afdrukken = false) {
  await page.getByRole("radio", { name: /^Hersteltraject/ }).check();
  if (afdrukken) await schermafdruk(page, "mark-1-traject");
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("switch", { name: "Met groepsaanbod" }).click();
  await vul(page, "Aanwezigheidsdagen per week", "2");
  await vul(page, "Gemiddeld aantal uren per dag", "3");
  await vul(page, "Duur in weken", "26");
  await kies(page, "Intensiteit", /^licht/);
  if (afdrukken) await schermafdruk(page, "mark-2-groepsaanbod");
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("switch", { name: "Met ambulante jeugdhulp" }).click();
  await vul(page, "Cliëntgebonden uren per week", "3");
  await vul(page, "Duur in weken (ambulant)", "26");
  await kies(page, "Rekentarief", /^Overwegend begeleiding en lichte hulp/);
  if (afdrukken) await schermafdruk(page, "mark-3-ambulant");
  await page.getByRole("button", { name: "Volgende" }).click();
}

describe("the task pane as a standalone rekenhulp (no Excel)", () => {
  test("Mark: € 7.687,68 and standaardbudget 5 (€ 8.000), then the allocation in eurocents", async () => {
    const page = await open();
    await expect(page.getByTestId("tariefset").textContent()).resolves.toMatch(/IJsselland 2023.*losse rekenhulp/);
    await expect(page.getByRole("button", { name: "Schrijf naar werkblad" }).count()).resolves.toBe(0);
    await loopMark(page, true);
    await expect(page.getByTestId("budget-groep").textContent()).resolves.toBe("€ 2.227,68");
    await expect(page.getByTestId("budget-ambulant").textContent()).resolves.toBe("€ 5.460,00");
    await expect(page.getByTestId("totaal").textContent()).resolves.toBe("€ 7.687,68");
    await expect(page.getByTestId("standaardbudget").textContent()).resolves.toContain("5 (€ 8.000,00)");
    await expect(page.getByTestId("niveau-5").getAttribute("aria-current")).resolves.toBe("true");
    await expect(page.getByTestId("samenvatting").textContent()).resolves.toBe(
      "Totaal € 7.687,68: standaardbudget 5 (€ 8.000,00)",
    );
    await schermafdruk(page, "mark-4-resultaat");
    await stap(page, "5. Toewijzing");
    await page.getByLabel("Ingangsdatum", { exact: true }).fill("2023-01-02");
    const toewijzing = await page.getByTestId("toewijzing").textContent();
    expect(toewijzing).toContain("Productcategorie: 50");
    expect(toewijzing).toContain("Budget: 800000 eurocent (€ 8.000,00)");
    expect(toewijzing).toContain("Einddatum: 2023-07-02");
    await schermafdruk(page, "mark-5-toewijzing");
  });

  test("Frival: 2,5 h x 26 weeks at € 130 -> € 8.450,00 and level 6; choosing level 5 asks a reason and is shown beside it", async () => {
    const page = await open();
    await stap(page, "3. Ambulante jeugdhulp");
    await page.getByRole("switch", { name: "Met ambulante jeugdhulp" }).click();
    await vul(page, "Cliëntgebonden uren per week", "2,5");
    await vul(page, "Duur in weken (ambulant)", "26");
    await kies(page, "Rekentarief", /^Grote ggz instellingen/);
    await stap(page, "4. Resultaat");
    await expect(page.getByTestId("totaal").textContent()).resolves.toBe("€ 8.450,00");
    await expect(page.getByTestId("standaardbudget").textContent()).resolves.toContain("6 (€ 12.000,00)");
    await kies(page, "Ander standaardbudget kiezen (optioneel)", /^Standaardbudget 5 /);
    await expect(page.getByText("Vul de reden in").count()).resolves.toBeGreaterThan(0);
    await page
      .getByRole("textbox", { name: "Reden voor het gekozen standaardbudget" })
      .fill("De inschatting is een gemiddelde; afgesproken met de aanbieder.");
    await expect(page.getByTestId("niveau-5").textContent()).resolves.toContain("(gekozen)");
    await expect(page.getByTestId("niveau-6").textContent()).resolves.toContain("(berekend)");
    await expect(page.getByText("ligt onder het berekende totaal € 8.450,00").count()).resolves.toBe(1);
    await expect(page.getByTestId("melding").count()).resolves.toBe(0);
    await schermafdruk(page, "frival-resultaat");
    await stap(page, "5. Toewijzing");
    await expect(page.getByTestId("toewijzing").textContent()).resolves.toContain(
      "gekozen standaardbudget 5 (berekend: standaardbudget 6)",
    );
  });

  test("duurzaam: weeks fixed at 52 and shown so; zwaar unavailable with the reason", async () => {
    const page = await open();
    await page.getByRole("radio", { name: /^Duurzaam traject/ }).check();
    await stap(page, "2. Groepsaanbod");
    await page.getByRole("switch", { name: "Met groepsaanbod" }).click();
    const weken = page.getByRole("textbox", { name: "Duur in weken", exact: true });
    await expect(weken.inputValue()).resolves.toBe("52");
    await expect(weken.isDisabled()).resolves.toBe(true);
    await expect(page.getByText("Duurzaam traject: altijd 52 weken").count()).resolves.toBe(1);
    await page.getByRole("combobox", { name: "Intensiteit" }).click();
    const zwaar = page.getByRole("option", { name: /^zwaar/ });
    await expect(zwaar.getAttribute("aria-disabled")).resolves.toBe("true");
    await expect(zwaar.textContent()).resolves.toContain("niet in duurzaam, alleen bij KDC/ODC");
    await schermafdruk(page, "duurzaam-groepsaanbod");
    await page.keyboard.press("Escape");
  });

  test("invalid input shows the field's message and no amount", async () => {
    const page = await open();
    await stap(page, "3. Ambulante jeugdhulp");
    await page.getByRole("switch", { name: "Met ambulante jeugdhulp" }).click();
    await vul(page, "Cliëntgebonden uren per week", "abc");
    await page.getByRole("textbox", { name: "Duur in weken (ambulant)" }).focus();
    await expect(page.getByText("'abc' is geen getal").count()).resolves.toBe(1);
    await vul(page, "Duur in weken (ambulant)", "120");
    await page.keyboard.press("Tab");
    await kies(page, "Rekentarief", /^Overwegend/);
    await stap(page, "4. Resultaat");
    await expect(page.getByTestId("totaal").textContent()).resolves.toBe("niet te berekenen (zie de meldingen)");
    await expect(page.getByTestId("standaardbudget").textContent()).resolves.toBe("-");
    const meldingen = await page.getByTestId("melding").allTextContents();
    expect(meldingen).toEqual([
      expect.stringContaining("'abc' is geen getal"),
      expect.stringContaining("hoogstens 104 weken"),
    ]);
    await expect(page.getByTestId("samenvatting").textContent()).resolves.toBe(
      "Nog niet te berekenen (2 te verbeteren)",
    );
    await schermafdruk(page, "ongeldige-invoer");
  });

  test("office.js's telemetry frame (after 3 s outside Office) is switched off: nothing leaves the machine", async () => {
    const page = await open();
    await page.waitForTimeout(4500);
    expect(await page.locator("iframe").count()).toBe(0);
  });

  test("keyboard only: tab to the first input and type", async () => {
    const page = await open();
    await page.keyboard.press("Tab");
    for (
      let i = 0;
      i < 10 && !(await page.evaluate(() => document.activeElement?.getAttribute("role") === "radio"));
      i++
    )
      await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("radio", { name: /^Duurzaam traject/ }).isChecked()).resolves.toBe(true);
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
    await schermafdruk(page, "tarieven");
    await page.getByRole("tab", { name: "Rekenhulp" }).click();
    await stap(page, "2. Groepsaanbod");
    await page.getByRole("switch", { name: "Met groepsaanbod" }).click();
    await vul(page, "Aanwezigheidsdagen per week", "1");
    await vul(page, "Gemiddeld aantal uren per dag", "2,5");
    await vul(page, "Duur in weken", "10");
    await kies(page, "Intensiteit", /^middel \(/);
    await stap(page, "4. Resultaat");
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
    await loopMark(page);
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
    expect(blad[`D${rijVan("Bedrag standaardbudget")}`]).toBe(8000);
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
    await kies(page, "Tabel of bereik met toewijzingen (kopteksten in de eerste rij)", /^Tabel Toewijzingen/);
    await page.getByText("3 rijen op werkblad Blad1").waitFor();
    await expect(
      page.getByRole("row", { name: /^Ambulant uren per week Ambulant uren per week$/ }).count(),
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
    await schermafdruk(page, "bulk-samenvatting");
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

test("the task pane's JavaScript stays under 250 KB gzip", () => {
  const taakvenster = gzipSync(readFileSync(join(DIST, "taskpane.js"))).length;
  const functies = gzipSync(readFileSync(join(DIST, "functions.js"))).length;
  expect(taakvenster).toBeLessThan(250 * 1024);
  expect(taakvenster + functies).toBeLessThan(250 * 1024);
});
