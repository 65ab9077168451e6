/**
 * The CSV job cuts its input into segments (at line ends outside quotes) and computes them on two threads. Cut
 * into segments of a few dozen bytes, every kind of file must give byte for byte the output, the summary and the
 * exit code of a run in one piece: quotes and line breaks across a cut, CRLF and LF, Windows-1252 found late,
 * blank and short rows, a rerun on its own output, declarations matched in order, and errors named at the
 * file's own line and row.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { centenAlsTekst, STANDAARD_TARIEFSET } from "../../src/engine";
import { Segmentverwerker, Uitvoerbuffer } from "../../src/cli/bulk/csv-segment";
import { genereerRijen, KOPPEN } from "../../bench/genereer";
import { schrijfCsv } from "../../bench/bestanden";
import { draaiMetSegmenten } from "../helpers/cli";

const map = mkdtempSync(join(tmpdir(), "rekentool-segmenten-"));
const T = "Overwegend begeleiding en lichte hulp";

/** Runs `invoer` in one piece and cut small (two sizes), and returns the one-piece run after checking the others. */
function zelfdeInStukken(naam: string, extra: string[] = []) {
  const invoer = join(map, naam);
  const heel = draaiMetSegmenten(null, "bulk", invoer, "--uit", join(map, `heel-${naam}`), "--overschrijven", ...extra);
  const uitHeel = heel.code === 2 ? null : readFileSync(join(map, `heel-${naam}`));
  for (const segment of [37, 211]) {
    const stuk = draaiMetSegmenten(
      segment,
      "bulk",
      invoer,
      "--uit",
      join(map, `stuk-${naam}`),
      "--overschrijven",
      ...extra,
    );
    expect(stuk.code).toBe(heel.code);
    expect(stuk.stderr).toBe(heel.stderr);
    expect(stuk.stdout.replace(`stuk-${naam}`, "X")).toBe(heel.stdout.replace(`heel-${naam}`, "X"));
    if (uitHeel) expect(readFileSync(join(map, `stuk-${naam}`)).equals(uitHeel)).toBe(true);
  }
  return { ...heel, uit: uitHeel };
}

