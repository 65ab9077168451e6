import { citeer, maskeerNummers } from "../melding";
import { formatEuro } from "../geld";
import { Tekstslots } from "../getal";
import {
  STATUS_OK,
  STATUS_OVERGESLAGEN,
  STATUS_WAARSCHUWING,
  STATUSSEN,
  type Rijuitkomsten,
  type Status,
} from "./uitkomsten";

export interface AanbiederTotaal {
  /** Rows of this provider that were calculated (status ok or waarschuwing). */
  toewijzingen: number;
  /** Rows with a fout: counted apart, in no total. */
  fouten: number;
  budgetCent: number;
  gedeclareerdCent: number;
  bovenPlafond: number;
}

/**
 * A provider's name as the summary shows it: control and direction characters (which would reach a terminal raw
 * or turn the text around) become spaces, a number of 7 to 10 digits in it (a BSN typed into the wrong column) is
 * not shown, and a pasted essay is cut short.
 */
export function naamVoorSamenvatting(naam: string): string {
  // eslint-disable-next-line no-control-regex
  const schoon = naam.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, " ");
  const geheel = citeer(schoon.trim());
  const getoond = geheel.startsWith("(een nummer") ? geheel : maskeerNummers(schoon);
  return getoond.length > 80 ? `${getoond.slice(0, 77)}...` : getoond;
}

/** A summary's counts and totals as plain data (what a thread can send). */
export interface Samenvattingstaat {
  rijen: number;
  perStatus: Record<Status, number>;
  perNummer: number[];
  zonderNiveau: number;
  totaalBudgetCent: number;
  toegewezenCent: number;
  gedeclareerdCent: number;
  offertes: number;
  perAanbieder: Map<string, AanbiederTotaal>;
  /** Per provider, where it was first seen (see Samenvatting.positie). */
  eerste: Map<string, number>;
  losseDeclaraties: Samenvatting["losseDeclaraties"];
}

/** Totals over a run: per status, per level, budgets, offertes and per provider. Holds no BSN, ever. */
export class Samenvatting {
  rijen = 0;
  readonly perStatus: Record<Status, number> = { ok: 0, waarschuwing: 0, fout: 0 };
  // Counts per level number (sparse array) and of rows without a level and without an offerte (a fout):
  // cheaper per row than a Map. An offerte row never has a level, so `offertes` counts those.
  private readonly perNummer: number[] = [];
  private zonderNiveau = 0;
  totaalBudgetCent = 0;
  toegewezenCent = 0;
  gedeclareerdCent = 0;
  offertes = 0;
  readonly perAanbieder = new Map<string, AanbiederTotaal>();
  /** Declarations that no row took, once a complete run is closed (Bulkrun.sluitAf); null before or without any. */
  losseDeclaraties: {
    toewijzingen: number;
    cent: number;
    /** Of those numbers, how many have a line whose amount is no amount (their euros are not in `cent`). */
    ongeldig: number;
    regelsZonderNummer: number;
    centZonderNummer: number;
  } | null = null;
  private readonly perCel = new Map<string | number, AanbiederTotaal>();
  /**
   * Where each provider was first seen, as a place in the run: providers whose shown names are alike are numbered
   * (#1, #2) in that order. A run in segments sets `positie` per segment, so the order is the file's, whichever
   * thread counted which rows.
   */
  private readonly eerste = new Map<string, number>();
  positie = 0;
  private readonly perTekst = new Tekstslots<AanbiederTotaal>();
  private readonly zoekAanbieder = (tekst: string) => this.aanbiederInMap(tekst);

  /** Row i of a block; skipped (blank) rows are not counted. */
  voegToe(uit: Rijuitkomsten, i: number, aanbieder: unknown): void {
    const status = uit.status[i];
    if (status === STATUS_OVERGESLAGEN) return;
    this.rijen++;
    this.positie++;
    if (status === STATUS_OK) this.perStatus.ok++;
    else if (status === STATUS_WAARSCHUWING) this.perStatus.waarschuwing++;
    else this.perStatus.fout++;
    const nummer = uit.niveau[i];
    const offerte = uit.offerte[i] === 1;
    if (nummer !== 0) this.perNummer[nummer] = (this.perNummer[nummer] ?? 0) + 1;
    else if (offerte) this.offertes++;
    else this.zonderNiveau++;
    const totaal = uit.totaalCent[i];
    const toegewezen = uit.toegewezenCent[i];
    const gedeclareerd = uit.gedeclareerdCent[i];
    if (!Number.isNaN(totaal)) this.totaalBudgetCent += totaal;
    if (!Number.isNaN(toegewezen)) this.toegewezenCent += toegewezen;
    if (!Number.isNaN(gedeclareerd)) this.gedeclareerdCent += gedeclareerd;
    const a = this.aanbiederVan(aanbieder);
    if (status !== STATUS_OK && status !== STATUS_WAARSCHUWING) {
      a.fouten++;
      return;
    }
    a.toewijzingen++;
    if (!Number.isNaN(toegewezen)) a.budgetCent += toegewezen;
    if (!Number.isNaN(gedeclareerd)) a.gedeclareerdCent += gedeclareerd;
    if (uit.uitputting[i] > 1) a.bovenPlafond++;
  }

