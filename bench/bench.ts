/**
 * `npm run bench`: our bulk computation against HyperFormula and LibreOffice, on the same generated sheet.
 * Prints numbers and ratios and writes bench/RESULTS.md. Not a test: timings vary by machine.
 */
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem, release } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { HyperFormula } from "hyperformula";
import { maakKolomkaart, STANDAARD_TARIEFSET } from "../src/engine";
import { berekenRij } from "../src/engine/bulk/rij";
import { type RijResultaat } from "../src/engine/bulk/uitkomsten";
import { schrijfXlsx } from "./bestanden";
import { CHROMIUM } from "../test/helpers/browser";
import { meetInBrowser } from "./browser";
import { formules, FORMULEKOPPEN, tarievenBlad } from "./formules";
import { genereerRijen, KOPPEN } from "./genereer";
import { onzeBerekening, PER_BLOK } from "./meting";
import { meetVergelijking } from "./vergelijk";
import { benchDeclaraties, schrijfSectie } from "./declaraties";

// Run from the project root by `npm run bench` (compiled to bench/out/js, so it measures the JavaScript that ships).
const ROOT = process.cwd();
const MAP = join(ROOT, "bench", "out", "data");
const N_PEER = Number(process.env.BENCH_N ?? 100_000);
const N_GROOT = 1_048_576;
const regels: string[] = [];
const log = (tekst = "") => {
  console.log(tekst);
  regels.push(tekst);
};
const ms = (t: number) => `${t.toFixed(0)} ms`;

type Peeruitkomst = (string | number | boolean | null)[];

/** Compares the peer's five formula columns with our rows; rows we reject are counted, not compared. */
function vergelijk(
  ons: RijResultaat[],
  peer: Peeruitkomst[],
): { gelijk: number; verschil: number; peerFout: number; afgewezen: number; voorbeeld: string } {
  let gelijk = 0;
  let verschil = 0;
  let peerFout = 0;
  let afgewezen = 0;
  let voorbeeld = "";
  const getal = (w: unknown) =>
    w === "" || w === null || w === undefined ? null : typeof w === "number" ? w : Number(String(w).replace(",", "."));
  ons.forEach((r, i) => {
    if (r.totaalCent === null) return void afgewezen++;
    const p = peer[i] ?? [];
    const verwacht = [
      (r.groepCent ?? 0) / 100,
      (r.ambulantCent ?? 0) / 100,
      r.totaalCent / 100,
      r.niveau ?? "offerte",
      r.niveauCent === null ? null : r.niveauCent / 100,
    ];
    const kreeg = [getal(p[0]), getal(p[1]), getal(p[2]), p[3] === "offerte" ? "offerte" : getal(p[3]), getal(p[4])];
    const zelfde = verwacht.every((v, k) =>
      typeof v === "number" && typeof kreeg[k] === "number"
        ? Math.abs(v - (kreeg[k] as number)) < 0.005
        : v === kreeg[k],
    );
    if (zelfde) gelijk++;
    // The formulas stop with an error (e.g. on "2,5" typed as text) where the engine reads the value.
    else if (kreeg.slice(0, 3).some((k) => k === null || Number.isNaN(k))) peerFout++;
    else {
      verschil++;
      if (!voorbeeld) voorbeeld = `rij ${i + 2}: ons ${JSON.stringify(verwacht)}, peer ${JSON.stringify(kreeg)}`;
    }
  });
  return { gelijk, verschil, peerFout, afgewezen, voorbeeld };
}

function vergelijkTekst(v: ReturnType<typeof vergelijk>): string {
  return (
    `  uitkomsten gelijk: ${v.gelijk}, verschillend: ${v.verschil}${v.voorbeeld ? ` (eerste: ${v.voorbeeld})` : ""}; ` +
    `formule gaf een fout waar de rekentool rekent (tekst met decimale komma, "2,5"): ${v.peerFout}; door de rekentool afgewezen met melding: ${v.afgewezen}`
  );
}

async function schrijfFormulewerkmap(pad: string, rijen: unknown[][]): Promise<void> {
  const werkmap = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: pad, useSharedStrings: true });
  const blad = werkmap.addWorksheet("Toewijzingen");
  blad.addRow([...KOPPEN, ...FORMULEKOPPEN]).commit();
  rijen.forEach((rij, i) =>
    blad.addRow([...rij, ...formules(i + 2).map((f) => ({ formula: f.slice(1) }))] as ExcelJS.CellValue[]).commit(),
  );
  blad.commit();
  const tarieven = werkmap.addWorksheet("Tarieven");
  for (const r of tarievenBlad()) tarieven.addRow(r).commit();
  tarieven.commit();
  await werkmap.commit();
}

