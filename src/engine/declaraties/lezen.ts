import { bedragInCenten, formatGetal, isHeleCenten } from "../geld";
import { isLeeg, leesGetal } from "../getal";
import { alsTekst, citeer } from "../melding";
import { isGeldigBsn } from "../bulk/bsn";
import { MAX_BUDGET_CENT } from "../regels/ijw";
import { EENHEDEN_TEKST, isEenheid } from "../tariefset/producten";
import { leesDatum, zelfdeMaand } from "./datum";
import type { DebetCredit, Prestatie, Toewijzing } from "./types";

/**
 * Reading one toewijzing or prestatie from its fields, named by their iJw element path (Product/Categorie,
 * IngediendBedrag/Bedrag). A message (XML) and a table row (CSV, xlsx) differ only in how a field is found,
 * named in a message, and whether an amount is in eurocents (the message) or in euros (a table, unless its
 * header says cent): the Veldbron says that.
 */
export interface Veldbron {
  waarde(veld: Berichtveld): unknown;
  /** How a message names the field: the element path, or the table's column header. */
  naam(veld: Berichtveld): string;
  /** True when the field's amounts are eurocents (iJw); false for euros with up to two decimals. */
  inCenten(veld: Berichtveld): boolean;
  /** Where, for every message: "jw323.xml, Prestatie 12" or "prestaties.csv, rij 13". */
  waar: string;
}

export const TOEWIJZING_VELDEN = [
  "ToewijzingNummer",
  "Afzender",
  "Ontvanger",
  "Bsn",
  "Product/Categorie",
  "Product/Code",
  "Toewijzingsdatum",
  "Toewijzingstijd",
  "Ingangsdatum",
  "Einddatum",
  "RedenWijziging",
  "Omvang/Volume",
  "Omvang/Eenheid",
  "Omvang/Frequentie",
  "Budget",
] as const;

export const PRESTATIE_VELDEN = [
  "ProductReferentie/ReferentieNummer",
  "ProductReferentie/VorigReferentieNummer",
  "ToewijzingNummer",
  "Afzender",
  "Ontvanger",
  "DeclaratieNummer",
  "Bsn",
  "ProductCategorie",
  "ProductCode",
  "ProductPeriode/Begindatum",
  "ProductPeriode/Einddatum",
  "GeleverdVolume",
  "Eenheid",
  "ProductTarief",
  "IngediendBedrag/Bedrag",
  "IngediendBedrag/DebetCredit",
] as const;

export type Berichtveld = (typeof TOEWIJZING_VELDEN)[number] | (typeof PRESTATIE_VELDEN)[number];

export type Gelezen<T> = { ok: true; waarde: T } | { ok: false; fouten: string[] };

/** Collects the messages of one record; every reader returns undefined after a message. */
class Veldlezer {
  readonly fouten: string[] = [];
  constructor(private readonly bron: Veldbron) {}

  private fout(veld: Berichtveld, wat: string): undefined {
    this.fouten.push(`${this.bron.waar}: ${this.bron.naam(veld)} ${wat}`);
    return undefined;
  }

  tekst(veld: Berichtveld): string {
    const w = this.bron.waarde(veld);
    return isLeeg(w) ? "" : alsTekst(w).trim();
  }

  verplicht(veld: Berichtveld): string | undefined {
    const t = this.tekst(veld);
    return t === "" ? this.fout(veld, "ontbreekt; dit veld is verplicht.") : t;
  }

  /** Text matching a pattern (a category, a code); empty is allowed unless `verplicht`. */
  patroon(veld: Berichtveld, patroon: RegExp, uitleg: string, verplicht: boolean): string | undefined {
    const w = this.bron.waarde(veld);
    // Excel stores a typed 05 as the number 5: a two-digit category gets its zero back.
    let t = this.tekst(veld);
    if (typeof w === "number" && uitleg.startsWith("twee cijfers") && /^\d$/.test(t)) t = `0${t}`;
    if (t === "") return verplicht ? this.fout(veld, "ontbreekt; dit veld is verplicht.") : "";
    return patroon.test(t) ? t : this.fout(veld, `${citeer(t)} is ongeldig; toegestaan: ${uitleg}.`);
  }

  datum(veld: Berichtveld, verplicht: boolean): string | null | undefined {
    const w = this.bron.waarde(veld);
    if (isLeeg(w)) return verplicht ? this.fout(veld, "ontbreekt; dit veld is verplicht.") : null;
    return (
      leesDatum(w) ??
      // Written as a date (2023-02-30) it is no BSN and is shown; anything else is quoted with care.
      this.fout(
        veld,
        `${typeof w === "string" && /^\d{4}-\d{2}-\d{2}$/.test(w.trim()) ? `'${w.trim()}'` : citeer(w)} is geen bestaande datum; schrijf JJJJ-MM-DD (2023-01-31) of 31-1-2023.`,
      )
    );
  }

