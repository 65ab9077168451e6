import { leesGetal, isLeeg, naamSleutel } from "../getal";
import type { Model, TariefsetBron } from "../tariefset/types";
import { MODELLEN } from "./model";

/**
 * The other funding models in the workbook's Tarieven table (issue 18): rows of their own Soort, in the same
 * table as the standard-budget sets, with six optional columns of their own. A table without such rows needs
 * none of these columns, so tables made before stay valid.
 *
 *   model                  Naam: standaardbudget | productprijs | arrangement | lumpsum
 *   product per aanbieder  a product whose tariff differs per provider (Bedrag empty; columns as for product)
 *   aanbiedertarief        Naam: the product, Aanbieder, Bedrag (empty: not known)
 *   plafond                Aanbieder, Bedrag (per year)
 *   resultaatgebied,
 *   ondersteuningselement  Nummer, Naam
 *   hoogste trede          Naam: the number (empty: not known)
 *   profiel                Nummer, Naam (may be empty)
 *   arrangementprijs       Nummer (the element), Trede, Profiel (optional), Bedrag (empty: not known)
 *   lumpsum                Aanbieder, Gebied (optional), Bedrag, Cliënten (optional)
 */
export const MODEL_KOPPEN = ["Aanbieder", "Gebied", "Nummer", "Trede", "Profiel", "Cliënten"] as const;
export type Modelkop = (typeof MODEL_KOPPEN)[number];

export const MODEL_SOORTEN = [
  "model",
  "product per aanbieder",
  "aanbiedertarief",
  "plafond",
  "resultaatgebied",
  "ondersteuningselement",
  "hoogste trede",
  "profiel",
  "arrangementprijs",
  "lumpsum",
] as const;

export function isModelSoort(soort: string): boolean {
  return (MODEL_SOORTEN as readonly string[]).includes(soort);
}

/** What a model row needs from the table reader: its cells, and where to record messages and the row. */
export interface Modelrij {
  cel: (kop: string) => unknown;
  aanwezig: (kop: Modelkop) => boolean;
  /** The Bedrag column in euros: a number, null when empty and allowed, undefined after a message. */
  bedrag: (verplicht: boolean) => number | null | undefined;
  tekst: (w: unknown) => string;
  waar: string;
  fouten: string[];
  /** Records the table row of a JSON pointer, so a content message names the row. */
  rij: (pad: string) => void;
}

function geheel(r: Modelrij, kop: Modelkop | "Naam", verplicht: boolean): number | null | undefined {
  const w = r.cel(kop);
  if (isLeeg(w)) {
    if (!verplicht) return null;
    r.fouten.push(`${r.waar}: kolom ${kop} is leeg; vul een geheel getal in.`);
    return undefined;
  }
  const g = leesGetal(w);
  if (g.ok && Number.isInteger(g.waarde) && g.waarde >= 0) return g.waarde;
  r.fouten.push(`${r.waar}: ${kop} '${r.tekst(w)}' is geen geheel getal van 0 of meer.`);
  return undefined;
}

function kolommen(r: Modelrij, nodig: Modelkop[]): boolean {
  const ontbrekend = nodig.filter((k) => !r.aanwezig(k));
  if (ontbrekend.length === 0) return true;
  r.fouten.push(`${r.waar}: deze rij heeft de kolom(men) ${ontbrekend.join(", ")} nodig; voeg die toe aan de tabel.`);
  return false;
}

