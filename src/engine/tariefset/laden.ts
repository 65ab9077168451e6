import type { ErrorObject } from "ajv";
import localizeNl from "ajv-i18n/localize/nl";
import valideer from "./valideer-tariefset.gen";
import type { Intensiteit, Niveau, Rekentarief, Richtlijn, RichtlijnBron, Tariefset, TariefsetBron } from "./types";
import { euroNaarCenten, isHeleCenten } from "../geld";
import { Naamtabel, naamSleutel } from "../getal";
import { bouwProducten, productFouten } from "./producten";
import { metStandaardLeeg, modelFouten } from "../modellen/model";

export type Laadresultaat = { ok: true; tariefset: Tariefset } | { ok: false; fouten: string[] };

/** One problem in a set: where (a JSON pointer such as /rekentarieven/1/uurtarief) and what. */
export interface TariefsetFout {
  pad: string;
  tekst: string;
}

/** "/rekentarieven/1/uurtarief" -> "rekentarieven[2] ('Naam').uurtarief" (1-based, as a user counts). */
export function padAlsTekst(pad: string, data: unknown): string {
  const delen = pad.split("/").filter(Boolean);
  let uitvoer = "";
  let huidig: unknown = data;
  for (const deel of delen) {
    const index = /^\d+$/.test(deel) ? Number(deel) : null;
    huidig = huidig && typeof huidig === "object" ? (huidig as Record<string, unknown>)[deel] : undefined;
    if (index !== null) {
      const naam = huidig && typeof huidig === "object" ? (huidig as Record<string, unknown>).naam : undefined;
      uitvoer += `[${index + 1}]` + (typeof naam === "string" ? ` ('${naam}')` : "");
    } else {
      uitvoer += (uitvoer ? "." : "") + deel;
    }
  }
  return uitvoer || "de tariefset";
}

const TYPEN: Record<string, string> = {
  number: "een getal",
  integer: "een geheel getal",
  string: "tekst",
  boolean: "true of false",
  null: "leeg (null)",
  object: "een object",
  array: "een lijst",
};

function typeTekst(type: string | string[]): string {
  return (Array.isArray(type) ? type : String(type).split(",")).map((t) => TYPEN[t] ?? t).join(" of ");
}

/** Patterns in the schema, said in words a functional administrator can act on. */
const PATRONEN: Record<string, string> = {
  "^\\d{2}$": "moet twee cijfers zijn, bijvoorbeeld 50",
  "^[0-9A-Za-z]{1,5}$": "moet 1 tot 5 letters of cijfers zijn, bijvoorbeeld 45A48 of 54011",
  "^\\d{4}-\\d{2}-\\d{2}$": "moet een datum zijn als JJJJ-MM-DD, bijvoorbeeld 2023-01-01",
};

function schemaFouten(fouten: ErrorObject[]): TariefsetFout[] {
  localizeNl(fouten);
  // An "if" failure only says a "then" failed; the "then"'s own error (a required field) says what.
  return fouten
    .filter((fout) => fout.keyword !== "if")
    .map((fout) => {
      if (fout.keyword === "type")
        return {
          pad: fout.instancePath,
          tekst: `moet ${typeTekst((fout.params as { type: string | string[] }).type)} zijn`,
        };
      const patroon = fout.keyword === "pattern" ? PATRONEN[(fout.params as { pattern: string }).pattern] : undefined;
      if (patroon) return { pad: fout.instancePath, tekst: patroon };
      const extra =
        fout.keyword === "additionalProperties"
          ? ` ('${(fout.params as { additionalProperty: string }).additionalProperty}')`
          : fout.keyword === "enum"
            ? ` (${(fout.params as { allowedValues: unknown[] }).allowedValues.join(", ")})`
            : "";
      return { pad: fout.instancePath, tekst: `${fout.message ?? "ongeldig"}${extra}` };
    });
}

