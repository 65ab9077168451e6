import { centenNaarEuro, formatGetal, type BudgetResultaat, type Tariefset } from "../../engine";

export interface BlokRij {
  label: string;
  waarde: string | number;
  soort: "kop" | "tekst" | "euro" | "getal";
}

const TRAJECT = { herstel: "hersteltraject (hele duur)", duurzaam: "duurzaam traject (per jaar)" } as const;

/** The labelled block "Schrijf naar werkblad" writes: inputs, results, the tariff set and its source, the date. */
export function resultaatBlok(r: BudgetResultaat, set: Tariefset, datum: string): BlokRij[] {
  const rijen: BlokRij[] = [{ label: "Rekentool standaardbudgetten", waarde: `berekend op ${datum}`, soort: "kop" }];
  const rij = (label: string, waarde: string | number, soort: BlokRij["soort"] = "tekst") => rijen.push({ label, waarde, soort });
  rij("Traject", r.traject ? TRAJECT[r.traject] : "-");
  rij("Verwijzer", r.verwijzer ?? "-");
  if (r.groepsaanbod) {
    const g = r.groepsaanbod;
    rij("Groepsaanbod", `intensiteit ${g.intensiteit}`, "kop");
    rij("Dagen per week", g.dagenPerWeek, "getal");
    rij("Uren per dag", g.urenPerDag, "getal");
    rij("Uren per week", g.urenPerWeek, "getal");
    rij("Weken", g.weken, "getal");
    rij("Uren totaal", g.urenTotaal, "getal");
    rij("Uurtarief", centenNaarEuro(g.uurtariefCent), "euro");
    rij("Budget groepsaanbod", centenNaarEuro(g.budgetCent), "euro");
  }
  if (r.ambulant) {
    const a = r.ambulant;
    rij("Ambulante jeugdhulp", `rekentarief ${a.rekentarief}`, "kop");
    rij("Uren per week", a.urenPerWeek, "getal");
    rij("Weken", a.weken, "getal");
    rij("Uren totaal", a.urenTotaal, "getal");
    rij("Rekentarief", centenNaarEuro(a.uurtariefCent), "euro");
    rij("Budget ambulant", centenNaarEuro(a.budgetCent), "euro");
  }
  rij("Resultaat", "", "kop");
  rij("Totaal", r.totaalCent === null ? "niet te berekenen" : centenNaarEuro(r.totaalCent), r.totaalCent === null ? "tekst" : "euro");
  if (r.standaardbudget) {
    rij("Standaardbudget", `${r.standaardbudget.nummer} (eerste niveau op of boven het totaal)`);
    rij("Bedrag standaardbudget", centenNaarEuro(r.standaardbudget.bedragCent), "euro");
  } else if (r.offerte) rij("Standaardbudget", "geen: offertebudget nodig");
  if (r.gekozen) {
    rij("Gekozen standaardbudget", `${r.gekozen.niveau.nummer}: ${r.gekozen.reden}`);
    rij("Bedrag gekozen", centenNaarEuro(r.gekozen.niveau.bedragCent), "euro");
  }
  for (const m of r.meldingen) rij(m.niveau === "fout" ? "Fout" : "Waarschuwing", m.tekst);
  rij("Tariefset", `${set.naam} (${set.regio}, ${formatGetal(Number(set.geldigVanaf.slice(0, 4)))})`);
  rij("Bron tarieven", set.bron);
  return rijen;
}
