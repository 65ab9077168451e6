import { centenNaarEuro, formatEuro, formatProcent } from "../geld";
import { naamVoorSamenvatting } from "../bulk/samenvatting";
import { formatDatum } from "../uitleg";
import type { Tariefset } from "../tariefset/types";
import { BEVINDING_UITLEG, type Declaratiecontrole, type Stand } from "./controle";
import { REDEN_VERWIJDERD, type Toewijzingenregister } from "./register";
import type { Bevinding, Bevindingcode, Prestatie, Toewijzing } from "./types";

/** The output per toewijzing: one row each, amounts in euros, Uitputting as a fraction (1 = 100%). */
export const TOEWIJZING_KOLOMMEN = [
  "ToewijzingNummer",
  "Gemeente",
  "Aanbieder",
  "BSN",
  "Categorie",
  "Productcode",
  "Ingangsdatum",
  "Einddatum",
  "Budget",
  "Gedeclareerd",
  "Uitputting",
  "Zonder bevinding",
  "Prestaties",
  "Met bevinding",
  "Status",
  "Melding",
] as const;

/** The output per prestatie: every prestatie read (also those that could not be read), with its findings. */
export const PRESTATIE_KOLOMMEN = [
  "Veldbron",
  "Aanbieder",
  "Gemeente",
  "DeclaratieNummer",
  "BSN",
  "ReferentieNummer",
  "VorigReferentieNummer",
  "ToewijzingNummer",
  "ProductCategorie",
  "ProductCode",
  "Begindatum",
  "Einddatum",
  "GeleverdVolume",
  "Eenheid",
  "ProductTarief",
  "Bedrag",
  "DebetCredit",
  "Gedeclareerd",
  "Tarief tariefset",
  "Status",
  "Retourcodes",
  "Melding",
] as const;

/** Which output columns hold euros and which a fraction, for formats (xlsx) and decimal commas (CSV). */
export const EURO_KOLOMMEN = new Set([
  "Budget",
  "Gedeclareerd",
  "Zonder bevinding",
  "ProductTarief",
  "Bedrag",
  "Tarief tariefset",
]);
export const PROCENT_KOLOMMEN = new Set(["Uitputting"]);

export type Declaratiestatus = "ok" | "bevinding" | "fout";

const meervoud = (n: number, een: string, meer: string) => `${n.toLocaleString("nl-NL")} ${n === 1 ? een : meer}`;

const volgorde: readonly Bevindingcode[] = Object.keys(BEVINDING_UITLEG) as Bevindingcode[];

function perCodeTekst(bevindingen: ReadonlyMap<Bevindingcode, number>): string[] {
  return volgorde
    .filter((c) => bevindingen.has(c))
    .map((c) => {
      const n = bevindingen.get(c)!;
      return `${BEVINDING_UITLEG[c]}: ${meervoud(n, "prestatie", "prestaties")}`;
    });
}

/** A toewijzing's status: fout when prestaties on it could not be read (its total is then not known). */
export function toewijzingStatus(t: Toewijzing, s: Stand): Declaratiestatus {
  if (s.onleesbaar > 0) return "fout";
  return s.bevindingen.size > 0 || t.meldingen.length > 0 || t.redenWijziging === REDEN_VERWIJDERD ? "bevinding" : "ok";
}

