import { berekenBudget, type BudgetInvoer } from "./budget";
import { isLeeg } from "./getal";
import { leesJaNee, leesTraject } from "./invoer";
import { VELDEN, type Melding, type Veld } from "./melding";
import { doetMee } from "./regels/onderdelen";
import { kiesTariefset, type Tariefsets } from "./tariefset/keuze";

/**
 * The status of one input field on a form such as the rekentool worksheet, as the region's workbook colours it.
 * It is the engine's own judgement of the field (the same rules as the calculation), so a surface never keeps a
 * second copy of the rules: the worksheet's conditional formatting only colours what JH.CONTROLE says.
 */
export const STATUSSEN = ["in te vullen", "ingevuld", "niet invulbaar", "onjuiste invoer", "waarschuwing"] as const;
export type Veldstatus = (typeof STATUSSEN)[number];

export interface Veldcontrole {
  status: Veldstatus;
  /**
   * Why, in Dutch: the engine's messages for the field, or what the status means here; "In orde." when all is
   * well (never empty: a worksheet keeps a formula's text result only when there is one to keep).
   */
  tekst: string;
}

/**
 * The fields of the form, by key. "groepsaanbod" and "ambulant" are the sections' ja/nee switches: when a form has
 * them they decide; without them a section takes part as soon as one of its fields is filled (as in the task pane
 * and a bulk row).
 */
export const FORMULIERVELDEN = [
  "traject",
  "verwijzer",
  "groepsaanbod",
  "groepsaanbod.dagenPerWeek",
  "groepsaanbod.urenPerDag",
  "groepsaanbod.weken",
  "groepsaanbod.intensiteit",
  "groepsaanbod.kdcOdc",
  "ambulant",
  "ambulant.urenPerWeek",
  "ambulant.weken",
  "ambulant.rekentarief",
  "bekend.bedrag",
  "bekend.bron",
  "gekozen.nummer",
  "gekozen.reden",
  "indicatie.soortHulp",
  "tariefset",
] as const satisfies readonly Veld[];
export type Formulierveld = (typeof FORMULIERVELDEN)[number];

/** A form's values by field key; a key that is absent is a field the form does not have. */
export type Formulier = Partial<Record<Formulierveld, unknown>>;

const GROEP = [
  "groepsaanbod.dagenPerWeek",
  "groepsaanbod.urenPerDag",
  "groepsaanbod.weken",
  "groepsaanbod.intensiteit",
  "groepsaanbod.kdcOdc",
] as const;
const AMBULANT = ["ambulant.urenPerWeek", "ambulant.weken", "ambulant.rekentarief"] as const;
const BEKEND = ["bekend.bedrag", "bekend.bron"] as const;

/** Empty is allowed for these: the engine has a default or the part is optional. */
const MAG_LEEG: Partial<Record<Formulierveld, string>> = {
  verwijzer: "leeg = toegang",
  "groepsaanbod.kdcOdc": "leeg = nee",
  "gekozen.nummer": "leeg = het berekende standaardbudget",
  "gekozen.reden": "alleen nodig bij een ander standaardbudget dan het berekende",
  "indicatie.soortHulp": "leeg = geen indicatie volgens de richtlijn",
  tariefset: "leeg = de eerste uit de tabel Tarieven",
  "bekend.bedrag": "leeg = rekenen met uren",
  "bekend.bron": "alleen nodig bij een bekend bedrag",
};

/** Messages about the result as a whole that belong to the field a user changes to resolve them. */
function veldVan(m: Melding, formulier: Formulier): Formulierveld[] {
  if (m.veld === "onderdelen")
    return (["groepsaanbod", "ambulant", "bekend.bedrag"] as const).filter((v) => v in formulier);
  if (m.code === "MEDISCH_OVERLEG_TOEGANG") return ["verwijzer"];
  if (m.code === "AFWIJKING_RICHTLIJN" || m.code === "BUITEN_RICHTLIJN") return ["indicatie.soortHulp"];
  return (FORMULIERVELDEN as readonly string[]).includes(m.veld) ? [m.veld as Formulierveld] : [];
}

/** A section's switch: ja/nee when the form has it (null when empty or unreadable), else undefined. */
function schakelaar(
  formulier: Formulier,
  veld: "groepsaanbod" | "ambulant",
  meldingen: Melding[],
): boolean | null | undefined {
  if (!(veld in formulier)) return undefined;
  const w = formulier[veld];
  return isLeeg(w) ? null : leesJaNee(w, veld, meldingen);
}

/**
 * The status and message of every field of a form. Never throws. The calculation is the engine's own
 * (berekenBudget); this only says, per field, what its messages mean for the colour of the cell.
 */