  /** A whole number from 0 up to `max`. */
  geheel(veld: Berichtveld, max: number, verplicht: boolean): number | null | undefined {
    const w = this.bron.waarde(veld);
    // The usual case, digits only as a message carries them, without the general reader's clean-up.
    if (typeof w === "string" && w.length > 0 && w.length < 10 && ALLEEN_CIJFERS.test(w)) {
      const n = Number(w);
      if (n <= max) return n;
    }
    if (isLeeg(w)) return verplicht ? this.fout(veld, "ontbreekt; dit veld is verplicht.") : null;
    const g = leesGetal(w);
    if (!g.ok || !Number.isInteger(g.waarde) || g.waarde < 0 || g.waarde > max)
      return this.fout(veld, `${citeer(w)} is geen geheel getal van 0 tot en met ${formatGetal(max)}.`);
    return g.waarde;
  }

  /** An amount in eurocents: whole cents in a message; euros with at most two decimals in a table. */
  bedrag(veld: Berichtveld, verplicht: boolean): number | null | undefined {
    if (this.bron.inCenten(veld)) return this.geheel(veld, MAX_BUDGET_CENT, verplicht);
    const w = this.bron.waarde(veld);
    if (isLeeg(w)) return verplicht ? this.fout(veld, "ontbreekt; dit veld is verplicht.") : null;
    const g = leesGetal(w);
    if (!g.ok || g.waarde < 0 || !isHeleCenten(g.waarde) || bedragInCenten(g.waarde) > MAX_BUDGET_CENT)
      return this.fout(
        veld,
        `${citeer(w)} is geen bedrag in euro's van 0 tot en met 999.999,99 met hoogstens twee decimalen.`,
      );
    return bedragInCenten(g.waarde);
  }

  bsn(): string {
    const t = this.tekst("Bsn");
    if (t === "") return "";
    // Never quoted: a wrong BSN is still someone's number.
    if (!isGeldigBsn(t)) {
      this.fout("Bsn", "doorstaat de elfproef niet (het nummer wordt niet getoond).");
      return "";
    }
    const cijfers = t.replace(/[ .]/g, "");
    return cijfers.padStart(9, "0");
  }
}

const ALLEEN_CIJFERS = /^\d+$/;
const FREQUENTIES = new Set(["1", "2", "4", "6"]);
const CATEGORIE = /^\d{2}$/;
const CODE = /^[0-9A-Za-z]{1,5}$/;
const CATEGORIE_UITLEG = "twee cijfers, bijvoorbeeld 50";
const CODE_UITLEG = "1 tot 5 letters of cijfers, bijvoorbeeld 45A48";

/** A JW301 ToegewezenProduct (or a table row with its fields) as a Toewijzing, or why not. */
export function leesToewijzing(bron: Veldbron): Gelezen<Toewijzing> {
  const l = new Veldlezer(bron);
  const nummer = l.verplicht("ToewijzingNummer");
  const categorie = l.patroon("Product/Categorie", CATEGORIE, CATEGORIE_UITLEG, true);
  const code = l.patroon("Product/Code", CODE, CODE_UITLEG, false);
  const ingang = l.datum("Ingangsdatum", true);
  const einde = l.datum("Einddatum", false);
  const budget = l.bedrag("Budget", false);
  const volume = l.geheel("Omvang/Volume", 99_999_999, false);
  const eenheid = l.tekst("Omvang/Eenheid");
  const frequentie = l.tekst("Omvang/Frequentie");
  const toewijzingsdatum = l.datum("Toewijzingsdatum", false);
  const bsn = l.bsn();
  if (ingang && einde && einde < ingang)
    l.fouten.push(`${bron.waar}: ${bron.naam("Einddatum")} ligt vóór ${bron.naam("Ingangsdatum")}.`);
  if (
    l.fouten.length > 0 ||
    nummer === undefined ||
    categorie === undefined ||
    code === undefined ||
    !ingang ||
    einde === undefined ||
    budget === undefined ||
    volume === undefined ||
    toewijzingsdatum === undefined
  )
    return { ok: false, fouten: l.fouten };
  const meldingen: string[] = [];
  // The standard's shape of an a-specifiek toewijzing with budget: said, not refused, since the municipality
  // sent it so and the budget is still the ceiling.
  if (budget !== null && code !== "")
    meldingen.push("heeft zowel een productcode als een budget (a-specifiek: geen code)");
  if (budget !== null && einde === null) meldingen.push("a-specifiek met budget zonder einddatum (die is verplicht)");
  if (budget !== null && volume !== null) meldingen.push("a-specifiek met budget heeft ook een omvang (hoort leeg)");
  if (budget === null && code === "")
    meldingen.push("zonder productcode en zonder budget: geen plafond om aan te toetsen");
  // Omvang as the standard defines it: said on the row, since the municipality sent it so.
  if (volume !== null && !isEenheid(eenheid.padStart(2, "0")))
    meldingen.push(`Omvang/Eenheid ${citeer(eenheid)} is geen iJw-eenheid (${EENHEDEN_TEKST})`);
  if (volume !== null && !FREQUENTIES.has(frequentie))
    meldingen.push(
      `Omvang/Frequentie ${citeer(frequentie)} is geen iJw-frequentie (1 per dag, 2 per week, 4 per maand, 6 totaal binnen de geldigheidsduur)`,
    );
  return {
    ok: true,
    waarde: {
      toewijzingNummer: nummer,
      gemeente: l.tekst("Afzender"),
      aanbieder: l.tekst("Ontvanger"),
      bsn,
      categorie,
      productcode: code,
      ingangsdatum: ingang,
      einddatum: einde,
      budgetCent: budget,
      omvang: volume === null ? null : { volume, eenheid, frequentie },
      redenWijziging: l.tekst("RedenWijziging"),
      tijdstip: `${toewijzingsdatum ?? ""}T${l.tekst("Toewijzingstijd")}`,
      waar: bron.waar,
      meldingen,
    },
  };
}

