import { spawn, spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { draai } from "../helpers/cli";
import { genereerRijen, KOPPEN } from "../../bench/genereer";
import { schrijfCsv, schrijfXlsx } from "../../bench/bestanden";
import { ROOT } from "../helpers/build";

const map = mkdtempSync(join(tmpdir(), "rekentool-fouten-"));
const BIN = join(ROOT, "bin", "rekentool.js");
const TARIEF = "Overwegend begeleiding en lichte hulp";

const tmpBestanden = (m: string) => readdirSync(m).filter((f) => f.endsWith(".tmp"));

describe("rekentool bulk with faults: a Dutch message, no BSN, nothing of the user's lost, nothing half left", () => {
  test("a malformed quote next to a BSN: the line and column named, the value not (exit 2)", async () => {
    const invoer = join(map, "kwoot.csv");
    writeFileSync(
      invoer,
      `Toewijzing;BSN;Traject;Uren per week;Ambulant weken;Rekentarief\nT1;123456782"x;herstel;3;26;${TARIEF}\n`,
    );
    const r = await draai("bulk", invoer, "--uit", join(map, "kwoot-uit.csv"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Regel 2, kolom 2 van het CSV-bestand bevat een aanhalingsteken midden in een veld");
    expect(r.stderr + r.stdout).not.toMatch(/123456782/);
    expect(existsSync(join(map, "kwoot-uit.csv"))).toBe(false);
    expect(tmpBestanden(map)).toEqual([]);
  });

  test("a provider or traject that looks like a BSN is not shown in the summary or the messages", async () => {
    const invoer = join(map, "bsn-aanbieder.csv");
    writeFileSync(
      invoer,
      `Toewijzing;Aanbieder;Traject;Uren per week;Ambulant weken;Rekentarief\nT1;123456782;herstel;3;26;${TARIEF}\nT2;Kind\u0007kracht;123456782;3;26;${TARIEF}\n`,
    );
    const r = await draai("bulk", invoer, "--uit", join(map, "bsn-aanbieder-uit.csv"));
    expect(r.stdout).not.toMatch(/123456782/);
    expect(r.stdout).toContain("(een nummer van 9 cijfers, niet getoond): 1 toewijzing");
    // A control character from a cell does not reach the terminal.
    expect(r.stdout).toContain("Kind kracht");
    expect(r.stdout).not.toContain("\u0007");
  });

  test("an output folder that does not exist: exit 3, a Dutch message naming the output, no leftovers", async () => {
    const invoer = join(map, "goed.csv");
    writeFileSync(invoer, `Traject;Uren per week;Ambulant weken;Rekentarief\nherstel;3;26;${TARIEF}\n`);
    const doel = join(map, "bestaat-niet", "uit.csv");
    const r = await draai("bulk", invoer, "--uit", doel);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      `rekentool bulk: '${doel}' kan niet worden geschreven of gelezen: het bestand of de map bestaat niet. Er is geen uitvoerbestand gemaakt.\n`,
    );
    expect(tmpBestanden(map)).toEqual([]);
  });

  test("the input reached through a link is still the input: refused", async () => {
    const invoer = join(map, "origineel.csv");
    writeFileSync(invoer, `Traject;Uren per week;Ambulant weken;Rekentarief\nherstel;3;26;${TARIEF}\n`);
    const link = join(map, "link.csv");
    symlinkSync(invoer, link);
    const r = await draai("bulk", link, "--uit", invoer);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Het uitvoerbestand is hetzelfde als het invoerbestand");
  });

  describe("stopped halfway (the installed command, which runs bulk in a second process)", () => {
    const groot = join(map, "groot.csv");
    beforeAll(async () => {
      // Large enough that the run is still writing when its temporary file appears (the CSV job does about
      // 500,000 rows a second on two cores).
      await schrijfCsv(groot, genereerRijen(400_000));
      expect(KOPPEN.length).toBeGreaterThan(5);
    });

    const start = (uit: string) =>
      spawn(process.execPath, [BIN, "bulk", groot, "--uit", uit], { stdio: ["ignore", "pipe", "pipe"] });
    const einde = (kind: ReturnType<typeof start>) =>
      new Promise<{ code: number | null; stderr: string }>((klaar) => {
        let stderr = "";
        kind.stderr!.on("data", (d) => (stderr += d));
        kind.on("exit", (code) => klaar({ code, stderr }));
      });
    const wacht = (ms: number) => new Promise((k) => setTimeout(k, ms).unref());
    // Halfway: the run has made its temporary file and is writing it.
    const halfweg = async () => {
      for (let t = 0; t < 1500 && tmpBestanden(map).length === 0; t++) await wacht(10);
      expect(tmpBestanden(map).length).toBe(1);
    };

    test("SIGTERM to the command reaches the run: exit 143, no output, no temporary file", async () => {
      const uit = join(map, "term.csv");
      const kind = start(uit);
      const klaar = einde(kind);
      await halfweg();
      kind.kill("SIGTERM");
      const r = await klaar;
      expect(r.code).toBe(143);
      expect(r.stderr).toContain("afgebroken (SIGTERM); er is geen uitvoerbestand gemaakt.");
      expect(existsSync(uit)).toBe(false);
      expect(tmpBestanden(map)).toEqual([]);
    }, 30_000);

    test("the command itself killed outright (SIGKILL): the run stops too, and no output appears later", async () => {
      const uit = join(map, "ouder.csv");
      const kind = start(uit);
      const klaar = einde(kind);
      await halfweg();
      const kinderen = spawnSync("pgrep", ["-P", String(kind.pid)], { encoding: "utf8" })
        .stdout.trim()
        .split("\n");
      kind.kill("SIGKILL");
      await klaar;
      await wacht(1500);
      // Gone, or only a zombie waiting for whoever inherited it to collect its exit status.
      const stat = spawnSync("ps", ["-o", "stat=", "-p", kinderen[0]], { encoding: "utf8" }).stdout.trim();
      expect(stat === "" || stat.startsWith("Z")).toBe(true);
      expect(existsSync(uit)).toBe(false);
      expect(tmpBestanden(map)).toEqual([]);
    }, 30_000);

    test("the run killed outright (SIGKILL): the command removes its temporary file, exit 137", async () => {
      const uit = join(map, "kill.csv");
      const kind = start(uit);
      const klaar = einde(kind);
      await halfweg();
      const kinderen = spawnSync("pgrep", ["-P", String(kind.pid)], { encoding: "utf8" })
        .stdout.trim()
        .split("\n")
        .filter(Boolean);
      expect(kinderen.length).toBe(1);
      process.kill(Number(kinderen[0]), "SIGKILL");
      const r = await klaar;
      expect(r.code).toBe(137);
      expect(existsSync(uit)).toBe(false);
      expect(tmpBestanden(map)).toEqual([]);
    }, 30_000);
  });
});

describe("rekentool bulk never loses a user's field", () => {
  test("a row with values right of the header, where outputs would go: refused, row and column named (exit 2)", async () => {
    const invoer = join(map, "lang.csv");
    writeFileSync(invoer, `Traject;Uren per week;Ambulant weken;Rekentarief\nherstel;3;26;${TARIEF};;;eigen notitie\n`);
    const r = await draai("bulk", invoer, "--uit", join(map, "lang-uit.csv"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "Gegevensrij 1 heeft een waarde in kolom 7, waar geen kop staat en de uitvoerkolom 'Budget totaal' zou komen",
    );
    expect(existsSync(join(map, "lang-uit.csv"))).toBe(false);
  });

  test("in a workbook, the cell is named as Excel names it (exit 2, nothing written)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Lijst");
    ws.addRow(["Traject", "Uren per week", "Ambulant weken", "Rekentarief"]);
    ws.addRow(["herstel", 3, 26, TARIEF]);
    ws.addRow(["herstel", 2, 26, TARIEF, null, null, "eigen notitie"]);
    const invoer = join(map, "lang.xlsx");
    await wb.xlsx.writeFile(invoer);
    const r = await draai("bulk", invoer, "--uit", join(map, "lang-uit.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "Werkblad 'Lijst': cel G3 heeft een waarde, waar geen kop staat en de uitvoerkolom 'Budget totaal' zou komen",
    );
    expect(existsSync(join(map, "lang-uit.xlsx"))).toBe(false);
  });

  test("empty trailing fields (as spreadsheets write them) are fine", async () => {
    const invoer = join(map, "staart.csv");
    writeFileSync(invoer, `Traject;Uren per week;Ambulant weken;Rekentarief\nherstel;3;26;${TARIEF};;;\n`);
    expect((await draai("bulk", invoer, "--uit", join(map, "staart-uit.csv"))).code).toBe(0);
  });

  test("two columns for one input or output are refused, naming both", async () => {
    const invoer = join(map, "dubbel.csv");
    writeFileSync(
      invoer,
      `Traject;Status;Uren per week;Ambulant weken;Rekentarief;status\nherstel;oud;3;26;${TARIEF};ouder\n`,
    );
    const r = await draai("bulk", invoer, "--uit", join(map, "dubbel-uit.csv"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("De kolommen 2 ('Status') en 6 ('status') betekenen hetzelfde");
  });
});

describe("the command line is strict about what it is given", () => {
  test("an existing output file is not replaced unless --overschrijven is given", async () => {
    const invoer = join(map, "twee-keer.csv");
    const uit = join(map, "twee-keer-uit.csv");
    writeFileSync(invoer, `Traject;Uren per week;Ambulant weken;Rekentarief\nherstel;3;26;${TARIEF}\n`);
    expect((await draai("bulk", invoer, "--uit", uit)).code).toBe(0);
    const nogmaals = await draai("bulk", invoer, "--uit", uit);
    expect(nogmaals).toMatchObject({ code: 2, stderr: expect.stringContaining("'twee-keer-uit.csv' bestaat al") });
    expect((await draai("bulk", invoer, "--uit", uit, "--overschrijven")).code).toBe(0);
  });

  test("an option given twice is a usage error; a negative number is a value the engine judges", async () => {
    const dubbel = await draai("budget", "--traject", "herstel", "--traject", "duurzaam");
    expect(dubbel).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Optie --traject is meer dan één keer gegeven"),
    });
    const negatief = await draai(
      "budget",
      "--traject",
      "herstel",
      "--ambulant-uren",
      "-3",
      "--ambulant-weken",
      "26",
      "--rekentarief",
      TARIEF,
      "--json",
    );
    expect(negatief.code).toBe(1);
    expect(JSON.parse(negatief.stdout).meldingen[0]).toMatchObject({ code: "NEGATIEF", veld: "ambulant.urenPerWeek" });
  });
});

describe("the CSV output matches the input line for line", () => {
  test.each(["csv", "xlsx"])(
    "a full disk while writing %s: exit 3, a Dutch message, no output, nothing left",
    async (soort) => {
      const invoer = join(map, `vol.${soort}`);
      await (soort === "csv" ? schrijfCsv : schrijfXlsx)(invoer, genereerRijen(20_000));
      const uit = join(map, `vol-uit.${soort}`);
      // The run writes to OUT.<starter>.tmp: made a link to /dev/full, every write fails with ENOSPC.
      const eerder = process.env.REKENTOOL_STARTER;
      process.env.REKENTOOL_STARTER = "4242";
      symlinkSync("/dev/full", `${uit}.4242.tmp`);
      try {
        const r = await draai("bulk", invoer, "--uit", uit);
        expect(r.code).toBe(3);
        expect(r.stderr).toContain("kan niet worden geschreven of gelezen: de schijf is vol.");
      } finally {
        if (eerder === undefined) delete process.env.REKENTOOL_STARTER;
        else process.env.REKENTOOL_STARTER = eerder;
      }
      expect(existsSync(uit)).toBe(false);
      expect(tmpBestanden(map)).toEqual([]);
    },
  );

  test("empty lines stay, and LF line endings stay LF", async () => {
    const invoer = join(map, "lf.csv");
    writeFileSync(invoer, `Traject;Uren per week;Ambulant weken;Rekentarief\n\nherstel;3;26;${TARIEF}\n\n`);
    const uit = join(map, "lf-uit.csv");
    expect((await draai("bulk", invoer, "--uit", uit)).code).toBe(0);
    const regels = readFileSync(uit, "utf8").split("\n");
    expect(regels.length).toBe(5);
    expect(regels[1]).toBe("");
    expect(regels[2]).toMatch(/^herstel;3;26;.*;5460,00;5460,00;5;8000,00;nee;;ok;$/);
    expect(readFileSync(uit, "utf8")).not.toContain("\r");
  });
});

describe("no BSN anywhere, and every total right (outsider findings)", () => {
  test("numbers of 7 to 10 digits are never shown: with decimals, inside text, in a provider's name", async () => {
    const invoer = join(map, "verstopt.csv");
    writeFileSync(
      invoer,
      [
        "Toewijzing;Aanbieder;Traject;Uren per week;Ambulant weken;Rekentarief;Gedeclareerd",
        `T1;Zorg 123456782 BV;bsn 123456782;3;26;${TARIEF};`,
        `T2;Zorg BV;herstel;12345678,2;26;${TARIEF};`,
        `T3;Zorg BV;herstel;3;26;${TARIEF};123456782`,
      ].join("\n") + "\n",
    );
    const r = await draai("bulk", invoer, "--uit", join(map, "verstopt-uit.csv"));
    // The user's own cells come back as they were; what the tool writes (messages, summary) never shows the number.
    const meldingen = readFileSync(join(map, "verstopt-uit.csv"), "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((regel) => regel.split(";").at(-1));
    expect([r.stdout, r.stderr, ...meldingen].join(" ")).not.toMatch(/123[ .]?456[ .]?78/);
    expect(meldingen.join(" ")).toContain("Traject 'bsn (nummer van 9 cijfers, niet getoond)' bestaat niet");
    expect(r.stdout).toContain("Zorg (nummer van 9 cijfers, niet getoond) BV");
    // A BSN in Gedeclareerd is no declared amount: a fout on its row, in no total.
    expect(r.stdout).toContain("Totaal gedeclareerd: € 0,00");
  });

  test("providers known by a number (AGB codes) keep their own lines; fout rows are counted apart per provider", async () => {
    const invoer = join(map, "agb.csv");
    writeFileSync(
      invoer,
      [
        "Toewijzing;Aanbieder;Traject;Uren per week;Ambulant weken;Rekentarief",
        `T1;98765432;herstel;3;26;${TARIEF}`,
        `T2;12345678;herstel;3;26;${TARIEF}`,
        `T3;12345678;herstel;drie;26;${TARIEF}`,
      ].join("\n") + "\n",
    );
    const r = await draai("bulk", invoer, "--uit", join(map, "agb-uit.csv"));
    expect(r.stdout).toContain("(een nummer van 8 cijfers, niet getoond) #1: 1 toewijzing, toegewezen € 8.000,00");
    expect(r.stdout).toMatch(
      /\(een nummer van 8 cijfers, niet getoond\) #2: 1 toewijzing, toegewezen € 8\.000,00, gedeclareerd € 0,00, boven plafond 0, fout 1/,
    );
  });

  test("a toewijzing in two rows takes its declarations once; a 'Totaal' row under the data is no allocation", async () => {
    const invoer = join(map, "dubbel-t1.csv");
    writeFileSync(
      invoer,
      [
        "Toewijzing;Aanbieder;Traject;Uren per week;Ambulant weken;Rekentarief",
        `T1;Zorg;herstel;3;26;${TARIEF}`,
        `T1;Zorg;herstel;3;26;${TARIEF}`,
        "Totaal;;;;;",
      ].join("\n") + "\n",
    );
    const regels = join(map, "dubbel-t1-regels.csv");
    writeFileSync(regels, "Toewijzing;Productcode;Bedrag\nT1;45A48;3000,50\n");
    const r = await draai("bulk", invoer, "--uit", join(map, "dubbel-t1-uit.csv"), "--declaraties", regels);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Rijen: 2 (ok 1, waarschuwing 1, fout 0)");
    expect(r.stdout).toContain("Totaal gedeclareerd: € 3.000,50");
    expect(readFileSync(join(map, "dubbel-t1-uit.csv"), "utf8")).toContain("tellen alleen bij de eerste rij");
  });
});

describe("files that are not what their name says", () => {
  test("an xlsx named .csv, and a UTF-16 'Unicode-tekst' file, are said to be so", async () => {
    const xlsx = join(map, "eigenlijk-xlsx.csv");
    writeFileSync(xlsx, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    expect(await draai("bulk", xlsx, "--uit", join(map, "x-uit.csv"))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("is een Excel-werkmap (xlsx) met de naam .csv"),
    });
    const utf16 = join(map, "unicode.csv");
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Traject\tUren\r\n", "utf16le")]));
    expect(await draai("bulk", utf16, "--uit", join(map, "u-uit.csv"))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("'Unicode-tekst' (UTF-16)"),
    });
  });
});

describe("what Excel writes around the data", () => {
  test("a first line 'sep=;' names the separator and comes back as it was", async () => {
    const invoer = join(map, "sep.csv");
    writeFileSync(invoer, `sep=;\r\nTraject;Uren per week;Ambulant weken;Rekentarief\r\nherstel;3;26;${TARIEF}\r\n`);
    const uit = join(map, "sep-uit.csv");
    expect((await draai("bulk", invoer, "--uit", uit)).code).toBe(0);
    const regels = readFileSync(uit, "utf8").split("\r\n");
    expect(regels[0]).toBe("sep=;");
    expect(regels[2]).toContain(";5460,00;5460,00;5;8000,00;nee;;ok;");
  });

  test("a declaration line with an invalid amount for a number not in the sheet is named, not dropped", async () => {
    const invoer = join(map, "los.csv");
    writeFileSync(invoer, `Toewijzing;Traject;Uren per week;Ambulant weken;Rekentarief\nT1;herstel;3;26;${TARIEF}\n`);
    const regels = join(map, "los-regels.csv");
    writeFileSync(regels, "Toewijzing;Productcode;Bedrag\nT1;45A48;100\nT9;45A48;veel\n");
    const r = await draai("bulk", invoer, "--uit", join(map, "los-uit.csv"), "--declaraties", regels);
    expect(r.stdout).toContain(
      "1 toewijzingnummer dat niet in het overzicht staat (€ 0,00, plus een regel met een ongeldig bedrag)",
    );
  });
});
