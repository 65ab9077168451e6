import { euroNaarCenten, isHeleCenten } from "../geld";
import type { TariefsetFout } from "./laden";
import type { Eenheid, Product, TariefsetBron } from "./types";

/**
 * Products of a tariff set: the iJw product codes a provider declares against a toewijzing, priced per unit.
 * Only public numbers: a code, category, unit or tariff nobody published is null, and a check that needs it says
 * it cannot be made rather than guess.
 */

/** iJw units with the words users know them by. */
export const EENHEDEN: Readonly<Record<Eenheid, string>> = {
  "01": "minuut",
  "04": "uur",
  "14": "etmaal",
  "16": "dagdeel",
  "82": "stuks (output)",
  "83": "euro",
  "84": "stuks (inspanning)",
};

export function isEenheid(code: string): code is Eenheid {
  return Object.prototype.hasOwnProperty.call(EENHEDEN, code);
}

/** All units in code order, as a message lists them ("01 (minuut), 04 (uur), ..."). */
export const EENHEDEN_TEKST = (["01", "04", "14", "16", "82", "83", "84"] as const)
  .map((c) => `${c} (${EENHEDEN[c]})`)
  .join(", ");

/** "04" -> "04 (uur)"; an unknown code as it is. */
export function eenheidTekst(code: string): string {
  return isEenheid(code) ? `${code} (${EENHEDEN[code]})` : code;
}

/** Codes are compared as iJw systems do in practice: case-insensitive, without surrounding spaces. */
export const codeSleutel = (code: string) => code.trim().toUpperCase();

function bestaandeDatum(iso: string): boolean {
  const datum = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(datum.getTime()) && datum.toISOString().slice(0, 10) === iso;
}

/** The content rules for products, after the schema: unique codes, whole cents, existing dates in order. */
export function productFouten(bron: TariefsetBron): TariefsetFout[] {
  const fouten: TariefsetFout[] = [];
  const gezien = new Set<string>();
  (bron.producten ?? []).forEach((p, i) => {
    const pad = `/producten/${i}`;
    if (p.code !== null) {
      const sleutel = codeSleutel(p.code);
      if (gezien.has(sleutel))
        fouten.push({ pad: `${pad}/code`, tekst: `productcode ${p.code} staat er al eerder in` });
      gezien.add(sleutel);
    }
    if (p.tarief !== null && !isHeleCenten(p.tarief))
      fouten.push({ pad: `${pad}/tarief`, tekst: `hoogstens twee decimalen (hele centen), nu ${p.tarief}` });
    // Under P x Q (issue 18) a product is named by its name, and public prices often come without a code.
    if (p.tarief !== null && p.code === null && (bron.model ?? "standaardbudget") !== "productprijs")
      fouten.push({
        pad: `${pad}/tarief`,
        tekst: "een tarief zonder productcode kan niemand declareren; vul de code in",
      });
    for (const veld of ["geldigVanaf", "geldigTot"] as const) {
      const datum = p[veld];
      if (datum !== undefined && !bestaandeDatum(datum))
        fouten.push({ pad: `${pad}/${veld}`, tekst: `'${datum}' is geen bestaande datum (JJJJ-MM-DD)` });
    }
    const vanaf = p.geldigVanaf ?? bron.geldigVanaf;
    const tot = p.geldigTot ?? bron.geldigTot;
    if (vanaf > tot) fouten.push({ pad: `${pad}/geldigVanaf`, tekst: `${vanaf} ligt na geldigTot (${tot})` });
  });
  return fouten;
}

/** The set's products in cents, with a lookup by code. */
export function bouwProducten(bron: TariefsetBron): {
  producten: Product[];
  zoekProduct: (code: string) => Product | undefined;
} {
  const producten: Product[] = (bron.producten ?? []).map((p) => ({
    code: p.code === null ? null : p.code.trim(),
    categorie: p.categorie,
    naam: p.naam,
    eenheid: p.eenheid,
    tariefCent: p.tarief === null ? null : euroNaarCenten(p.tarief),
    geldigVanaf: p.geldigVanaf ?? bron.geldigVanaf,
    geldigTot: p.geldigTot ?? bron.geldigTot,
    bron: p.bron ?? bron.bron,
    tariefPerAanbieder: p.tariefPerAanbieder ?? false,
    aanbiederTarieven: (p.aanbiederTarieven ?? []).map((a) => ({
      aanbieder: a.aanbieder,
      tariefCent: a.tarief === null ? null : euroNaarCenten(a.tarief),
      bron: a.bron ?? p.bron ?? bron.bron,
    })),
  }));
  const perCode = new Map<string, Product>();
  for (const p of producten) if (p.code !== null) perCode.set(codeSleutel(p.code), p);
  // Remembered per code as written: a year of declarations asks for the same few codes a million times.
  const perTekst = new Map<string, Product | null>();
  const zoekProduct = (code: string): Product | undefined => {
    if (code === "") return undefined;
    let p = perTekst.get(code);
    if (p === undefined) {
      p = perCode.get(codeSleutel(code)) ?? null;
      if (perTekst.size > 10000) perTekst.clear();
      perTekst.set(code, p);
    }
    return p ?? undefined;
  };
  return { producten, zoekProduct };
}
