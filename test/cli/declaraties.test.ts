import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { PRESTATIE_KOLOMMEN } from "../../src/engine";
import { draai } from "../helpers/cli";
import { jw301, jw323, type PrestatieXml } from "../helpers/ijw-berichten";
import { bronKopie } from "../helpers/tariefsets";

const BSN = "123456782";
const BSN2 = "111222333";

/** A test-only tariff file: one product at EUR 130 per hour. Not a real tariff. */
function tariefbestand(map: string): string {
  const bron = bronKopie();
  bron.naam = "Test 2023";
  bron.producten = [
    { code: "50A01", categorie: "50", naam: "Ambulant test", eenheid: "04", tarief: 130, bron: "test" },
  ];
  const pad = join(map, "tarieven.json");
  writeFileSync(pad, JSON.stringify(bron));
  return pad;
}

const uren = (ref: string, maand: string, n: number, toewijzing = "T-FRIVAL"): PrestatieXml => ({
  ReferentieNummer: ref,
  ToewijzingNummer: toewijzing,
  ProductCategorie: "50",
  ProductCode: "50A01",
  Begindatum: `2023-${maand}-01`,
  Einddatum: `2023-${maand}-28`,
  GeleverdVolume: n,
  Eenheid: "04",
  ProductTarief: 13000,
  Bedrag: n * 13000,
  DebetCredit: "D",
});

