import { formatEuro, productInCenten } from "../geld";
import { isLeeg, leesGetal } from "../getal";
import { alsTekst, citeer, fout, getalInMelding, type Melding } from "../melding";
import { HOE_TARIEFSET_AANLEVEREN } from "../tariefset/ingebouwd";
import { eenheidTekst } from "../tariefset/producten";
import type { Product, Tariefset } from "../tariefset/types";

export type Productuitkomst = { ok: true; product: Product; tariefCent: number } | { ok: false; melding: Melding };

/**
 * A product's tariff in eurocents per unit from the set, or why not: an unknown code is wrong input, a known
 * code without a public tariff is a missing rate (said as such, never guessed).
 */
export function productTarief(code: unknown, set: Tariefset): Productuitkomst {
  if (isLeeg(code))
    return {
      ok: false,
      melding: fout(
        "VERPLICHT",
        "declaratie.productcode",
        "Vul een productcode in (1 tot 5 tekens, bijvoorbeeld 45A48).",
      ),
    };
  const tekst = alsTekst(code).trim();
  const product = tekst === "" ? undefined : set.zoekProduct(tekst);
  if (!product) {
    const bekend = set.producten.filter((p) => p.code !== null).map((p) => p.code);
    return {
      ok: false,
      melding: fout(
        "PRODUCT_ONBEKEND",
        "declaratie.productcode",
        `Productcode ${citeer(code)} staat niet in tariefset ${set.naam}${bekend.length > 0 ? ` (wel: ${bekend.slice(0, 10).join(", ")}${bekend.length > 10 ? ", ..." : ""})` : ""}. ${HOE_TARIEFSET_AANLEVEREN}`,
      ),
    };
  }
  if (product.tariefCent === null)
    return {
      ok: false,
      melding: fout(
        "TARIEF_ONTBREEKT",
        "declaratie.productcode",
        `Het tarief van product ${product.code} (${product.naam}) is niet bekend in tariefset ${set.naam}. ${HOE_TARIEFSET_AANLEVEREN}`,
      ),
    };
  return { ok: true, product, tariefCent: product.tariefCent };
}

export type Bedraguitkomst =
  | { ok: true; bedragCent: number; product: Product; tariefCent: number; uitleg: string }
  | { ok: false; meldingen: Melding[] };

/**
 * What a provider declares for a volume of a product: GeleverdVolume x the set's tariff, the product the
 * receiving system checks (9346: the amount must be volume x tariff, the tariff unrounded). iJw volumes are
 * whole numbers in the product's unit (minutes, hours, etmalen, ...).
 */
export function declaratiebedrag(volume: unknown, code: unknown, set: Tariefset): Bedraguitkomst {
  const meldingen: Melding[] = [];
  const g = leesGetal(volume);
  if (!g.ok)
    meldingen.push(
      fout(
        g.reden === "leeg" ? "VERPLICHT" : "VOLUME_ONGELDIG",
        "declaratie.volume",
        g.reden === "leeg"
          ? "Vul het geleverde volume in (een geheel getal in de eenheid van het product)."
          : `Geleverd volume ${citeer(volume)} is geen getal${g.reden === "dubbelzinnig" ? " (dubbelzinnig: schrijf 2500 of 2,5)" : ""}.`,
      ),
    );
  else if (!Number.isInteger(g.waarde) || g.waarde < 0 || g.waarde > 99_999_999)
    meldingen.push(
      fout(
        "VOLUME_ONGELDIG",
        "declaratie.volume",
        `Geleverd volume ${getalInMelding(g.waarde)} kan niet: in iJw is het een geheel getal van 0 tot en met 99.999.999 in de eenheid van het product (bijvoorbeeld minuten in plaats van 2,5 uur).`,
      ),
    );
  const p = productTarief(code, set);
  if (!p.ok) meldingen.push(p.melding);
  if (meldingen.length > 0 || !p.ok || !g.ok) return { ok: false, meldingen };
  const bedragCent = productInCenten(p.tariefCent, g.waarde);
  return {
    ok: true,
    bedragCent,
    product: p.product,
    tariefCent: p.tariefCent,
    uitleg: `${g.waarde} x ${formatEuro(p.tariefCent)} per ${p.product.eenheid ? eenheidTekst(p.product.eenheid) : "eenheid"} = ${formatEuro(bedragCent)}`,
  };
}