  /**
   * The counts and totals as plain data, for a run whose rows were split over threads: each part's summary is
   * sent as this and added into one with voegSamen.
   */
  staat(): Samenvattingstaat {
    return {
      rijen: this.rijen,
      perStatus: { ...this.perStatus },
      perNummer: [...this.perNummer],
      zonderNiveau: this.zonderNiveau,
      totaalBudgetCent: this.totaalBudgetCent,
      toegewezenCent: this.toegewezenCent,
      gedeclareerdCent: this.gedeclareerdCent,
      offertes: this.offertes,
      perAanbieder: new Map([...this.perAanbieder].map(([naam, a]) => [naam, { ...a }])),
      eerste: new Map(this.eerste),
      losseDeclaraties: this.losseDeclaraties && { ...this.losseDeclaraties },
    };
  }

  /** Adds another part's counts and totals (see staat); providers of the same name are added together. */
  voegSamen(ander: Samenvattingstaat): void {
    this.rijen += ander.rijen;
    for (const s of STATUSSEN) this.perStatus[s] += ander.perStatus[s];
    ander.perNummer.forEach((aantal, nummer) => {
      if (aantal) this.perNummer[nummer] = (this.perNummer[nummer] ?? 0) + aantal;
    });
    this.zonderNiveau += ander.zonderNiveau;
    this.totaalBudgetCent += ander.totaalBudgetCent;
    this.toegewezenCent += ander.toegewezenCent;
    this.gedeclareerdCent += ander.gedeclareerdCent;
    this.offertes += ander.offertes;
    for (const [naam, plaats] of ander.eerste)
      this.eerste.set(naam, Math.min(plaats, this.eerste.get(naam) ?? Infinity));
    for (const [naam, b] of ander.perAanbieder) {
      const a = this.perAanbieder.get(naam);
      if (!a) this.perAanbieder.set(naam, { ...b });
      else {
        a.toewijzingen += b.toewijzingen;
        a.fouten += b.fouten;
        a.budgetCent += b.budgetCent;
        a.gedeclareerdCent += b.gedeclareerdCent;
        a.bovenPlafond += b.bovenPlafond;
      }
    }
    // Declarations are matched to rows by one part only (a run with declarations is not split), so its word stands.
    if (ander.losseDeclaraties) this.losseDeclaraties = { ...ander.losseDeclaraties };
  }

  /** Per level number, or "offerte", or "geen (fout)". */
  get perNiveau(): ReadonlyMap<number | string, number> {
    const m = new Map<number | string, number>();
    this.perNummer.forEach((aantal, nummer) => aantal && m.set(nummer, aantal));
    if (this.offertes) m.set("offerte", this.offertes);
    if (this.zonderNiveau) m.set("geen (fout)", this.zonderNiveau);
    return m;
  }

  // Sheets repeat a few provider names in many rows: the totals are found by the cell as it is, trimmed once per name.
  private aanbiederVan(aanbieder: unknown): AanbiederTotaal {
    return typeof aanbieder === "string"
      ? this.perTekst.haal(aanbieder, this.zoekAanbieder)
      : this.aanbiederInMap(aanbieder);
  }

  private aanbiederInMap(aanbieder: unknown): AanbiederTotaal {
    const sleutel = typeof aanbieder === "string" || typeof aanbieder === "number" ? aanbieder : "";
    let a = this.perCel.get(sleutel);
    if (a) return a;
    // Kept under the name as written; how it is shown (without a possible BSN) is decided when it is shown.
    const naam =
      typeof aanbieder === "string" && aanbieder.trim() !== ""
        ? aanbieder.trim()
        : typeof aanbieder === "number"
          ? String(aanbieder)
          : "(geen aanbieder)";
    a = this.perAanbieder.get(naam);
    if (!a) {
      a = { toewijzingen: 0, fouten: 0, budgetCent: 0, gedeclareerdCent: 0, bovenPlafond: 0 };
      this.perAanbieder.set(naam, a);
      this.eerste.set(naam, this.positie);
    }
    if (this.perCel.size < 10000) this.perCel.set(sleutel, a);
    return a;
  }