/** A JW323 Prestatie (or a table row with its fields) as a Prestatie, or why not. */
export function leesPrestatie(bron: Veldbron): Gelezen<Prestatie> {
  const l = new Veldlezer(bron);
  const referentie = l.verplicht("ProductReferentie/ReferentieNummer");
  const nummer = l.verplicht("ToewijzingNummer");
  const categorie = l.patroon("ProductCategorie", CATEGORIE, CATEGORIE_UITLEG, true);
  const code = l.patroon("ProductCode", CODE, CODE_UITLEG, true);
  const begin = l.datum("ProductPeriode/Begindatum", true);
  const einde = l.datum("ProductPeriode/Einddatum", true);
  const volume = l.geheel("GeleverdVolume", 99_999_999, true);
  const eenheidTekst = l.tekst("Eenheid").padStart(2, "0");
  const tarief = l.bedrag("ProductTarief", false);
  const bedrag = l.bedrag("IngediendBedrag/Bedrag", true);
  const dc = l.tekst("IngediendBedrag/DebetCredit").toUpperCase();
  const bsn = l.bsn();
  if (!isEenheid(eenheidTekst))
    l.fouten.push(
      `${bron.waar}: ${bron.naam("Eenheid")} ${l.tekst("Eenheid") === "" ? "ontbreekt" : `${citeer(l.tekst("Eenheid"))} is geen iJw-eenheid`}; toegestaan: ${EENHEDEN_TEKST}.`,
    );
  if (dc !== "D" && dc !== "C")
    l.fouten.push(
      `${bron.waar}: ${bron.naam("IngediendBedrag/DebetCredit")} ${dc === "" ? "ontbreekt" : `${citeer(dc)} is ongeldig`}; toegestaan: D (debet) of C (credit).`,
    );
  if (begin && einde && (einde < begin || !zelfdeMaand(begin, einde)))
    l.fouten.push(
      `${bron.waar}: ProductPeriode ${begin} tot en met ${einde} ligt niet binnen één kalendermaand (begin vóór of op einde, dezelfde maand).`,
    );
  if (
    l.fouten.length > 0 ||
    referentie === undefined ||
    nummer === undefined ||
    categorie === undefined ||
    code === undefined ||
    !begin ||
    !einde ||
    volume === undefined ||
    volume === null ||
    tarief === undefined ||
    bedrag === undefined ||
    bedrag === null ||
    !isEenheid(eenheidTekst)
  )
    return { ok: false, fouten: l.fouten };
  return {
    ok: true,
    waarde: {
      referentieNummer: referentie,
      vorigReferentieNummer: l.tekst("ProductReferentie/VorigReferentieNummer"),
      toewijzingNummer: nummer,
      aanbieder: l.tekst("Afzender"),
      gemeente: l.tekst("Ontvanger"),
      declaratieNummer: l.tekst("DeclaratieNummer"),
      bsn,
      productCategorie: categorie,
      productCode: code,
      begindatum: begin,
      einddatum: einde,
      geleverdVolume: volume,
      eenheid: eenheidTekst,
      productTariefCent: tarief,
      bedragCent: bedrag,
      debetCredit: dc as DebetCredit,
      waar: bron.waar,
    },
  };
}
