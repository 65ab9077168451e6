import { type Tariefset, type TariefsetBron } from "../../src/engine";
import { IJSSELLAND_2023 } from "../../src/engine/tariefset/ingebouwd";
import { laadTariefset } from "../../src/engine/tariefset/laden";

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

/** The region's example Mark in the public JSON shape (CLI --json, copy as JSON). */
export const MARK_JSON = {
  traject: "herstel",
  groepsaanbod: { urenPerWeek: 6, urenTotaal: 156, uurtarief: 14.28, budget: 2227.68 },
  ambulant: { urenTotaal: 78, uurtarief: 70, budget: 5460 },
  totaal: 7687.68,
  standaardbudget: { nummer: 5, bedrag: 8000 },
  offerte: false,
  gekozen: null,
  bekend: null,
  indicatie: null,
  meldingen: [],
};
