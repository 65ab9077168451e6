import { MAX_BUDGET_CENT } from "../regels/ijw";
import { rekenIn } from "../budget";
import { MET_AMBULANT, MET_GEKOZEN, MET_GROEP, Rekening } from "../rekening";
import { isLeeg } from "../getal";
import { bedragCentOfNaN } from "../invoer";
import { citeer } from "../melding";
import { niveauTekst } from "../standaardbudget";
import type { Niveau, Tariefset } from "../tariefset/types";
import { isGeldigBsn } from "./bsn";
import { doetMeeInRij } from "../regels/onderdelen";
import { toewijzingSleutel } from "./declaraties";
import type { Kolomkaart } from "./kolommen";
import { Rijuitkomsten, STATUS_FOUT, STATUS_OK, STATUS_WAARSCHUWING, type RijResultaat } from "./uitkomsten";

/** Declarations per allocation from a line table, with problems per allocation. */
export interface Declaraties {
  centPerToewijzing: ReadonlyMap<string, number>;
  foutPerToewijzing: ReadonlyMap<string, string>;
  /** Lines with an amount but no allocation number: they belong to no row, the summary names them. */
  zonderNummer: { regels: number; cent: number };
}

const leeg = (rij: readonly unknown[], i: number) => i < 0 || isLeeg(rij[i]);
const plak = (tekst: string, erbij: string) => (tekst === "" ? erbij : `${tekst} | ${erbij}`);

// One outcome for every row: the core fills it in place, so a row allocates nothing unless it has a message.
// Safe to share: a calculation runs to its end without calling out.
const REKENING = new Rekening();

const GEDECLAREERD_TE_GROOT =
  "Gedeclareerd is meer dan een toewijzing kan dragen (iJw: hoogstens € 999.999,99); staat in die kolom het goede getal?";
const TOEWIJZING_DUBBEL =
  "Deze toewijzing staat vaker in het overzicht; haar declaraties tellen alleen bij de eerste rij, niet nog eens.";

/** Labels of a totals row under a table: "Totaal", "Totalen", "Som", "Total". */
const TOTAALLABEL = /^(totaal|totalen|som|total|totals)\b/i;

/**
 * A totals row under the data (not an Excel table's own, which is known from the file): no traject and a first
 * filled cell that reads "Totaal". It is no allocation: not calculated, not counted, kept as it is.
 */
function isTotaalrij(rij: readonly unknown[], kaart: Kolomkaart): boolean {
  if (!leeg(rij, kaart.invoer.traject)) return false;
  for (let i = 0; i < rij.length; i++) {
    const w = rij[i];
    if (isLeeg(w)) continue;
    return typeof w === "string" && TOTAALLABEL.test(w.trim());
  }
  return false;
}

/** A row's BSN is filled and fails the elfproef (bit of bekijkRij). */
export const BSN_ONGELDIG = 8;
/** A row holds no input at all, a blank line in a sheet: skipped, not refused (bit of bekijkRij). */
export const LEGE_RIJ = 16;

/**
 * What a row is before its calculation, as bits: its parts (MET_GROEP, MET_AMBULANT, MET_GEKOZEN), and
 * BSN_ONGELDIG; or only LEGE_RIJ. A section is on when any of its cells is filled: its empty cells are then
 * missing inputs, each a fout.
 */
export function bekijkRij(rij: readonly unknown[], kaart: Kolomkaart): number {
  if (isLegeRij(rij, kaart) || isTotaalrij(rij, kaart)) return LEGE_RIJ;
  const k = kaart.invoer;
  const o = kaart.onderdelen;
  const groep = doetMeeInRij(rij, o.groep) ? MET_GROEP : 0;
  const ambulant = doetMeeInRij(rij, o.ambulant) ? MET_AMBULANT : 0;
  const gekozen = doetMeeInRij(rij, o.gekozen) ? MET_GEKOZEN : 0;
  // The BSN is checked but never quoted: it must not end up in a message, a log or a summary.
  const bsn = !leeg(rij, k.bsn) && !isGeldigBsn(rij[k.bsn]) ? BSN_ONGELDIG : 0;
  return groep | ambulant | gekozen | bsn;
}

