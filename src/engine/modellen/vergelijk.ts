import { berekenBudget } from "../budget";
import { INVOER, kopSleutel } from "../bulk/kolommen";
import { formatEuro } from "../geld";
import { isLeeg, naamSleutel, Tekstslots } from "../getal";
import { alsTekst, maskeerNummers } from "../melding";
import type { Model, Tariefset } from "../tariefset/types";
import { prijsArrangement } from "./arrangement";
import { lumpsumAanbieders, zoekLumpsum } from "./lumpsum";
import { modelFamilie } from "./model";
import { berekenPxq, metPlafond, plafondVoor } from "./productprijs";

/**
 * The comparison (issue 18): one spend sheet, one row per client trajectory (rows with the same Toewijzing and
 * aanbieder are one trajectory), costed under each chosen set's model:
 * - productprijs (inspanningsgericht): P x Q of what was delivered, per provider capped at its ceiling;
 * - standaardbudget and arrangement (outputgericht): a fixed amount per client, from the first row of a trajectory;
 * - lumpsum (taakgericht): the provider's lump sum, whatever was delivered.
 * A model that cannot price a row (no product, a missing price, wrong input) never counts it as 0: the provider's
 * cost under that model stays empty and its status says how many rows and why.
 */

export const VERGELIJK_INVOER = {
  toewijzing: INVOER.toewijzing,
  aanbieder: INVOER.aanbieder,
  gebied: ["Gebied", "Wijk", "Regio"],
  product: ["Product", "Productnaam", "Productcode"],
  volume: ["Volume", "Geleverd volume", "Eenheden", "Aantal eenheden"],
  arrangement: ["Arrangement"],
  profiel: ["Profiel"],
  traject: INVOER.traject,
  verwijzer: INVOER.verwijzer,
  groepDagen: INVOER.groepDagen,
  groepUren: INVOER.groepUren,
  groepWeken: INVOER.groepWeken,
  intensiteit: INVOER.intensiteit,
  kdcOdc: INVOER.kdcOdc,
  ambUren: INVOER.ambUren,
  ambWeken: INVOER.ambWeken,
  rekentarief: INVOER.rekentarief,
} as const;
type Veld = keyof typeof VERGELIJK_INVOER;

/** Per provider and model: what the table shows. Amounts in cents; null = not to be computed (see status). */
export interface Vergelijkingsregel {
  aanbieder: string;
  model: Model;
  tariefset: string;
  clienten: number;
  kostenCent: number | null;
  perClientCent: number | null;
  /** Cost minus the first model's cost for the same provider. */
  verschilCent: number | null;
  /** What was delivered, valued P x Q at the first productprijs set's prices, without a ceiling. */
  geleverdCent: number | null;
  /** Cost minus what was delivered: above 0 the model pays more than was delivered, below 0 less. */
  overOnderCent: number | null;
  /** Productprijs: what was delivered above the provider's ceiling and is not paid. */
  bovenPlafondCent: number;
  /** Rows this model could not price. */
  nietGeprijsd: number;
  status: string;
}

interface Teller {
  somCent: number;
  nietGeprijsd: number;
  reden: string | null;
}

interface Aanbiederstand {
  naam: string;
  /** The trajectories (Toewijzing) seen for this provider: a trajectory's further rows are no new client. */
  trajecten: Set<string>;
  clienten: number;
  perModel: Teller[];
  /** The delivered value at the reference productprijs set, or null once a row could not be valued. */
  geleverdCent: number;
  geleverdOnvolledig: boolean;
}

export type Kolomkeuze = { ok: true; kolommen: Record<Veld, number> } | { ok: false; tekst: string };

/** The columns of the sheet by header; Aanbieder is required, the rest depends on the chosen models. */
export function vergelijkKolommen(kop: readonly unknown[], modellen: readonly Tariefset[]): Kolomkeuze {
  const sleutels = kop.map(kopSleutel);
  const kolommen = {} as Record<Veld, number>;
  for (const veld of Object.keys(VERGELIJK_INVOER) as Veld[]) {
    const namen = VERGELIJK_INVOER[veld].map(kopSleutel);
    kolommen[veld] = sleutels.findIndex((s) => namen.includes(s));
  }
  const ontbreekt: string[] = [];
  if (kolommen.aanbieder < 0) ontbreekt.push("Aanbieder");
  const modelSoorten = new Set(modellen.map((m) => m.model));
  if (modelSoorten.has("productprijs") && (kolommen.product < 0 || kolommen.volume < 0))
    ontbreekt.push("Product en Volume (voor productprijs)");
  if (modelSoorten.has("arrangement") && kolommen.arrangement < 0) ontbreekt.push("Arrangement (voor arrangement)");
  if (modelSoorten.has("standaardbudget") && kolommen.traject < 0)
    ontbreekt.push("Traject en de invoer van de rekentool (voor standaardbudget)");
  if (ontbreekt.length > 0)
    return {
      ok: false,
      tekst: `Het overzicht mist de kolom(men) ${ontbreekt.join(", ")}. Kopteksten: ${kop.map((k) => maskeerNummers(alsTekst(k))).join(", ")}.`,
    };
  return { ok: true, kolommen };
}

