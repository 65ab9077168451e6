import type { BudgetResultaat } from "./budget";
import { formatEuro } from "./geld";
import { bedragCentOfNaN } from "./invoer";
import { citeer, fout, type Melding } from "./melding";
import { standaardbudgetTekst } from "./uitleg";

import { CATEGORIE_AMBULANT, MAX_BUDGET_CENT } from "./regels/ijw";

export interface AmbulanteToewijzing {
  soort: "a-specifiek";
  categorie: string;
  productcode: null;
  budgetCent: number;
  begindatum: string;
  einddatum: string;
  grondslag: string;
}

export interface VerblijfToewijzing {
  soort: "specifiek";
  categorie: string;
  productcode: string;
  begindatum: string;
  einddatum: string;
}

export interface ToewijzingInvoer {
  /** YYYY-MM-DD */
  begindatum: string;
  /** The approved quote, needed when the total is above the highest standard budget. */
  offertebedrag?: unknown;
  verblijf?: { productcode: unknown; begindatum: unknown; einddatum: unknown } | null;
}

export interface Toewijzingsvoorstel {
  ambulant: AmbulanteToewijzing | null;
  verblijf: VerblijfToewijzing | null;
  meldingen: Melding[];
}

const DAG = 86_400_000;

function leesDatum(waarde: unknown): number | null {
  if (typeof waarde !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(waarde)) return null;
  const t = Date.parse(`${waarde}T00:00:00Z`);
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== waarde ? null : t;
}

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The end date of a period of whole weeks: the day before the same weekday `weken` weeks later. */
export function einddatumNaWeken(begindatum: string, weken: number): string | null {
  const t = leesDatum(begindatum);
  return t === null ? null : iso(t + Math.ceil(weken * 7) * DAG - DAG);
}

/** The allocation proposal in the national message terms, from a calculated result. */
export function maakToewijzing(r: BudgetResultaat, invoer: ToewijzingInvoer): Toewijzingsvoorstel {
  const meldingen: Melding[] = [];
  let ambulant: AmbulanteToewijzing | null = null;
  const weken = Math.max(r.groepsaanbod?.weken ?? 0, r.ambulant?.weken ?? 0);
  const einddatum = einddatumNaWeken(invoer.begindatum, weken);
  if (einddatum === null)
    meldingen.push(
      fout(
        "DATUM_ONGELDIG",
        "toewijzing.begindatum",
        `Ingangsdatum ${citeer(invoer.begindatum)} is geen geldige datum (JJJJ-MM-DD).`,
      ),
    );

  let budgetCent: number | null = null;
  let grondslag = "";
  if (r.gekozen) {
    budgetCent = r.gekozen.niveau.bedragCent;
    grondslag = standaardbudgetTekst(r);
  } else if (r.standaardbudget) {
    budgetCent = r.standaardbudget.bedragCent;
    grondslag = `standaardbudget ${r.standaardbudget.nummer}, berekend totaal ${formatEuro(r.totaalCent!)}`;
  } else if (r.offerte) {
    // The same amount reader as everywhere (decimal comma, whole cents, no 300-digit numbers).
    const offerteCent = bedragCentOfNaN(invoer.offertebedrag);
    if (Number.isNaN(offerteCent) || offerteCent <= 0) {
      meldingen.push(
        fout(
          "OFFERTEBEDRAG",
          "toewijzing.offertebedrag",
          "Het totaal ligt boven het hoogste standaardbudget: vul het goedgekeurde offertebedrag in euro's in.",
        ),
      );
    } else {
      budgetCent = offerteCent;
      grondslag = `offertebudget, berekend totaal ${formatEuro(r.totaalCent!)}`;
    }
  }
  if (budgetCent !== null && budgetCent > MAX_BUDGET_CENT) {
    meldingen.push(
      fout(
        "BUDGET_TE_GROOT",
        "toewijzing.offertebedrag",
        `Een budget kan hoogstens ${formatEuro(MAX_BUDGET_CENT)} zijn (iJw: 99.999.999 eurocent).`,
      ),
    );
    budgetCent = null;
  }
  if (budgetCent !== null && einddatum !== null && r.totaalCent !== null) {
    ambulant = {
      soort: "a-specifiek",
      categorie: CATEGORIE_AMBULANT,
      productcode: null,
      budgetCent,
      begindatum: invoer.begindatum,
      einddatum,
      grondslag,
    };
  }

  let verblijf: VerblijfToewijzing | null = null;
  if (invoer.verblijf) {
    const code =
      typeof invoer.verblijf.productcode === "string" ? invoer.verblijf.productcode.trim().toUpperCase() : "";
    const begin = leesDatum(invoer.verblijf.begindatum);
    const eind = leesDatum(invoer.verblijf.einddatum);
    if (!/^[0-9A-Z]{1,5}$/.test(code))
      meldingen.push(
        fout(
          "PRODUCTCODE",
          "verblijf.productcode",
          "Productcode verblijf: 1 tot 5 letters of cijfers, bijvoorbeeld 54011 (ggz-verblijf klasse C).",
        ),
      );
    if (begin === null)
      meldingen.push(
        fout("DATUM_ONGELDIG", "verblijf.begindatum", "Ingangsdatum verblijf: vul een geldige datum in (JJJJ-MM-DD)."),
      );
    if (eind === null)
      meldingen.push(
        fout("DATUM_ONGELDIG", "verblijf.einddatum", "Einddatum verblijf: vul een geldige datum in (JJJJ-MM-DD)."),
      );
    else if (begin !== null && eind < begin)
      meldingen.push(fout("DATUM_VOLGORDE", "verblijf.einddatum", "Einddatum verblijf ligt voor de ingangsdatum."));
    if (meldingen.every((m) => !m.veld.startsWith("verblijf."))) {
      // The category is the product code's first two digits (54011 -> 54, youth GGZ), as in the iJw code lists.
      verblijf = {
        soort: "specifiek",
        categorie: code.slice(0, 2),
        productcode: code,
        begindatum: iso(begin!),
        einddatum: iso(eind!),
      };
    }
  }
  return { ambulant, verblijf, meldingen };
}

/** The proposal as text to paste into a case file or a message. */
export function toewijzingAlsTekst(v: Toewijzingsvoorstel): string {
  const regels: string[] = [];
  if (v.ambulant) {
    const a = v.ambulant;
    regels.push(
      "Toewijzing ambulante jeugdhulp (a-specifiek, met budget)",
      `  Productcategorie: ${a.categorie}`,
      "  Productcode: (leeg)",
      `  Budget: ${a.budgetCent} eurocent (${formatEuro(a.budgetCent)})`,
      `  Ingangsdatum: ${a.begindatum}`,
      `  Einddatum: ${a.einddatum}`,
      `  Grondslag: ${a.grondslag}`,
    );
  }
  if (v.verblijf) {
    const b = v.verblijf;
    regels.push(
      "Toewijzing verblijf (specifiek, aparte toewijzing)",
      `  Productcategorie: ${b.categorie}`,
      `  Productcode: ${b.productcode}`,
      `  Ingangsdatum: ${b.begindatum}`,
      `  Einddatum: ${b.einddatum}`,
    );
  }
  return regels.join("\n") + (regels.length ? "\n" : "");
}