export function controleerFormulier(formulier: Formulier, sets: Tariefsets): Record<Formulierveld, Veldcontrole> {
  const uit = {} as Record<Formulierveld, Veldcontrole>;
  const gevuld = (v: Formulierveld) => v in formulier && !isLeeg(formulier[v]);
  const keuze = kiesTariefset(sets, formulier.tariefset);
  if (!keuze.ok) {
    // Without a valid set no field can be judged: say so at every filled field rather than colour it as right.
    for (const v of FORMULIERVELDEN)
      uit[v] = gevuld(v)
        ? { status: "waarschuwing", tekst: "Niet gecontroleerd: de tariefset is niet te gebruiken (zie Tariefset)." }
        : { status: "in te vullen", tekst: "" };
    uit.tariefset = { status: "onjuiste invoer", tekst: keuze.tekst };
    return uit;
  }
  const set = keuze.set;
  const schakelmeldingen: Melding[] = [];
  const groepSchakelaar = schakelaar(formulier, "groepsaanbod", schakelmeldingen);
  const ambulantSchakelaar = schakelaar(formulier, "ambulant", schakelmeldingen);
  const waarden = (velden: readonly Formulierveld[]) => velden.map((v) => formulier[v]);
  const groepAan = groepSchakelaar ?? doetMee(waarden(GROEP.filter((v) => v !== "groepsaanbod.kdcOdc")));
  const ambulantAan = ambulantSchakelaar ?? doetMee(waarden(AMBULANT));
  const bekendAan = doetMee(waarden(BEKEND));
  const invoer: BudgetInvoer = {
    traject: formulier.traject,
    verwijzer: formulier.verwijzer,
    groepsaanbod: groepAan
      ? {
          dagenPerWeek: formulier["groepsaanbod.dagenPerWeek"],
          urenPerDag: formulier["groepsaanbod.urenPerDag"],
          weken: formulier["groepsaanbod.weken"],
          intensiteit: formulier["groepsaanbod.intensiteit"],
          kdcOdc: formulier["groepsaanbod.kdcOdc"],
        }
      : null,
    ambulant: ambulantAan
      ? {
          urenPerWeek: formulier["ambulant.urenPerWeek"],
          weken: formulier["ambulant.weken"],
          rekentarief: formulier["ambulant.rekentarief"],
        }
      : null,
    bekend: bekendAan ? { bedrag: formulier["bekend.bedrag"], bron: formulier["bekend.bron"] } : null,
    gekozen: gevuld("gekozen.nummer")
      ? { nummer: formulier["gekozen.nummer"], reden: formulier["gekozen.reden"] }
      : null,
    soortHulp: formulier["indicatie.soortHulp"],
  };
  const r = berekenBudget(invoer, set);
  const perVeld = new Map<Formulierveld, Melding[]>();
  for (const m of [...schakelmeldingen, ...r.meldingen])
    for (const v of veldVan(m, formulier)) perVeld.set(v, [...(perVeld.get(v) ?? []), m]);
  const duurzaam = leesTraject(formulier.traject, []) === "duurzaam";

  for (const v of FORMULIERVELDEN) {
    const meldingen = perVeld.get(v) ?? [];
    const tekst = meldingen.map((m) => m.tekst).join(" ");
    const uitSectie =
      ((GROEP as readonly string[]).includes(v) && groepSchakelaar === false) ||
      ((AMBULANT as readonly string[]).includes(v) && ambulantSchakelaar === false);
    const sectie = (GROEP as readonly string[]).includes(v) ? "groepsaanbod" : "ambulant";
    if (uitSectie) {
      uit[v] = gevuld(v)
        ? {
            status: "waarschuwing",
            tekst: `${VELDEN[v]}: telt niet mee, want '${VELDEN[sectie]}' staat op nee. Maak het veld leeg of zet '${VELDEN[sectie]}' op ja.`,
          }
        : { status: "niet invulbaar", tekst: `'${VELDEN[sectie]}' staat op nee.` };
    } else if (meldingen.some((m) => m.niveau === "fout")) {
      uit[v] = { status: gevuld(v) ? "onjuiste invoer" : "in te vullen", tekst };
    } else if (meldingen.length > 0) {
      uit[v] = { status: "waarschuwing", tekst };
    } else if ((v === "groepsaanbod.weken" || v === "ambulant.weken") && duurzaam) {
      uit[v] = {
        status: "niet invulbaar",
        tekst: `Een duurzaam traject rekent altijd met ${set.duurzaamWeken} weken (budget per jaar).`,
      };
    } else if (
      (BEKEND as readonly string[]).includes(v) &&
      !bekendAan &&
      (groepAan || ambulantAan) &&
      (groepSchakelaar !== undefined || ambulantSchakelaar !== undefined)
    ) {
      uit[v] = { status: "niet invulbaar", tekst: "Er wordt met uren gerekend; een bekend bedrag alleen zonder uren." };
    } else if (gevuld(v)) {
      uit[v] = { status: "ingevuld", tekst: "In orde." };
    } else if (v in MAG_LEEG) {
      uit[v] = { status: "ingevuld", tekst: `Mag leeg blijven (${MAG_LEEG[v]}).` };
    } else {
      uit[v] = {
        status: "in te vullen",
        tekst: v === "groepsaanbod" || v === "ambulant" ? `${VELDEN[v]} Kies ja of nee.` : `Vul ${VELDEN[v]} in.`,
      };
    }
  }
  return uit;
}

/** Whether a text is one of the form's field keys (for a worksheet argument). */
export function isFormulierveld(veld: string): veld is Formulierveld {
  return (FORMULIERVELDEN as readonly string[]).includes(veld);
}
