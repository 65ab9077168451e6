/**
 * Declarations benchmark (issue 17): a generated year of iJw messages, 100,000 toewijzingen (JW301) and
 * 1,000,000 prestaties (JW323), run from files to the output by `rekentool declaraties`, time and peak memory;
 * the same data as CSV through our tool and through the same aggregation in DuckDB (bench-only peer), with
 * every toewijzing's declared total compared. Writes its section of bench/RESULTS.md.
 * `npm run bench` runs it after the bulk benchmark; `npm run bench:declaraties` runs it alone.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import type { Writable } from "node:stream";
import { bronKopieVoorBench } from "./declaraties-set";
import { jw301, prestatieXml, toegewezenProductXml, type PrestatieXml } from "../test/helpers/ijw-berichten";

const ROOT = process.cwd();
const MAP = join(ROOT, "bench", "out", "declaraties");
const N_TOEWIJZINGEN = Number(process.env.BENCH_TOEWIJZINGEN ?? 100_000);
const PER_TOEWIJZING = 10;
const AANBIEDERS = 20;
const TARIEVEN = [9500, 11000, 12500, 13000, 14500, 7000, 8500];
const NIVEAUS = [100000, 200000, 300000, 500000, 800000, 1200000, 1500000, 2000000];

/** A small seeded generator (mulberry32): the same data on every run. */
function toeval(zaad: number) {
  let s = zaad >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A nine-digit number that passes the elfproef (a made-up BSN). */
function bsn(r: () => number): string {
  for (;;) {
    const c = Array.from({ length: 8 }, () => Math.floor(r() * 10));
    const som = c.reduce((t, x, i) => t + x * (9 - i), 0);
    const laatste = som % 11;
    if (laatste < 10 && c.some((x) => x > 0)) return [...c, laatste].join("");
  }
}

class Schrijver {
  private buffer = "";
  constructor(private readonly uit: Writable) {}
  async voeg(t: string) {
    this.buffer += t;
    if (this.buffer.length > 1 << 20) {
      if (!this.uit.write(this.buffer)) await once(this.uit, "drain");
      this.buffer = "";
    }
  }
  async sluit() {
    this.uit.end(this.buffer);
    await once(this.uit, "finish");
  }
}

interface Gen {
  nummer: string;
  aanbieder: number;
  bsn: string;
  budget: number;
  prestaties: PrestatieXml[];
}

/** Writes the year: JW301 per provider, JW323 per provider and month, and the same rows as two CSV files. */
async function genereer(): Promise<{ xmlBytes: number; csvBytes: number }> {
  rmSync(MAP, { recursive: true, force: true });
  for (const m of ["jw301", "jw323"]) mkdirSync(join(MAP, m), { recursive: true });
  const r = toeval(17);
  const perAanbieder: Gen[][] = Array.from({ length: AANBIEDERS }, () => []);
  for (let i = 0; i < N_TOEWIJZINGEN; i++) {
    const a = i % AANBIEDERS;
    const budget = NIVEAUS[Math.floor(r() * NIVEAUS.length)];
    const start = 1 + Math.floor(r() * 3);
    const prestaties: PrestatieXml[] = [];
    for (let k = 0; k < PER_TOEWIJZING; k++) {
      const maand = String(start + k).padStart(2, "0");
      const code = Math.floor(r() * 7);
      const volume = 1 + Math.floor(r() * (budget / 90000));
      let tarief = TARIEVEN[code];
      const afwijking = r();
      if (afwijking < 0.005) tarief -= 500; // 0611
      let bedrag = volume * tarief;
      if (afwijking > 0.995) bedrag += 1; // 9346
      const p: PrestatieXml = {
        ReferentieNummer: `P${i}-${k}`,
        ToewijzingNummer: `T${i}`,
        ProductCategorie: "50",
        ProductCode: `50A0${code + 1}`,
        Begindatum: `2023-${maand}-01`,
        Einddatum: `2023-${maand}-28`,
        GeleverdVolume: volume,
        Eenheid: "04",
        ProductTarief: tarief,
        Bedrag: bedrag,
        DebetCredit: "D",
      };
      // One in a hundred: the last line credits the one before (a correction).
      if (k === PER_TOEWIJZING - 1 && i % 100 === 0) {
        const vorige = prestaties[k - 1];
        prestaties.push({
          ...vorige,
          ReferentieNummer: p.ReferentieNummer,
          VorigReferentieNummer: vorige.ReferentieNummer,
          DebetCredit: "C",
        });
      } else prestaties.push(p);
    }
    perAanbieder[a].push({ nummer: `T${i}`, aanbieder: a, bsn: bsn(r), budget, prestaties });
  }
  let xmlBytes = 0;
  const csvT = new Schrijver(createWriteStream(join(MAP, "toewijzingen.csv")));
  const csvP = new Schrijver(createWriteStream(join(MAP, "prestaties.csv")));
  await csvT.voeg("Toewijzing;Gemeente;Aanbieder;BSN;Categorie;Ingangsdatum;Einddatum;Budget (cent)\r\n");
  await csvP.voeg(
    "Referentie;Vorige referentie;Toewijzing;Aanbieder;Gemeente;BSN;Categorie;Productcode;Begindatum;Einddatum;Volume;Eenheid;Tarief (cent);Bedrag (cent);DebetCredit\r\n",
  );
  for (let a = 0; a < AANBIEDERS; a++) {
    const naam = `Aanbieder ${String(a + 1).padStart(2, "0")}`;
    const lijst = perAanbieder[a];
    const kop = jw301({ afzender: "0193", ontvanger: naam, clienten: [] });
    const [voor, na] = kop.split("</Bericht>");
    const t = new Schrijver(createWriteStream(join(MAP, "jw301", `jw301-${a + 1}.xml`)));
    await t.voeg(voor);
    for (const g of lijst) {
      const product = toegewezenProductXml({
        ToewijzingNummer: g.nummer,
        Categorie: "50",
        Toewijzingsdatum: "2023-01-02",
        Ingangsdatum: "2023-01-01",
        Einddatum: "2023-12-31",
        Budget: g.budget,
      });
      await t.voeg(`<Client><Bsn>${g.bsn}</Bsn><ToegewezenProducten>${product}</ToegewezenProducten></Client>`);
      xmlBytes += product.length + 60;
      await csvT.voeg(`${g.nummer};0193;${naam};${g.bsn};50;2023-01-01;2023-12-31;${g.budget}\r\n`);
    }
    await t.voeg(`</Bericht>${na}`);
    await t.sluit();
    for (let m = 1; m <= 12; m++) {
      const maand = `2023-${String(m).padStart(2, "0")}`;
      const d = new Schrijver(createWriteStream(join(MAP, "jw323", `jw323-${a + 1}-${maand}.xml`)));
      await d.voeg(
        `<?xml version="1.0" encoding="UTF-8"?>\n<Bericht xmlns="http://www.istandaarden.nl/ijw/3_2/jw323/schema"><Header><BerichtCode>490</BerichtCode><BerichtVersie>3</BerichtVersie><BerichtSubversie>2</BerichtSubversie><Afzender>${naam}</Afzender><Ontvanger>0193</Ontvanger><BerichtIdentificatie><Identificatie>D${a}-${m}</Identificatie><Dagtekening>${maand}-28</Dagtekening></BerichtIdentificatie></Header><Declaratie><DeclaratieNummer>D${a}-${m}</DeclaratieNummer></Declaratie><Clienten>`,
      );
      for (const g of lijst) {
        const deze = g.prestaties.filter((p) => p.Begindatum.startsWith(maand));
        if (deze.length === 0) continue;
        const xml = deze.map(prestatieXml).join("");
        xmlBytes += xml.length;
        await d.voeg(`<Client><Bsn>${g.bsn}</Bsn><Prestaties>${xml}</Prestaties></Client>`);
        for (const p of deze)
          await csvP.voeg(
            `${p.ReferentieNummer};${p.VorigReferentieNummer ?? ""};${p.ToewijzingNummer};${naam};0193;${g.bsn};50;${p.ProductCode};${p.Begindatum};${p.Einddatum};${p.GeleverdVolume};04;${p.ProductTarief};${p.Bedrag};${p.DebetCredit}\r\n`,
          );
      }
      await d.voeg("</Clienten></Bericht>\n");
      await d.sluit();
    }
  }
  await csvT.sluit();
  await csvP.sluit();
  const csvBytes = statSync(join(MAP, "toewijzingen.csv")).size + statSync(join(MAP, "prestaties.csv")).size;
  writeFileSync(join(MAP, "tarieven.json"), JSON.stringify(bronKopieVoorBench()));
  return { xmlBytes, csvBytes };
}

/**
 * A child process under /usr/bin/time: wall time in ms, CPU time (user + system, all threads) in s, and peak
 * memory (maximum resident set) in MB. CPU time says what the work costs when other processes share the cores.
 */
function gemeten(args: string[]): {
  ms: number;
  cpu: number;
  mb: number;
  code: number | null;
  stdout: string;
  stderr: string;
} {
  const t = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "PIEK_KB=%M CPU=%U+%S", ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const ms = performance.now() - t;
  const kb = Number(/PIEK_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const cpu = /CPU=([\d.]+)\+([\d.]+)/.exec(r.stderr);
  return {
    ms,
    cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN,
    mb: kb / 1024,
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
  };
}

/** "12,3 s (CPU 20,1 s), piekgeheugen 800 MB" */
const maat = (m: ReturnType<typeof gemeten>) =>
  `${(m.ms / 1000).toFixed(1).replace(".", ",")} s (CPU ${m.cpu.toFixed(1).replace(".", ",")} s), piekgeheugen ${m.mb.toFixed(0)} MB`;

const DUCKDB_SQL = (map: string) => `
COPY (
  WITH t AS (SELECT * FROM read_csv('${map}/toewijzingen.csv', delim=';', header=true)),
       p AS (SELECT * FROM read_csv('${map}/prestaties.csv', delim=';', header=true)),
       s AS (SELECT Toewijzing, sum(CASE WHEN DebetCredit = 'C' THEN -"Bedrag (cent)" ELSE "Bedrag (cent)" END) AS cent
             FROM p GROUP BY Toewijzing)
  SELECT t.Toewijzing, t.Aanbieder, t."Budget (cent)" / 100 AS Budget, coalesce(s.cent, 0) / 100 AS Gedeclareerd,
         coalesce(s.cent, 0) / t."Budget (cent)" AS Uitputting
  FROM t LEFT JOIN s ON s.Toewijzing = t.Toewijzing ORDER BY t.Toewijzing
) TO '${map}/duckdb-toewijzingen.csv' (DELIMITER ';', HEADER);
COPY (
  SELECT Aanbieder, count(*) AS Prestaties,
         sum(CASE WHEN DebetCredit = 'C' THEN -"Bedrag (cent)" ELSE "Bedrag (cent)" END) / 100 AS Gedeclareerd
  FROM read_csv('${map}/prestaties.csv', delim=';', header=true) GROUP BY Aanbieder ORDER BY Aanbieder
) TO '${map}/duckdb-aanbieders.csv' (DELIMITER ';', HEADER);
`;

/** Declared total per toewijzing from a CSV output (ours: decimal comma; DuckDB's: a point). */
function gedeclareerdPer(pad: string, kolomNummer: string, kolomBedrag: string): Map<string, number> {
  const regels = readFileSync(pad, "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/);
  const kop = regels[0].split(";");
  const [n, b] = [kop.indexOf(kolomNummer), kop.indexOf(kolomBedrag)];
  const uit = new Map<string, number>();
  for (const r of regels.slice(1)) {
    if (!r) continue;
    const v = r.split(";");
    uit.set(v[n], Math.round(Number(v[b].replace(",", ".")) * 100));
  }
  return uit;
}

export async function benchDeclaraties(log: (t?: string) => void): Promise<void> {
  log(`## Declaraties: een jaar berichten (JW301/JW323) van bestand tot uitvoer`);
  const tGen = performance.now();
  const { xmlBytes, csvBytes } = await genereer();
  const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;
  log(
    `Gegevens (bench/declaraties.ts, vast zaad): ${N_TOEWIJZINGEN.toLocaleString("nl-NL")} toewijzingen (a-specifiek, categorie 50, budget) in ${AANBIEDERS} JW301-berichten, ${(N_TOEWIJZINGEN * PER_TOEWIJZING).toLocaleString("nl-NL")} prestaties in ${AANBIEDERS * 12} JW323-berichten (per aanbieder per maand), ~${mb(xmlBytes)} XML; dezelfde rijen als CSV: ${mb(csvBytes)}. Met ~0,5% tariefafwijkingen (0611), ~0,5% bedragfouten (9346), 1% creditregels, en budgetten die soms op raken (9369). Genereren: ${((performance.now() - tGen) / 1000).toFixed(1).replace(".", ",")} s (telt niet mee).`,
  );
  // Other processes on the machine slow a run down: the load is said with the numbers.
  log(
    `Belasting van de machine vóór het meten (load average, 1 minuut): ${loadavg()[0].toFixed(1).replace(".", ",")} op ${cpus().length} kernen.`,
  );
  const cli = (extra: string[]) => [
    process.execPath,
    join(ROOT, "bin", "rekentool.js"),
    "declaraties",
    "--tarieven",
    join(MAP, "tarieven.json"),
    "--overschrijven",
    ...extra,
  ];
  const ons = gemeten(
    cli(["--toewijzingen", join(MAP, "jw301"), "--declaraties", join(MAP, "jw323"), "--uit", join(MAP, "uit-xml.csv")]),
  );
  if (ons.code !== 1) throw new Error(`rekentool declaraties gaf ${ons.code}: ${ons.stderr.slice(0, 2000)}`);
  const doel = (ms: number, piek: number) =>
    `doel hoogstens 15 s en 1 GB: ${ms <= 15000 && piek <= 1024 ? "gehaald" : "NIET gehaald"}`;
  log(
    `rekentool declaraties, XML-berichten -> CSV (toewijzingen + prestaties met bevindingen): ${maat(ons)} (${doel(ons.ms, ons.mb)})`,
  );
  const xlsx = gemeten(
    cli([
      "--toewijzingen",
      join(MAP, "jw301"),
      "--declaraties",
      join(MAP, "jw323"),
      "--uit",
      join(MAP, "uit-xml.xlsx"),
    ]),
  );
  log(`rekentool declaraties, XML-berichten -> xlsx (twee werkbladen): ${maat(xlsx)}`);
  const csv = gemeten(
    cli([
      "--toewijzingen",
      join(MAP, "toewijzingen.csv"),
      "--declaraties",
      join(MAP, "prestaties.csv"),
      "--uit",
      join(MAP, "uit-csv.csv"),
    ]),
  );
  log(`rekentool declaraties, dezelfde gegevens als CSV -> CSV: ${maat(csv)}`);
  const stukken = ons.stdout
    .split("\n")
    .filter((r) => /^(Toewijzingen|Budget samen|Prestaties| {2}9369| {2}9346| {2}0611)/.test(r));
  log(`  samenvatting: ${stukken.map((s) => s.trim()).join("; ")}`);

  if (!existsSync(join(ROOT, "node_modules", "@duckdb", "node-api"))) {
    log(`DuckDB: niet gemeten (@duckdb/node-api niet geïnstalleerd).`);
  } else {
    const script = `const {DuckDBInstance}=require("@duckdb/node-api");(async()=>{const c=await (await DuckDBInstance.create()).connect();await c.run(${JSON.stringify(DUCKDB_SQL(MAP))});})().catch(e=>{console.error(e);process.exit(1)});`;
    const duck = gemeten([process.execPath, "-e", script]);
    if (duck.code !== 0) throw new Error(`DuckDB faalde: ${duck.stderr.slice(0, 2000)}`);
    const versie = JSON.parse(
      readFileSync(join(ROOT, "node_modules", "@duckdb", "node-api", "package.json"), "utf8"),
    ).version;
    log(
      `DuckDB (@duckdb/node-api ${versie}), dezelfde optelling per toewijzing en per aanbieder op de CSV (lezen, join, groeperen, CSV schrijven; zonder de controles): ${maat(duck)}; rekentool op de CSV ${(csv.ms / duck.ms).toFixed(1).replace(".", ",")}x de tijd van DuckDB`,
    );
    const onze = gedeclareerdPer(join(MAP, "uit-csv.csv"), "ToewijzingNummer", "Gedeclareerd");
    const onzeXml = gedeclareerdPer(join(MAP, "uit-xml.csv"), "ToewijzingNummer", "Gedeclareerd");
    const duckPer = gedeclareerdPer(join(MAP, "duckdb-toewijzingen.csv"), "Toewijzing", "Gedeclareerd");
    let gelijk = 0;
    let anders = 0;
    for (const [nr, cent] of duckPer) {
      if (onze.get(nr) === cent && onzeXml.get(nr) === cent) gelijk++;
      else anders++;
    }
    log(
      `  gedeclareerd per toewijzing, rekentool (XML en CSV) tegen DuckDB: ${gelijk.toLocaleString("nl-NL")} gelijk, ${anders.toLocaleString("nl-NL")} verschillend`,
    );
  }
  log();
}

/** Writes the declarations section of bench/RESULTS.md: replaced if it is there, else added at the end. */
export function schrijfSectie(regels: readonly string[], opdracht: string): void {
  const pad = join(ROOT, "bench", "RESULTS.md");
  const oud = existsSync(pad) ? readFileSync(pad, "utf8") : "";
  const begin = oud.indexOf("## Declaraties");
  const voor = begin < 0 ? `${oud.trimEnd()}\n\n` : oud.slice(0, begin);
  writeFileSync(
    pad,
    `${voor}${regels.join("\n").trimEnd()}\n\nGemeten op ${new Date().toISOString().slice(0, 10)} met \`${opdracht}\`.\n`,
  );
}

if (require.main === module) {
  const regels: string[] = [];
  const log = (t = "") => {
    console.log(t);
    regels.push(t);
  };
  benchDeclaraties(log)
    .then(() => schrijfSectie(regels, "npm run bench:declaraties"))
    .catch((fout) => {
      console.error(fout);
      process.exitCode = 1;
    });
}