export interface Vergelijkingsuitkomst {
  regels: Vergelijkingsregel[];
  /** One row per model over all providers. */
  totalen: Vergelijkingsregel[];
  modellen: { naam: string; model: Model }[];
  /** The set whose prices value what was delivered, or null when no productprijs set is compared. */
  referentie: string | null;
  rijen: number;
  rijenZonderAanbieder: number;
}

function nieuwTraject(s: Aanbiederstand, id: string): boolean {
  if (s.trajecten.has(id)) return false;
  s.trajecten.add(id);
  return true;
}

export class Vergelijking {
  private readonly perAanbieder = new Map<string, Aanbiederstand>();
  /** The provider per text as typed, without normalising every row's name. */
  private readonly perTekst = new Tekstslots<Aanbiederstand>();
  private readonly referentie: number;
  private rijen = 0;
  private zonderAanbieder = 0;

  constructor(
    readonly modellen: readonly Tariefset[],
    private readonly k: Record<Veld, number>,
  ) {
    this.referentie = modellen.findIndex((m) => m.model === "productprijs");
    // A provider with a lump sum and no row in the sheet is still paid: it gets its line.
    for (const set of modellen)
      if (set.model === "lumpsum") for (const naam of lumpsumAanbieders(set)) this.stand(naam);
  }

  private stand(naam: string): Aanbiederstand {
    const sleutel = naamSleutel(naam);
    let s = this.perAanbieder.get(sleutel);
    if (!s) {
      s = {
        naam: maskeerNummers(naam.trim()),
        trajecten: new Set(),
        clienten: 0,
        perModel: this.modellen.map(() => ({ somCent: 0, nietGeprijsd: 0, reden: null })),
        geleverdCent: 0,
        geleverdOnvolledig: false,
      };
      this.perAanbieder.set(sleutel, s);
    }
    return s;
  }

  private cel(rij: readonly unknown[], veld: Veld): unknown {
    const i = this.k[veld];
    return i < 0 ? undefined : rij[i];
  }

  /** One row of the sheet; an empty row is skipped. */
  voegToe(rij: readonly unknown[]): void {
    if (rij.every((w) => isLeeg(w))) return;
    this.rijen++;
    const aanbieder = this.cel(rij, "aanbieder");
    if (isLeeg(aanbieder)) {
      this.zonderAanbieder++;
      return;
    }
    const naam = alsTekst(aanbieder);
    const s = this.perTekst.haal(naam, (n) => this.stand(n));
    const id = this.cel(rij, "toewijzing");
    // Rows without an id are each a trajectory; with one, the first row of (aanbieder, id) starts it.
    const nieuw = isLeeg(id) || nieuwTraject(s, alsTekst(id).trim());
    if (nieuw) s.clienten++;
    this.modellen.forEach((set, m) => {
      const t = s.perModel[m];
      const mis = (reden: string) => {
        t.nietGeprijsd++;
        t.reden ??= reden;
        if (m === this.referentie) s.geleverdOnvolledig = true;
      };
      if (set.model === "productprijs") {
        const product = this.cel(rij, "product");
        const volume = this.cel(rij, "volume");
        if (isLeeg(product) && isLeeg(volume)) return mis("geen product en volume");
        const r = berekenPxq(set, product, volume, aanbieder);
        if (!r.ok) return mis(r.tekst);
        t.somCent += r.waarde.bedragCent;
        if (m === this.referentie) s.geleverdCent += r.waarde.bedragCent;
      } else if (!nieuw) {
        // A fixed amount per client: a trajectory's further rows add nothing.
      } else if (set.model === "standaardbudget") {
        const c = (v: Veld) => this.cel(rij, v);
        const aan = (velden: Veld[]) => velden.some((v) => !isLeeg(c(v)));
        const r = berekenBudget(
          {
            traject: c("traject"),
            verwijzer: c("verwijzer"),
            groepsaanbod: aan(["groepDagen", "groepUren", "groepWeken", "intensiteit"])
              ? {
                  dagenPerWeek: c("groepDagen"),
                  urenPerDag: c("groepUren"),
                  weken: c("groepWeken"),
                  intensiteit: c("intensiteit"),
                  kdcOdc: c("kdcOdc"),
                }
              : null,
            ambulant: aan(["ambUren", "ambWeken", "rekentarief"])
              ? { urenPerWeek: c("ambUren"), weken: c("ambWeken"), rekentarief: c("rekentarief") }
              : null,
          },
          set,
        );
        const foutmelding = r.meldingen.find((x) => x.niveau === "fout");
        if (foutmelding || r.totaalCent === null) return mis(foutmelding?.tekst ?? "geen budget te berekenen");
        // Above the highest level the quote is the calculated amount.
        t.somCent += r.standaardbudget?.bedragCent ?? r.totaalCent;
      } else if (set.model === "arrangement") {
        const r = prijsArrangement(set, this.cel(rij, "arrangement"), this.cel(rij, "profiel"));
        if (!r.ok) return mis(r.tekst);
        t.somCent += r.waarde.bedragCent;
      }
      // lumpsum: nothing per row; the provider's sum is taken at the end.
    });
  }

