import { berekenBudget, type BudgetResultaat } from "../budget";
import { centenNaarEuro, formatEuro, productInCenten } from "../geld";
import { isLeeg, leesGetal } from "../getal";
import { citeer } from "../melding";
import type { Tariefset } from "../tariefset/types";
import { isGeldigBsn } from "./bsn";
import type { Kolomkaart, Uitvoerkolom } from "./kolommen";

export type Status = "ok" | "waarschuwing" | "fout";

export interface RijResultaat {
  groepCent: number | null;
  ambulantCent: number | null;
  totaalCent: number | null;
  niveau: number | null;
  niveauCent: number | null;
  offerte: boolean | null;
  /** The allocated ceiling: the chosen level, else the calculated one. */
  toegewezenCent: number | null;
  gedeclareerdCent: number | null;
  uitputting: number | null;
  status: Status;
  melding: string;
}

/** Declarations per allocation from a line table, with problems per allocation. */
export interface Declaraties {
  centPerToewijzing: ReadonlyMap<string, number>;
  foutPerToewijzing: ReadonlyMap<string, string>;
}

const leeg = (rij: readonly unknown[], i: number) => i < 0 || isLeeg(rij[i]);
const celVan = (rij: readonly unknown[], i: number): unknown => (i < 0 ? undefined : rij[i]);
const plak = (tekst: string, erbij: string) => (tekst === "" ? erbij : `${tekst} | ${erbij}`);

/** Euros declared, in cents; a number cell needs no parsing. */
function gedeclareerdInCenten(waarde: unknown): number | null {
  if (typeof waarde === "number" && waarde >= 0 && Number.isFinite(waarde)) return productInCenten([waarde], 100);
  const g = leesGetal(waarde);
  return g.ok && g.waarde >= 0 ? productInCenten([g.waarde], 100) : null;
}

function budgetVan(rij: readonly unknown[], kaart: Kolomkaart, set: Tariefset): BudgetResultaat {
  const k = kaart.invoer;
  const cel = (i: number): unknown => celVan(rij, i);
  const groepAan = !(leeg(rij, k.groepDagen) && leeg(rij, k.groepUren) && leeg(rij, k.groepWeken) && leeg(rij, k.intensiteit));
  const ambulantAan = !(leeg(rij, k.ambUren) && leeg(rij, k.ambWeken) && leeg(rij, k.rekentarief));
  return berekenBudget(
    {
      traject: cel(k.traject),
      verwijzer: cel(k.verwijzer),
      groepsaanbod: groepAan ? { dagenPerWeek: cel(k.groepDagen), urenPerDag: cel(k.groepUren), weken: cel(k.groepWeken), intensiteit: cel(k.intensiteit) } : null,
      ambulant: ambulantAan ? { urenPerWeek: cel(k.ambUren), weken: cel(k.ambWeken), rekentarief: cel(k.rekentarief) } : null,
      gekozen: leeg(rij, k.gekozen) ? null : { nummer: cel(k.gekozen), reden: cel(k.reden) },
    },
    set,
  );
}

/** One allocation row: the rekentool's calculation plus BSN, declarations and the exhaustion of the ceiling. */
export function berekenRij(rij: readonly unknown[], kaart: Kolomkaart, set: Tariefset, declaraties?: Declaraties): RijResultaat {
  const k = kaart.invoer;
  const r = budgetVan(rij, kaart, set);
  // Message texts are built only for rows that have messages: most rows have none.
  let fouten = "";
  let waarschuwingen = "";
  for (let i = 0; i < r.meldingen.length; i++) {
    if (r.meldingen[i].niveau === "fout") fouten = plak(fouten, r.meldingen[i].tekst);
    else waarschuwingen = plak(waarschuwingen, r.meldingen[i].tekst);
  }

  // The BSN is checked but never quoted: it must not end up in a message, a log or a summary.
  if (!leeg(rij, k.bsn) && !isGeldigBsn(rij[k.bsn])) fouten = plak(fouten, "BSN voldoet niet aan de elfproef: controleer het nummer (9 cijfers).");

  let gedeclareerdCent: number | null = null;
  if (!leeg(rij, k.gedeclareerd)) {
    gedeclareerdCent = gedeclareerdInCenten(rij[k.gedeclareerd]);
    if (gedeclareerdCent === null) fouten = plak(fouten, `Gedeclareerd ${citeer(rij[k.gedeclareerd])} is geen bedrag van 0 of meer (euro's, bijvoorbeeld 1234,56).`);
  }
  if (declaraties && !leeg(rij, k.toewijzing)) {
    const id = String(rij[k.toewijzing]).trim();
    const regelFout = declaraties.foutPerToewijzing.get(id);
    if (regelFout) fouten = plak(fouten, regelFout);
    const som = declaraties.centPerToewijzing.get(id);
    if (som !== undefined) gedeclareerdCent = (gedeclareerdCent ?? 0) + som;
  }

  const toegewezen = r.gekozen?.niveau ?? r.standaardbudget;
  let uitputting: number | null = null;
  if (gedeclareerdCent !== null && r.totaalCent !== null) {
    if (toegewezen) {
      uitputting = gedeclareerdCent / toegewezen.bedragCent;
      if (gedeclareerdCent > toegewezen.bedragCent) {
        waarschuwingen = plak(waarschuwingen, `Boven het plafond: gedeclareerd ${formatEuro(gedeclareerdCent)} is ${Math.round(uitputting * 1000) / 10}% van het toegewezen budget ${formatEuro(toegewezen.bedragCent)}.`);
      }
    } else waarschuwingen = plak(waarschuwingen, "Uitputting onbekend: het budget is een offertebudget dat niet in de rij staat.");
  }
  return {
    groepCent: r.groepsaanbod?.budgetCent ?? null,
    ambulantCent: r.ambulant?.budgetCent ?? null,
    totaalCent: r.totaalCent,
    niveau: r.standaardbudget?.nummer ?? null,
    niveauCent: r.standaardbudget?.bedragCent ?? null,
    offerte: r.totaalCent === null ? null : r.offerte,
    toegewezenCent: r.totaalCent === null ? null : (toegewezen?.bedragCent ?? null),
    gedeclareerdCent,
    uitputting,
    status: fouten !== "" ? "fout" : waarschuwingen !== "" ? "waarschuwing" : "ok",
    melding: fouten !== "" && waarschuwingen !== "" ? `${fouten} | ${waarschuwingen}` : fouten || waarschuwingen,
  };
}

/** The output cells in the order of UITVOER; empty where there is no number, never a 0 that looks valid. */
export function uitvoerWaarden(r: RijResultaat): Record<Uitvoerkolom, string | number> {
  const euro = (c: number | null) => (c === null ? "" : centenNaarEuro(c));
  return {
    "Budget groepsaanbod": euro(r.groepCent),
    "Budget ambulant": euro(r.ambulantCent),
    "Budget totaal": euro(r.totaalCent),
    Standaardbudget: r.niveau ?? (r.offerte ? "offerte" : ""),
    "Standaardbudget bedrag": euro(r.niveauCent),
    Offerte: r.offerte === null ? "" : r.offerte ? "ja" : "nee",
    Uitputting: r.uitputting === null ? "" : Math.round(r.uitputting * 10000) / 10000,
    Status: r.status,
    Melding: r.melding,
  };
}
