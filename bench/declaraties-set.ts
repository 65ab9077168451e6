import { STANDAARD_TARIEFSET, type TariefsetBron } from "../src/engine";

/**
 * The bench's tariff set: the built-in set with seven ambulant products at round tariffs. Made up for the
 * benchmark only (the region's product tariffs are not public); never a built-in set.
 */
export function bronKopieVoorBench(): TariefsetBron {
  const bron: TariefsetBron = JSON.parse(JSON.stringify(STANDAARD_TARIEFSET.bronJson));
  bron.naam = "Bench 2023 (verzonnen tarieven)";
  bron.producten = [95, 110, 125, 130, 145, 70, 85].map((tarief, i) => ({
    code: `50A0${i + 1}`,
    categorie: "50",
    naam: `Bench product ${i + 1}`,
    eenheid: "04" as const,
    tarief,
    bron: "verzonnen voor de benchmark",
  }));
  return bron;
}