function soffice(args: string[]): number {
  const t = performance.now();
  const r = spawnSync("soffice", [`-env:UserInstallation=file://${join(MAP, "lo-profiel")}`, "--headless", ...args], {
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`soffice faalde: ${r.stderr}`);
  return performance.now() - t;
}

/** A `rekentool bulk` run as its own process: wall time and, where GNU time is there, its peak memory. */
function bulk(invoer: string, uitvoer: string): { tijd: number; geheugen: number | null; tekst: string } {
  const tijdProgramma = "/usr/bin/time";
  const metTijd = spawnSync(tijdProgramma, ["--version"]).status === 0;
  const args = [join(ROOT, "bin", "rekentool.js"), "bulk", invoer, "--uit", uitvoer, "--overschrijven"];
  const t = performance.now();
  const r = metTijd
    ? spawnSync(tijdProgramma, ["-f", "maxrss %M", process.execPath, ...args], { encoding: "utf8" })
    : spawnSync(process.execPath, args, { encoding: "utf8" });
  const tijd = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`rekentool bulk faalde: ${r.stderr}`);
  const kb = /maxrss (\d+)/.exec(r.stderr ?? "")?.[1];
  const geheugen = kb ? Number(kb) * 1024 : null;
  const tekst = `${ms(tijd)}, ${geheugen === null ? "geheugen niet gemeten" : `${(geheugen / 2 ** 20).toFixed(0)} MB`}`;
  return { tijd, geheugen, tekst };
}

