import { parseArgs } from "node:util";
import { berekenBudget, heeftFout, resultaatAlsJson, resultaatAlsTekst, type BudgetInvoer } from "../engine";
import { vertaalParseFout } from "./fouten";
import { kiesTariefset, leesTariefsets } from "./tariefbestand";
import type { Uitvoer } from "./uitvoer";

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
  tarieven: { type: "string" },
  tariefset: { type: "string" },
  json: { type: "boolean" },
} as const;

export function budgetOpdracht(args: string[], uit: Uitvoer): number {
  let waarden;
  try {
    waarden = parseArgs({ args, options: OPTIES, strict: true, allowPositionals: false }).values;
  } catch (fout) {
    throw vertaalParseFout(fout);
  }
  const set = kiesTariefset(leesTariefsets(waarden.tarieven), waarden.tariefset);
  // A section is on as soon as any of its flags is given; its missing fields then become messages.
  const groepAan = ["groep-dagen", "groep-uren", "groep-weken", "intensiteit", "kdc-odc"].some((k) => k in waarden);
  const ambulantAan = ["ambulant-uren", "ambulant-weken", "rekentarief"].some((k) => k in waarden);
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
    gekozen: waarden.gekozen !== undefined || waarden.reden !== undefined ? { nummer: waarden.gekozen, reden: waarden.reden } : null,
  };
  const resultaat = berekenBudget(invoer, set);
  uit.stdout(waarden.json ? JSON.stringify(resultaatAlsJson(resultaat)) + "\n" : resultaatAlsTekst(resultaat, set));
  return heeftFout(resultaat.meldingen) ? 1 : 0;
}
