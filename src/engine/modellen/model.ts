import { isHeleCenten } from "../geld";
import { naamSleutel } from "../getal";
import type { TariefsetFout } from "../tariefset/laden";
import type { Model, Tariefset, TariefsetBron } from "../tariefset/types";

/**
 * The funding models a tariff set can declare (issue 18; VNG's three families). A set without `model` is a
 * standard-budget set, as every set was before. The rules of each model live in their own module here:
 * productprijs.ts, arrangement.ts, lumpsum.ts; the standard budgets in ../budget.ts.
 */
export const MODELLEN: readonly Model[] = ["standaardbudget", "productprijs", "arrangement", "lumpsum"];

/** How policy advisors name each model (VNG): what a provider is paid for. */
export const MODEL_SOORT: Readonly<Record<Model, string>> = {
  standaardbudget: "outputgericht: een vast bedrag per cliënt (het standaardbudget van het traject)",
  productprijs: "inspanningsgericht: prijs x geleverde eenheden (P x Q), eventueel met een plafond per aanbieder",
  arrangement: "outputgericht (resultaatgericht): een vast bedrag per cliënt voor het arrangement",
  lumpsum: "taakgericht: een vast budget per aanbieder, wat er ook geleverd wordt",
};

/** The short family name: "inspanningsgericht". */
export function modelFamilie(model: Model): string {
  return MODEL_SOORT[model].split(":")[0];
}

/** Where a model's own data sits in a set; it belongs to that model alone. */
const EIGEN_VELDEN: Readonly<Record<string, Model>> = {
  plafonds: "productprijs",
  arrangement: "arrangement",
  lumpsums: "lumpsum",
};

/** A set of another model has no standard budgets; the compiled set gets empty ones, so no lookup finds any. */
export function metStandaardLeeg(bron: TariefsetBron): TariefsetBron {
  if ((bron.model ?? "standaardbudget") === "standaardbudget") return bron;
  return {
    ...bron,
    standaardbudgetten: bron.standaardbudgetten ?? [],
    rekentarieven: bron.rekentarieven ?? [],
    intensiteiten: bron.intensiteiten ?? [],
    duur: bron.duur ?? { herstelMaxWeken: 0, duurzaamWeken: 0 },
  };
}

const centenFout = (pad: string, bedrag: number): TariefsetFout => ({
  pad,
  tekst: `hoogstens twee decimalen (hele centen), nu ${bedrag}`,
});

function productprijsFouten(bron: TariefsetBron, fouten: TariefsetFout[]): void {
  const namen = new Set<string>();
  (bron.producten ?? []).forEach((p, i) => {
    const pad = `/producten/${i}`;
    // Under P x Q a product is asked for by its name as often as by its code: both must point at one product.
    if (namen.has(naamSleutel(p.naam)))
      fouten.push({ pad: `${pad}/naam`, tekst: "deze productnaam staat er al eerder in; elke naam één keer" });
    namen.add(naamSleutel(p.naam));
    if (p.tariefPerAanbieder && p.tarief !== null)
      fouten.push({
        pad: `${pad}/tarief`,
        tekst: "bij een tarief per aanbieder staan de tarieven in aanbiederTarieven; laat tarief leeg (null)",
      });
    if (!p.tariefPerAanbieder && (p.aanbiederTarieven ?? []).length > 0)
      fouten.push({
        pad: `${pad}/aanbiederTarieven`,
        tekst: "tarieven per aanbieder vragen tariefPerAanbieder: true (anders geldt één tarief voor iedereen)",
      });
    const aanbieders = new Set<string>();
    (p.aanbiederTarieven ?? []).forEach((a, j) => {
      if (aanbieders.has(naamSleutel(a.aanbieder)))
        fouten.push({ pad: `${pad}/aanbiederTarieven/${j}/aanbieder`, tekst: "deze aanbieder staat er al eerder in" });
      aanbieders.add(naamSleutel(a.aanbieder));
      if (a.tarief !== null && !isHeleCenten(a.tarief))
        fouten.push(centenFout(`${pad}/aanbiederTarieven/${j}/tarief`, a.tarief));
    });
  });
  const aanbieders = new Set<string>();
  (bron.plafonds ?? []).forEach((p, i) => {
    if (aanbieders.has(naamSleutel(p.aanbieder)))
      fouten.push({ pad: `/plafonds/${i}/aanbieder`, tekst: "deze aanbieder heeft al een plafond; één per aanbieder" });
    aanbieders.add(naamSleutel(p.aanbieder));
    if (!isHeleCenten(p.bedrag)) fouten.push(centenFout(`/plafonds/${i}/bedrag`, p.bedrag));
  });
}

