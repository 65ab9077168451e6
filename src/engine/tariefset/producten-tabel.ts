import { alsTekst, citeer } from "../melding";
import { isLeeg, naamSleutel } from "../getal";
import { EENHEDEN, EENHEDEN_TEKST, isEenheid } from "./producten";
import type { Eenheid, ProductBron } from "./types";

/**
 * Products in the workbook's Tarieven table: rows with Soort "product", the name in Naam, the tariff in euros per
 * unit in Bedrag (empty: not known), and three columns of their own. Those columns are optional for a table
 * without products, so tables made before products existed stay valid.
 */
export const PRODUCT_KOPPEN = ["Productcode", "Categorie", "Eenheid"] as const;
export type Productkop = (typeof PRODUCT_KOPPEN)[number];

/** A code or category as Excel gives it: "54011", or the number 54011 when typed into a cell. */
function codeTekst(waarde: unknown): string {
  return isLeeg(waarde) ? "" : alsTekst(waarde).trim();
}

/** "04", 4 (Excel drops the zero), "uur", "04 uur" -> "04"; null when empty; undefined when it is no iJw unit. */
function leesEenheid(waarde: unknown): Eenheid | null | undefined {
  if (isLeeg(waarde)) return null;
  const tekst = naamSleutel(alsTekst(waarde));
  const cijfers = /^(\d{1,2})\b/.exec(tekst)?.[1];
  if (cijfers !== undefined) {
    const code = cijfers.padStart(2, "0");
    return isEenheid(code) ? code : undefined;
  }
  const opNaam = (Object.keys(EENHEDEN) as Eenheid[]).find((c) => naamSleutel(EENHEDEN[c]) === tekst);
  return opNaam;
}

/** The product columns of one table row; a message in `fouten` (and undefined) when a cell is no valid value. */
export function productUitRij(
  cel: (kop: Productkop) => unknown,
  aanwezig: (kop: Productkop) => boolean,
  naam: string,
  tarief: number | null,
  bron: string | undefined,
  waar: string,
  fouten: string[],
): ProductBron | undefined {
  const ontbrekend = PRODUCT_KOPPEN.filter((k) => !aanwezig(k));
  if (ontbrekend.length > 0) {
    fouten.push(`${waar}: een product heeft de kolom(men) ${ontbrekend.join(", ")} nodig; voeg die toe aan de tabel.`);
    return undefined;
  }
  const eenheid = leesEenheid(cel("Eenheid"));
  if (eenheid === undefined) {
    fouten.push(
      `${waar}: Eenheid ${citeer(cel("Eenheid"))} is geen iJw-eenheid. Toegestaan: ${EENHEDEN_TEKST}; leeg als die niet bekend is.`,
    );
    return undefined;
  }
  const code = codeTekst(cel("Productcode"));
  const categorie = codeTekst(cel("Categorie"));
  return {
    code: code === "" ? null : code,
    // Excel turns a typed 05 into 5: a category is always two digits.
    categorie: categorie === "" ? null : /^\d$/.test(categorie) ? `0${categorie}` : categorie,
    naam,
    eenheid,
    tarief,
    ...(bron ? { bron } : {}),
  };
}

/** The product columns for a product row written into the table. */
export function productKolommen(p: ProductBron): [string, string, string] {
  return [p.code ?? "", p.categorie ?? "", p.eenheid ?? ""];
}
