/**
 * A generated, plausible population for comparing the funding models (issue 18), at the scale of Hart van
 * Brabant's Wmo guidance (2020: 7,600 clients, 94 providers, EUR 40,4 mln, lump sum per area, 12 areas). Nobody
 * in it exists: providers and areas are numbered, trajectories are drawn from a seeded generator. Prices come
 * from the built-in sets (Midden-Holland Wmo 2017, IJsselland 2023); the lump sums divide the public total over
 * providers and areas by their share of the generated clients.
 *
 *   npx tsx scripts/maak-populatie.ts OVERZICHT.csv SETS.json [--clienten 7600]
 */
import { createWriteStream, writeFileSync } from "node:fs";
import { once } from "node:events";
import { MIDDEN_HOLLAND_WMO_2017 } from "../src/engine/tariefset/ingebouwd";

export const POPULATIE_KOPPEN = [
  "Toewijzing",
  "Aanbieder",
  "Gebied",
  "Product",
  "Volume",
  "Traject",
  "Groep dagen per week",
  "Groep uren per dag",
  "Groep weken",
  "Intensiteit",
  "Ambulant uren per week",
  "Ambulant weken",
  "Rekentarief",
] as const;

export const HVB = { clienten: 7600, aanbieders: 94, gebieden: 12, totaalCent: 40_400_000_00 };

/** mulberry32: small, fast, and the same rows on every machine. */
function willekeur(zaad: number): () => number {
  let a = zaad >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const nr = (n: number, breed: number) => String(n).padStart(breed, "0");
export const aanbiederNaam = (i: number) => `Aanbieder ${nr(i + 1, 2)}`;
export const gebiedNaam = (i: number) => `Gebied ${nr(i + 1, 2)}`;

/** The rows, one client trajectory each; `per` gets every row (so a million rows need not sit in memory). */
export function genereerPopulatie(aantal: number, per: (rij: (string | number)[]) => void, zaad = 18): void {
  const r = willekeur(zaad);
  // Provider sizes as in a real market: a few large, a long tail (weights 1/k^0.9).
  const gewichten = Array.from({ length: HVB.aanbieders }, (_, k) => 1 / (k + 1) ** 0.9);
  const som = gewichten.reduce((s, g) => s + g, 0);
  const cumulatief: number[] = [];
  gewichten.reduce((s, g) => (cumulatief.push((s + g) / som), s + g), 0);
  const kies = <T>(opties: readonly (readonly [T, number])[]): T => {
    let x = r();
    for (const [o, kans] of opties) if ((x -= kans) < 0) return o;
    return opties[opties.length - 1][0];
  };
  for (let i = 0; i < aantal; i++) {
    const x = r();
    let a = cumulatief.findIndex((c) => x < c);
    if (a < 0) a = HVB.aanbieders - 1;
    const gebied = Math.floor(r() * HVB.gebieden);
    const duurzaam = r() < 0.6;
    const weken = duurzaam
      ? 52
      : kies([
          [13, 0.3],
          [26, 0.5],
          [39, 0.2],
        ] as const);
    const product = kies([
      ["Begeleiding", 0.7],
      ["Gespecialiseerde begeleiding", 0.15],
      ["Dagbesteding gericht op participatie", 0.1],
      ["Dagbesteding gericht op activering", 0.05],
    ] as const);
    const basis = [`HVB-${nr(i + 1, 7)}`, aanbiederNaam(a), gebiedNaam(gebied), product];
    const traject = duurzaam ? "duurzaam" : "herstel";
    if (product.startsWith("Dagbesteding")) {
      // Day parts of 4 hours, as group offer in the rekentool (intensity licht: the only public group rate).
      const dagdelen = kies([
        [1, 0.2],
        [2, 0.4],
        [3, 0.25],
        [4, 0.15],
      ] as const);
      per([...basis, dagdelen * weken, traject, dagdelen, 4, weken, "licht", "", "", ""]);
    } else {
      const uren = kies([
        [1, 0.25],
        [1.5, 0.2],
        [2, 0.25],
        [3, 0.15],
        [4, 0.1],
        [6, 0.05],
      ] as const);
      const tarief =
        product === "Begeleiding" ? "Overwegend begeleiding en lichte hulp" : "Grote ggz instellingen / academisch";
      per([...basis, uren * weken, traject, "", "", "", "", uren, weken, tarief]);
    }
  }
}

/**
 * The comparison's sets: P x Q at Midden-Holland Wmo 2017 prices, the IJsselland 2023 standard budgets (built
 * in, named), and a lump sum per provider per area that divides `totaalCent` by share of clients (largest
 * remainder, so the sums add up to the cent).
 */
export function populatieSets(tellingen: Map<string, number>, totaalCent = HVB.totaalCent): object[] {
  const totaal = [...tellingen.values()].reduce((s, n) => s + n, 0);
  const delen = [...tellingen.entries()].map(([sleutel, n]) => {
    const exact = (totaalCent * n) / totaal;
    return { sleutel, n, cent: Math.floor(exact), rest: exact - Math.floor(exact) };
  });
  let over = totaalCent - delen.reduce((s, d) => s + d.cent, 0);
  for (const d of [...delen].sort((a, b) => b.rest - a.rest)) if (over-- > 0) d.cent++;
  const lumpsums = delen
    .sort((a, b) => a.sleutel.localeCompare(b.sleutel))
    .map((d) => {
      const [aanbieder, gebied] = d.sleutel.split("|");
      return { aanbieder, gebied, bedrag: d.cent / 100, clienten: d.n };
    });
  return [
    { ...MIDDEN_HOLLAND_WMO_2017.bronJson, naam: "P x Q (Midden-Holland Wmo 2017)" },
    {
      naam: "Lumpsum per gebied (gegenereerd)",
      regio: "Hart van Brabant (gegenereerde populatie)",
      model: "lumpsum",
      geldigVanaf: "2020-01-01",
      geldigTot: "2020-12-31",
      bron: "Gegenereerd voorbeeld: het openbare totaal van Hart van Brabant (Wmo-begeleiding 2020: EUR 40,4 mln) verdeeld over de gegenereerde aanbieders en gebieden naar hun aandeel cliënten. Geen echte bedragen per aanbieder.",
      lumpsums,
    },
  ];
}

async function main(): Promise<void> {
  const [overzicht, sets, ...rest] = process.argv.slice(2);
  if (!overzicht || !sets) {
    console.error("Gebruik: npx tsx scripts/maak-populatie.ts OVERZICHT.csv SETS.json [--clienten N]");
    process.exit(2);
  }
  const i = rest.indexOf("--clienten");
  const aantal = i >= 0 ? Number(rest[i + 1]) : HVB.clienten;
  const uit = createWriteStream(overzicht);
  uit.write(`\uFEFF${POPULATIE_KOPPEN.join(";")}\r\n`);
  const tellingen = new Map<string, number>();
  let buffer = "";
  genereerPopulatie(aantal, (rij) => {
    const sleutel = `${rij[1]}|${rij[2]}`;
    tellingen.set(sleutel, (tellingen.get(sleutel) ?? 0) + 1);
    buffer += rij.map((w) => (typeof w === "number" ? String(w).replace(".", ",") : w)).join(";") + "\r\n";
    if (buffer.length > 1 << 20) {
      uit.write(buffer);
      buffer = "";
    }
  });
  uit.end(buffer);
  await once(uit, "finish");
  writeFileSync(sets, JSON.stringify(populatieSets(tellingen), null, 2) + "\n");
  console.log(`${aantal} trajecten geschreven naar ${overzicht}; tariefsets naar ${sets}.`);
}

if (require.main === module) void main();
