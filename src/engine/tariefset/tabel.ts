import { alsTekst } from "../melding";
import { leesGetal, isLeeg, naamSleutel } from "../getal";
import { controleerTariefset, laadTariefset } from "./laden";
import { PRODUCT_KOPPEN, productKolommen, productUitRij, type Productkop } from "./producten-tabel";
import type { Tariefset, TariefsetBron } from "./types";
import {
  isModelSoort,
  leesModelrij,
  MODEL_KOPPEN,
  MODEL_SOORTEN,
  modelNaarTabel,
  zonderLegeStandaarddelen,
  type Modelkop,
} from "../modellen/tabel";

/**
 * The workbook's `Tarieven` table: one row per entry, several sets side by side (column Tariefset).
 *   Tariefset | Soort | Naam | Bedrag | Medisch | Herstel | Duurzaam | Bron
 * Soort is one of the SOORTEN below. Settings rows (regio, geldig vanaf, ...) hold their value in Naam.
 * The guide from hours to a level (soort "richtlijn", one row per band, Naam = the kind of help) uses three more
 * columns, Uren t/m | Niveau | Omschrijving: optional, so that a table made before the guide still reads.
 */
export const TABEL_NAAM = "Tarieven";
const VASTE_KOPPEN = ["Tariefset", "Soort", "Naam", "Bedrag", "Medisch", "Herstel", "Duurzaam", "Bron"] as const;
const RICHTLIJN_KOPPEN = ["Uren t/m", "Niveau", "Omschrijving"] as const;
/** Every column a table gets when written; the guide's and the product columns may be missing in an older table. */
export const TABEL_KOPPEN = [...VASTE_KOPPEN, ...PRODUCT_KOPPEN, ...RICHTLIJN_KOPPEN] as const;
/**
 * With the columns of the other funding models (issue 18): written only for a set that needs them, so a table of
 * standard-budget sets (and the checked-in workbook) keeps its columns.
 */
export const TABEL_KOPPEN_MET_MODELLEN = [...TABEL_KOPPEN, ...MODEL_KOPPEN] as const;
type Kop = (typeof TABEL_KOPPEN_MET_MODELLEN)[number];

/** The header a set is written under: the model columns only when the set has model rows. */
export function tabelKoppen(bron: TariefsetBron): readonly Kop[] {
  return modelNaarTabel(bron).some((r) => r.soort !== "model") ? TABEL_KOPPEN_MET_MODELLEN : TABEL_KOPPEN;
}

const INSTELLINGEN = {
  regio: "regio",
  "geldig vanaf": "geldigVanaf",
  "geldig tot": "geldigTot",
  bron: "bron",
  "herstel max weken": "herstelMaxWeken",
  "duurzaam weken": "duurzaamWeken",
} as const;
export const SOORTEN = [
  ...Object.keys(INSTELLINGEN),
  "standaardbudget",
  "rekentarief",
  "intensiteit",
  "richtlijn bron",
  "richtlijn",
  "product",
  // The other funding models (issue 18), see src/engine/modellen/tabel.ts.
  ...MODEL_SOORTEN,
];

export type TabelResultaat = { ok: true; tariefsets: Tariefset[] } | { ok: false; fouten: string[] };

/** Excel keeps dates as serial day numbers (1 = 1900-01-01, with Excel's 1900 leap-year quirk). */
function naarIsoDatum(waarde: unknown): string {
  // Up to the year 9999 (serial 2958465): beyond that no Date can hold it.
  if (typeof waarde === "number" && Number.isInteger(waarde) && waarde > 60 && waarde <= 2958465) {
    return new Date(Date.UTC(1899, 11, 30) + waarde * 86400000).toISOString().slice(0, 10);
  }
  const tekst = alsTekst(waarde).trim();
  const nl = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(tekst);
  return nl ? `${nl[3]}-${nl[2].padStart(2, "0")}-${nl[1].padStart(2, "0")}` : tekst;
}

function jaNee(waarde: unknown): boolean | null {
  if (waarde === true || waarde === false) return waarde;
  const s = naamSleutel(alsTekst(waarde));
  return s === "ja" || s === "waar" || s === "true"
    ? true
    : s === "nee" || s === "onwaar" || s === "false"
      ? false
      : null;
}

interface Opbouw {
  bron: TariefsetBron;
  /** JSON pointer prefix -> table row (1-based data row), to point messages at the row a user must fix. */
  rijen: Map<string, number>;
}

