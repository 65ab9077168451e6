import { formatEuro, productInCenten } from "../geld";
import { citeer } from "../melding";
import type { Tariefset } from "../tariefset/types";
import { REDEN_VERWIJDERD, type Toewijzingenregister } from "./register";
import type { Bevinding, Bevindingcode, Prestatie, Toewijzing } from "./types";

/** What is known about one toewijzing after the prestaties read so far. */
export interface Stand {
  /** Debit minus credit over every prestatie on it. */
  gedeclareerdCent: number;
  /** Debit minus credit over the prestaties without a finding: what a receiving system would have accepted. */
  geaccepteerdCent: number;
  prestaties: number;
  /** Per finding code, the number of prestaties with it. */
  bevindingen: Map<Bevindingcode, number>;
  /** Prestaties on this number that could not be read: its total is then not known. */
  onleesbaar: number;
  /** 9369: the declared amount above the budget, the first time it went over (for the message). */
  eersteOverschrijding: string | null;
  /** Per product code the periods of accepted, uncredited debits (DUBBEL); made at the first prestatie. */
  periodes: Map<string, Periode[]> | null;
}

interface Debet {
  stand: Stand | null;
  cent: number;
  geaccepteerd: boolean;
  /** The slot it holds for DUBBEL while not credited (accepted debits only). */
  periodes: Periode[] | null;
  periode: Periode | null;
}

interface Periode {
  begin: string;
  einde: string;
  referentie: string;
}

/** Per provider (JW323 Afzender): what it declared and what the checks found. */
export interface Aanbiedertotaal {
  prestaties: number;
  debetCent: number;
  creditCent: number;
  /** Debit minus credit. */
  gedeclareerdCent: number;
  /** Of which on toewijzingen not in the JW301s read. */
  onbekendCent: number;
  toewijzingen: Set<Toewijzing>;
  bevindingen: Map<Bevindingcode, number>;
  /** Prestaties with at least one finding. */
  metBevinding: number;
  onleesbaar: number;
}

export const BEVINDING_UITLEG: Readonly<Record<Bevindingcode, string>> = {
  "9369": "9369 (TR369): past niet binnen het budget",
  "9346": "9346 (TR346): bedrag is niet volume x tarief",
  "0611": "0611 (TR418): tarief wijkt af van de tariefset",
  TOEWIJZING_ONBEKEND: "toewijzing onbekend",
  TOEWIJZING_VERWIJDERD: "toewijzing verwijderd",
  CATEGORIE: "product buiten de categorie of het product van de toewijzing",
  PERIODE: "productperiode buiten de looptijd van de toewijzing",
  DUBBEL: "tweede prestatie voor hetzelfde product en dezelfde periode",
  CREDIT_ZONDER_DEBET: "credit zonder bijbehorend debet",
  CREDIT_AFWIJKEND: "credit wijkt af van het debet",
};

const nieuweStand = (): Stand => ({
  gedeclareerdCent: 0,
  geaccepteerdCent: 0,
  prestaties: 0,
  bevindingen: new Map(),
  onleesbaar: 0,
  eersteOverschrijding: null,
  periodes: null,
});

/** Upper case without a new string when it already is (codes nearly always are): this runs per prestatie. */
function hoofdletters(code: string): string {
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c >= 97 && c <= 122) return code.toUpperCase();
  }
  return code;
}

const tel = <K>(map: Map<K, number>, sleutel: K) => map.set(sleutel, (map.get(sleutel) ?? 0) + 1);

/**
 * The checks of the iJw standard on prestaties, as predictions before sending (provider) or on receipt
 * (municipality), in the order the prestaties arrive: a prestatie is judged on what was accepted before it,
 * as a receiving system does. Holds per toewijzing its totals, per provider its totals; no BSN in any text.
 */
export class Declaratiecontrole {
  private readonly standen = new Map<Toewijzing, Stand>();
  /** Debit lines per provider by ReferentieNummer (unique per provider), for the credits that cancel them. */
  private readonly debets = new Map<string, Map<string, Debet>>();
  readonly perAanbieder = new Map<string, Aanbiedertotaal>();
  /** Prestaties whose tariff the set cannot check (the code or its tariff is not in it): said, not hidden. */
  tariefNietTeControleren = 0;
  prestaties = 0;
  onleesbaar = 0;

  constructor(
    private readonly register: Toewijzingenregister,
    private readonly set: Tariefset,
  ) {}

  /** The stand of a toewijzing (zero when nothing was declared on it). */
  stand(t: Toewijzing): Stand {
    let s = this.standen.get(t);
    if (!s) this.standen.set(t, (s = nieuweStand()));
    return s;
  }