describe("a CSV cut into segments gives what a CSV in one piece gives", () => {
  test("generated rows (with ~8% errors): the same bytes and summary; Mark's row as in the examples", async () => {
    const rijen = genereerRijen(2000);
    rijen.splice(100, 0, ["MARK", "", "Mark", "herstel", "toegang", "2", "3", "26", "licht", "3", "26", T, "", "", ""]);
    await schrijfCsv(join(map, "gegenereerd.csv"), rijen);
    const r = zelfdeInStukken("gegenereerd.csv");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Rijen: 2001");
    // Mark: group licht 2 days x 3 h x 26 weeks, ambulant 3 h x 26 weeks at € 70: € 7.687,68, standaardbudget 5.
    const mark = r.uit!.toString("utf8").split("\r\n")[101];
    expect(mark).toBe(
      `MARK;;Mark;herstel;toegang;2;3;26;licht;3;26;${T};;;;2227,68;5460,00;7687,68;5;8000,00;nee;;ok;`,
    );
  });

  test("quoted fields with separators, quotes and line breaks across the cuts (CRLF and LF)", () => {
    const regels = [
      "Toewijzing;Traject;Ambulant uren per week;Ambulant weken;Rekentarief;Notitie",
      ...Array.from({ length: 40 }, (_, i) =>
        i % 3 === 0
          ? `Q${i};herstel;3;26;"${T}";"een; twee ""drie""\nvier"`
          : i % 3 === 1
            ? `Q${i};herstel;${i % 7};52;${T};`
            : `"Q${i}";"duurzaam";"2,5";;"${T}";"x"`,
      ),
    ];
    writeFileSync(join(map, "quotes-crlf.csv"), regels.join("\r\n") + "\r\n");
    writeFileSync(join(map, "quotes-lf.csv"), regels.join("\n"));
    const crlf = zelfdeInStukken("quotes-crlf.csv");
    expect(crlf.code).toBe(0);
    expect(crlf.uit!.toString()).toContain('"een; twee ""drie""\nvier";');
    expect(zelfdeInStukken("quotes-lf.csv").code).toBe(0);
  });

  test("Windows-1252 found only far into the file: the whole file is read and written as Windows-1252", () => {
    const kop = "Toewijzing;Aanbieder;Traject;Ambulant uren per week;Ambulant weken;Rekentarief\r\n";
    const rijen = Array.from({ length: 60 }, (_, i) => `W${i};Zorg ${i};herstel;2;26;${T}\r\n`);
    rijen[50] = `W50;Zorg Cliënt;herstel;2;26;${T}\r\n`;
    writeFileSync(join(map, "laat-1252.csv"), Buffer.from(kop + rijen.join(""), "latin1"));
    const r = zelfdeInStukken("laat-1252.csv");
    expect(r.code).toBe(0);
    expect(r.uit!.includes(Buffer.from("Zorg Cliënt;", "latin1"))).toBe(true);
  });

  test("UTF-8 with a byte order mark and 'sep=', blank lines, blank rows, short and padded rows", () => {
    const tekst =
      "sep=;\r\n\r\nToewijzing;Aanbieder;Traject;Ambulant uren per week;Ambulant weken;Rekentarief;;\r\n" +
      `U1;Zorg Cliënt €;herstel;2;26;${T};;\r\n\r\n;;;;;;;\r\nU2;Kort;herstel;1;26;${T}\r\n` +
      `U3;Mis;herstel;abc;26;${T};;\r\nU4;Veel;herstel;40;104;${T}\r\n`;
    writeFileSync(join(map, "bom.csv"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(tekst)]));
    const r = zelfdeInStukken("bom.csv");
    expect(r.code).toBe(1);
    const uit = r.uit!.toString("utf8");
    expect(uit.startsWith("\ufeffsep=;\r\n\r\nToewijzing;")).toBe(true);
    // The blank row of 8 empty fields keeps them, padded to the 15 columns with the outputs.
    expect(uit).toContain(`\r\n\r\n${";".repeat(14)}\r\nU2;Kort;`);
  });

  test("comma-separated with a decimal point, and a rerun on its own output (outputs already in the header)", () => {
    const kop = "Toewijzing,Traject,Ambulant uren per week,Ambulant weken,Rekentarief\n";
    const rijen = Array.from({ length: 30 }, (_, i) => `K${i},herstel,${(i % 5) + 0.5},52,${T}\n`);
    writeFileSync(join(map, "komma.csv"), kop + rijen.join(""));
    const r = zelfdeInStukken("komma.csv");
    // 0,5 h x 52 weeks at € 70: € 1.820,00, level 2 (€ 2.000), written with a decimal point.
    expect(r.uit!.toString()).toContain(`K0,herstel,0.5,52,${T},,1820.00,1820.00,2,2000.00,nee,,ok,\n`);
    writeFileSync(join(map, "opnieuw.csv"), r.uit!);
    const opnieuw = zelfdeInStukken("opnieuw.csv");
    expect(opnieuw.uit!.equals(r.uit!)).toBe(true);
  });

  test("declarations: a toewijzing's declarations go to its first row only, also when the second is cut away", () => {
    const kop = "Toewijzing;Traject;Ambulant uren per week;Ambulant weken;Rekentarief\n";
    const rijen = Array.from({ length: 30 }, (_, i) => `D${i % 20};herstel;3;52;${T}\n`);
    writeFileSync(join(map, "dubbel.csv"), kop + rijen.join(""));
    writeFileSync(join(map, "regels.csv"), "Toewijzing;Bedrag\nD3;100,00\nD25;7,50\n");
    const r = zelfdeInStukken("dubbel.csv", ["--declaraties", join(map, "regels.csv")]);
    const regels = r.uit!.toString().split("\n");
    // D3's € 100 against level 6 (€ 12.000): 0,83% used.
    expect(regels[4]).toBe(`D3;herstel;3;52;${T};;10920,00;10920,00;6;12000,00;nee;0,83%;ok;`);
    expect(regels[24]).toContain("haar declaraties tellen alleen bij de eerste rij");
    expect(r.stdout).toContain("1 toewijzingnummer dat niet in het overzicht staat (€ 7,50)");
  });
});

