import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, zorgVoorBuild } from "../helpers/build";

beforeAll(zorgVoorBuild);

test("functions.json holds every JH function with its parameters (names, optional marked with ?)", () => {
  const metadata = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8"));
  const handtekeningen = metadata.functions.map(
    (f: {
      id: string;
      parameters: { name: string; optional?: boolean; dimensionality?: string }[];
      result: { dimensionality?: string };
    }) =>
      `${f.id}(${f.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}${p.dimensionality === "matrix" ? "" : ":scalar"}`).join(", ")})${f.result.dimensionality === "matrix" ? "" : ":scalar"}`,
  );
  expect(handtekeningen).toEqual([
    "STANDAARDBUDGET(bedrag, verwijzer?, tariefset?)",
    "STANDAARDBUDGETNUMMER(bedrag, verwijzer?, tariefset?)",
    "GROEPSTARIEF(intensiteit, tariefset?)",
    "REKENTARIEF(naam, tariefset?)",
    "BUDGETGROEP(dagen_per_week, uren_per_dag, weken, intensiteit, traject?, tariefset?, kdc_odc?)",
    "BUDGETAMBULANT(uren_per_week, weken, rekentarief, traject?, tariefset?)",
    "BUDGET(traject, groep_dagen, groep_uren, groep_weken, intensiteit, amb_uren, amb_weken, rekentarief, verwijzer?, tariefset?, kdc_odc?, met_groep?, met_ambulant?, bekend_bedrag?, bekend_bron?)",
    "PRODUCTTARIEF(code, tariefset?)",
    "DECLARATIEBEDRAG(volume, code, tariefset?)",
    "TARIEFSETS()",
    "UREN(uren_per_week, weken, traject?, tariefset?)",
    "INDICATIE(soort_hulp, uren, tariefset?)",
    "CONTROLE(veld, velden, waarden, uitvoer?)",
    "PXQ(product, volume, aanbieder?, tariefset?)",
    "PRODUCTPRIJS(product, aanbieder?, tariefset?)",
    "ARRANGEMENT(notatie, profiel?, tariefset?)",
  ]);
  for (const f of metadata.functions) {
    expect(f.description).toMatch(/^[A-Z].{20,}/);
    for (const p of f.parameters) expect(p.description.length).toBeGreaterThan(5);
  }
});