  uitkomst(): Vergelijkingsuitkomst {
    const regels: Vergelijkingsregel[] = [];
    const standen = [...this.perAanbieder.values()].sort((a, b) => a.naam.localeCompare(b.naam, "nl"));
    const totaal = this.modellen.map(() => ({
      kosten: 0 as number | null,
      clienten: 0,
      plafond: 0,
      geleverd: 0 as number | null,
      niet: 0,
    }));
    for (const s of standen) {
      const geleverd = this.referentie < 0 || s.geleverdOnvolledig ? null : s.geleverdCent;
      let eerste: number | null = null;
      this.modellen.forEach((set, m) => {
        const t = s.perModel[m];
        let kosten: number | null = t.nietGeprijsd > 0 ? null : t.somCent;
        let bovenPlafond = 0;
        let status = t.nietGeprijsd > 0 ? `onvolledig: ${t.nietGeprijsd} rij(en) niet te prijzen (${t.reden})` : "ok";
        if (set.model === "productprijs" && kosten !== null) {
          const plafond = plafondVoor(set, s.naam);
          const a = metPlafond(kosten, plafond);
          kosten = a.betaaldCent;
          bovenPlafond = a.bovenPlafondCent;
          if (bovenPlafond > 0)
            status = `plafond ${formatEuro(plafond!)} bereikt: ${formatEuro(bovenPlafond)} niet betaald`;
        }
        if (set.model === "lumpsum") {
          const l = zoekLumpsum(set, s.naam);
          kosten = l.ok ? l.waarde.bedragCent : null;
          status = l.ok ? "ok" : l.tekst;
        }
        if (m === 0) eerste = kosten;
        const tot = totaal[m];
        tot.clienten += s.clienten;
        tot.kosten = tot.kosten === null || kosten === null ? null : tot.kosten + kosten;
        tot.plafond += bovenPlafond;
        tot.geleverd = tot.geleverd === null || geleverd === null ? null : tot.geleverd + geleverd;
        if (kosten === null) tot.niet++;
        regels.push({
          aanbieder: s.naam,
          model: set.model,
          tariefset: set.naam,
          clienten: s.clienten,
          kostenCent: kosten,
          perClientCent: kosten === null || s.clienten === 0 ? null : Math.round(kosten / s.clienten),
          verschilCent: kosten === null || eerste === null ? null : kosten - eerste,
          geleverdCent: geleverd,
          overOnderCent: kosten === null || geleverd === null ? null : kosten - geleverd,
          bovenPlafondCent: bovenPlafond,
          nietGeprijsd: t.nietGeprijsd,
          status,
        });
      });
    }
    const eersteTotaal = totaal[0]?.kosten ?? null;
    const totalen = this.modellen.map((set, m): Vergelijkingsregel => {
      const t = totaal[m];
      return {
        aanbieder: "Totaal",
        model: set.model,
        tariefset: set.naam,
        clienten: t.clienten,
        kostenCent: t.kosten,
        perClientCent: t.kosten === null || t.clienten === 0 ? null : Math.round(t.kosten / t.clienten),
        verschilCent: t.kosten === null || eersteTotaal === null ? null : t.kosten - eersteTotaal,
        geleverdCent: t.geleverd,
        overOnderCent: t.kosten === null || t.geleverd === null ? null : t.kosten - t.geleverd,
        bovenPlafondCent: t.plafond,
        nietGeprijsd: standen.reduce((som, s) => som + s.perModel[m].nietGeprijsd, 0),
        status: t.niet > 0 ? `onvolledig: ${t.niet} aanbieder(s) zonder bedrag` : "ok",
      };
    });
    return {
      regels,
      totalen,
      modellen: this.modellen.map((s) => ({ naam: s.naam, model: s.model })),
      referentie: this.referentie < 0 ? null : this.modellen[this.referentie].naam,
      rijen: this.rijen,
      rijenZonderAanbieder: this.zonderAanbieder,
    };
  }
}

/** "Midden-Holland Wmo 2017 (inspanningsgericht)": how a model is named in a table's header or legend. */
export function modelLabel(naam: string, model: Model): string {
  return `${naam} (${modelFamilie(model)})`;
}
