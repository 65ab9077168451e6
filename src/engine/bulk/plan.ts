import { isLeeg } from "../getal";
import { maakKolomkaart, type Kolomkaart } from "./kolommen";
import { UITVOER, UITVOERKOLOMMEN, type Uitvoerkolom, type Uitvoersoort } from "./uitvoer";

/** An output column the header lacks: added at `kolom` (0-based, from the block's left edge). */
export interface Nieuwekop {
  naam: Uitvoerkolom;
  kolom: number;
}

/** Where a bulk run reads and writes, decided once from the header row; the same for Excel, CSV and xlsx. */
export interface Bulkplan {
  kaart: Kolomkaart;
  /** Column (0-based, from the block's left edge) of each output, in the order of UITVOER. */
  kolommen: readonly number[];
  /** Per output, in the order of UITVOER: how it is shown (euro, procent, getal, tekst). */
  soorten: readonly Uitvoersoort[];
  /** Output columns that are missing and are added right of the last column, in the order of UITVOER. */
  nieuw: readonly Nieuwekop[];
  /** The block's width with the added columns. */
  breedte: number;
  /** Runs of adjacent output columns, so that each run is one range write: [first column, outputs (indexes in UITVOER)]. */
  aaneengesloten: readonly { kolom: number; uitvoer: number[] }[];
}

/** Why a header cannot be recalculated, as one Dutch message; null when it can. */
export type Planuitkomst = { ok: true; plan: Bulkplan } | { ok: false; ontbreekt: readonly string[] };

/** The plan for a header row: inputs found by name, outputs found or added after the last column. */
export function maakBulkplan(koppen: readonly unknown[]): Planuitkomst {
  const kaart = maakKolomkaart(koppen);
  if (kaart.ontbreekt.length > 0) return { ok: false, ontbreekt: kaart.ontbreekt };
  // New columns follow the last header with a name: empty header cells that Excel keeps because they were once
  // formatted are no columns of the user's.
  let volgende = koppen.length;
  while (volgende > 0 && isLeeg(koppen[volgende - 1])) volgende--;
  const nieuw: Nieuwekop[] = [];
  const kolommen = UITVOER.map((naam) => {
    if (kaart.uitvoer[naam] >= 0) return kaart.uitvoer[naam];
    nieuw.push({ naam, kolom: volgende });
    return volgende++;
  });
  const volgorde = kolommen.map((kolom, k) => ({ kolom, k })).sort((a, b) => a.kolom - b.kolom);
  const aaneengesloten: { kolom: number; uitvoer: number[] }[] = [];
  for (const { kolom, k } of volgorde) {
    const laatste = aaneengesloten[aaneengesloten.length - 1];
    if (laatste && laatste.kolom + laatste.uitvoer.length === kolom) laatste.uitvoer.push(k);
    else aaneengesloten.push({ kolom, uitvoer: [k] });
  }
  return {
    ok: true,
    plan: {
      kaart,
      kolommen,
      soorten: UITVOERKOLOMMEN.map((k) => k.soort),
      nieuw,
      breedte: Math.max(koppen.length, volgende),
      aaneengesloten,
    },
  };
}

/** The Dutch message for a header that lacks required columns. */
export function ontbrekendeKolommenTekst(ontbreekt: readonly string[]): string {
  // Two kinds of problem come through here: columns that are missing, and columns that are there twice.
  const kop = ontbreekt.every((t) => t.startsWith("De kolommen "))
    ? "De kopregel klopt niet"
    : "Deze kolommen zijn nodig maar niet gevonden, of staan er dubbel";
  return `${kop}:\n  - ${ontbreekt.join("\n  - ")}`;
}
