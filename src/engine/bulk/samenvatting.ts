import { formatEuro } from "../geld";
import type { RijResultaat, Status } from "./rij";

export interface AanbiederTotaal {
  toewijzingen: number;
  budgetCent: number;
  gedeclareerdCent: number;
  bovenPlafond: number;
}

/** Totals over a run: per status, per level, budgets, offertes and per provider. Holds no BSN, ever. */
export class Samenvatting {
  rijen = 0;
  readonly perStatus: Record<Status, number> = { ok: 0, waarschuwing: 0, fout: 0 };
  /** Per level number, or "offerte", or "geen (fout)". */
  readonly perNiveau = new Map<number | string, number>();
  totaalBudgetCent = 0;
  toegewezenCent = 0;
  gedeclareerdCent = 0;
  offertes = 0;
  readonly perAanbieder = new Map<string, AanbiederTotaal>();

  voegToe(r: RijResultaat, aanbieder: unknown): void {
    this.rijen++;
    this.perStatus[r.status]++;
    const niveau = r.niveau ?? (r.offerte ? "offerte" : "geen (fout)");
    this.perNiveau.set(niveau, (this.perNiveau.get(niveau) ?? 0) + 1);
    if (r.offerte) this.offertes++;
    this.totaalBudgetCent += r.totaalCent ?? 0;
    this.toegewezenCent += r.toegewezenCent ?? 0;
    this.gedeclareerdCent += r.gedeclareerdCent ?? 0;
    const naam = typeof aanbieder === "string" && aanbieder.trim() !== "" ? aanbieder.trim() : typeof aanbieder === "number" ? String(aanbieder) : "(geen aanbieder)";
    let a = this.perAanbieder.get(naam);
    if (!a) this.perAanbieder.set(naam, (a = { toewijzingen: 0, budgetCent: 0, gedeclareerdCent: 0, bovenPlafond: 0 }));
    a.toewijzingen++;
    a.budgetCent += r.toegewezenCent ?? 0;
    a.gedeclareerdCent += r.gedeclareerdCent ?? 0;
    if (r.uitputting !== null && r.uitputting > 1) a.bovenPlafond++;
  }

  /** Levels in their natural order: 1..n, then offerte, then rows without a level. */
  niveaus(): [string, number][] {
    const rang = (n: number | string) => (typeof n === "number" ? n : n === "offerte" ? 1000 : 1001);
    return [...this.perNiveau].sort((a, b) => rang(a[0]) - rang(b[0])).map(([n, aantal]) => [String(n), aantal]);
  }

  /** As rows for a sheet: a label column and value columns. */
  alsRijen(): (string | number)[][] {
    const rijen: (string | number)[][] = [
      ["Samenvatting herberekening", ""],
      ["Rijen", this.rijen],
      ["Status ok", this.perStatus.ok],
      ["Status waarschuwing", this.perStatus.waarschuwing],
      ["Status fout", this.perStatus.fout],
      ["Offertes", this.offertes],
      ["Totaal berekende budgetten (EUR)", this.totaalBudgetCent / 100],
      ["Totaal toegewezen budgetten (EUR)", this.toegewezenCent / 100],
      ["Totaal gedeclareerd (EUR)", this.gedeclareerdCent / 100],
      ["", ""],
      ["Standaardbudget", "Toewijzingen"],
      ...this.niveaus().map(([n, aantal]) => [n, aantal]),
      ["", ""],
      ["Aanbieder", "Toewijzingen", "Toegewezen budget (EUR)", "Gedeclareerd (EUR)", "Boven plafond"],
      ...[...this.perAanbieder].sort((a, b) => a[0].localeCompare(b[0], "nl")).map(([naam, a]) => [naam, a.toewijzingen, a.budgetCent / 100, a.gedeclareerdCent / 100, a.bovenPlafond]),
    ];
    return rijen;
  }

  alsTekst(): string {
    const regels = [
      `Rijen: ${this.rijen} (ok ${this.perStatus.ok}, waarschuwing ${this.perStatus.waarschuwing}, fout ${this.perStatus.fout})`,
      `Offertes: ${this.offertes}`,
      `Totaal berekende budgetten: ${formatEuro(this.totaalBudgetCent)}`,
      `Totaal toegewezen budgetten: ${formatEuro(this.toegewezenCent)}`,
      `Totaal gedeclareerd: ${formatEuro(this.gedeclareerdCent)}`,
      `Per standaardbudget: ${this.niveaus().map(([n, a]) => `${n}: ${a}`).join(", ")}`,
      "Per aanbieder:",
      ...[...this.perAanbieder]
        .sort((a, b) => a[0].localeCompare(b[0], "nl"))
        .map(([naam, a]) => `  ${naam}: ${a.toewijzingen} toewijzingen, toegewezen ${formatEuro(a.budgetCent)}, gedeclareerd ${formatEuro(a.gedeclareerdCent)}, boven plafond ${a.bovenPlafond}`),
    ];
    return regels.join("\n") + "\n";
  }
}
