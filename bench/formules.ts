/**
 * The rekentool's logic as ordinary spreadsheet formulas, for the peer engines: rates looked up in a table,
 * each part rounded to the cent, the level via MATCH on the levels in descending order.
 * Columns A..O are the generated inputs (see genereer.ts); P..T the formulas.
 */
import { STANDAARD_TARIEFSET } from "../src/engine";

export const FORMULEKOPPEN = [
  "Budget groepsaanbod",
  "Budget ambulant",
  "Budget totaal",
  "Standaardbudget",
  "Standaardbudget bedrag",
];

/** Sheet "Tarieven": A:B rekentarieven, D:E group rates per intensity, G:H levels in descending order. */
export function tarievenBlad(): (string | number)[][] {
  const set = STANDAARD_TARIEFSET;
  const niveaus = [...set.niveaus].reverse();
  const hoogte = Math.max(set.rekentarieven.length, set.intensiteiten.length, niveaus.length);
  const rijen: (string | number)[][] = [
    ["Rekentarief", "Uurtarief", "", "Intensiteit", "Uurtarief", "", "Standaardbudget", "Bedrag"],
  ];
  for (let i = 0; i < hoogte; i++) {
    const r = set.rekentarieven[i];
    const g = set.intensiteiten[i];
    const n = niveaus[i];
    rijen.push([
      r?.naam ?? "",
      r?.uurtariefCent == null ? "" : r.uurtariefCent / 100,
      "",
      g?.naam ?? "",
      g?.uurtariefCent == null ? "" : g.uurtariefCent / 100,
      "",
      n?.nummer ?? "",
      n ? n.bedragCent / 100 : "",
    ]);
  }
  return rijen;
}

/** The five formulas of data row `r` (1-based sheet row). `onwaar` is how the engine spells FALSE. */
export function formules(r: number, onwaar = "FALSE"): string[] {
  const niveaus = "Tarieven!$H$2:$H$9";
  return [
    `=IF(I${r}="",0,ROUND(F${r}*G${r}*H${r}*VLOOKUP(I${r},Tarieven!$D$2:$E$5,2,${onwaar}),2))`,
    `=IF(L${r}="",0,ROUND(J${r}*K${r}*VLOOKUP(L${r},Tarieven!$A$2:$B$3,2,${onwaar}),2))`,
    `=P${r}+Q${r}`,
    `=IF(R${r}>Tarieven!$H$2,"offerte",INDEX(Tarieven!$G$2:$G$9,MATCH(R${r},${niveaus},-1)))`,
    `=IF(R${r}>Tarieven!$H$2,"",INDEX(${niveaus},MATCH(R${r},${niveaus},-1)))`,
  ];
}