/** Reads one model row into the set being built; `soort` is one of MODEL_SOORTEN. */
export function leesModelrij(soort: string, bron: TariefsetBron, r: Modelrij): void {
  const naam = r.tekst(r.cel("Naam"));
  const b = (bronkolom: string) => r.tekst(r.cel("Bron")) || bronkolom || undefined;
  switch (soort) {
    case "model": {
      const model = naamSleutel(naam) as Model;
      if (!MODELLEN.includes(model))
        return void r.fouten.push(`${r.waar}: model '${naam}' bestaat niet. Toegestaan: ${MODELLEN.join(", ")}.`);
      bron.model = model;
      return r.rij("/model");
    }
    case "aanbiedertarief": {
      if (!kolommen(r, ["Aanbieder"])) return;
      const tarief = r.bedrag(false);
      if (tarief === undefined) return;
      const i = (bron.producten ?? []).findIndex((p) => naamSleutel(p.naam) === naamSleutel(naam));
      if (i < 0)
        return void r.fouten.push(
          `${r.waar}: product '${naam}' staat niet (eerder) in deze tariefset; zet eerst een rij 'product per aanbieder' met die naam.`,
        );
      const p = bron.producten![i];
      p.aanbiederTarieven ??= [];
      r.rij(`/producten/${i}/aanbiederTarieven/${p.aanbiederTarieven.length}`);
      p.aanbiederTarieven.push({ aanbieder: r.tekst(r.cel("Aanbieder")), tarief, bron: b("") });
      return;
    }
    case "plafond": {
      if (!kolommen(r, ["Aanbieder"])) return;
      const bedrag = r.bedrag(true);
      if (bedrag === undefined || bedrag === null) return;
      bron.plafonds ??= [];
      r.rij(`/plafonds/${bron.plafonds.length}`);
      bron.plafonds.push({ aanbieder: r.tekst(r.cel("Aanbieder")), bedrag, bron: b("") });
      return;
    }
    case "resultaatgebied":
    case "ondersteuningselement": {
      if (!kolommen(r, ["Nummer"])) return;
      const nummer = geheel(r, "Nummer", true);
      if (nummer === undefined || nummer === null) return;
      const a = arrangement(bron);
      r.rij(`/arrangement/onderdelen/${a.onderdelen.length}`);
      a.onderdelen.push({ nummer, soort, naam, bron: b("") });
      return;
    }
    case "hoogste trede": {
      const trede = geheel(r, "Naam", false);
      if (trede === undefined) return;
      arrangement(bron).hoogsteTrede = trede;
      return r.rij("/arrangement/hoogsteTrede");
    }
    case "profiel": {
      if (!kolommen(r, ["Nummer"])) return;
      const nummer = geheel(r, "Nummer", true);
      if (nummer === undefined || nummer === null) return;
      const a = arrangement(bron);
      r.rij(`/arrangement/profielen/${a.profielen.length}`);
      a.profielen.push({ nummer, naam: naam === "" ? null : naam, bron: b("") });
      return;
    }
    case "arrangementprijs": {
      if (!kolommen(r, ["Nummer", "Trede"])) return;
      const onderdeel = geheel(r, "Nummer", true);
      const trede = geheel(r, "Trede", true);
      const profiel = r.aanwezig("Profiel") ? geheel(r, "Profiel", false) : null;
      const bedrag = r.bedrag(false);
      if ([onderdeel, trede, profiel, bedrag].includes(undefined) || onderdeel === null || trede === null) return;
      const a = arrangement(bron);
      r.rij(`/arrangement/prijzen/${a.prijzen.length}`);
      a.prijzen.push({
        onderdeel: onderdeel!,
        trede: trede!,
        ...(profiel === null || profiel === undefined ? {} : { profiel }),
        bedrag: bedrag!,
        bron: b(""),
      });
      return;
    }
    case "lumpsum": {
      if (!kolommen(r, ["Aanbieder"])) return;
      const bedrag = r.bedrag(true);
      const clienten = r.aanwezig("Cliënten") ? geheel(r, "Cliënten", false) : null;
      if (bedrag === undefined || bedrag === null || clienten === undefined) return;
      const gebied = r.aanwezig("Gebied") ? r.tekst(r.cel("Gebied")) : "";
      bron.lumpsums ??= [];
      r.rij(`/lumpsums/${bron.lumpsums.length}`);
      bron.lumpsums.push({
        aanbieder: r.tekst(r.cel("Aanbieder")),
        ...(gebied === "" ? {} : { gebied }),
        bedrag,
        ...(clienten === null ? {} : { clienten }),
        bron: b(""),
      });
      return;
    }
  }
}

function arrangement(bron: TariefsetBron): NonNullable<TariefsetBron["arrangement"]> {
  return (bron.arrangement ??= { onderdelen: [], profielen: [], prijzen: [] });
}

/**
 * A set read from the table starts as a standard-budget set; a set of another model drops the empty
 * standard-budget parts, which its schema does not ask for.
 */
export function zonderLegeStandaarddelen(bron: TariefsetBron): TariefsetBron {
  if ((bron.model ?? "standaardbudget") === "standaardbudget") return bron;
  const kopie: Partial<TariefsetBron> = { ...bron };
  for (const veld of ["standaardbudgetten", "rekentarieven", "intensiteiten"] as const)
    if ((kopie[veld] ?? []).length === 0) delete kopie[veld];
  if (kopie.duur && Object.keys(kopie.duur).length === 0) delete kopie.duur;
  return kopie as TariefsetBron;
}

/** A row of the table: Soort, Naam, Bedrag, Bron, and the model columns in MODEL_KOPPEN order. */
export interface Modeltabelrij {
  soort: string;
  naam: unknown;
  bedrag: unknown;
  bron: string;
  model: readonly unknown[];
}

const kol = (waarden: Partial<Record<Modelkop, unknown>>) => MODEL_KOPPEN.map((k) => waarden[k] ?? "");

/** The model rows of a set for writing it into a table (after the settings and products the table writes). */
export function modelNaarTabel(bron: TariefsetBron): Modeltabelrij[] {
  const rijen: Modeltabelrij[] = [];
  const rij = (soort: string, naam: unknown, bedrag: unknown, b: string | undefined, model = kol({})) =>
    rijen.push({ soort, naam, bedrag, bron: b ?? "", model });
  if (bron.model !== undefined) rij("model", bron.model, "", undefined);
  for (const p of bron.producten ?? [])
    for (const a of p.aanbiederTarieven ?? [])
      rij("aanbiedertarief", p.naam, a.tarief ?? "", a.bron, kol({ Aanbieder: a.aanbieder }));
  for (const p of bron.plafonds ?? []) rij("plafond", "", p.bedrag, p.bron, kol({ Aanbieder: p.aanbieder }));
  const a = bron.arrangement;
  if (a) {
    for (const o of a.onderdelen) rij(o.soort, o.naam, "", o.bron, kol({ Nummer: o.nummer }));
    // Written also when null: "not known" is something the set says.
    if (a.hoogsteTrede !== undefined) rij("hoogste trede", a.hoogsteTrede ?? "", "", undefined);
    for (const p of a.profielen) rij("profiel", p.naam ?? "", "", p.bron, kol({ Nummer: p.nummer }));
    for (const p of a.prijzen)
      rij(
        "arrangementprijs",
        "",
        p.bedrag ?? "",
        p.bron,
        kol({ Nummer: p.onderdeel, Trede: p.trede, Profiel: p.profiel }),
      );
  }
  for (const l of bron.lumpsums ?? [])
    rij("lumpsum", "", l.bedrag, l.bron, kol({ Aanbieder: l.aanbieder, Gebied: l.gebied, Cliënten: l.clienten }));
  return rijen;
}
