/**
 * The comparison of the funding models (issue 18) on 1,000,000 generated trajectories: `rekentool vergelijk`
 * from a CSV file to the table, time and peak memory, next to a peer: the same P x Q aggregation as a plain
 * Python script (csv module, Decimal, half-up rounding per row), which a back office might write. Its totals
 * per provider must equal ours to the cent. Runs inside `npm run bench`, or alone:
 *   npm run build:cli && npx tsc -p tsconfig.bench.json && node bench/out/js/bench/vergelijk.js
 */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { genereerPopulatie, populatieSets, POPULATIE_KOPPEN } from "../scripts/maak-populatie";

const ROOT = process.cwd();
const MAP = join(ROOT, "bench", "out", "data");
const N = Number(process.env.BENCH_VERGELIJK_N ?? 1_000_000);
const KOP = "## Vergelijking bekostigingsmodellen (rekentool vergelijk)";

const PEER = `import csv, json, sys
from decimal import Decimal, ROUND_HALF_UP
prijzen = {p["naam"]: Decimal(str(p["tarief"])) for p in json.load(open(sys.argv[2], encoding="utf-8"))[0]["producten"]}
som = {}
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    r = csv.reader(f, delimiter=";")
    kop = next(r)
    a, p, v = kop.index("Aanbieder"), kop.index("Product"), kop.index("Volume")
    for rij in r:
        cent = (prijzen[rij[p]] * 100 * Decimal(rij[v].replace(",", "."))).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        som[rij[a]] = som.get(rij[a], 0) + int(cent)
json.dump(som, sys.stdout)
`;

function schrijfPopulatie(csv: string, sets: string): void {
  // Written synchronously in blocks of a megabyte: the generator hands out rows one by one.
  const fd = openSync(csv, "w");
  writeSync(fd, `\uFEFF${POPULATIE_KOPPEN.join(";")}\r\n`);
  const tellingen = new Map<string, number>();
  let buffer = "";
  genereerPopulatie(N, (rij) => {
    const sleutel = `${rij[1]}|${rij[2]}`;
    tellingen.set(sleutel, (tellingen.get(sleutel) ?? 0) + 1);
    buffer += rij.map((w) => (typeof w === "number" ? String(w).replace(".", ",") : w)).join(";") + "\r\n";
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = "";
    }
  });
  writeSync(fd, buffer);
  closeSync(fd);
  writeFileSync(sets, JSON.stringify(populatieSets(tellingen)));
}

/** Wall time and peak memory (maximum resident set) of a child process, measured by GNU time. */
function meet(cmd: string, args: string[]): { ms: number; mb: number | null; stdout: string; status: number | null } {
  const tijd = existsSync("/usr/bin/time");
  const t = performance.now();
  const r = spawnSync(tijd ? "/usr/bin/time" : cmd, tijd ? ["-f", "MAXRSS %M", cmd, ...args] : args, {
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
  });
  const ms = performance.now() - t;
  const kb = /MAXRSS (\d+)/.exec(r.stderr ?? "")?.[1];
  return { ms, mb: kb === undefined ? null : Number(kb) / 1024, stdout: r.stdout ?? "", status: r.status };
}