/** Frival's ambulant toewijzing (budget 5, EUR 8,000) and Mark's (budget 5), both to provider 'Zorg Noord'. */
function toewijzingen(map: string): string {
  const pad = join(map, "jw301");
  mkdirSync(pad, { recursive: true });
  writeFileSync(
    join(pad, "jw301-januari.xml"),
    jw301({
      afzender: "0193",
      ontvanger: "Zorg Noord",
      clienten: [
        {
          bsn: BSN,
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
        {
          bsn: BSN2,
          producten: [
            {
              ToewijzingNummer: "T-MARK",
              Categorie: "50",
              Toewijzingsdatum: "2023-01-05",
              Ingangsdatum: "2023-01-01",
              Einddatum: "2023-06-30",
              Budget: 800000,
            },
          ],
        },
      ],
    }),
  );
  return pad;
}

function declaraties(map: string, maanden: string[]): string {
  const pad = join(map, "jw323");
  mkdirSync(pad, { recursive: true });
  maanden.forEach((m, i) =>
    writeFileSync(
      join(pad, `jw323-2023-${m}.xml`),
      jw323({
        afzender: "Zorg Noord",
        ontvanger: "0193",
        declaratieNummer: `D${m}`,
        maand: `2023-${m}`,
        clienten: [
          { bsn: BSN, prestaties: [uren(`F${i + 1}`, m, 13)] },
          { bsn: BSN2, prestaties: [uren(`M${i + 1}`, m, 3, "T-MARK")] },
        ],
      }),
    ),
  );
  return pad;
}

async function leesWerkmap(pad: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  const blad = (naam: string) =>
    wb
      .getWorksheet(naam)!
      .getSheetValues()
      .slice(1)
      .map((r) => (r as unknown[]).slice(1));
  return { namen: wb.worksheets.map((w) => w.name), blad };
}

describe("rekentool declaraties on JW301/JW323 messages", () => {
  const map = mkdtempSync(join(tmpdir(), "declaraties-"));
  const t = toewijzingen(map);
  const d = declaraties(map, ["01", "02", "03", "04", "05"]);
  const tarieven = tariefbestand(map);

  test("Frival's fifth month crosses budget 5: 9369 in both sheets, exit 1, summary per provider without any BSN", async () => {
    const uit = join(map, "controle.xlsx");
    const r = await draai("declaraties", "--toewijzingen", t, "--declaraties", d, "--tarieven", tarieven, "--uit", uit);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Budget samen: € 16.000,00; gedeclareerd op deze toewijzingen: € 10.400,00 (65%)");
    expect(r.stdout).toContain(
      "  Zorg Noord: 10 prestaties op 2 toewijzingen; gedeclareerd € 10.400,00 (debet € 10.400,00, credit € 0,00); 1 met bevinding (9369: 1)",
    );
    expect(r.stdout + r.stderr).not.toMatch(/123456782|111222333/);
    const wb = await leesWerkmap(uit);
    expect(wb.namen).toEqual(["Toewijzingen", "Prestaties"]);
    const tw = wb.blad("Toewijzingen");
    expect(tw[0].slice(0, 11)).toEqual([
      "ToewijzingNummer",
      "Gemeente",
      "Aanbieder",
      "BSN",
      "Categorie",
      "Productcode",
      "Ingangsdatum",
      "Einddatum",
      "Budget",
      "Gedeclareerd",
      "Uitputting",
    ]);
    // ExcelJS leaves out trailing empty cells: a row is compared by the cells it has.
    expect(tw[1].slice(0, 15)).toEqual([
      "T-FRIVAL",
      "0193",
      "Zorg Noord",
      BSN,
      "50",
      undefined,
      "2023-01-01",
      "2023-06-30",
      8000,
      8450,
      1.05625,
      6760,
      5,
      1,
      "bevinding",
    ]);
    expect(tw[2].slice(8, 15)).toEqual([8000, 1950, 0.24375, 1950, 5, 0, "ok"]);
    const pr = wb.blad("Prestaties");
    expect(pr).toHaveLength(11);
    const vijfde = pr.find((x) => x[5] === "F5")!;
    expect(vijfde[0]).toBe("jw323-2023-05.xml, Prestatie 1");
    expect(vijfde[4]).toBe(BSN);
    expect(vijfde.slice(19, 21)).toEqual(["bevinding", "9369"]);
  });

  test("without findings: exit 0, CSV with a decimal comma and the prestaties beside it", async () => {
    const map2 = mkdtempSync(join(tmpdir(), "declaraties-"));
    const uit = join(map2, "controle.csv");
    const r = await draai(
      "declaraties",
      "--toewijzingen",
      t,
      "--declaraties",
      join(d, "jw323-2023-01.xml"),
      "--declaraties",
      join(d, "jw323-2023-02.xml"),
      "--tarieven",
      tarieven,
      "--uit",
      uit,
    );
    expect(r.code).toBe(0);
    expect(readdirSync(map2).sort()).toEqual(["controle-prestaties.csv", "controle.csv"]);
    const regels = readFileSync(uit, "utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(regels[1]).toBe(
      `T-FRIVAL;0193;Zorg Noord;${BSN};50;;2023-01-01;2023-06-30;8000,00;3380,00;42,25%;3380,00;2;0;ok;`,
    );
    expect(readFileSync(join(map2, "controle-prestaties.csv"), "utf8").split("\r\n")).toHaveLength(6);
  });

  test("the same toewijzingen and prestaties as CSV tables under Dutch headers (euros) give the same totals", async () => {
    const map3 = mkdtempSync(join(tmpdir(), "declaraties-"));
    writeFileSync(
      join(map3, "toewijzingen.csv"),
      "Toewijzing;Gemeente;Aanbieder;BSN;Categorie;Ingangsdatum;Einddatum;Budget\r\n" +
        `T-FRIVAL;0193;Zorg Noord;${BSN};50;1-1-2023;30-6-2023;8.000,00\r\n`,
    );
    writeFileSync(
      join(map3, "prestaties.csv"),
      "Referentie;Toewijzing;Aanbieder;Gemeente;Categorie;Productcode;Begindatum;Einddatum;Volume;Eenheid;Tarief;Bedrag;DebetCredit\r\n" +
        ["01", "02", "03", "04", "05"]
          .map((m, i) => `F${i};T-FRIVAL;Zorg Noord;0193;50;50A01;2023-${m}-01;2023-${m}-28;13;04;130;1690,00;D\r\n`)
          .join("") +
        // Two findings in one row: the Melding holds '; ' and must stay one CSV field.
        `F9;T-FRIVAL;Zorg Noord;0193;45;50A01;2023-06-01;2023-06-28;1;04;130;"130,01";D\r\n`,
    );
    const r = await draai(
      "declaraties",
      "--toewijzingen",
      join(map3, "toewijzingen.csv"),
      "--declaraties",
      join(map3, "prestaties.csv"),
      "--tarieven",
      tarieven,
      "--uit",
      join(map3, "uit.csv"),
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("gedeclareerd op deze toewijzingen: € 8.580,01 (107,3%)");
    const rijen: string[][] = parse(readFileSync(join(map3, "uit-prestaties.csv"), "utf8"), {
      delimiter: ";",
      bom: true,
    });
    expect(rijen.every((r) => r.length === PRESTATIE_KOLOMMEN.length)).toBe(true);
    expect(rijen[5][PRESTATIE_KOLOMMEN.indexOf("Melding")]).toContain("9369: prestatie 'F4' op toewijzing 'T-FRIVAL'");
    expect(rijen[6][PRESTATIE_KOLOMMEN.indexOf("Retourcodes")]).toBe("9346, CATEGORIE");
    expect(rijen[6][PRESTATIE_KOLOMMEN.indexOf("Melding")]).toMatch(
      /^9346: .*; CATEGORIE: .*ProductCategorie 45 is niet de categorie van de toewijzing \(50\)\.$/,
    );
  });
});

describe("bad input: a message naming file and element, the rest goes on, never a BSN", () => {
  test("a prestatie without Bedrag and a truncated message: both named, the good prestaties still counted, exit 3", async () => {
    const map = mkdtempSync(join(tmpdir(), "declaraties-"));
    const t = toewijzingen(map);
    const d = join(map, "jw323");
    mkdirSync(d);
    const goed = jw323({
      afzender: "Zorg Noord",
      ontvanger: "0193",
      declaratieNummer: "D1",
      maand: "2023-01",
      clienten: [
        {
          bsn: BSN,
          prestaties: [uren("F1", "01", 2), { ...uren("F2", "02", 2), Bedrag: undefined as unknown as number }],
        },
      ],
    });
    writeFileSync(join(d, "a.xml"), goed);
    writeFileSync(join(d, "b.xml"), goed.replace(/F1/g, "F9").slice(0, goed.indexOf("<ProductCode>") + 20));
    const r = await draai("declaraties", "--toewijzingen", t, "--declaraties", d, "--uit", join(map, "uit.xlsx"));
    expect(r.stderr).toContain("a.xml, Prestatie 2: IngediendBedrag/Bedrag ontbreekt; dit veld is verplicht.");
    expect(r.stderr).toContain("b.xml, Prestatie 1: het element <ProductCode> wordt niet afgesloten");
    expect(r.stderr).toContain("b.xml: het element <Bericht> wordt niet afgesloten");
    expect(r.stdout).toContain("Let op: 1 bestand is (deels) niet gelezen");
    expect(r.stdout).toContain("Prestaties: 1 gelezen, 2 niet te lezen");
    // The total on the toewijzing is not known: the summary says so instead of showing a sum that looks right.
    expect(r.stdout).toMatch(
      /gedeclareerd op deze toewijzingen: onvolledig, ten minste € [\d.,]+ \(op 1 toewijzing zijn prestaties niet te lezen/,
    );
    expect(r.stdout + r.stderr).not.toMatch(/123456782/);
    expect(r.code).toBe(3);
  });

  test("XXE: a message with a DOCTYPE and an external entity is refused; nothing of the entity's file is read", async () => {
    const map = mkdtempSync(join(tmpdir(), "declaraties-"));
    const geheim = join(map, "geheim.txt");
    writeFileSync(geheim, "GEHEIM-123");
    const t = toewijzingen(map);
    const kwaad = jw301({
      afzender: "0193",
      ontvanger: "Zorg Noord",
      clienten: [
        {
          bsn: BSN,
          producten: [
            { ToewijzingNummer: "&xxe;", Categorie: "50", Toewijzingsdatum: "2023-01-01", Ingangsdatum: "2023-01-01" },
          ],
        },
      ],
    })
      .replace("&amp;xxe;", "&xxe;")
      .replace("<Bericht", `<!DOCTYPE Bericht [<!ENTITY xxe SYSTEM "file://${geheim}">]>\n<Bericht`);
    writeFileSync(join(t, "kwaad.xml"), kwaad);
    const uit = join(map, "uit.csv");
    const r = await draai("declaraties", "--toewijzingen", t, "--declaraties", declaraties(map, ["01"]), "--uit", uit);
    expect(r.stderr).toContain("kwaad.xml: bevat een DOCTYPE");
    expect(r.code).toBe(3);
    expect(readFileSync(uit, "utf8") + readFileSync(join(map, "uit-prestaties.csv"), "utf8")).not.toContain("GEHEIM");
  });

  test("a JW323 given as toewijzingen is named as such", async () => {
    const map = mkdtempSync(join(tmpdir(), "declaraties-"));
    const d = declaraties(map, ["01"]);
    const r = await draai("declaraties", "--toewijzingen", d, "--declaraties", d, "--uit", join(map, "u.csv"));
    expect(r.stderr).toContain(
      "jw323-2023-01.xml: Header/BerichtCode 490 is een JW323, geen JW301. Toewijzingen horen bij --toewijzingen. Bestand overgeslagen.",
    );
    expect(r.code).toBe(3);
  });

  test("usage: missing options, an existing output, a path that does not exist (exit 2); an unwritable output (exit 3)", async () => {
    const map = mkdtempSync(join(tmpdir(), "declaraties-"));
    const t = toewijzingen(map);
    const d = declaraties(map, ["01"]);
    expect((await draai("declaraties", "--toewijzingen", t)).code).toBe(2);
    writeFileSync(join(map, "bestaat.xlsx"), "");
    const r = await draai("declaraties", "--toewijzingen", t, "--declaraties", d, "--uit", join(map, "bestaat.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("bestaat al");
    expect((await draai("declaraties", "--toewijzingen", join(map, "nergens"), "--declaraties", d)).code).toBe(2);
    const r3 = await draai(
      "declaraties",
      "--toewijzingen",
      t,
      "--declaraties",
      d,
      "--uit",
      join(map, "geen-map", "u.xlsx"),
    );
    expect(r3.code).toBe(3);
    expect(readdirSync(map).filter((n) => n.includes(".tmp"))).toEqual([]);
  });
});

describe("the installed command reads messages on a second thread", () => {
  test("bin/rekentool.js gives byte for byte the output of the in-process reader, and the same exit code", async () => {
    const root = join(__dirname, "..", "..");
    if (!existsSync(join(root, "lib", "cli", "declaraties", "lees-werker.js")))
      execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: root, stdio: "ignore" });
    const map = mkdtempSync(join(tmpdir(), "declaraties-"));
    const t = toewijzingen(map);
    const d = declaraties(map, ["01", "02", "03", "04", "05", "06"]);
    // A broken prestatie and a truncated file on the way: the order of messages and findings must hold too.
    writeFileSync(join(d, "jw323-2023-07.xml"), readFileSync(join(d, "jw323-2023-06.xml"), "utf8").slice(0, 900));
    const tarieven = tariefbestand(map);
    const binnen = await draai(
      "declaraties",
      "--toewijzingen",
      t,
      "--declaraties",
      d,
      "--tarieven",
      tarieven,
      "--uit",
      join(map, "a.csv"),
    );
    const bin = spawnSync(
      process.execPath,
      [
        join(root, "bin", "rekentool.js"),
        "declaraties",
        "--toewijzingen",
        t,
        "--declaraties",
        d,
        "--tarieven",
        tarieven,
        "--uit",
        join(map, "b.csv"),
      ],
      { encoding: "utf8" },
    );
    expect(bin.status).toBe(binnen.code);
    expect(bin.stderr).toBe(binnen.stderr);
    expect(bin.stdout.replace(/b\.csv.*\n/, "")).toBe(binnen.stdout.replace(/a\.csv.*\n/, ""));
    expect(readFileSync(join(map, "b.csv"), "utf8")).toBe(readFileSync(join(map, "a.csv"), "utf8"));
    expect(readFileSync(join(map, "b-prestaties.csv"), "utf8")).toBe(
      readFileSync(join(map, "a-prestaties.csv"), "utf8"),
    );
  });
});
