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

/** The price per unit of a product for a provider (empty = the price that holds for all). */
export function zoekProductprijs(set: Tariefset, product: unknown, aanbieder?: unknown): Modeluitkomst<Productprijs> {
  const p =
    typeof product === "string" || typeof product === "number"
      ? zoekProductNaamOfCode(set, alsTekst(product))
      : undefined;
  if (!p) return productOnbekend(set, product);
  const per = perEenheid(p);
  if (p.tariefPerAanbieder) {
    if (isLeeg(aanbieder))
      return ongeldig(
        `Product '${p.naam}' heeft in tariefset '${set.naam}' een tarief per aanbieder; vul de aanbieder in.`,
      );
    const naam = naamSleutel(alsTekst(aanbieder));
    const gevonden = p.aanbiederTarieven.find((a) => naamSleutel(a.aanbieder) === naam);
    if (!gevonden || gevonden.tariefCent === null)
      return ontbreekt(
        `Geen tarief voor '${p.naam}' (per ${per}) bij aanbieder ${citeer(aanbieder)} in tariefset '${set.naam}': het tarief verschilt per aanbieder en staat er niet in. ${HOE_TARIEFSET_AANLEVEREN}`,
      );
    const prijsCent = gevonden.tariefCent;
    return {
      ok: true,
      waarde: { product: p, prijsCent, aanbieder: gevonden.aanbieder, bron: gevonden.bron },
      // Words only when read: a comparison of a million rows reads the amount alone.
      get uitleg() {
        return `${p.naam}: ${formatEuro(prijsCent)} per ${per} bij ${gevonden.aanbieder} (bron: ${gevonden.bron})`;
      },
    };
  }
  if (p.tariefCent === null)
    return ontbreekt(
      `Geen tarief voor '${p.naam}' (per ${per}) in tariefset '${set.naam}': het is niet openbaar. ${HOE_TARIEFSET_AANLEVEREN}`,
    );
  const prijsCent = p.tariefCent;
  return {
    ok: true,
    waarde: { product: p, prijsCent, aanbieder: null, bron: p.bron },
    get uitleg() {
      return `${p.naam}: ${formatEuro(prijsCent)} per ${per} (bron: ${p.bron})`;
    },
  };
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
  const waarde = g.waarde;
  return {
    ok: true,
    waarde,
    get uitleg() {
      return formatGetal(waarde);
    },
  };
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
  const w = prijs.waarde;
  return {
    ok: true,
    waarde: { prijs: w, volume: v.waarde, bedragCent },
    get uitleg() {
      return `${formatGetal(v.waarde)} x ${formatEuro(w.prijsCent)} per ${perEenheid(w.product)} (${w.product.naam}) = ${formatEuro(bedragCent)}`;
    },
  };
}

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