function inhoudFouten(bron: TariefsetBron): TariefsetFout[] {
  const fouten: TariefsetFout[] = [];
  const nummers = bron.standaardbudgetten.map((b) => b.nummer);
  const verwacht = nummers.map((_, i) => i + 1);
  if ([...nummers].sort((a, b) => a - b).join() !== verwacht.join()) {
    fouten.push({
      pad: "/standaardbudgetten",
      tekst: `de nummers moeten 1 t/m ${nummers.length} zijn, elk één keer (nu: ${nummers.join(", ")})`,
    });
  }
  const opNummer = bron.standaardbudgetten.map((b, i) => ({ ...b, i })).sort((a, b) => a.nummer - b.nummer);
  for (let k = 1; k < opNummer.length; k++) {
    const [vorige, deze] = [opNummer[k - 1], opNummer[k]];
    if (deze.bedrag <= vorige.bedrag) {
      fouten.push({
        pad: `/standaardbudgetten/${deze.i}`,
        tekst: `standaardbudget ${deze.nummer} (${deze.bedrag}) moet hoger zijn dan standaardbudget ${vorige.nummer} (${vorige.bedrag})`,
      });
    }
  }
  bron.standaardbudgetten.forEach((b, i) => {
    if (!isHeleCenten(b.bedrag))
      fouten.push({
        pad: `/standaardbudgetten/${i}/bedrag`,
        tekst: `hoogstens twee decimalen (hele centen), nu ${b.bedrag}`,
      });
  });
  for (const [lijst, items] of [
    ["rekentarieven", bron.rekentarieven],
    ["intensiteiten", bron.intensiteiten],
  ] as const) {
    const gezien = new Set<string>();
    items.forEach((item, i) => {
      const sleutel = naamSleutel(item.naam);
      if (gezien.has(sleutel)) fouten.push({ pad: `/${lijst}/${i}`, tekst: "deze naam staat er al eerder in" });
      gezien.add(sleutel);
      if (item.uurtarief !== null && !isHeleCenten(item.uurtarief)) {
        fouten.push({
          pad: `/${lijst}/${i}/uurtarief`,
          tekst: `hoogstens twee decimalen (hele centen), nu ${item.uurtarief}`,
        });
      }
    });
  }
  for (const veld of ["geldigVanaf", "geldigTot"] as const) {
    const datum = new Date(`${bron[veld]}T00:00:00Z`);
    if (Number.isNaN(datum.getTime()) || datum.toISOString().slice(0, 10) !== bron[veld]) {
      fouten.push({ pad: `/${veld}`, tekst: `'${bron[veld]}' is geen bestaande datum (JJJJ-MM-DD)` });
    }
  }
  if (bron.richtlijn) fouten.push(...richtlijnFouten(bron.richtlijn, nummers));
  if (bron.geldigVanaf > bron.geldigTot)
    fouten.push({ pad: "/geldigVanaf", tekst: `${bron.geldigVanaf} ligt na geldigTot (${bron.geldigTot})` });
  return fouten;
}

/** The guide must point at levels the set has, with bands in ascending order and only the last one open. */
function richtlijnFouten(richtlijn: RichtlijnBron, nummers: number[]): TariefsetFout[] {
  const fouten: TariefsetFout[] = [];
  const gezien = new Set<string>();
  richtlijn.soorten.forEach((soort, s) => {
    const pad = `/richtlijn/soorten/${s}`;
    if (gezien.has(naamSleutel(soort.naam))) fouten.push({ pad, tekst: "deze soort hulp staat er al eerder in" });
    gezien.add(naamSleutel(soort.naam));
    soort.banden.forEach((band, b) => {
      if (!nummers.includes(band.niveau))
        fouten.push({
          pad: `${pad}/banden/${b}/niveau`,
          tekst: `standaardbudget ${band.niveau} bestaat niet in deze tariefset (nummers: ${nummers.join(", ")})`,
        });
      const vorige = soort.banden[b - 1];
      if (vorige && (vorige.totEnMetUren === undefined || (band.totEnMetUren ?? Infinity) <= vorige.totEnMetUren))
        fouten.push({
          pad: `${pad}/banden/${b}/totEnMetUren`,
          tekst: "de uren moeten per band oplopen; alleen de laatste band mag zonder bovengrens",
        });
    });
  });
  return fouten;
}

function bouwRichtlijn(bron: RichtlijnBron): Richtlijn {
  const soorten = bron.soorten.map((s) => ({
    naam: s.naam,
    banden: s.banden.map((b, i) => ({
      bovenUren: i === 0 ? null : (s.banden[i - 1].totEnMetUren ?? null),
      totEnMetUren: b.totEnMetUren ?? null,
      niveau: b.niveau,
      omschrijving: b.omschrijving,
    })),
  }));
  const perNaam = new Naamtabel(soorten.map((s) => [s.naam, s] as const));
  return { bron: bron.bron, soorten, zoekSoort: (naam) => perNaam.zoek(naam) };
}

/** Every problem of a set, schema first, then the content rules; empty when the set is valid. */
export function controleerTariefset(data: unknown): TariefsetFout[] {
  if (!valideer(data)) return schemaFouten(valideer.errors ?? []);
  return [...inhoudFouten(metStandaardLeeg(data)), ...productFouten(data), ...modelFouten(data)];
}

