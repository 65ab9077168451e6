import { formatEuro } from "../geld";
import { isLeeg, leesGetal } from "../getal";
import { alsTekst, citeer, fout, Meldinggeheugen, waarschuwing, VELDEN, type Meldingbak } from "../melding";
import { celVan, type Invoerplaatsen, type Rekening } from "../rekening";
import { niveauTekst, zoekStandaardbudget } from "../standaardbudget";
import type { Niveau, Tariefset } from "../tariefset/types";
import { controleerMedisch } from "./verwijzing";

export function leesGekozenNiveau(nummer: unknown, set: Tariefset, meldingen: Meldingbak): Niveau | null {
  // A number cell (the usual) needs no parsing, and a parse result is an object per row.
  const gelezen = typeof nummer === "number" ? nummer : leesGetal(nummer);
  const waarde = typeof gelezen === "number" ? gelezen : gelezen.ok ? gelezen.waarde : NaN;
  const niveau = Number.isInteger(waarde) ? zoekStandaardbudget(set, waarde) : undefined;
  if (niveau) return niveau;
  const nummers = set.niveaus.map((n) => n.nummer).sort((a, b) => a - b);
  meldingen.push(
    fout(
      "GEKOZEN_ONBEKEND",
      "gekozen.nummer",
      `${VELDEN["gekozen.nummer"]} ${citeer(nummer)} bestaat niet. Toegestaan: ${nummers[0]} t/m ${nummers[nummers.length - 1]}.`,
    ),
  );
  return null;
}

const GEKOZEN_ONDER_TOTAAL = new Meldinggeheugen<Niveau>((niveau, totaalCent) =>
  waarschuwing(
    "GEKOZEN_ONDER_TOTAAL",
    "gekozen.nummer",
    `Het gekozen ${niveauTekst(niveau)} ligt onder het berekende totaal ${formatEuro(totaalCent)}; de aanbieder kan niet meer declareren dan het budget.`,
  ),
);

export function controleerGekozen(rij: readonly unknown[], p: Invoerplaatsen, set: Tariefset, uit: Rekening): void {
  const niveau = leesGekozenNiveau(celVan(rij, p.gekozenNummer), set, uit);
  if (!niveau) return;
  const berekend = uit.standaardbudget;
  const redenCel = celVan(rij, p.reden);
  const reden = typeof redenCel === "string" ? redenCel.trim() : isLeeg(redenCel) ? "" : alsTekst(redenCel);
  const wijktAf = berekend === null || berekend.nummer !== niveau.nummer;
  if (wijktAf && reden === "") {
    const berekendTekst = berekend ? niveauTekst(berekend) : "een offertebudget";
    uit.push(
      fout(
        "GEKOZEN_ZONDER_REDEN",
        "gekozen.reden",
        `Het gekozen ${niveauTekst(niveau)} wijkt af van het berekende (${berekendTekst}). Vul de reden in, bijvoorbeeld de afspraak tussen toegang en aanbieder.`,
      ),
    );
    return;
  }
  if (uit.verwijzer === "medisch") controleerMedisch(niveau, set, uit, "Het gekozen budget");
  if (niveau.bedragCent < uit.totaalCent) uit.push(GEKOZEN_ONDER_TOTAAL.haal(niveau, uit.totaalCent));
  uit.gekozen = niveau;
  uit.reden = reden;
}