/**
 * bekijkRij for every row of a block, into `uit`. A pass of its own before the calculations: most cells a row
 * holds are new objects in memory (every BSN, the amounts, the rate names), and a short loop over the rows lets
 * the processor fetch many of them at once, where inside the long calculation of a row each load waited for
 * memory. Measured: about a tenth of a million-row run, in Node and in Chromium.
 */
export function bekijkRijen(rijen: readonly (readonly unknown[])[], kaart: Kolomkaart, uit: Uint8Array): void {
  for (let i = 0; i < rijen.length; i++) uit[i] = bekijkRij(rijen[i], kaart);
}

// The over-the-ceiling message, one per level: a set has a handful of levels, a sheet can have a million rows
// over their ceiling. It names the ceiling; how far over is in the row's Uitputting. A text per row with the
// declared euros and the percentage cost a sixth of a million-row run (measured), for two numbers the row shows.
// Kept per level number, with the level it was made for: a lookup by index, where a WeakMap hashed per row.
const plafondNiveaus: (Niveau | undefined)[] = [];
const plafondTeksten: string[] = [];
function plafondMelding(niveau: Niveau): string {
  const n = niveau.nummer;
  if (plafondNiveaus[n] !== niveau) {
    plafondTeksten[n] =
      `Boven het plafond: er is meer gedeclareerd dan het toegewezen ${niveauTekst(niveau)}. Hoeveel: zie de kolom Uitputting.`;
    plafondNiveaus[n] = niveau;
  }
  return plafondTeksten[n];
}

/** True when the row holds no input at all (a blank line in a sheet). */
export function isLegeRij(rij: readonly unknown[], kaart: Kolomkaart): boolean {
  const kolommen = kaart.invoerKolommen;
  for (let k = 0; k < kolommen.length; k++) if (!isLeeg(rij[kolommen[k]])) return false;
  return true;
}

/**
 * One allocation row into row i of `uit`: the rekentool's calculation plus BSN, declarations and the
 * exhaustion of the ceiling. `kenmerken` is what bekijkRij says of the row. `gekoppeld` collects the allocation
 * numbers whose declarations a row took.
 */