test("a line far longer than a segment (a 2 MB note) is read in doubling pieces: seconds, not minutes", () => {
  const kop = "Toewijzing;Traject;Ambulant uren per week;Ambulant weken;Rekentarief;Notitie\n";
  writeFileSync(
    join(map, "lang.csv"),
    `${kop}L1;herstel;3;26;${T};${"x".repeat(2_000_000)}\nL2;herstel;1;26;${T};kort\n`,
  );
  const r = zelfdeInStukken("lang.csv");
  expect(r.code).toBe(0);
  expect(r.uit!.toString().endsWith(`L2;herstel;1;26;${T};kort;;1820,00;1820,00;2;2000,00;nee;;ok;\n`)).toBe(true);
}, 20_000);

test("line ends as files have them: CR alone (Excel for Mac) kept as CR; a CRLF file is cut only at CRLF", () => {
  const kop = "Toewijzing;Traject;Ambulant uren per week;Ambulant weken;Rekentarief";
  const rijen = Array.from({ length: 40 }, (_, i) => `M${i};herstel;${(i % 4) + 1};26;${T}`);
  writeFileSync(join(map, "mac.csv"), [kop, ...rijen].join("\r") + "\r");
  const mac = zelfdeInStukken("mac.csv");
  expect(mac.code).toBe(0);
  expect(mac.stdout).toContain("Rijen: 40 (ok 40");
  expect(mac.uit!.toString()).not.toContain("\n");
  expect(mac.uit!.toString().split("\r")[1]).toBe(`M0;herstel;1;26;${T};;1820,00;1820,00;2;2000,00;nee;;ok;`);
  // Two lines at the end with LF only: in a CRLF file that is no line end, so they are one (too wide) row,
  // wherever the file is cut.
  const gemengd = [kop, ...rijen].join("\r\n").replace(/\r\n(M39)/, "\n$1") + "\n";
  writeFileSync(join(map, "gemengd.csv"), gemengd);
  const r = zelfdeInStukken("gemengd.csv");
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("Gegevensrij 39 heeft een waarde in kolom");
});