  private aanbieder(naam: string): Aanbiedertotaal {
    let a = this.perAanbieder.get(naam);
    if (!a)
      this.perAanbieder.set(
        naam,
        (a = {
          prestaties: 0,
          debetCent: 0,
          creditCent: 0,
          gedeclareerdCent: 0,
          onbekendCent: 0,
          toewijzingen: new Set(),
          bevindingen: new Map(),
          metBevinding: 0,
          onleesbaar: 0,
        }),
      );
    return a;
  }

  /** A prestatie that could not be read: its toewijzing's total is then unknown, and the summary counts it. */
  onleesbareRegel(toewijzingNummer: string, gemeente: string, aanbieder: string): void {
    this.onleesbaar++;
    this.aanbieder(aanbieder).onleesbaar++;
    const t = toewijzingNummer === "" ? undefined : this.register.zoek(toewijzingNummer, gemeente);
    if (t) this.stand(t).onleesbaar++;
  }

  /** Judges one prestatie, updates the totals, and returns its findings (empty: it would be accepted). */
  controleer(p: Prestatie): Bevinding[] {
    this.prestaties++;
    const bevindingen: Bevinding[] = [];
    // Said only when there is a finding: most prestaties have none, and quoting safely costs.
    const vind = (code: Bevindingcode, tekst: string) =>
      bevindingen.push({
        code,
        tekst: `${code}: prestatie ${citeer(p.referentieNummer)} op toewijzing ${citeer(p.toewijzingNummer)}: ${tekst}`,
      });
    const t = this.register.zoek(p.toewijzingNummer, p.gemeente);
    const stand = t ? this.stand(t) : null;
    const aanbieder = this.aanbieder(p.aanbieder);
    aanbieder.prestaties++;
    if (t) aanbieder.toewijzingen.add(t);
    if (stand) stand.prestaties++;

    this.controleerBedrag(p, vind);
    const teken = p.debetCredit === "C" ? -1 : 1;
    const cent = teken * p.bedragCent;
    if (p.debetCredit === "C") {
      aanbieder.creditCent += p.bedragCent;
      const debet = p.vorigReferentieNummer ? this.debets.get(p.aanbieder)?.get(p.vorigReferentieNummer) : undefined;
      // A credit counts where its debit counted: that is what it cancels.
      const doel = debet ? debet.stand : stand;
      if (!debet) {
        if (!t) vind("TOEWIJZING_ONBEKEND", "de toewijzing staat niet in de gelezen toewijzingen (JW301).");
        vind(
          "CREDIT_ZONDER_DEBET",
          p.vorigReferentieNummer
            ? `VorigReferentieNummer ${citeer(p.vorigReferentieNummer)} is geen eerder gelezen debetregel van deze aanbieder.`
            : "een creditregel zonder VorigReferentieNummer heft geen debet op.",
        );
      } else if (debet.cent !== p.bedragCent)
        vind(
          "CREDIT_AFWIJKEND",
          `het credit (${formatEuro(p.bedragCent)}) is niet gelijk aan het debet dat het opheft (${formatEuro(debet.cent)}).`,
        );
      // Only a credit that would be accepted cancels its debit: a rejected one leaves it standing.
      if (debet && bevindingen.length === 0) {
        this.debets.get(p.aanbieder)!.delete(p.vorigReferentieNummer);
        if (debet.periodes && debet.periode) debet.periodes.splice(debet.periodes.indexOf(debet.periode), 1);
        if (debet.geaccepteerd && doel) doel.geaccepteerdCent += cent;
      }
      if (doel) doel.gedeclareerdCent += cent;
      else aanbieder.onbekendCent += cent;
    } else {
      aanbieder.debetCent += p.bedragCent;
      let periodes: Periode[] | null = null;
      if (!t || !stand) {
        vind("TOEWIJZING_ONBEKEND", "de toewijzing staat niet in de gelezen toewijzingen (JW301).");
        aanbieder.onbekendCent += cent;
      } else {
        periodes = this.controleerTegenToewijzing(p, t, stand, vind);
        const budget = t.budgetCent;
        if (budget !== null && stand.geaccepteerdCent + p.bedragCent > budget) {
          const samen = stand.geaccepteerdCent + p.bedragCent;
          vind(
            "9369",
            `met deze ${formatEuro(p.bedragCent)} komt het gedeclareerde op ${formatEuro(samen)}, boven het budget van ${formatEuro(budget)} (${formatEuro(samen - budget)} erboven).`,
          );
          stand.eersteOverschrijding ??= p.referentieNummer;
        }
        stand.gedeclareerdCent += cent;
      }
      const geaccepteerd = bevindingen.length === 0;
      const periode =
        geaccepteerd && periodes ? { begin: p.begindatum, einde: p.einddatum, referentie: p.referentieNummer } : null;
      if (periode && periodes) periodes.push(periode);
      if (geaccepteerd && stand) stand.geaccepteerdCent += cent;
      let eigen = this.debets.get(p.aanbieder);
      if (!eigen) this.debets.set(p.aanbieder, (eigen = new Map()));
      eigen.set(p.referentieNummer, {
        stand,
        cent: p.bedragCent,
        geaccepteerd,
        periodes: periode ? periodes : null,
        periode,
      });
    }
    aanbieder.gedeclareerdCent += cent;
    if (bevindingen.length > 0) {
      aanbieder.metBevinding++;
      for (const b of bevindingen) {
        tel(aanbieder.bevindingen, b.code);
        if (stand) tel(stand.bevindingen, b.code);
      }
    }
    return bevindingen;
  }