export function berekenRijIn(
  rij: readonly unknown[],
  kaart: Kolomkaart,
  set: Tariefset,
  declaraties: Declaraties | undefined,
  uit: Rijuitkomsten,
  i: number,
  kenmerken: number,
  gekoppeld?: Set<string>,
): void {
  const k = kaart.invoer;
  const r = REKENING;
  rekenIn(rij, kaart.plaatsen, kenmerken & (MET_GROEP | MET_AMBULANT | MET_GEKOZEN), set, r);
  // Message texts are built only for rows that have messages: most rows have none.
  let fouten = "";
  let waarschuwingen = "";
  for (let m = 0; m < r.aantal; m++) {
    const melding = r.melding(m);
    if (melding.niveau === "fout") fouten = plak(fouten, melding.tekst);
    else waarschuwingen = plak(waarschuwingen, melding.tekst);
  }

  if (kenmerken & BSN_ONGELDIG)
    fouten = plak(fouten, "BSN voldoet niet aan de elfproef: controleer het nummer (9 cijfers).");

  let gedeclareerdCent = NaN;
  if (!leeg(rij, k.gedeclareerd)) {
    gedeclareerdCent = bedragCentOfNaN(rij[k.gedeclareerd]);
    if (Number.isNaN(gedeclareerdCent))
      fouten = plak(
        fouten,
        `Gedeclareerd ${citeer(rij[k.gedeclareerd])} is geen bedrag van 0 t/m 1.000.000.000.000 euro (bijvoorbeeld 1234,56).`,
      );
    else if (gedeclareerdCent > MAX_BUDGET_CENT) {
      // More than any toewijzing can hold: not a declared amount (a BSN in the wrong column?); never quoted.
      gedeclareerdCent = NaN;
      fouten = plak(fouten, GEDECLAREERD_TE_GROOT);
    }
  }
  const id = declaraties && !leeg(rij, k.toewijzing) ? toewijzingSleutel(rij[k.toewijzing]) : null;
  if (declaraties && id !== null && gekoppeld?.has(id)) {
    // The same toewijzing in a second row: its declarations were counted at the first, not again.
    waarschuwingen = plak(waarschuwingen, TOEWIJZING_DUBBEL);
  } else if (declaraties && id !== null) {
    const regelFout = declaraties.foutPerToewijzing.get(id);
    if (regelFout) fouten = plak(fouten, regelFout);
    const som = declaraties.centPerToewijzing.get(id);
    if (som !== undefined) gedeclareerdCent = (Number.isNaN(gedeclareerdCent) ? 0 : gedeclareerdCent) + som;
    if (gekoppeld && (som !== undefined || regelFout)) gekoppeld.add(id);
  }

  const totaalCent = r.totaalCent;
  const berekend = !Number.isNaN(totaalCent);
  const toegewezen = r.gekozen ?? r.standaardbudget;
  let uitputting = NaN;
  // A row with a fout shows no budget, so it says nothing about a ceiling either.
  if (!Number.isNaN(gedeclareerdCent) && berekend && fouten === "") {
    if (toegewezen) {
      uitputting = gedeclareerdCent / toegewezen.bedragCent;
      if (gedeclareerdCent > toegewezen.bedragCent) waarschuwingen = plak(waarschuwingen, plafondMelding(toegewezen));
    } else
      waarschuwingen = plak(
        waarschuwingen,
        "Uitputting onbekend: het budget is een offertebudget dat niet in de rij staat.",
      );
  }
  if (fouten !== "") {
    // A row with a fout gets no amounts at all, so that it counts in no total: a number beside a fout (a medical
    // referral above its limit, a budget above the iJw maximum, a bad BSN) would look valid in a sum.
    zonderBedragen(uit, i);
    uit.status[i] = STATUS_FOUT;
    uit.melding[i] = waarschuwingen !== "" ? `${fouten} | ${waarschuwingen}` : fouten;
    return;
  }
  const niveau = r.standaardbudget;
  uit.groepCent[i] = r.groepCent;
  uit.ambulantCent[i] = r.ambulantCent;
  uit.totaalCent[i] = totaalCent;
  uit.niveau[i] = niveau ? niveau.nummer : 0;
  uit.niveauCent[i] = niveau ? niveau.bedragCent : NaN;
  uit.offerte[i] = !berekend ? -1 : niveau === null ? 1 : 0;
  uit.toegewezenCent[i] = berekend && toegewezen ? toegewezen.bedragCent : NaN;
  uit.gedeclareerdCent[i] = gedeclareerdCent;
  uit.uitputting[i] = uitputting;
  uit.status[i] = waarschuwingen !== "" ? STATUS_WAARSCHUWING : STATUS_OK;
  uit.melding[i] = waarschuwingen;
}

function zonderBedragen(uit: Rijuitkomsten, i: number): void {
  uit.groepCent[i] = NaN;
  uit.ambulantCent[i] = NaN;
  uit.totaalCent[i] = NaN;
  uit.niveau[i] = 0;
  uit.niveauCent[i] = NaN;
  uit.offerte[i] = -1;
  uit.toegewezenCent[i] = NaN;
  uit.gedeclareerdCent[i] = NaN;
  uit.uitputting[i] = NaN;
}

/** One allocation row as an object (see berekenRijIn). */
export function berekenRij(
  rij: readonly unknown[],
  kaart: Kolomkaart,
  set: Tariefset,
  declaraties?: Declaraties,
): RijResultaat {
  const uit = new Rijuitkomsten(1);
  berekenRijIn(rij, kaart, set, declaraties, uit, 0, bekijkRij(rij, kaart));
  return uit.resultaat(0);
}