describe("an error far into a cut file names the file's own line or row, as in one piece", () => {
  test("a header cell with a line break (Alt+Enter) is a line of the file: the stray quote is on line 33", () => {
    const kop = 'Toewijzing;"Ambulant uren\nper week";Traject;Ambulant weken;Rekentarief\n';
    const rijen = Array.from({ length: 40 }, (_, i) => `H${i};2;herstel;26;${T}\n`);
    rijen[30] = `H30;2;her"stel;26;${T}\n`;
    writeFileSync(join(map, "kop-regels.csv"), kop + rijen.join(""));
    const r = zelfdeInStukken("kop-regels.csv");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Regel 33, kolom 3 van het CSV-bestand bevat een aanhalingsteken midden in een veld");
  });

  test("a quote that is never closed is named at the line where it opened", () => {
    const kop = "Toewijzing;Traject;Ambulant uren per week;Ambulant weken;Rekentarief;Notitie\n";
    const rijen = Array.from({ length: 40 }, (_, i) => `O${i};herstel;2;26;${T};kort\n`);
    rijen[20] = `O20;herstel;2;26;${T};"open, en nooit gesloten\n`;
    writeFileSync(join(map, "open.csv"), kop + rijen.join(""));
    const r = zelfdeInStukken("open.csv");
    expect(r.code).toBe(2);
    // The reader notices only at the end of the file; the message names line 22, where the quote opened.
    expect(r.stderr).toContain(
      "Regel 22, kolom 6 van het CSV-bestand bevat een aanhalingsteken dat niet wordt gesloten",
    );
  });

  test("an input that is a folder (named .csv) is said to be one: usage, not a write error", () => {
    const r = draaiMetSegmenten(null, "bulk", map + "/", "--uit", join(map, "uit-map.csv"));
    const mapCsv = join(map, "map.csv");
    mkdirSync(mapCsv);
    const m = draaiMetSegmenten(null, "bulk", mapCsv, "--uit", join(map, "uit-map.csv"));
    expect(m.code).toBe(2);
    expect(m.stderr).toContain("is geen gewoon bestand");
    expect(r.code).toBe(2);
  });

  const kop = "Toewijzing;BSN;Traject;Ambulant uren per week;Ambulant weken;Rekentarief\n";
  const goed = (i: number) => `F${i};;herstel;2;26;${T}\n`;

  test("a stray quote on line 42", () => {
    const rijen = Array.from({ length: 60 }, (_, i) => goed(i));
    rijen[40] = `F40;123456782"x;herstel;2;26;${T}\n`;
    writeFileSync(join(map, "kwoot.csv"), kop + rijen.join(""));
    const r = zelfdeInStukken("kwoot.csv");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Regel 42, kolom 2 van het CSV-bestand bevat een aanhalingsteken midden in een veld");
    expect(r.stderr).not.toContain("123456782");
  });

  test("a value right of the header, where an output would go, in data row 50", () => {
    const rijen = Array.from({ length: 60 }, (_, i) => goed(i));
    rijen[49] = `F49;;herstel;2;26;${T};;iets\n`;
    writeFileSync(join(map, "breed.csv"), kop + rijen.join(""));
    const r = zelfdeInStukken("breed.csv");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Gegevensrij 50 heeft een waarde in kolom 8");
  });
});

describe("the output of an ASCII line, written byte by byte, is the text the engine gives", () => {
  test("amounts and percentages: any whole number of hundredths, either decimal sign", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 45), max: 2 ** 45 }), fc.constantFrom(",", "."), (h, d) => {
        const b = new Uitvoerbuffer("utf-8", 16);
        b.ruimte(64);
        b.honderdsten(h, d.charCodeAt(0));
        expect(b.bytes().toString()).toBe(centenAlsTekst(h, d));
      }),
    );
    const b = new Uitvoerbuffer("utf-8", 16);
    b.ruimte(8);
    b.honderdsten(NaN, 44);
    expect(b.bytes().length).toBe(0);
  });

  test("a segment read without quotes (byte path) equals the same segment read by csv-parse (text path)", () => {
    const koppen = KOPPEN.map(String);
    const opdracht = { koppen, scheiding: ";", regeleinde: "\r\n" as const, tekenset: "utf-8" as const };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 1000 }), (n, zaad) => {
        const rijen = genereerRijen(n + zaad).slice(zaad);
        const tekst = rijen.map((r) => r.map((w) => String(w ?? "").replace(".", ",")).join(";") + "\r\n").join("");
        fc.pre(!tekst.includes('"'));
        const bytes = Buffer.from(tekst);
        const snel = new Segmentverwerker(opdracht, STANDAARD_TARIEFSET, undefined).verwerk(bytes, true);
        const traag = new Segmentverwerker(opdracht, STANDAARD_TARIEFSET, undefined).verwerk(bytes, false);
        expect(snel.soort).toBe("ok");
        if (snel.soort === "ok" && traag.soort === "ok")
          expect(Buffer.from(snel.uit).toString()).toBe(Buffer.from(traag.uit).toString());
      }),
      { numRuns: 30 },
    );
  });
});