/** The row of one toewijzing, in TOEWIJZING_KOLOMMEN order. */
export function toewijzingRij(t: Toewijzing, s: Stand, versies: number): unknown[] {
  const meldingen: string[] = [];
  if (s.onleesbaar > 0)
    meldingen.push(
      `${s.onleesbaar} ${s.onleesbaar === 1 ? "prestatie" : "prestaties"} op deze toewijzing niet te lezen (zie het blad Prestaties): het gedeclareerde is onvolledig`,
    );
  if (t.redenWijziging === REDEN_VERWIJDERD) meldingen.push("verwijderd (RedenWijziging 13)");
  meldingen.push(...t.meldingen);
  if (t.budgetCent !== null && s.gedeclareerdCent > t.budgetCent)
    meldingen.push(
      `gedeclareerd ${formatEuro(s.gedeclareerdCent)} is ${formatEuro(s.gedeclareerdCent - t.budgetCent)} boven het budget van ${formatEuro(t.budgetCent)}`,
    );
  meldingen.push(...perCodeTekst(s.bevindingen));
  if (versies > 1) meldingen.push(`${versies} versies gelezen (JW301); de nieuwste telt`);
  const budget = t.budgetCent;
  return [
    t.toewijzingNummer,
    t.gemeente,
    t.aanbieder,
    t.bsn,
    t.categorie,
    t.productcode,
    t.ingangsdatum,
    t.einddatum ?? "",
    budget === null ? "" : centenNaarEuro(budget),
    s.onleesbaar > 0 ? "" : centenNaarEuro(s.gedeclareerdCent),
    // A total that is not known gives no exhaustion either: never a number that looks right.
    s.onleesbaar > 0 || budget === null || budget === 0 ? "" : s.gedeclareerdCent / budget,
    s.onleesbaar > 0 ? "" : centenNaarEuro(s.geaccepteerdCent),
    s.prestaties,
    [...s.bevindingen.values()].reduce((a, b) => a + b, 0),
    toewijzingStatus(t, s),
    meldingen.join("; "),
  ];
}

/** The row of one prestatie that was read, in PRESTATIE_KOLOMMEN order. */
export function prestatieRij(p: Prestatie, bevindingen: readonly Bevinding[], set: Tariefset): unknown[] {
  const product = set.zoekProduct(p.productCode);
  const teken = p.debetCredit === "C" ? -1 : 1;
  return [
    p.waar,
    p.aanbieder,
    p.gemeente,
    p.declaratieNummer,
    p.bsn,
    p.referentieNummer,
    p.vorigReferentieNummer,
    p.toewijzingNummer,
    p.productCategorie,
    p.productCode,
    p.begindatum,
    p.einddatum,
    p.geleverdVolume,
    p.eenheid,
    p.productTariefCent === null ? "" : centenNaarEuro(p.productTariefCent),
    centenNaarEuro(p.bedragCent),
    p.debetCredit,
    centenNaarEuro(teken * p.bedragCent),
    product?.tariefCent == null ? "" : centenNaarEuro(product.tariefCent),
    bevindingen.length === 0 ? "ok" : "bevinding",
    [...new Set(bevindingen.map((b) => b.code))].join(", "),
    bevindingen.map((b) => b.tekst).join("; "),
  ];
}

/** The row of a prestatie that could not be read: where, the number if it had one, and why. */
export function onleesbareRij(waar: string, toewijzingNummer: string, fouten: readonly string[]): unknown[] {
  const rij: unknown[] = PRESTATIE_KOLOMMEN.map(() => "");
  rij[0] = waar;
  rij[7] = toewijzingNummer;
  rij[19] = "fout";
  rij[21] = fouten.join(" ");
  return rij;
}

/** The row of a toewijzing that could not be read: its number if it had one, status fout, and why. */
export function onleesbareToewijzingRij(toewijzingNummer: string, fouten: readonly string[]): unknown[] {
  const rij: unknown[] = TOEWIJZING_KOLOMMEN.map(() => "");
  rij[0] = toewijzingNummer;
  rij[14] = "fout";
  rij[15] = `niet te lezen, niet meegeteld: ${fouten.join(" ")}`;
  return rij;
}

