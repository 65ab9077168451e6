import { berekenBudget, doetMee, heeftFout, resultaatAlsJson, resultaatAlsTekst, type BudgetInvoer } from "../engine";
import { leesTariefsets, tariefsetVoorOptie } from "./tariefbestand";
import { leesOpties } from "./opties";
import type { Uitvoer } from "./uitvoer";
import { modelbudgetOpdracht, vraagtModelbudget } from "./model-budget";

const OPTIES = {
  traject: { type: "string" },
  verwijzer: { type: "string" },
  "groep-dagen": { type: "string" },
  "groep-uren": { type: "string" },
  "groep-weken": { type: "string" },
  intensiteit: { type: "string" },
  "kdc-odc": { type: "boolean" },
  "ambulant-uren": { type: "string" },
  "ambulant-weken": { type: "string" },
  rekentarief: { type: "string" },
  gekozen: { type: "string" },
  reden: { type: "string" },
  "bekend-bedrag": { type: "string" },
  "bekend-bron": { type: "string" },
  "soort-hulp": { type: "string" },
  tarieven: { type: "string" },
  tariefset: { type: "string" },
  json: { type: "boolean" },
} as const;

export function budgetOpdracht(args: string[], uit: Uitvoer): number {
  // The other funding models (issue 18): --arrangement or --product/--volume.
  if (vraagtModelbudget(args)) return modelbudgetOpdracht(args, uit);
  const waarden = leesOpties(args, OPTIES, false).values;
  const set = tariefsetVoorOptie(leesTariefsets(waarden.tarieven), waarden.tariefset);
  // A section is on as soon as any of its options is given (a filled cell); its missing fields then become messages.
  // As in a sheet: --kdc-odc alone only qualifies a group offer, it does not make one.
  const groepAan = doetMee([
    waarden["groep-dagen"],
    waarden["groep-uren"],
    waarden["groep-weken"],
    waarden.intensiteit,
  ]);
  const ambulantAan = doetMee([waarden["ambulant-uren"], waarden["ambulant-weken"], waarden.rekentarief]);
  const invoer: BudgetInvoer = {
    traject: waarden.traject,
    verwijzer: waarden.verwijzer,
    groepsaanbod: groepAan
      ? {
          dagenPerWeek: waarden["groep-dagen"],
          urenPerDag: waarden["groep-uren"],
          weken: waarden["groep-weken"],
          intensiteit: waarden.intensiteit,
          kdcOdc: waarden["kdc-odc"],
        }
      : null,
    ambulant: ambulantAan
      ? { urenPerWeek: waarden["ambulant-uren"], weken: waarden["ambulant-weken"], rekentarief: waarden.rekentarief }
      : null,
    gekozen: doetMee([waarden.gekozen]) ? { nummer: waarden.gekozen, reden: waarden.reden } : null,
    bekend: doetMee([waarden["bekend-bedrag"], waarden["bekend-bron"]])
      ? { bedrag: waarden["bekend-bedrag"], bron: waarden["bekend-bron"] }
      : null,
    soortHulp: waarden["soort-hulp"],
  };
  const resultaat = berekenBudget(invoer, set);
  uit.stdout(waarden.json ? JSON.stringify(resultaatAlsJson(resultaat)) + "\n" : resultaatAlsTekst(resultaat, set));
  return heeftFout(resultaat.meldingen) ? 1 : 0;
}