function bouw(bron: TariefsetBron): Tariefset {
  const niveaus: Niveau[] = [...bron.standaardbudgetten]
    .sort((a, b) => a.bedrag - b.bedrag)
    .map((b) => ({
      nummer: b.nummer,
      bedragCent: euroNaarCenten(b.bedrag),
      naMedischeVerwijzing: b.naMedischeVerwijzing,
    }));
  const rekentarieven: Rekentarief[] = bron.rekentarieven.map((r) => ({
    naam: r.naam,
    uurtariefCent: r.uurtarief === null ? null : euroNaarCenten(r.uurtarief),
    bron: r.bron ?? bron.bron,
  }));
  const intensiteiten: Intensiteit[] = bron.intensiteiten.map((r) => ({
    naam: r.naam,
    uurtariefCent: r.uurtarief === null ? null : euroNaarCenten(r.uurtarief),
    toegestaanInHerstel: r.toegestaanInHerstel,
    toegestaanInDuurzaam: r.toegestaanInDuurzaam,
    duurzaamBijKdcOdc: r.duurzaamBijKdcOdc ?? false,
    bron: r.bron ?? bron.bron,
  }));
  const perRekentarief = new Naamtabel(rekentarieven.map((r) => [r.naam, r] as const));
  const perIntensiteit = new Naamtabel(intensiteiten.map((r) => [r.naam, r] as const));
  return {
    naam: bron.naam,
    regio: bron.regio,
    geldigVanaf: bron.geldigVanaf,
    geldigTot: bron.geldigTot,
    bron: bron.bron,
    niveaus,
    rekentarieven,
    intensiteiten,
    herstelMaxWeken: bron.duur.herstelMaxWeken,
    duurzaamWeken: bron.duur.duurzaamWeken,
    zoekRekentarief: (naam) => perRekentarief.zoek(naam),
    zoekIntensiteit: (naam) => perIntensiteit.zoek(naam),
    richtlijn: bron.richtlijn ? bouwRichtlijn(bron.richtlijn) : null,
    ...bouwProducten(bron),
    bronJson: bron,
    model: bron.model ?? "standaardbudget",
  };
}

/** Validates a tariff set (schema, then content rules) and compiles it. Never throws on bad data. */
export function laadTariefset(data: unknown): Laadresultaat {
  const fouten = controleerTariefset(data);
  // A set of another model has no standard budgets: compiled with empty ones, while bronJson stays as written.
  if (fouten.length === 0)
    return {
      ok: true,
      tariefset: { ...bouw(metStandaardLeeg(data as TariefsetBron)), bronJson: data as TariefsetBron },
    };
  const naam =
    data && typeof data === "object" && typeof (data as { naam?: unknown }).naam === "string"
      ? (data as { naam: string }).naam
      : null;
  return {
    ok: false,
    fouten: fouten.map((f) => `${naam ? `Tariefset '${naam}', ` : ""}${padAlsTekst(f.pad, data)}: ${f.tekst}`),
  };
}

/** A file or table may hold one set or a list of sets. */
export function laadTariefsets(data: unknown): { ok: true; tariefsets: Tariefset[] } | { ok: false; fouten: string[] } {
  const lijst = Array.isArray(data) ? data : [data];
  if (lijst.length === 0) return { ok: false, fouten: ["Het bestand bevat geen tariefset (een lege lijst)."] };
  const tariefsets: Tariefset[] = [];
  const fouten: string[] = [];
  lijst.forEach((item, i) => {
    const r = laadTariefset(item);
    if (r.ok) tariefsets.push(r.tariefset);
    else fouten.push(...r.fouten.map((f) => (lijst.length > 1 ? `Set ${i + 1}: ${f}` : f)));
  });
  const namen = new Set<string>();
  for (const set of tariefsets) {
    if (namen.has(naamSleutel(set.naam))) fouten.push(`Tariefset '${set.naam}' komt meer dan één keer voor.`);
    namen.add(naamSleutel(set.naam));
  }
  return fouten.length > 0 ? { ok: false, fouten } : { ok: true, tariefsets };
}

/**
 * A tariff file's text as JSON, or why not in Dutch: JSON.parse speaks English ("Expected ',' or '}' after
 * property value in JSON at position 12"); the position is what a functional administrator needs.
 */
export function leesJson(tekst: string): { ok: true; data: unknown } | { ok: false; tekst: string } {
  try {
    return { ok: true, data: JSON.parse(tekst.replace(/^\uFEFF/, "")) };
  } catch (fout) {
    const plek = /position (\d+)/.exec(fout instanceof Error ? fout.message : "")?.[1];
    const waar = plek === undefined ? "" : ` bij teken ${Number(plek) + 1}`;
    return {
      ok: false,
      tekst: `geen geldige JSON: de opbouw klopt niet${waar} (let op komma's, aanhalingstekens en haakjes)`,
    };
  }
}