/** The summary for stdout: totals, findings, per provider. No BSN; numbers of 7 to 10 digits not shown. */
export function samenvattingTekst(
  register: Toewijzingenregister,
  controle: Declaratiecontrole,
  set: Tariefset,
  onleesbareToewijzingen: number,
): string {
  let budget = 0;
  let gedeclareerd = 0;
  // Toewijzingen with prestaties that could not be read: their declared total is not known, so neither is the sum.
  let onvolledig = 0;
  const perStatus: Record<Declaratiestatus, number> = { ok: 0, bevinding: 0, fout: 0 };
  const bevindingen = new Map<Bevindingcode, number>();
  for (const t of register.alle()) {
    const s = controle.stand(t);
    budget += t.budgetCent ?? 0;
    gedeclareerd += s.gedeclareerdCent;
    if (s.onleesbaar > 0) onvolledig++;
    perStatus[toewijzingStatus(t, s)]++;
  }
  for (const a of controle.perAanbieder.values())
    for (const [c, n] of a.bevindingen) bevindingen.set(c, (bevindingen.get(c) ?? 0) + n);
  const regels = [
    `Tariefset: ${set.naam} (geldig ${formatDatum(set.geldigVanaf)} t/m ${formatDatum(set.geldigTot)})`,
    `Toewijzingen: ${register.aantal.toLocaleString("nl-NL")} (ok ${perStatus.ok.toLocaleString("nl-NL")}, met bevinding ${perStatus.bevinding.toLocaleString("nl-NL")}, fout ${perStatus.fout.toLocaleString("nl-NL")})${onleesbareToewijzingen > 0 ? `; ${meervoud(onleesbareToewijzingen, "toewijzing", "toewijzingen")} niet te lezen` : ""}`,
    onvolledig > 0
      ? `Budget samen: ${formatEuro(budget)}; gedeclareerd op deze toewijzingen: onvolledig, ten minste ${formatEuro(gedeclareerd)} (op ${meervoud(onvolledig, "toewijzing", "toewijzingen")} zijn prestaties niet te lezen; zie het blad Prestaties)`
      : `Budget samen: ${formatEuro(budget)}; gedeclareerd op deze toewijzingen: ${formatEuro(gedeclareerd)}${budget > 0 ? ` (${formatProcent(gedeclareerd / budget)})` : ""}`,
    `Prestaties: ${controle.prestaties.toLocaleString("nl-NL")} gelezen${controle.onleesbaar > 0 ? `, ${controle.onleesbaar.toLocaleString("nl-NL")} niet te lezen` : ""}`,
  ];
  if (bevindingen.size > 0) regels.push("Bevindingen:", ...perCodeTekst(bevindingen).map((r) => `  ${r}`));
  else regels.push("Bevindingen: geen");
  if (controle.tariefNietTeControleren > 0)
    regels.push(
      `Tarief niet te controleren (0611) bij ${meervoud(controle.tariefNietTeControleren, "prestatie", "prestaties")}: zonder ProductTarief, of de tariefset kent de productcode of haar tarief niet.`,
    );
  regels.push("Per aanbieder (Afzender van de declaratie):");
  const gezien = new Map<string, number>();
  for (const [naam, a] of controle.perAanbieder) {
    let getoond = naam === "" ? "(geen afzender)" : naamVoorSamenvatting(naam);
    // Names that are not shown (a number of 7 to 10 digits) keep their own line each.
    const keer = (gezien.get(getoond) ?? 0) + 1;
    gezien.set(getoond, keer);
    if (keer > 1 || getoond.startsWith("(")) getoond = `${getoond} #${keer}`;
    const delen = [
      `${meervoud(a.prestaties, "prestatie", "prestaties")} op ${meervoud(a.toewijzingen.size, "toewijzing", "toewijzingen")}`,
      `gedeclareerd ${formatEuro(a.gedeclareerdCent)} (debet ${formatEuro(a.debetCent)}, credit ${formatEuro(a.creditCent)})`,
      `${a.metBevinding.toLocaleString("nl-NL")} met bevinding${
        a.bevindingen.size > 0
          ? ` (${volgorde
              .filter((c) => a.bevindingen.has(c))
              .map((c) => `${c.length === 4 ? c : c.toLowerCase().replace(/_/g, " ")}: ${a.bevindingen.get(c)}`)
              .join(", ")})`
          : ""
      }`,
    ];
    if (a.onbekendCent !== 0) delen.push(`${formatEuro(a.onbekendCent)} op onbekende toewijzingen`);
    if (a.onleesbaar > 0) delen.push(`${a.onleesbaar.toLocaleString("nl-NL")} niet te lezen`);
    regels.push(`  ${getoond}: ${delen.join("; ")}`);
  }
  return regels.join("\n") + "\n";
}
