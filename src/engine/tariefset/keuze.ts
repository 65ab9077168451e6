import { isLeeg, naamSleutel } from "../getal";
import { citeer } from "../melding";
import { INGEBOUWDE_TARIEFSETS, STANDAARD_TARIEFSET } from "./ingebouwd";
import { TABEL_NAAM } from "./tabel";
import type { Model, Tariefset } from "./types";

/** Where a set in use comes from, in the order a name clash is settled (first wins). */
export type Herkomst = "geïmporteerd" | "werkmap" | "bestand" | "ingebouwd";

/** The workbook's Tarieven table as read: absent, its sets, or why it cannot be used. */
export type Werkmaptabel =
  null | { ok: true; tariefsets: readonly Tariefset[] } | { ok: false; fouten: readonly string[] };

export interface Tariefbronnen {
  /** The workbook's Tarieven table (the worksheet functions, the task pane in Excel). */
  werkmap?: Werkmaptabel;
  /** A file of sets (the command line's --tarieven). */
  bestand?: readonly Tariefset[];
  /** Sets the user imported in the task pane. */
  geimporteerd?: readonly Tariefset[];
}

export interface TariefsetKeuze {
  set: Tariefset;
  herkomst: Herkomst;
}

/** The sets in use everywhere (functions, pane, bulk, command line), decided by one policy. */
export interface Tariefsets {
  /** Every set by name, highest priority first: imported, workbook, file, built-in. */
  keuzes: readonly TariefsetKeuze[];
  /** The set used when none is named: the workbook table's first, else the file's first, else the built-in default. */
  standaard: TariefsetKeuze;
  /**
   * Set when the workbook's Tarieven table exists but cannot be used. Then nothing is calculated, with any set:
   * falling back to other rates would give a wrong euro that looks right.
   */
  fouten: readonly string[] | null;
}

export type Setkeuze = { ok: true; set: Tariefset; herkomst: Herkomst } | { ok: false; tekst: string };

/** The one policy for which tariff sets are in use. */
export function bepaalTariefsets(bronnen: Tariefbronnen): Tariefsets {
  const werkmap = bronnen.werkmap ?? null;
  const fouten = werkmap !== null && !werkmap.ok ? werkmap.fouten : null;
  const perNaam = new Map<string, TariefsetKeuze>();
  const voeg = (sets: readonly Tariefset[] | undefined, herkomst: Herkomst) => {
    for (const set of sets ?? [])
      if (!perNaam.has(naamSleutel(set.naam))) perNaam.set(naamSleutel(set.naam), { set, herkomst });
  };
  voeg(bronnen.geimporteerd, "geïmporteerd");
  voeg(werkmap?.ok ? werkmap.tariefsets : undefined, "werkmap");
  voeg(bronnen.bestand, "bestand");
  voeg(INGEBOUWDE_TARIEFSETS, "ingebouwd");
  const keuzes = [...perNaam.values()];
  // The standard is a standard-budget set: a workbook or file that starts with a set of another model (issue 18)
  // must not make the budget functions, the pane or bulk compute with a set that has no standard budgets.
  const standaardbudget = (sets: readonly Tariefset[] | undefined) => sets?.find((s) => s.model === "standaardbudget");
  const eerste =
    standaardbudget(werkmap?.ok ? werkmap.tariefsets : undefined) ??
    standaardbudget(bronnen.bestand) ??
    STANDAARD_TARIEFSET;
  const standaard = perNaam.get(naamSleutel(eerste.naam))!;
  return { keuzes, standaard, fouten };
}

/** Why nothing is calculated while the workbook's table is broken, in one message. */
export function tabelOngeldigTekst(fouten: readonly string[]): string {
  // Short before the details: Excel shows at most 255 characters of a function's message.
  return `Tabel ${TABEL_NAAM} ongeldig, er wordt niet gerekend: ${fouten.join(" ")}`;
}

/**
 * The set named (case- and space-insensitive), or the standard one when the name is empty; else why not.
 * `model` is the funding model the caller computes with (issue 18): a set of another model is refused by name,
 * and an empty name picks the first set of that model (workbook, file, imported, built-in). null: any model.
 */
export function kiesTariefset(sets: Tariefsets, naam: unknown, model: Model | null = "standaardbudget"): Setkeuze {
  if (sets.fouten) return { ok: false, tekst: tabelOngeldigTekst(sets.fouten) };
  if (isLeeg(naam)) {
    if (model === null || model === "standaardbudget") return { ok: true, ...sets.standaard };
    const volgorde: Herkomst[] = ["werkmap", "bestand", "geïmporteerd", "ingebouwd"];
    for (const herkomst of volgorde) {
      const k = sets.keuzes.find((k) => k.herkomst === herkomst && k.set.model === model);
      if (k) return { ok: true, ...k };
    }
    return { ok: false, tekst: `Er is geen tariefset met model ${model}; lever er een aan of noem er een.` };
  }
  const gevonden =
    typeof naam === "string" ? sets.keuzes.find((k) => naamSleutel(k.set.naam) === naamSleutel(naam)) : undefined;
  if (gevonden && model !== null && gevonden.set.model !== model) {
    const passend = sets.keuzes.filter((k) => k.set.model === model).map((k) => k.set.naam);
    return {
      ok: false,
      tekst: `Tariefset '${gevonden.set.naam}' heeft model ${gevonden.set.model}; hier is een set met model ${model} nodig${passend.length > 0 ? ` (${passend.join(", ")})` : ""}.`,
    };
  }
  if (gevonden) return { ok: true, ...gevonden };
  return {
    ok: false,
    tekst: `Tariefset ${citeer(naam)} bestaat niet. Beschikbaar: ${sets.keuzes
      .filter((k) => model === null || k.set.model === model)
      .map((k) => k.set.naam)
      .join(", ")}.`,
  };
}