function leeg(naam: string): Opbouw {
  return {
    bron: {
      naam,
      regio: "",
      geldigVanaf: "",
      geldigTot: "",
      bron: "",
      standaardbudgetten: [],
      rekentarieven: [],
      intensiteiten: [],
      duur: { herstelMaxWeken: NaN, duurzaamWeken: NaN },
    },
    rijen: new Map(),
  };
}

function rijVoorPad(opbouw: Opbouw, pad: string): number | undefined {
  for (let p = pad; p !== ""; p = p.slice(0, p.lastIndexOf("/"))) {
    const rij = opbouw.rijen.get(p);
    if (rij !== undefined) return rij;
  }
  return undefined;
}

/** Reads the table (header row + data rows, as Excel gives values) into validated tariff sets. */
export function tabelNaarTariefsets(kop: readonly unknown[], rijen: readonly (readonly unknown[])[]): TabelResultaat {
  const fouten: string[] = [];
  const kolom = {} as Record<Kop, number>;
  for (const naam of TABEL_KOPPEN_MET_MODELLEN) {
    const index = kop.findIndex((k) => naamSleutel(alsTekst(k)) === naamSleutel(naam));
    if (index < 0 && (VASTE_KOPPEN as readonly string[]).includes(naam))
      fouten.push(`Tabel ${TABEL_NAAM}: de kolom '${naam}' ontbreekt. Nodig: ${VASTE_KOPPEN.join(", ")}.`);
    kolom[naam] = index;
  }
  if (fouten.length > 0) return { ok: false, fouten };

  const sets = new Map<string, Opbouw>();
  rijen.forEach((rij, i) => {
    const nr = i + 1;
    const cel = (k: Kop) => (kolom[k] < 0 ? undefined : rij[kolom[k]]);
    if (rij.every((w) => isLeeg(w))) return;
    const waar = `Tabel ${TABEL_NAAM}, rij ${nr}`;
    const setNaam = alsTekst(cel("Tariefset")).trim();
    if (setNaam === "") return void fouten.push(`${waar}: kolom Tariefset is leeg; vul de naam van de tariefset in.`);
    const sleutel = naamSleutel(setNaam);
    if (!sets.has(sleutel)) sets.set(sleutel, leeg(setNaam));
    const opbouw = sets.get(sleutel)!;
    const bron = opbouw.bron;
    const soort = naamSleutel(alsTekst(cel("Soort")));
    const naam = cel("Naam");
    const tekst = (w: unknown) => (isLeeg(w) ? "" : alsTekst(w).trim());
    const bedrag = (verplicht: boolean): number | null | undefined => {
      const g = leesGetal(cel("Bedrag"));
      if (g.ok) return g.waarde;
      if (g.reden === "leeg" && !verplicht) return null;
      fouten.push(
        `${waar}: Bedrag '${tekst(cel("Bedrag"))}' is ${g.reden === "leeg" ? "leeg" : "geen geldig bedrag"}; vul een bedrag in euro's in, bijvoorbeeld 14,28.`,
      );
      return undefined;
    };
    const vlag = (k: Kop, standaard: boolean): boolean => {
      if (isLeeg(cel(k))) return standaard;
      const j = jaNee(cel(k));
      if (j === null) fouten.push(`${waar}: ${k} '${tekst(cel(k))}' moet ja of nee zijn.`);
      return j ?? standaard;
    };
    if (soort in INSTELLINGEN) {
      const veld = INSTELLINGEN[soort as keyof typeof INSTELLINGEN];
      if (veld === "herstelMaxWeken" || veld === "duurzaamWeken") {
        const g = leesGetal(naam);
        if (!g.ok) return void fouten.push(`${waar}: ${soort} '${tekst(naam)}' is geen getal.`);
        bron.duur[veld] = g.waarde;
        opbouw.rijen.set("/duur", nr);
      } else {
        bron[veld] = veld === "geldigVanaf" || veld === "geldigTot" ? naarIsoDatum(naam) : tekst(naam);
        opbouw.rijen.set(`/${veld}`, nr);
      }
    } else if (soort === "standaardbudget") {
      const nummer = leesGetal(naam);
      const b = bedrag(true);
      if (!nummer.ok)
        return void fouten.push(
          `${waar}: het nummer van het standaardbudget (kolom Naam) '${tekst(naam)}' is geen getal.`,
        );
      if (b === undefined || b === null) return;
      opbouw.rijen.set(`/standaardbudgetten/${bron.standaardbudgetten.length}`, nr);
      bron.standaardbudgetten.push({
        nummer: nummer.waarde,
        bedrag: b,
        naMedischeVerwijzing: vlag("Medisch", false),
        bron: tekst(cel("Bron")) || undefined,
      });
    } else if (soort === "rekentarief" || soort === "intensiteit") {
      const b = bedrag(false);
      if (b === undefined) return;
      if (soort === "rekentarief") {
        opbouw.rijen.set(`/rekentarieven/${bron.rekentarieven.length}`, nr);
        bron.rekentarieven.push({ naam: tekst(naam), uurtarief: b, bron: tekst(cel("Bron")) || undefined });
      } else {
        const duurzaam = naamSleutel(tekst(cel("Duurzaam")).replace(/\s/g, ""));
        const kdcOdc = duurzaam === "kdc/odc" || duurzaam === "kdc" || duurzaam === "odc";
        opbouw.rijen.set(`/intensiteiten/${bron.intensiteiten.length}`, nr);
        bron.intensiteiten.push({
          naam: tekst(naam),
          uurtarief: b,
          toegestaanInHerstel: vlag("Herstel", true),
          toegestaanInDuurzaam: kdcOdc ? false : vlag("Duurzaam", true),
          ...(kdcOdc ? { duurzaamBijKdcOdc: true } : {}),
          bron: tekst(cel("Bron")) || undefined,
        });
      }
    } else if (soort === "richtlijn bron") {
      bron.richtlijn ??= { bron: "", soorten: [] };
      bron.richtlijn.bron = tekst(naam);
      opbouw.rijen.set("/richtlijn", nr);
    } else if (soort === "richtlijn") {
      const ontbreekt = RICHTLIJN_KOPPEN.filter((k) => kolom[k] < 0);
      if (ontbreekt.length > 0)
        return void fouten.push(
          `${waar}: een rij van de richtlijn heeft de kolommen ${RICHTLIJN_KOPPEN.join(", ")} nodig; ${ontbreekt.join(", ")} ontbreekt.`,
        );
      const uren = leesGetal(cel("Uren t/m"));
      const niveau = leesGetal(cel("Niveau"));
      if (!uren.ok && uren.reden !== "leeg")
        return void fouten.push(
          `${waar}: Uren t/m '${tekst(cel("Uren t/m"))}' is geen getal (leeg = geen bovengrens).`,
        );
      if (!niveau.ok)
        return void fouten.push(`${waar}: Niveau '${tekst(cel("Niveau"))}' is geen nummer van een standaardbudget.`);
      bron.richtlijn ??= { bron: "", soorten: [] };
      const soorten = bron.richtlijn.soorten;
      let s = soorten.findIndex((x) => naamSleutel(x.naam) === naamSleutel(tekst(naam)));
      if (s < 0) s = soorten.push({ naam: tekst(naam), banden: [] }) - 1;
      opbouw.rijen.set(`/richtlijn/soorten/${s}/banden/${soorten[s].banden.length}`, nr);
      soorten[s].banden.push({
        ...(uren.ok ? { totEnMetUren: uren.waarde } : {}),
        niveau: niveau.waarde,
        omschrijving: tekst(cel("Omschrijving")),
      });
    } else if (soort === "product" || soort === "product per aanbieder") {
      const b = bedrag(false);
      if (b === undefined) return;
      if (soort === "product per aanbieder" && b !== null)
        return void fouten.push(
          `${waar}: een product per aanbieder heeft geen Bedrag; zet de tarieven in rijen 'aanbiedertarief'.`,
        );
      const p = productUitRij(
        cel,
        (k: Productkop) => kolom[k] >= 0,
        tekst(naam),
        b,
        tekst(cel("Bron")) || undefined,
        waar,
        fouten,
      );
      if (!p) return;
      bron.producten ??= [];
      opbouw.rijen.set(`/producten/${bron.producten.length}`, nr);
      bron.producten.push(
        soort === "product per aanbieder" ? { ...p, tariefPerAanbieder: true, aanbiederTarieven: [] } : p,
      );
    } else if (isModelSoort(soort)) {
      leesModelrij(soort, bron, {
        cel: (k) => cel(k as Kop),
        aanwezig: (k: Modelkop) => kolom[k] >= 0,
        bedrag,
        tekst,
        waar,
        fouten,
        rij: (pad) => opbouw.rijen.set(pad, nr),
      });
    } else {
      fouten.push(`${waar}: Soort '${tekst(cel("Soort"))}' bestaat niet. Toegestaan: ${SOORTEN.join(", ")}.`);
    }
  });
  if (rijen.length === 0 || sets.size === 0)
    fouten.push(
      `Tabel ${TABEL_NAAM} is leeg: vul minstens één tariefset in of verwijder de tabel om de ingebouwde set te gebruiken.`,
    );

  const tariefsets: Tariefset[] = [];
  for (const opbouw of sets.values()) {
    const schoon = zonderLegeStandaarddelen(
      JSON.parse(JSON.stringify(opbouw.bron, (_, w) => (typeof w === "number" && Number.isNaN(w) ? undefined : w))),
    );
    for (const f of controleerTariefset(schoon)) {
      const rij = rijVoorPad(opbouw, f.pad);
      const plaats =
        f.pad
          .split("/")
          .filter((d) => d !== "" && !/^\d+$/.test(d))
          .join(".") || "instellingen";
      fouten.push(
        `Tabel ${TABEL_NAAM}, tariefset '${opbouw.bron.naam}'${rij ? `, rij ${rij}` : ""} (${plaats}): ${f.tekst}`,
      );
    }
    const geladen = laadTariefset(schoon);
    if (geladen.ok) tariefsets.push(geladen.tariefset);
  }
  return fouten.length > 0 ? { ok: false, fouten } : { ok: true, tariefsets };
}