async function main() {
  rmSync(MAP, { recursive: true, force: true });
  mkdirSync(MAP, { recursive: true });
  const lo = spawnSync("soffice", ["--version"], { encoding: "utf8" }).stdout?.trim() ?? "";
  log(`# Benchmark bulkherberekening`);
  log();
  log(
    `Machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}, Node ${process.version}`,
  );
  log(`Peers: HyperFormula ${HyperFormula.version}, ${lo || "LibreOffice niet gevonden"}`);
  log(
    `Gegevens: gegenereerde toewijzingen (bench/genereer.ts): herstel en duurzaam, groep en ambulant, ~1% invoerfouten, ongeveer 8% rijen met een fout (ook medisch boven 5).`,
  );
  log();

  log(`## Rekenen (rijen in, uitkomsten uit; zonder Excel- of bestands-I/O)`);
  log(
    `Per blok van ${PER_BLOK.toLocaleString("nl-NL")} rijen, zoals de Excel-route (15 invoer- en 9 uitvoerkolommen): elk blok komt binnen als nieuwe waarden uit JSON, zoals Excel ze stuurt (dat inlezen is Excel-I/O en telt niet mee); de uitkomsten van een blok blijven bestaan tot het volgende blok.`,
  );
  const klein = genereerRijen(N_PEER);
  const ons = {
    tijd: onzeBerekening(klein, false),
    uit: klein.map((r) => berekenRij(r, maakKolomkaart([...KOPPEN]), STANDAARD_TARIEFSET)),
  };
  const doel = (tijd: number) => `doel hoogstens 500 ms: ${tijd <= 500 ? "gehaald" : "NIET gehaald"}`;
  log(
    `Rekentool in Node ${process.version} (de CLI), ${N_PEER.toLocaleString("nl-NL")} rijen: ${ms(ons.tijd)} (mediaan van 5, na een ongetelde ronde)`,
  );
  const groot = genereerRijen(N_GROOT);
  const grootTijd = onzeBerekening(groot, false);
  log(
    `Rekentool in Node, ${N_GROOT.toLocaleString("nl-NL")} rijen: ${ms(grootTijd)} (mediaan van 5, na een ongetelde ronde; ${doel(grootTijd)})`,
  );
  log(
    `  met ook de celwaarden voor het schrijven naar Excel (range.values per blok): ${ms(onzeBerekening(groot, true))}`,
  );
  // Inside Excel the add-in runs in a browser engine (Excel on the web, WebView2 in Excel for Windows), not in Node.
  const browser = await meetInBrowser(join(ROOT, "bench", "out", "js"), [
    [N_PEER, false],
    [N_GROOT, false],
    [N_GROOT, true],
  ]);
  if (browser) {
    const [kleinB, grootB, schrijfB] = browser.tijden;
    log(
      `Rekentool in ${browser.versie} (de JavaScript-motor van Excel op het web en van WebView2 in Excel voor Windows), zelfde code en gegevens:`,
    );
    log(
      `  ${N_PEER.toLocaleString("nl-NL")} rijen: ${ms(kleinB)}; ${N_GROOT.toLocaleString("nl-NL")} rijen: ${ms(grootB)} (mediaan van 5, na een ongetelde ronde; ${doel(grootB)}); met de celwaarden: ${ms(schrijfB)}`,
    );
  } else log(`Rekentool in Chromium: niet gemeten (geen Chromium op ${CHROMIUM}).`);
  // Why a second core does not help here: the rows would first have to be copied to another thread.
  const t0 = performance.now();
  structuredClone(groot.slice(0, N_GROOT / 2));
  log(
    `  (de helft van de rijen naar een tweede thread kopiëren kost alleen al ${ms(performance.now() - t0)}: meer dan de tweede kern zou besparen)`,
  );

  // HyperFormula: the build evaluates every formula.
  const data = [[...KOPPEN, ...FORMULEKOPPEN], ...klein.map((rij, i) => [...rij, ...formules(i + 2, "FALSE()")])];
  const t = performance.now();
  const hf = HyperFormula.buildFromSheets(
    { Toewijzingen: data as never, Tarieven: tarievenBlad() },
    { licenseKey: "gpl-v3", maxRows: N_GROOT + 10 },
  );
  const hfTijd = performance.now() - t;
  const hfWaarden = hf
    .getSheetValues(0)
    .slice(1)
    .map((r) => r.slice(15) as Peeruitkomst);
  const hfVergelijk = vergelijk(ons.uit, hfWaarden);
  log(
    `HyperFormula, ${N_PEER.toLocaleString("nl-NL")} rijen: ${ms(hfTijd)}; rekentool ${(hfTijd / ons.tijd).toFixed(0)}x sneller (doel 20x: ${hfTijd / ons.tijd >= 20 ? "gehaald" : "NIET gehaald"})`,
  );
  log(vergelijkTekst(hfVergelijk));
  hf.destroy();

  // LibreOffice: converting a formula workbook to CSV computes every formula (no stored results).
  const formulePad = join(MAP, `formules-${N_PEER}.xlsx`);
  await schrijfFormulewerkmap(formulePad, klein);
  soffice([
    "--convert-to",
    "csv",
    "--outdir",
    join(MAP, "opwarmen"),
    join(ROOT, "assets", "Rekentool-standaardbudgetten.xlsx"),
  ]);
  const loTijd = soffice(["--convert-to", "csv", "--outdir", MAP, formulePad]);
  const loRijen: string[][] = parse(readFileSync(join(MAP, `formules-${N_PEER}.csv`), "utf8"), {
    relax_column_count: true,
  });
  const loVergelijk = vergelijk(
    ons.uit,
    loRijen.slice(1).map((r) => r.slice(15)),
  );
  log(
    `LibreOffice, ${N_PEER.toLocaleString("nl-NL")} rijen (xlsx lezen, rekenen, csv schrijven): ${ms(loTijd)}; rekentool ${(loTijd / ons.tijd).toFixed(0)}x sneller (doel 20x: ${loTijd / ons.tijd >= 20 ? "gehaald" : "NIET gehaald"})`,
  );
  log(vergelijkTekst(loVergelijk));
  log(
    `  (de formules geven ook voor afgewezen rijen een getal of een fout zonder uitleg; de rekentool zegt per rij wat er mis is)`,
  );
  log();

  log(`## Hele taak op een bestand (lezen, rekenen, schrijven)`);
  log(
    `Elk als eigen proces, zoals een gebruiker het start; geheugen is het hoogste werkgeheugen (max RSS) van dat proces.`,
  );
  const invoer = join(MAP, `toewijzingen-${N_PEER}.xlsx`);
  await schrijfXlsx(invoer, klein);
  const xlsx = bulk(invoer, join(MAP, "uit.xlsx"));
  const loXlsx = soffice(["--convert-to", "xlsx", "--outdir", join(MAP, "lo-xlsx"), formulePad]);
  log(`rekentool bulk, ${N_PEER.toLocaleString("nl-NL")} rijen xlsx -> xlsx: ${xlsx.tekst}`);
  log(
    `LibreOffice (formule-xlsx -> xlsx), ${N_PEER.toLocaleString("nl-NL")} rijen: ${ms(loXlsx)}; rekentool ${(loXlsx / xlsx.tijd).toFixed(1)}x sneller (doel 10x: ${loXlsx / xlsx.tijd >= 10 ? "gehaald" : "NIET gehaald"})`,
  );
  // A full sheet: 1,048,575 rows under the header, Excel's limit.
  const vol = join(MAP, "toewijzingen-vol.xlsx");
  await schrijfXlsx(vol, groot.slice(0, N_GROOT - 1));
  rmSync(invoer);
  const volXlsx = bulk(vol, join(MAP, "uit-vol.xlsx"));
  log(
    `rekentool bulk, volledig werkblad (${(N_GROOT - 1).toLocaleString("nl-NL")} rijen x 15 kolommen) xlsx -> xlsx: ${volXlsx.tekst} (doel hoogstens 1,5 GB: ${volXlsx.geheugen === null ? "niet gemeten" : volXlsx.geheugen <= 1.5 * 2 ** 30 ? "gehaald" : "NIET gehaald"})`,
  );
  rmSync(vol);
  rmSync(join(MAP, "uit-vol.xlsx"));

  const { schrijfCsv } = await import("./bestanden");
  const { duckdbTaak } = await import("./duckdb");
  const csvKlein = join(MAP, `toewijzingen-${N_PEER}.csv`);
  await schrijfCsv(csvKlein, klein);
  // DuckDB's results on the small file are compared with ours, row by row, like the other peers'.
  const duckKlein = await duckdbTaak(csvKlein, join(MAP, "duckdb-klein.csv"));
  const duckRijen: string[][] = parse(readFileSync(join(MAP, "duckdb-klein.csv"), "utf8"), { delimiter: ";" });
  log(`DuckDB ${duckKlein.versie}, ${N_PEER.toLocaleString("nl-NL")} rijen csv -> csv, dezelfde berekening in SQL:`);
  log(
    vergelijkTekst(
      vergelijk(
        ons.uit,
        duckRijen.slice(1).map((r) => r.slice(15)),
      ),
    ),
  );
  const csvGroot = join(MAP, `toewijzingen-${N_GROOT}.csv`);
  await schrijfCsv(csvGroot, groot);
  // Three runs of each, taken in turn, so a passing load touches both alike; the medians are compared.
  const csvRuns: ReturnType<typeof bulk>[] = [];
  const duckRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    rmSync(join(MAP, "uit.csv"), { force: true });
    csvRuns.push(bulk(csvGroot, join(MAP, "uit.csv")));
    duckRuns.push((await duckdbTaak(csvGroot, join(MAP, "duckdb-groot.csv"))).tijd);
  }
  const mediaan = (t: number[]) => [...t].sort((a, b) => a - b)[1];
  const csv = csvRuns.find((r) => r.tijd === mediaan(csvRuns.map((c) => c.tijd)))!;
  const duck = mediaan(duckRuns);
  log(
    `rekentool bulk, ${N_GROOT.toLocaleString("nl-NL")} rijen csv -> csv (gestreamd, in stukken op twee rekenthreads): ${csv.tekst} (mediaan van 3: ${csvRuns.map((r) => ms(r.tijd)).join(", ")})`,
  );
  log(
    `DuckDB, zelfde bestand en berekening (beide kernen): ${ms(duck)} (mediaan van 3: ${duckRuns.map(ms).join(", ")}); rekentool ${(csv.tijd / duck).toFixed(1)}x zo lang (doel hoogstens 2x: ${csv.tijd <= 2 * duck ? "gehaald" : "NIET gehaald"})`,
  );
  log(
    `  (DuckDB controleert niets: geen BSN, geen weken per traject, geen medische grens, geen meldingen; de rekentool doet dat per rij)`,
  );

  // The other funding models (issue 18): the comparison of a million trajectories.
  log();
  await meetVergelijking(log);

  writeFileSync(
    join(ROOT, "bench", "RESULTS.md"),
    `${regels.join("\n")}\n\nGemeten op ${new Date().toISOString().slice(0, 10)} met \`npm run bench\`.\n`,
  );

  // Declarations (issue 17): its own section after the bulk's.
  const declaraties: string[] = [];
  await benchDeclaraties((t = "") => {
    console.log(t);
    declaraties.push(t);
  });
  schrijfSectie(declaraties, "npm run bench");
}

main().catch((fout) => {
  console.error(fout);
  process.exitCode = 1;
});
