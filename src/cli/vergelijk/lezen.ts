import { createReadStream, readFileSync } from "node:fs";
import { basename } from "node:path";
import { parse } from "csv-parse";
import { unzipSync } from "fflate";
import { naamSleutel } from "../../engine";
import { csvFout, GebruiksFout } from "../fouten";
import { begin, scheidingsteken } from "../bulk/csv-bulk";
import { GeenUtf8, leesTekst, type Tekenset } from "../bulk/tekenset";
import { MAX_DEEL, MAX_TOTAAL } from "../bulk/xlsx-bulk";
import { bladRijen } from "../bulk/xlsx-blad";
import { gedeeldeTeksten, tekstVan, werkbladen, type Zip } from "../bulk/xlsx-delen";

/**
 * A spend sheet's rows for the comparison, from CSV (streamed, in bounded memory, the same separator and
 * encoding detection as bulk) or xlsx (one sheet, with bulk's size limits). `start` gets the header and returns
 * what takes each row; it may be called twice for a CSV that turns out to be Windows-1252 further on.
 */
export type Rijverwerker = (rij: readonly unknown[]) => void;

export async function leesOverzicht(
  pad: string,
  soort: "csv" | "xlsx",
  blad: string | undefined,
  start: (kop: readonly unknown[]) => Rijverwerker,
): Promise<void> {
  if (soort === "xlsx") return leesXlsx(pad, blad, start);
  const { regel, tekenset } = begin(pad);
  try {
    await leesCsv(pad, regel, tekenset, start);
  } catch (fout) {
    if (!(fout instanceof GeenUtf8)) throw fout;
    await leesCsv(pad, regel, { naam: "windows-1252", bom: false }, start);
  }
}

async function leesCsv(
  pad: string,
  regel: string,
  tekenset: Tekenset,
  start: (kop: readonly unknown[]) => Rijverwerker,
): Promise<void> {
  const sep = /^sep=(.)\r?\n?$/i.exec(regel);
  const delimiter = sep ? sep[1] : scheidingsteken(regel.replace(/\r?\n$/, ""));
  const tekst = leesTekst(createReadStream(pad), tekenset);
  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    from_line: sep ? 2 : 1,
  });
  tekst.on("error", (fout) => parser.destroy(fout));
  tekst.pipe(parser);
  let verwerk: Rijverwerker | null = null;
  try {
    for await (const rij of parser as AsyncIterable<string[]>) {
      if (verwerk === null) verwerk = start(rij);
      else verwerk(rij);
    }
  } catch (fout) {
    throw csvFout(fout) ?? fout;
  }
  if (verwerk === null) throw new GebruiksFout(`'${basename(pad)}' is leeg: er is geen kopregel.`);
}

function leesXlsx(pad: string, bladNaam: string | undefined, start: (kop: readonly unknown[]) => Rijverwerker): void {
  let zip: Zip;
  let teGroot: string | null = null;
  let totaal = 0;
  try {
    // As in bulk: each part's declared size is checked before it is inflated (a zip bomb is refused).
    zip = unzipSync(readFileSync(pad), {
      filter: (deel) => {
        totaal += deel.originalSize;
        if (deel.originalSize > MAX_DEEL || totaal > MAX_TOTAAL) teGroot ??= deel.name;
        return teGroot === null;
      },
    });
  } catch {
    throw new GebruiksFout(
      `'${basename(pad)}' is geen leesbare Excel-werkmap (.xlsx): het bestand is leeg, beschadigd, van een ander soort, of beveiligd met een wachtwoord.`,
    );
  }
  if (teGroot !== null)
    throw new GebruiksFout(
      `'${basename(pad)}' pakt uit tot meer dan deze opdracht aankan (onderdeel '${teGroot}'). Sla zeer grote overzichten op als CSV; die worden gestreamd.`,
    );
  const bladen = werkbladen(zip);
  const blad = bladNaam === undefined ? bladen[0] : bladen.find((b) => naamSleutel(b.naam) === naamSleutel(bladNaam));
  if (!blad || !zip[blad.pad])
    throw new GebruiksFout(
      `Werkblad '${bladNaam ?? ""}' bestaat niet. Werkbladen: ${bladen.map((b) => b.naam).join(", ")}.`,
    );
  const rijen = bladRijen(tekstVan(zip, blad.pad) ?? "", gedeeldeTeksten(zip));
  if (rijen.length === 0) throw new GebruiksFout(`Werkblad '${blad.naam}' is leeg: er is geen kopregel.`);
  const verwerk = start(rijen[0]);
  for (let i = 1; i < rijen.length; i++) verwerk(rijen[i]);
}
