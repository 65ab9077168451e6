import { existsSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { Declaratierun, PRESTATIE_KOLOMMEN, TOEWIJZING_KOLOMMEN, type Tabelsoort } from "../engine";
import { alsBestandsfout, bestandsreden, GebruiksFout } from "./fouten";
import { leesOpties } from "./opties";
import { leesTariefsets, tariefsetVoorOptie } from "./tariefbestand";
import { sleutelVan, tijdelijkPad } from "./bulk/bestanden";
import { leesBerichten } from "./declaraties/berichten";
import { leesBericht, type Berichtsoort } from "./declaraties/ijw-xml";
import { leesTabel } from "./declaraties/tabel-invoer";
import { Bladschrijver, Csvschrijver, schrijfWerkmap, type Tabelschrijver } from "./declaraties/tabel-uitvoer";
import type { Uitvoer } from "./uitvoer";

const OPTIES = {
  toewijzingen: { type: "string", multiple: true },
  declaraties: { type: "string", multiple: true },
  tarieven: { type: "string" },
  tariefset: { type: "string" },
  uit: { type: "string" },
  prestaties: { type: "string" },
  overschrijven: { type: "boolean" },
} as const;

const INVOER = new Set([".xml", ".csv", ".txt", ".xlsx"]);
/** Messages printed on stderr; beyond that they are counted (every one is in the output file's Melding). */
const MAX_MELDINGEN = 50;

/** The files a PAD names: the file itself, or every message or table in the folder and its subfolders, sorted. */
export function bestandenVan(pad: string, optie: string): string[] {
  let info;
  try {
    info = statSync(pad);
  } catch (fout) {
    throw new GebruiksFout(`${optie} '${pad}': ${bestandsreden(fout)}.`);
  }
  if (info.isFile()) {
    if (!INVOER.has(extname(pad).toLowerCase()))
      throw new GebruiksFout(`${optie} '${basename(pad)}' is geen .xml-, .csv- of .xlsx-bestand.`);
    return [pad];
  }
  const uit: string[] = [];
  const loop = (map: string) => {
    for (const naam of readdirSync(map).sort()) {
      const vol = join(map, naam);
      const s = statSync(vol);
      if (s.isDirectory()) loop(vol);
      else if (INVOER.has(extname(naam).toLowerCase())) uit.push(vol);
    }
  };
  loop(pad);
  if (uit.length === 0) throw new GebruiksFout(`${optie} '${pad}': de map bevat geen .xml-, .csv- of .xlsx-bestanden.`);
  return uit;
}

function controleerUitvoer(pad: string, invoer: readonly string[], overschrijven: boolean, ext: readonly string[]) {
  if (!ext.includes(extname(pad).toLowerCase()))
    throw new GebruiksFout(`Het uitvoerbestand '${basename(pad)}' moet eindigen op ${ext.join(" of ")}.`);
  const sleutel = sleutelVan(pad);
  if (invoer.some((i) => sleutelVan(i) === sleutel))
    throw new GebruiksFout(`Het uitvoerbestand '${basename(pad)}' is een invoerbestand; kies een andere naam.`);
  if (!overschrijven && existsSync(pad))
    throw new GebruiksFout(
      `Het uitvoerbestand '${basename(pad)}' bestaat al. Kies een andere naam, of geef --overschrijven om het te vervangen.`,
    );
}

export async function declaratiesOpdracht(args: string[], uit: Uitvoer): Promise<number> {
  const { values: w, positionals } = leesOpties(args, OPTIES, false);
  if (positionals.length > 0) throw new GebruiksFout(`Onverwacht argument '${positionals[0]}'.`);
  if (!w.toewijzingen?.length || !w.declaraties?.length)
    throw new GebruiksFout(
      "Geef --toewijzingen PAD (JW301-berichten of een tabel) en --declaraties PAD (JW323-berichten of een tabel); een PAD mag een map zijn en de opties mogen vaker voorkomen.",
    );
  const toewijzingen = w.toewijzingen.flatMap((p) => bestandenVan(p, "--toewijzingen"));
  const declaraties = w.declaraties.flatMap((p) => bestandenVan(p, "--declaraties"));
  const alle = [...toewijzingen, ...declaraties];
  const overschrijven = w.overschrijven === true;
  const uitPad = resolve(w.uit ?? "declaraties-controle.xlsx");
  controleerUitvoer(uitPad, alle, overschrijven, [".xlsx", ".csv"]);
  const alsCsv = extname(uitPad).toLowerCase() === ".csv";
  const prestatiePad =
    w.prestaties !== undefined
      ? resolve(w.prestaties)
      : alsCsv
        ? join(resolve(uitPad, ".."), `${basename(uitPad, extname(uitPad))}-prestaties.csv`)
        : null;
  if (prestatiePad !== null) {
    controleerUitvoer(prestatiePad, alle, overschrijven, [".csv"]);
    if (sleutelVan(prestatiePad) === sleutelVan(uitPad))
      throw new GebruiksFout("--prestaties en --uit noemen hetzelfde bestand; kies twee namen.");
  }
  const set = tariefsetVoorOptie(leesTariefsets(w.tarieven), w.tariefset);

  const run = new Declaratierun(set);
  let meldingen = 0;
  const meld = (fouten: readonly string[]) => {
    for (const f of fouten) if (++meldingen <= MAX_MELDINGEN) uit.stderr(`${f}\n`);
  };
  /** Input files that could not be read (wholly or partly): the totals are then incomplete (exit 3). */
  const bestandsfouten = new Set<string>();
  const start = Date.now();

  // Written beside the targets and renamed at the end: a failed or stopped run leaves no half file.
  const tijdelijk = [uitPad, prestatiePad].filter((p): p is string => p !== null).map(tijdelijkPad);
  const bladPad = (n: number) => `${tijdelijkPad(uitPad)}.blad${n}`;
  const opruimen = () => {
    for (const p of [...tijdelijk, bladPad(1), bladPad(2)]) rmSync(p, { force: true });
  };
  const stop = (signaal: NodeJS.Signals, code: number) => () => {
    opruimen();
    uit.stderr(`rekentool declaraties: afgebroken (${signaal}); er is geen uitvoerbestand gemaakt.\n`);
    process.exit(code);
  };
  const afbreken = { SIGINT: stop("SIGINT", 130), SIGTERM: stop("SIGTERM", 143) };
  for (const [signaal, f] of Object.entries(afbreken)) process.on(signaal, f);

  let prestatieUit: Tabelschrijver;
  let toewijzingUit: Tabelschrijver;
  let bladen: Bladschrijver[] = [];
  try {
    // Toewijzingen first, all of them: a prestatie is judged against the newest version of its toewijzing.
    for (const bestand of toewijzingen) {
      const fouten = await leesEen(meld, bestand, "JW301", "toewijzingen", (bron, structuur) =>
        meld(run.voegToewijzing(bron, structuur)),
      );
      if (fouten.length > 0) bestandsfouten.add(bestand);
      meld(fouten);
    }
    if (alsCsv) {
      toewijzingUit = new Csvschrijver(tijdelijk[0], TOEWIJZING_KOLOMMEN);
      prestatieUit = new Csvschrijver(tijdelijk[1], PRESTATIE_KOLOMMEN);
    } else {
      const t = new Bladschrijver(bladPad(1), "Toewijzingen", TOEWIJZING_KOLOMMEN);
      bladen = [t];
      toewijzingUit = t;
      if (prestatiePad) prestatieUit = new Csvschrijver(tijdelijk[1], PRESTATIE_KOLOMMEN);
      else {
        const p = new Bladschrijver(bladPad(2), "Prestaties", PRESTATIE_KOLOMMEN);
        bladen.push(p);
        prestatieUit = p;
      }
    }
    const naChunk = () => prestatieUit.wacht();
    const [berichten, tabellen] = [declaraties.filter(isBericht), declaraties.filter((b) => !isBericht(b))];
    await leesBerichten(
      berichten,
      "JW323",
      (bron, structuur) => {
        const r = run.verwerkPrestatie(bron, structuur);
        prestatieUit.rij(r.rij);
        meld(r.fouten);
      },
      (bestand, verslag) => {
        if (verslag.fouten.length > 0) bestandsfouten.add(bestand);
        meld(verslag.fouten);
        meld(verslag.waarschuwingen);
      },
      naChunk,
    );
    for (const bestand of tabellen) {
      const fouten = await leesEen(
        meld,
        bestand,
        "JW323",
        "prestaties",
        (bron, structuur) => {
          const r = run.verwerkPrestatie(bron, structuur);
          prestatieUit.rij(r.rij);
          meld(r.fouten);
        },
        naChunk,
      );
      if (fouten.length > 0) bestandsfouten.add(bestand);
      meld(fouten);
    }
    let n = 0;
    for (const rij of run.toewijzingRijen()) {
      toewijzingUit.rij(rij);
      if (++n % 1024 === 0) await toewijzingUit.wacht();
    }
    await toewijzingUit.sluit();
    await prestatieUit.sluit();
    const teVeel = bladen.reduce((t, b) => t + b.teVeel, 0);
    if (teVeel > 0)
      throw new GebruiksFout(
        `Er zijn meer prestaties dan een werkblad kan houden (${teVeel.toLocaleString("nl-NL")} te veel). Geef --prestaties PRESTATIES.csv: dan gaan ze naar een CSV-bestand.`,
      );
    if (!alsCsv) await schrijfWerkmap(tijdelijk[0], bladen);
    if (!overschrijven)
      for (const doel of [uitPad, prestatiePad])
        if (doel && existsSync(doel))
          throw new GebruiksFout(
            `Het uitvoerbestand '${basename(doel)}' is intussen door iets anders gemaakt; het is niet vervangen. Geef --overschrijven om het toch te vervangen.`,
          );
    renameSync(tijdelijk[0], uitPad);
    if (prestatiePad) renameSync(tijdelijk[1], prestatiePad);
  } catch (fout) {
    throw alsBestandsfout(fout, uitPad);
  } finally {
    opruimen();
    for (const [signaal, f] of Object.entries(afbreken)) process.off(signaal, f);
  }
  if (meldingen > MAX_MELDINGEN)
    uit.stderr(
      `... en nog ${(meldingen - MAX_MELDINGEN).toLocaleString("nl-NL")} meldingen; elke staat bij zijn toewijzing of prestatie in het uitvoerbestand (kolom Melding).\n`,
    );
  const duur = ((Date.now() - start) / 1000).toFixed(1).replace(".", ",");
  uit.stdout(
    `Gecontroleerd met tariefset ${set.naam}: ${uitPad}${prestatiePad ? ` en ${prestatiePad}` : ""} (${duur} s)\n`,
  );
  if (bestandsfouten.size > 0)
    uit.stdout(
      `Let op: ${bestandsfouten.size} ${bestandsfouten.size === 1 ? "bestand is" : "bestanden zijn"} (deels) niet gelezen; de totalen zijn onvolledig (zie de meldingen hierboven).\n`,
    );
  uit.stdout(run.samenvatting());
  return bestandsfouten.size > 0 ? 3 : run.heeftBevindingen() ? 1 : 0;
}

const isBericht = (pad: string) => extname(pad).toLowerCase() === ".xml";

/** One input file, by its extension: an iJw message (XML) or a table (CSV, xlsx). Returns file-level problems. */
async function leesEen(
  meldWaarschuwing: (teksten: readonly string[]) => void,
  pad: string,
  bericht: Berichtsoort,
  soort: Tabelsoort,
  perRecord: Parameters<typeof leesBericht>[2],
  naChunk?: () => Promise<void>,
): Promise<string[]> {
  try {
    if (extname(pad).toLowerCase() === ".xml") {
      const verslag = await leesBericht(pad, bericht, perRecord, naChunk);
      meldWaarschuwing(verslag.waarschuwingen);
      return verslag.fouten;
    }
    return await leesTabel(pad, soort, (bron) => perRecord(bron, []), naChunk ?? (async () => undefined));
  } catch (fout) {
    const code = (fout as NodeJS.ErrnoException | null)?.code;
    if (code && code.startsWith("E")) return [`${basename(pad)}: kan niet worden gelezen: ${bestandsreden(fout)}.`];
    throw fout;
  }
}
