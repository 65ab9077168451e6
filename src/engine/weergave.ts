import type { BudgetResultaat } from "./budget";
import { formatEuro } from "./geld";
import { formatDatum, legUit } from "./uitleg";
import type { Tariefset } from "./tariefset/types";
import { modelsetAlsTekst } from "./modellen/weergave";

function regel(label: string, waarde: string): string {
  // A long name (a rekentarief) keeps two spaces before its value instead of running into it.
  return `  ${label.length >= 27 ? `${label}  ` : label.padEnd(28)}${waarde}`;
}

/** The explanation of a result as plain text (the command line): the engine's lines, laid out in two columns. */
export function resultaatAlsTekst(r: BudgetResultaat, set: Tariefset): string {
  const uitleg = legUit(r, set);
  const regels: string[] = [uitleg.titel, ""];
  let meldingenKop = false;
  for (const u of uitleg.regels) {
    if (u.alleenVoorCel) continue;
    if (u.soort === "kop") regels.push("", u.tekst ? `${u.label} (${u.tekst})` : u.label);
    else if (u.soort === "melding") {
      if (!meldingenKop) regels.push("", "Meldingen");
      meldingenKop = true;
      regels.push(`  [${u.label.toLowerCase()}] ${u.tekst}`);
    } else {
      if (u.label === "Tariefset") regels.push("");
      regels.push(regel(u.label, u.bron ? `${u.tekst} (bron: ${u.bron})` : u.tekst));
    }
  }
  return regels.join("\n") + "\n";
}

/** The tariff set as text: every level and rate with its source. */
export function tariefsetAlsTekst(set: Tariefset): string {
  // The other funding models (issue 18) have their own listing.
  if (set.model !== "standaardbudget") return modelsetAlsTekst(set);
  const regels = [
    `Tariefset ${set.naam}`,
    regel("Regio", set.regio),
    regel("Geldig", `${formatDatum(set.geldigVanaf)} t/m ${formatDatum(set.geldigTot)}`),
    regel("Bron", set.bron),
    regel("Duur", `herstel hoogstens ${set.herstelMaxWeken} weken; duurzaam ${set.duurzaamWeken} weken per jaar`),
    "",
    "Standaardbudgetten",
  ];
  for (const n of set.niveaus) {
    regels.push(
      regel(
        `${n.nummer}`,
        `${formatEuro(n.bedragCent)}${n.naMedischeVerwijzing ? "" : "  (niet direct na medische verwijzing)"}`,
      ),
    );
  }
  regels.push("", "Rekentarieven (ambulant, per uur)");
  for (const r of set.rekentarieven)
    regels.push(
      regel(r.naam, r.uurtariefCent === null ? "ontbreekt" : `${formatEuro(r.uurtariefCent)}  (bron: ${r.bron})`),
    );
  regels.push("", "Groepsaanbod per intensiteit (per uur)");
  for (const i of set.intensiteiten) {
    const duurzaam = i.toegestaanInDuurzaam
      ? ""
      : i.duurzaamBijKdcOdc
        ? "  niet in duurzaam (behalve KDC/ODC)"
        : "  niet in duurzaam";
    regels.push(
      regel(
        i.naam,
        `${i.uurtariefCent === null ? "ontbreekt" : formatEuro(i.uurtariefCent)}${duurzaam}  (bron: ${i.bron})`,
      ),
    );
  }
  if (set.richtlijn) {
    regels.push("", "Richtlijn: uren per soort hulp naar standaardbudget (een richtlijn, geen regel)");
    for (const soort of set.richtlijn.soorten)
      for (const b of soort.banden) regels.push(regel(soort.naam, `${b.niveau}  ${b.omschrijving}`));
    regels.push(regel("Bron", set.richtlijn.bron));
  }
  return regels.join("\n") + "\n";
}