export async function meetVergelijking(log: (tekst?: string) => void): Promise<void> {
  mkdirSync(MAP, { recursive: true });
  const csv = join(MAP, `vergelijk-${N}.csv`);
  const sets = join(MAP, "vergelijk-sets.json");
  const uit = join(MAP, "vergelijk-uit.csv");
  schrijfPopulatie(csv, sets);
  log(KOP);
  log(
    `Gegevens: ${N.toLocaleString("nl-NL")} gegenereerde trajecten (scripts/maak-populatie.ts: 94 aanbieders, 12 gebieden, vier Wmo-producten), ${(readFileSync(csv).length / 2 ** 20).toFixed(0)} MB CSV; drie modellen: P x Q (Midden-Holland Wmo 2017), standaardbudget (IJsselland 2023, per traject berekend), lumpsum per aanbieder per gebied.`,
  );
  const draai = (modellen: string) => {
    const r = meet(process.execPath, [
      join(ROOT, "bin", "rekentool.js"),
      "vergelijk",
      csv,
      "--tarieven",
      sets,
      "--modellen",
      modellen,
      "--uit",
      uit,
      "--overschrijven",
    ]);
    if (r.status !== 0) throw new Error(`rekentool vergelijk faalde (code ${r.status}): ${r.stdout}`);
    return r;
  };
  // P x Q alone first (the peer's task), then all three models; the table of the last run is checked below.
  const alleenPxq = draai("P x Q (Midden-Holland Wmo 2017)");
  const ons = draai("P x Q (Midden-Holland Wmo 2017); IJsselland 2023; Lumpsum per gebied (gegenereerd)");
  const mb = (m: number | null) => (m === null ? "onbekend" : `${m.toFixed(0)} MB`);
  log(
    `rekentool vergelijk (csv lezen, drie modellen, tabel schrijven): ${ons.ms.toFixed(0)} ms, piekgeheugen ${mb(ons.mb)}`,
  );
  log(`rekentool vergelijk, alleen P x Q: ${alleenPxq.ms.toFixed(0)} ms, piekgeheugen ${mb(alleenPxq.mb)}`);
  const peer = join(MAP, "peer.py");
  writeFileSync(peer, PEER);
  const python = spawnSync("python3", ["--version"], { encoding: "utf8" });
  if (python.status !== 0) {
    log("Peer (Python-script, alleen P x Q): python3 niet gevonden, niet gemeten.");
    return;
  }
  const p = meet("python3", [peer, csv, sets]);
  const perAanbieder = JSON.parse(p.stdout) as Record<string, number>;
  // Ours per provider: the delivered value (P x Q without a ceiling) of the productprijs rows of the table.
  const onze = new Map<string, number>();
  for (const regel of readFileSync(uit, "utf8")
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .slice(1)) {
    const v = regel.split(";");
    if (v[1] === "productprijs" && v[0] !== "Totaal") onze.set(v[0], Math.round(Number(v[7].replace(",", ".")) * 100));
  }
  const verschil = Object.entries(perAanbieder).filter(([a, c]) => onze.get(a) !== c).length;
  const factor = p.ms / alleenPxq.ms;
  log(
    `Peer: Python ${python.stdout.trim().replace("Python ", "")}-script, alleen P x Q per aanbieder (csv-module, Decimal): ${p.ms.toFixed(0)} ms, piekgeheugen ${mb(p.mb)}; rekentool (alleen P x Q) ${factor >= 1 ? `${factor.toFixed(1)}x sneller` : `${(1 / factor).toFixed(1)}x trager`}`,
  );
  log(
    `  P x Q per aanbieder gelijk tot op de cent: ${Object.keys(perAanbieder).length - verschil} van ${Object.keys(perAanbieder).length} aanbieders${verschil > 0 ? ` (VERSCHIL bij ${verschil})` : ""}`,
  );
}

/** Alone: the section in RESULTS.md is replaced (or added), the rest of the file stays. */
async function alleen(): Promise<void> {
  const regels: string[] = [];
  await meetVergelijking((t = "") => {
    console.log(t);
    regels.push(t);
  });
  const pad = join(ROOT, "bench", "RESULTS.md");
  const oud = existsSync(pad) ? readFileSync(pad, "utf8") : "";
  const sectie = `${regels.join("\n")}\n(gemeten op ${new Date().toISOString().slice(0, 10)}, deze sectie alleen)\n`;
  const begin = oud.indexOf(KOP);
  // The section ends at the next heading or at the closing line of a full run.
  const volgende = [oud.indexOf("\n## ", begin + KOP.length), oud.indexOf("\nGemeten op", begin)].filter((i) => i >= 0);
  const eind = begin < 0 || volgende.length === 0 ? -1 : Math.min(...volgende);
  const nieuw =
    begin < 0
      ? oud.replace(
          /\n*(Gemeten op .*\n?)?$/,
          (staart) => `\n\n${sectie}${staart.trim() ? `\n${staart.trim()}\n` : ""}`,
        )
      : `${oud.slice(0, begin)}${sectie}${eind < 0 ? "" : `\n${oud.slice(eind).replace(/^\n+/, "")}`}`;
  writeFileSync(pad, nieuw);
}

if (require.main === module)
  alleen().catch((fout) => {
    console.error(fout);
    process.exitCode = 1;
  });