function arrangementFouten(bron: TariefsetBron, fouten: TariefsetFout[]): void {
  const a = bron.arrangement;
  if (!a) return;
  const onderdelen = new Set<number>();
  a.onderdelen.forEach((o, i) => {
    if (onderdelen.has(o.nummer))
      fouten.push({ pad: `/arrangement/onderdelen/${i}/nummer`, tekst: `nummer ${o.nummer} staat er al eerder in` });
    onderdelen.add(o.nummer);
  });
  const profielen = new Set<number>();
  a.profielen.forEach((p, i) => {
    if (profielen.has(p.nummer))
      fouten.push({ pad: `/arrangement/profielen/${i}/nummer`, tekst: `profiel ${p.nummer} staat er al eerder in` });
    profielen.add(p.nummer);
  });
  const gezien = new Set<string>();
  a.prijzen.forEach((p, i) => {
    const pad = `/arrangement/prijzen/${i}`;
    if (!onderdelen.has(p.onderdeel))
      fouten.push({
        pad: `${pad}/onderdeel`,
        tekst: `onderdeel ${p.onderdeel} staat niet in arrangement.onderdelen (${[...onderdelen].join(", ")})`,
      });
    if (a.hoogsteTrede != null && p.trede > a.hoogsteTrede)
      fouten.push({ pad: `${pad}/trede`, tekst: `trede ${p.trede} is hoger dan hoogsteTrede (${a.hoogsteTrede})` });
    if (p.profiel !== undefined && !profielen.has(p.profiel))
      fouten.push({ pad: `${pad}/profiel`, tekst: `profiel ${p.profiel} staat niet in arrangement.profielen` });
    const sleutel = `${p.onderdeel}-${p.trede}-${p.profiel ?? ""}`;
    if (gezien.has(sleutel))
      fouten.push({
        pad,
        tekst: `er is al een prijs voor ${p.onderdeel}-${p.trede}${p.profiel === undefined ? "" : ` bij profiel ${p.profiel}`}`,
      });
    gezien.add(sleutel);
    if (p.bedrag !== null && !isHeleCenten(p.bedrag)) fouten.push(centenFout(`${pad}/bedrag`, p.bedrag));
  });
}

function lumpsumFouten(bron: TariefsetBron, fouten: TariefsetFout[]): void {
  const gezien = new Set<string>();
  const metGebied = new Map<string, boolean>();
  (bron.lumpsums ?? []).forEach((l, i) => {
    const aanbieder = naamSleutel(l.aanbieder);
    const sleutel = `${aanbieder}\u0000${naamSleutel(l.gebied ?? "")}`;
    if (gezien.has(sleutel))
      fouten.push({
        pad: `/lumpsums/${i}`,
        tekst: `aanbieder '${l.aanbieder}'${l.gebied ? ` in gebied '${l.gebied}'` : ""} heeft al een lumpsum`,
      });
    gezien.add(sleutel);
    // One provider has either one sum or one per area: both would pay the same task twice.
    const perGebied = l.gebied !== undefined;
    if (metGebied.has(aanbieder) && metGebied.get(aanbieder) !== perGebied)
      fouten.push({
        pad: `/lumpsums/${i}`,
        tekst: `aanbieder '${l.aanbieder}' heeft een lumpsum zonder gebied én per gebied; kies één van beide`,
      });
    metGebied.set(aanbieder, perGebied);
    if (!isHeleCenten(l.bedrag)) fouten.push(centenFout(`/lumpsums/${i}/bedrag`, l.bedrag));
  });
}

/** The content rules of the set's model, after the schema (which already requires each model's own data). */
export function modelFouten(bron: TariefsetBron): TariefsetFout[] {
  const model = bron.model ?? "standaardbudget";
  const fouten: TariefsetFout[] = [];
  for (const [veld, eigenaar] of Object.entries(EIGEN_VELDEN))
    if (bron[veld as keyof TariefsetBron] !== undefined && eigenaar !== model)
      fouten.push({ pad: `/${veld}`, tekst: `hoort bij model ${eigenaar}, deze set heeft model ${model}` });
  if (model === "productprijs") productprijsFouten(bron, fouten);
  if (model === "arrangement") arrangementFouten(bron, fouten);
  if (model === "lumpsum") lumpsumFouten(bron, fouten);
  return fouten;
}

/**
 * Whether a set can price anything at all: the built-in sets of other regions name products or arrangement
 * parts without a public price, and a comparison with such a set as its only one of a model would find nothing.
 */
export function heeftPrijzen(set: Tariefset): boolean {
  const bron = set.bronJson;
  switch (set.model) {
    case "standaardbudget":
      return true;
    case "productprijs":
      return (bron.producten ?? []).some(
        (p) => p.tarief !== null || (p.aanbiederTarieven ?? []).some((t) => t.tarief !== null),
      );
    case "arrangement":
      return (bron.arrangement?.prijzen ?? []).some((p) => p.bedrag !== null);
    case "lumpsum":
      return (bron.lumpsums ?? []).length > 0;
  }
}

/** "Tariefset 'X' heeft model lumpsum (taakgericht)". */
export function modelVanSetTekst(set: Tariefset): string {
  return `Tariefset '${set.naam}' heeft model ${set.model} (${modelFamilie(set.model)})`;
}

/**
 * What a model's lookup gives: a value with the words that explain it, or why not. "ongeldig" is input that
 * cannot be right (#WAARDE! in Excel, a fout row); "ontbreekt" is a price the set does not have (#N/B).
 */
export type Modeluitkomst<T> =
  { ok: true; waarde: T; uitleg: string } | { ok: false; soort: "ongeldig" | "ontbreekt"; tekst: string };

export const ongeldig = (tekst: string) => ({ ok: false, soort: "ongeldig", tekst }) as const;
export const ontbreekt = (tekst: string) => ({ ok: false, soort: "ontbreekt", tekst }) as const;
