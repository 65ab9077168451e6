import { IJSSELLAND_2023, laadTariefset, type Tariefset, type TariefsetBron } from "../../src/engine";

/** The built-in set's JSON, deep-copied, for tests that change one thing. */
export function bronKopie(): TariefsetBron {
  return JSON.parse(JSON.stringify(IJSSELLAND_2023.bronJson));
}

/** A test-only set with round rates, so boundary totals can be hit exactly. Not a real tariff. */
export function testset(wijzig: (bron: TariefsetBron) => void = () => undefined): Tariefset {
  const bron = bronKopie();
  bron.naam = "Testset";
  bron.rekentarieven.push({ naam: "Testtarief", uurtarief: 100, bron: "test" });
  bron.intensiteiten = bron.intensiteiten.map((i) => ({ ...i, uurtarief: i.uurtarief ?? 20 }));
  wijzig(bron);
  const r = laadTariefset(bron);
  if (!r.ok) throw new Error(r.fouten.join("; "));
  return r.tariefset;
}

export const BEGELEIDING = "Overwegend begeleiding en lichte hulp";
export const GGZ = "Grote ggz instellingen / academisch";