  /** 9346 and 0611: the amount against volume x tariff, and the tariff against the set. */
  private controleerBedrag(p: Prestatie, vind: (code: Bevindingcode, tekst: string) => void): void {
    if (p.eenheid !== "83" && p.productTariefCent !== null) {
      const verwacht = productInCenten(p.productTariefCent, p.geleverdVolume);
      if (verwacht !== p.bedragCent)
        vind(
          "9346",
          `IngediendBedrag ${formatEuro(p.bedragCent)} is niet GeleverdVolume ${p.geleverdVolume} x ProductTarief ${formatEuro(p.productTariefCent)} = ${formatEuro(verwacht)}.`,
        );
    }
    const product = this.set.zoekProduct(p.productCode);
    if (!product || product.tariefCent === null || p.productTariefCent === null) {
      this.tariefNietTeControleren++;
      return;
    }
    if (product.tariefCent !== p.productTariefCent)
      vind(
        "0611",
        `ProductTarief ${formatEuro(p.productTariefCent)} wijkt af van het tarief ${formatEuro(product.tariefCent)} voor product ${product.code} in tariefset ${this.set.naam}.`,
      );
  }

  /** Withdrawn, category, period and duplicate; returns the product's list of accepted periods. */
  private controleerTegenToewijzing(
    p: Prestatie,
    t: Toewijzing,
    stand: Stand,
    vind: (code: Bevindingcode, tekst: string) => void,
  ): Periode[] {
    if (t.redenWijziging === REDEN_VERWIJDERD)
      vind("TOEWIJZING_VERWIJDERD", "de toewijzing is ingetrokken (RedenWijziging 13, verwijderd).");
    if (p.productCategorie !== t.categorie)
      vind(
        "CATEGORIE",
        `ProductCategorie ${p.productCategorie} is niet de categorie van de toewijzing (${t.categorie}).`,
      );
    else if (t.productcode !== "" && hoofdletters(p.productCode) !== hoofdletters(t.productcode))
      vind("CATEGORIE", `ProductCode ${p.productCode} is niet het toegewezen product ${t.productcode}.`);
    else {
      const product = this.set.zoekProduct(p.productCode);
      if (product && product.categorie !== null && product.categorie !== t.categorie)
        vind(
          "CATEGORIE",
          `product ${p.productCode} hoort volgens tariefset ${this.set.naam} bij categorie ${product.categorie}, niet bij ${t.categorie}.`,
        );
    }
    if (p.begindatum < t.ingangsdatum || (t.einddatum !== null && p.einddatum > t.einddatum))
      vind(
        "PERIODE",
        `ProductPeriode ${p.begindatum} t/m ${p.einddatum} valt buiten de toewijzing (${t.ingangsdatum} t/m ${t.einddatum ?? "open"}).`,
      );
    const perCode: Map<string, Periode[]> = (stand.periodes ??= new Map());
    const code = hoofdletters(p.productCode);
    let lijst = perCode.get(code);
    if (!lijst) perCode.set(code, (lijst = []));
    const eerder = lijst.find((x) => x.begin <= p.einddatum && p.begindatum <= x.einde);
    if (eerder)
      vind(
        "DUBBEL",
        `product ${p.productCode} is voor deze periode al gedeclareerd in prestatie ${citeer(eerder.referentie)} (${eerder.begin} t/m ${eerder.einde}); crediteer die eerst.`,
      );
    return lijst;
  }
}
