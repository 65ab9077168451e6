import { isLeeg, naamSleutel } from "../getal";
import { citeer } from "../melding";
import { INGEBOUWDE_TARIEFSETS, STANDAARD_TARIEFSET } from "./ingebouwd";
import { TABEL_NAAM } from "./tabel";
import type { Tariefset } from "./types";

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
  const eerste = (werkmap?.ok ? werkmap.tariefsets[0] : undefined) ?? bronnen.bestand?.[0] ?? STANDAARD_TARIEFSET;
  const standaard = perNaam.get(naamSleutel(eerste.naam))!;
  return { keuzes, standaard, fouten };
}

/** Why nothing is calculated while the workbook's table is broken, in one message. */
export function tabelOngeldigTekst(fouten: readonly string[]): string {
  // Short before the details: Excel shows at most 255 characters of a function's message.
  return `Tabel ${TABEL_NAAM} ongeldig, er wordt niet gerekend: ${fouten.join(" ")}`;
}

/** The set named (case- and space-insensitive), or the standard one when the name is empty; else why not. */
export function kiesTariefset(sets: Tariefsets, naam: unknown): Setkeuze {
  if (sets.fouten) return { ok: false, tekst: tabelOngeldigTekst(sets.fouten) };
  if (isLeeg(naam)) return { ok: true, ...sets.standaard };
  const gevonden =
    typeof naam === "string" ? sets.keuzes.find((k) => naamSleutel(k.set.naam) === naamSleutel(naam)) : undefined;
  if (gevonden) return { ok: true, ...gevonden };
  return {
    ok: false,
    tekst: `Tariefset ${citeer(naam)} bestaat niet. Beschikbaar: ${sets.keuzes.map((k) => k.set.naam).join(", ")}.`,
  };
}
