import { euroNaarCenten, formatEuro, formatGetal, productInCenten } from "../geld";
import { isLeeg, leesGetal, naamSleutel, Tekstslots } from "../getal";
import { alsTekst, citeer, getalInMelding } from "../melding";
import { HOE_TARIEFSET_AANLEVEREN } from "../tariefset/ingebouwd";
import { EENHEDEN } from "../tariefset/producten";
import type { Product, Tariefset } from "../tariefset/types";
import { ongeldig, ontbreekt, type Modeluitkomst } from "./model";

/**
 * Productprijs (inspanningsgericht, P x Q): a product's price per unit times the units delivered, rounded once
 * to whole cents (the same rule as every amount). The products are the set's products (#17's structure); a
 * price is one for all providers or one per provider ("variabel"), and a provider may have a yearly ceiling.
 */

/**
 * A found value whose words are made only when read: a comparison of a million rows reads the amount alone, and
 * an object literal with a getter is built on V8's slow path (profiled: a third of the row's time).
 */
class Lui<T> {
  readonly ok = true as const;
  constructor(
    readonly waarde: T,
    private readonly woorden: (waarde: T) => string,
  ) {}
  get uitleg(): string {
    return this.woorden(this.waarde);
  }
}

/** Far above any client's year (527,040 minutes), so a BSN typed into the volume column is refused, not priced. */
export const MAX_VOLUME = 1_000_000;

export interface Productprijs {
  product: Product;
  prijsCent: number;
  /** The provider the price is for, or null when one price holds for every provider. */
  aanbieder: string | null;
  bron: string;
}

/** "uur", "dagdeel", ...: how a unit is said after "per". */
export function perEenheid(product: Product): string {
  return product.eenheid === null ? "eenheid" : EENHEDEN[product.eenheid];
}

interface Productzoeker {
  perNaam: Map<string, Product>;
  /** The last product per text as typed: a spend sheet repeats the same few names a million times. */
  slots: Tekstslots<Product | undefined>;
}
const productCache = new WeakMap<Tariefset, Productzoeker>();

/** The product by code or by name (case- and space-insensitive). */
export function zoekProductNaamOfCode(set: Tariefset, product: string): Product | undefined {
  let z = productCache.get(set);
  if (!z) {
    const perNaam = new Map(set.producten.map((p) => [naamSleutel(p.naam), p] as const));
    z = { perNaam, slots: new Tekstslots() };
    productCache.set(set, z);
  }
  const zoeker = z;
  return zoeker.slots.haal(product, (tekst) => set.zoekProduct(tekst) ?? zoeker.perNaam.get(naamSleutel(tekst)));
}

function productOnbekend(set: Tariefset, product: unknown): Modeluitkomst<never> {
  const namen = set.producten.map((p) => p.naam);
  const lijst = namen.length > 8 ? `${namen.slice(0, 8).join(", ")} en ${namen.length - 8} meer` : namen.join(", ");
  return ongeldig(
    isLeeg(product)
      ? `Product is leeg; vul de naam of code van een product in (${lijst}).`
      : `Product ${citeer(product)} staat niet in tariefset '${set.naam}'. Toegestaan: ${lijst || "(de set heeft geen producten)"}.`,
  );
}

const prijsWoorden = (w: Productprijs) =>
  `${w.product.naam}: ${formatEuro(w.prijsCent)} per ${perEenheid(w.product)}${w.aanbieder === null ? "" : ` bij ${w.aanbieder}`} (bron: ${w.bron})`;

/** One answer per product, and per product and provider as typed: the same few recur in every row. */
const eenPrijs = new WeakMap<Product, Modeluitkomst<Productprijs>>();
const perAanbieder = new WeakMap<Product, Tekstslots<Modeluitkomst<Productprijs>>>();

function prijsVanAanbieder(set: Tariefset, p: Product, aanbieder: string): Modeluitkomst<Productprijs> {
  const naam = naamSleutel(aanbieder);
  const gevonden = p.aanbiederTarieven.find((a) => naamSleutel(a.aanbieder) === naam);
  if (!gevonden || gevonden.tariefCent === null)
    return ontbreekt(
      `Geen tarief voor '${p.naam}' (per ${perEenheid(p)}) bij aanbieder ${citeer(aanbieder)} in tariefset '${set.naam}': het tarief verschilt per aanbieder en staat er niet in. ${HOE_TARIEFSET_AANLEVEREN}`,
    );
  return new Lui(
    { product: p, prijsCent: gevonden.tariefCent, aanbieder: gevonden.aanbieder, bron: gevonden.bron },
    prijsWoorden,
  );
}

