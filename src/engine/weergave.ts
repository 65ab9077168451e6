import type { BudgetResultaat } from "./budget";
import { formatEuro, formatGetal } from "./geld";
import type { Tariefset } from "./tariefset/types";

const TRAJECT_UITLEG = {
  herstel: "hersteltraject (budget voor de hele duur)",
  duurzaam: "duurzaam traject (budget per jaar, 52 weken)",
} as const;

function regel(label: string, waarde: string): string {
  return `  ${label.padEnd(28)}${waarde}`;
}

/** The result block as the workbook shows it, in plain text: every number with where it comes from. */
export function resultaatAlsTekst(r: BudgetResultaat, set: Tariefset): string {
  const regels: string[] = [`Rekentool standaardbudgetten - tariefset ${set.naam} (${set.regio}, ${set.geldigVanaf} t/m ${set.geldigTot})`, ""];
  regels.push(regel("Traject", r.traject ? TRAJECT_UITLEG[r.traject] : "-"));
  regels.push(regel("Verwijzer", r.verwijzer ?? "-"));
  if (r.groepsaanbod) {
    const g = r.groepsaanbod;
    regels.push("", `Groepsaanbod (intensiteit ${g.intensiteit})`);
    regels.push(regel("Uren per week", `${formatGetal(g.dagenPerWeek)} dagen x ${formatGetal(g.urenPerDag)} uur = ${formatGetal(g.urenPerWeek)}`));
    regels.push(regel("Uren totaal", `${formatGetal(g.urenPerWeek)} x ${formatGetal(g.weken)} weken = ${formatGetal(g.urenTotaal)}`));
    regels.push(regel("Uurtarief", `${formatEuro(g.uurtariefCent)} (bron: ${g.bron})`));
    regels.push(regel("Budget groepsaanbod", formatEuro(g.budgetCent)));
  }
  if (r.ambulant) {
    const a = r.ambulant;
    regels.push("", `Ambulante jeugdhulp (rekentarief ${a.rekentarief})`);
    regels.push(regel("Uren totaal", `${formatGetal(a.urenPerWeek)} uur x ${formatGetal(a.weken)} weken = ${formatGetal(a.urenTotaal)}`));
    regels.push(regel("Rekentarief", `${formatEuro(a.uurtariefCent)} per uur (bron: ${a.bron})`));
    regels.push(regel("Budget ambulant", formatEuro(a.budgetCent)));
  }
  regels.push("");
  regels.push(regel("Totaal", r.totaalCent === null ? "niet te berekenen (zie meldingen)" : formatEuro(r.totaalCent)));
  if (r.standaardbudget) {
    regels.push(regel("Standaardbudget", `${r.standaardbudget.nummer} (${formatEuro(r.standaardbudget.bedragCent)}): het eerste niveau op of boven het totaal`));
  } else if (r.offerte) {
    regels.push(regel("Standaardbudget", "geen: boven het hoogste niveau, offertebudget nodig"));
  }
  if (r.gekozen) {
    regels.push(regel("Gekozen standaardbudget", `${r.gekozen.niveau.nummer} (${formatEuro(r.gekozen.niveau.bedragCent)})${r.gekozen.reden ? `, reden: ${r.gekozen.reden}` : ""}`));
  }
  if (r.meldingen.length > 0) {
    regels.push("", "Meldingen");
    for (const m of r.meldingen) regels.push(`  [${m.niveau}] ${m.tekst}`);
  }
  return regels.join("\n") + "\n";
}

/** The tariff set as text: every level and rate with its source. */
export function tariefsetAlsTekst(set: Tariefset): string {
  const regels = [
    `Tariefset ${set.naam}`,
    regel("Regio", set.regio),
    regel("Geldig", `${set.geldigVanaf} t/m ${set.geldigTot}`),
    regel("Bron", set.bron),
    regel("Duur", `herstel hoogstens ${set.herstelMaxWeken} weken; duurzaam ${set.duurzaamWeken} weken per jaar`),
    "",
    "Standaardbudgetten",
  ];
  for (const n of set.niveaus) {
    regels.push(regel(`${n.nummer}`, `${formatEuro(n.bedragCent)}${n.naMedischeVerwijzing ? "" : "  (niet direct na medische verwijzing)"}`));
  }
  regels.push("", "Rekentarieven (ambulant, per uur)");
  for (const r of set.rekentarieven) regels.push(regel(r.naam, r.uurtariefCent === null ? "ontbreekt" : `${formatEuro(r.uurtariefCent)}  (bron: ${r.bron})`));
  regels.push("", "Groepsaanbod per intensiteit (per uur)");
  for (const i of set.intensiteiten) {
    const duurzaam = i.toegestaanInDuurzaam ? "" : i.duurzaamBijKdcOdc ? "  niet in duurzaam (behalve KDC/ODC)" : "  niet in duurzaam";
    regels.push(regel(i.naam, `${i.uurtariefCent === null ? "ontbreekt" : formatEuro(i.uurtariefCent)}${duurzaam}  (bron: ${i.bron})`));
  }
  return regels.join("\n") + "\n";
}