/** A set as table rows (without header), in the order a reader expects: settings, levels, rates, the guide. */
export function tariefsetNaarTabel(bron: TariefsetBron): unknown[][] {
  // As wide as tabelKoppen(bron): the model columns only for a set that has model rows.
  const metModellen = tabelKoppen(bron).length > TABEL_KOPPEN.length;
  const rij = (
    soort: string,
    naam: unknown,
    bedrag: unknown = "",
    medisch = "",
    herstel = "",
    duurzaam = "",
    b = "",
    product: readonly string[] = ["", "", ""],
    richtlijn: readonly unknown[] = ["", "", ""],
    model: readonly unknown[] = MODEL_KOPPEN.map(() => ""),
  ): unknown[] => [
    bron.naam,
    soort,
    naam,
    bedrag,
    medisch,
    herstel,
    duurzaam,
    b,
    ...product,
    ...richtlijn,
    ...(metModellen ? model : []),
  ];
  const modelrijen = modelNaarTabel(bron).map((m) =>
    rij(m.soort, m.naam, m.bedrag, "", "", "", m.bron, undefined, undefined, m.model),
  );
  const jn = (w: boolean) => (w ? "ja" : "nee");
  return [
    rij("regio", bron.regio),
    rij("geldig vanaf", bron.geldigVanaf),
    rij("geldig tot", bron.geldigTot),
    rij("bron", bron.bron),
    // The model first (issue 18); a set of another model has no durations.
    ...modelrijen.filter((r) => r[1] === "model"),
    ...(bron.duur
      ? [rij("herstel max weken", bron.duur.herstelMaxWeken), rij("duurzaam weken", bron.duur.duurzaamWeken)]
      : []),
    ...(bron.standaardbudgetten ?? []).map((s) =>
      rij("standaardbudget", s.nummer, s.bedrag, jn(s.naMedischeVerwijzing), "", "", s.bron ?? ""),
    ),
    ...(bron.rekentarieven ?? []).map((r) => rij("rekentarief", r.naam, r.uurtarief ?? "", "", "", "", r.bron ?? "")),
    ...(bron.intensiteiten ?? []).map((i) =>
      rij(
        "intensiteit",
        i.naam,
        i.uurtarief ?? "",
        "",
        jn(i.toegestaanInHerstel),
        i.toegestaanInDuurzaam ? "ja" : i.duurzaamBijKdcOdc ? "KDC/ODC" : "nee",
        i.bron ?? "",
      ),
    ),
    ...(bron.richtlijn
      ? [
          rij("richtlijn bron", bron.richtlijn.bron),
          ...bron.richtlijn.soorten.flatMap((s) =>
            s.banden.map((b) =>
              rij("richtlijn", s.naam, "", "", "", "", "", undefined, [b.totEnMetUren ?? "", b.niveau, b.omschrijving]),
            ),
          ),
        ]
      : []),
    ...(bron.producten ?? []).map((p) =>
      rij(
        p.tariefPerAanbieder ? "product per aanbieder" : "product",
        p.naam,
        p.tarief ?? "",
        "",
        "",
        "",
        p.bron ?? "",
        productKolommen(p),
      ),
    ),
    ...modelrijen.filter((r) => r[1] !== "model"),
  ];
}
