/**
 * DuckDB as a peer for the CSV job: the same computation as the formula peers (formules.ts) in SQL, from the same
 * CSV file to a CSV file. Bench only: DuckDB is a devDependency and never ships.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { STANDAARD_TARIEFSET } from "../src/engine";

const tekst = (t: string) => `'${t.replace(/'/g, "''")}'`;
/** A column typed with a decimal comma ("2,5") or a point, as a number; empty or unreadable is NULL. */
const getal = (kolom: string) => `TRY_CAST(replace("${kolom}", ',', '.') AS DOUBLE)`;

/** A CASE that looks `kolom` up in a list of names with rates in cents (the rates are a handful: no join). */
function tarief(kolom: string, lijst: readonly { naam: string; uurtariefCent: number | null }[]): string {
  const takken = lijst
    .filter((r) => r.uurtariefCent !== null)
    .map((r) => `WHEN lower("${kolom}") = ${tekst(r.naam.toLowerCase())} THEN ${r.uurtariefCent! / 100}`);
  return `CASE ${takken.join(" ")} END`;
}

/** The SQL: read, compute the five formula columns, write. Row order is kept (a projection, insertion order). */
export function duckdbSql(invoer: string, uitvoer: string): string {
  const set = STANDAARD_TARIEFSET;
  const niveaus = [...set.niveaus].sort((a, b) => a.bedragCent - b.bedragCent);
  const max = niveaus[niveaus.length - 1].bedragCent / 100;
  const niveau = `CASE ${niveaus.map((n) => `WHEN totaal <= ${n.bedragCent / 100} THEN '${n.nummer}'`).join(" ")} ELSE 'offerte' END`;
  const bedrag = `CASE ${niveaus.map((n) => `WHEN totaal <= ${n.bedragCent / 100} THEN ${n.bedragCent / 100}`).join(" ")} END`;
  return `
    COPY (
      WITH r AS (SELECT * FROM read_csv(${tekst(invoer)}, delim = ';', header = true, all_varchar = true)),
      b AS (
        SELECT r.*,
          CASE WHEN "Intensiteit" IS NULL THEN 0
            ELSE round(${getal("Groep dagen per week")} * ${getal("Groep uren per dag")} * ${getal("Groep weken")}
              * ${tarief("Intensiteit", set.intensiteiten)}, 2) END AS groep,
          CASE WHEN "Rekentarief" IS NULL THEN 0
            ELSE round(${getal("Ambulant uren per week")} * ${getal("Ambulant weken")}
              * ${tarief("Rekentarief", set.rekentarieven)}, 2) END AS ambulant
        FROM r
      ),
      t AS (SELECT b.*, groep + ambulant AS totaal FROM b)
      SELECT * EXCLUDE (groep, ambulant, totaal),
        groep AS "Budget groepsaanbod", ambulant AS "Budget ambulant", totaal AS "Budget totaal",
        ${niveau} AS "Standaardbudget",
        CASE WHEN totaal > ${max} THEN NULL ELSE ${bedrag} END AS "Standaardbudget bedrag"
      FROM t
    ) TO ${tekst(uitvoer)} (HEADER, DELIMITER ';');`;
}

/** Runs the job in a fresh in-memory DuckDB; the time includes opening it, as a user's run would. */
export async function duckdbTaak(invoer: string, uitvoer: string): Promise<{ tijd: number; versie: string }> {
  const t = performance.now();
  const db = await DuckDBInstance.create(":memory:");
  const verbinding = await db.connect();
  await verbinding.run(duckdbSql(invoer, uitvoer));
  const tijd = performance.now() - t;
  const versie = (await (await verbinding.runAndReadAll("SELECT version()")).getRows())[0][0] as string;
  verbinding.closeSync();
  db.closeSync();
  return { tijd, versie };
}