  /**
   * The providers as a summary shows them, in name order: a name that is not shown (a number that could be a
   * BSN) gets a number of its own, so two such providers never merge into one line.
   */
  aanbieders(): [string, AanbiederTotaal][] {
    const plaats = (naam: string) => this.eerste.get(naam) ?? 0;
    const getoond = [...this.perAanbieder]
      .sort((a, b) => plaats(a[0]) - plaats(b[0]))
      .map(([naam, a]) => [naamVoorSamenvatting(naam), a] as [string, AanbiederTotaal]);
    const aantal = new Map<string, number>();
    for (const [naam] of getoond) aantal.set(naam, (aantal.get(naam) ?? 0) + 1);
    const volgnummer = new Map<string, number>();
    return getoond
      .map(([naam, a]): [string, AanbiederTotaal] => {
        if ((aantal.get(naam) ?? 0) < 2) return [naam, a];
        const n = (volgnummer.get(naam) ?? 0) + 1;
        volgnummer.set(naam, n);
        return [`${naam} #${n}`, a];
      })
      .sort((a, b) => a[0].localeCompare(b[0], "nl"));
  }

  /** What the declarations that no row took amount to, in a sentence; null when every declaration was taken. */
  losseDeclaratiesTekst(): string | null {
    const l = this.losseDeclaraties;
    if (!l || (l.toewijzingen === 0 && l.regelsZonderNummer === 0)) return null;
    const delen: string[] = [];
    if (l.toewijzingen > 0)
      delen.push(
        `${l.toewijzingen} ${l.toewijzingen === 1 ? "toewijzingnummer dat niet in het overzicht staat" : "toewijzingnummers die niet in het overzicht staan"} (${formatEuro(l.cent)}${l.ongeldig > 0 ? `, plus ${l.ongeldig === 1 ? "een regel" : `regels bij ${l.ongeldig} nummers`} met een ongeldig bedrag` : ""})`,
      );
    if (l.regelsZonderNummer > 0)
      delen.push(
        `${l.regelsZonderNummer} regel${l.regelsZonderNummer === 1 ? "" : "s"} zonder toewijzingnummer (${formatEuro(l.centZonderNummer)})`,
      );
    return `Declaraties die bij geen rij horen en in geen totaal zitten: ${delen.join("; ")}. Controleer de nummers in de declaraties.`;
  }

  /** Levels in their natural order: 1..n, then offerte, then rows without a level. */
  niveaus(): [string, number][] {
    const rang = (n: number | string) => (typeof n === "number" ? n : n === "offerte" ? 1000 : 1001);
    return [...this.perNiveau].sort((a, b) => rang(a[0]) - rang(b[0])).map(([n, aantal]) => [String(n), aantal]);
  }

  /** As rows for a sheet: a label column and value columns. */
  alsRijen(): (string | number)[][] {
    const los = this.losseDeclaratiesTekst();
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
      ...(los ? [["Let op", los]] : []),
      ["", ""],
      ["Standaardbudget", "Toewijzingen"],
      ...this.niveaus().map(([n, aantal]) => [n, aantal]),
      ["", ""],
      ["Aanbieder", "Toewijzingen", "Toegewezen budget (EUR)", "Gedeclareerd (EUR)", "Boven plafond", "Fout"],
      ...this.aanbieders().map(([naam, a]) => [
        naam,
        a.toewijzingen,
        a.budgetCent / 100,
        a.gedeclareerdCent / 100,
        a.bovenPlafond,
        a.fouten,
      ]),
    ];
    return rijen;
  }

  alsTekst(): string {
    const los = this.losseDeclaratiesTekst();
    const regels = [
      `Rijen: ${this.rijen} (ok ${this.perStatus.ok}, waarschuwing ${this.perStatus.waarschuwing}, fout ${this.perStatus.fout})`,
      `Offertes: ${this.offertes}`,
      `Totaal berekende budgetten: ${formatEuro(this.totaalBudgetCent)}`,
      `Totaal toegewezen budgetten: ${formatEuro(this.toegewezenCent)}`,
      `Totaal gedeclareerd: ${formatEuro(this.gedeclareerdCent)}`,
      ...(los ? [`Let op: ${los}`] : []),
      `Per standaardbudget: ${this.niveaus()
        .map(([n, a]) => `${n}: ${a}`)
        .join(", ")}`,
      "Per aanbieder:",
      ...this.aanbieders().map(
        ([naam, a]) =>
          `  ${naam}: ${a.toewijzingen} ${a.toewijzingen === 1 ? "toewijzing" : "toewijzingen"}, toegewezen ${formatEuro(a.budgetCent)}, gedeclareerd ${formatEuro(a.gedeclareerdCent)}, boven plafond ${a.bovenPlafond}${a.fouten ? `, fout ${a.fouten}` : ""}`,
      ),
    ];
    return regels.join("\n") + "\n";
  }
}