/** The price per unit of a product for a provider (empty = the price that holds for all). */
export function zoekProductprijs(set: Tariefset, product: unknown, aanbieder?: unknown): Modeluitkomst<Productprijs> {
  const p =
    typeof product === "string" || typeof product === "number"
      ? zoekProductNaamOfCode(set, alsTekst(product))
      : undefined;
  if (!p) return productOnbekend(set, product);
  if (p.tariefPerAanbieder) {
    if (isLeeg(aanbieder))
      return ongeldig(
        `Product '${p.naam}' heeft in tariefset '${set.naam}' een tarief per aanbieder; vul de aanbieder in.`,
      );
    let slots = perAanbieder.get(p);
    if (!slots) perAanbieder.set(p, (slots = new Tekstslots()));
    return slots.haal(alsTekst(aanbieder), (tekst) => prijsVanAanbieder(set, p, tekst));
  }
  let uitkomst = eenPrijs.get(p);
  if (!uitkomst) {
    uitkomst =
      p.tariefCent === null
        ? ontbreekt(
            `Geen tarief voor '${p.naam}' (per ${perEenheid(p)}) in tariefset '${set.naam}': het is niet openbaar. ${HOE_TARIEFSET_AANLEVEREN}`,
          )
        : new Lui({ product: p, prijsCent: p.tariefCent, aanbieder: null, bron: p.bron }, prijsWoorden);
    eenPrijs.set(p, uitkomst);
  }
  return uitkomst;
}

/** A volume as a user writes it: a number of 0 or more (decimal comma allowed), at most MAX_VOLUME. */
export function leesVolume(volume: unknown): Modeluitkomst<number> {
  const g = leesGetal(volume);
  if (!g.ok)
    return ongeldig(
      g.reden === "leeg"
        ? "Volume is leeg; vul het aantal geleverde eenheden in (0 of meer)."
        : g.reden === "dubbelzinnig"
          ? `Volume ${citeer(volume)} is dubbelzinnig: schrijf het zonder scheidingsteken of met een decimale komma (2500 of 2,5).`
          : `Volume ${citeer(volume)} is geen getal; vul het aantal geleverde eenheden in (0 of meer, bijvoorbeeld 2,5).`,
    );
  if (g.waarde < 0)
    return ongeldig(`Volume is ${getalInMelding(g.waarde)}; het aantal geleverde eenheden is 0 of meer.`);
  if (g.waarde > MAX_VOLUME)
    return ongeldig(`Volume is ${getalInMelding(g.waarde)}; hoogstens ${formatGetal(MAX_VOLUME)} eenheden per regel.`);
  return new Lui(g.waarde, formatGetal);
}

export interface Pxq {
  prijs: Productprijs;
  volume: number;
  bedragCent: number;
}

/** P x Q of one row: the price for the provider times the volume, once rounded to whole cents. */
export function berekenPxq(set: Tariefset, product: unknown, volume: unknown, aanbieder?: unknown): Modeluitkomst<Pxq> {
  // The volume first: a wrong number is the user's to fix, whatever the price.
  const v = leesVolume(volume);
  if (!v.ok) return v;
  const prijs = zoekProductprijs(set, product, aanbieder);
  if (!prijs.ok) return prijs;
  const bedragCent = productInCenten(prijs.waarde.prijsCent, v.waarde);
  return new Lui({ prijs: prijs.waarde, volume: v.waarde, bedragCent }, pxqWoorden);
}

const pxqWoorden = (w: Pxq) =>
  `${formatGetal(w.volume)} x ${formatEuro(w.prijs.prijsCent)} per ${perEenheid(w.prijs.product)} (${w.prijs.product.naam}) = ${formatEuro(w.bedragCent)}`;

const plafondCache = new WeakMap<Tariefset, Map<string, number>>();

/** A provider's ceiling for the set's year in cents, or null when it has none. */
export function plafondVoor(set: Tariefset, aanbieder: string): number | null {
  let perAanbieder = plafondCache.get(set);
  if (!perAanbieder) {
    perAanbieder = new Map(
      (set.bronJson.plafonds ?? []).map((p) => [naamSleutel(p.aanbieder), euroNaarCenten(p.bedrag)] as const),
    );
    plafondCache.set(set, perAanbieder);
  }
  return perAanbieder.get(naamSleutel(aanbieder)) ?? null;
}

export interface Afgetopt {
  /** What is paid: the delivered amount, at most the ceiling. */
  betaaldCent: number;
  /** What was delivered above the ceiling and is not paid (0 when under it or without a ceiling). */
  bovenPlafondCent: number;
}

/** A provider's delivered P x Q against its ceiling: never more than the ceiling is paid. */
export function metPlafond(geleverdCent: number, plafondCent: number | null): Afgetopt {
  if (plafondCent === null || geleverdCent <= plafondCent) return { betaaldCent: geleverdCent, bovenPlafondCent: 0 };
  return { betaaldCent: plafondCent, bovenPlafondCent: geleverdCent - plafondCent };
}
