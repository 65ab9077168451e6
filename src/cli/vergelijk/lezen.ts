import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { inferSchema, initParser, type Parser } from "udsv";
import { naamSleutel } from "../../engine";
import { GebruiksFout, naamInMelding } from "../fouten";
import { begin, scheidingsteken } from "../bulk/csv-bulk";
import { GeenUtf8, van1252, type Tekenset } from "../bulk/tekenset";
import { leesBlad, type Werkblad } from "../bulk/xlsx-rijen";

/**
 * A spend sheet's rows for the comparison, from CSV (streamed, in bounded memory, the same separator and
 * encoding detection as bulk) or xlsx (one sheet, streamed like bulk's). `start` gets the header and returns
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
  const col = sep ? sep[1] : scheidingsteken(regel.replace(/\r?\n$/, ""));
  // uDSV rather than csv-parse here: a comparison reads every row of files of a million rows, and csv-parse was
  // most of the time (profiled: 100,000 rows 2.2 s, a Python script 0.6 s). Chunks go in as text as they come.
  const utf8 = tekenset.naam === "utf-8" ? new TextDecoder("utf-8", { fatal: true }) : null;
  let parser: Parser | null = null;
  let verwerk: Rijverwerker | null = null;
  let begin = true;
  const rij = (velden: string[]) => verwerk!(velden);
  const voer = (tekst: string) => {
    if (begin) {
      // The byte order mark, and Excel's first line "sep=;" that names the separator, are no data.
      tekst = tekst.replace(/^\uFEFF/, "");
      if (sep) tekst = tekst.slice(tekst.search(/\r?\n/) + (/\r\n/.test(regel) ? 2 : 1));
      begin = false;
    }
    if (tekst === "") return;
    if (parser === null) {
      const schema = inferSchema(tekst, { col, encl: '"', row: /\r\n/.test(regel) ? "\r\n" : "\n" });
      verwerk = start(schema.cols.map((c) => c.name));
      parser = initParser(schema);
    }
    parser.chunk<string[]>(tekst, parser.stringArrs, rij);
  };
  const stroom = createReadStream(pad, { highWaterMark: 1 << 20 });
  try {
    for await (const stuk of stroom as AsyncIterable<Buffer>)
      voer(utf8 ? utf8.decode(stuk, { stream: true }) : van1252(stuk));
    if (utf8) voer(utf8.decode());
  } catch (fout) {
    stroom.destroy();
    // A byte that is no UTF-8: the file is Windows-1252 after all; the caller starts again.
    if (fout instanceof TypeError && utf8) throw new GeenUtf8();
    throw fout;
  }
  (parser as Parser | null)?.end();
  if (verwerk === null) throw new GebruiksFout(`'${basename(pad)}' is leeg: er is geen kopregel.`);
}

async function leesXlsx(
  pad: string,
  bladNaam: string | undefined,
  start: (kop: readonly unknown[]) => Rijverwerker,
): Promise<void> {
  // As in bulk: the sheet streams, so a full sheet fits; the small parts are read whole within bulk's limits.
  let alle: readonly Werkblad[] = [];
  let verwerk: Rijverwerker | null = null;
  const blad = await leesBlad(
    pad,
    (bladen) => {
      alle = bladen;
      return bladNaam === undefined ? bladen[0] : bladen.find((b) => naamSleutel(b.naam) === naamSleutel(bladNaam));
    },
    (waarden) => {
      if (verwerk === null) verwerk = start(waarden);
      else verwerk(waarden);
    },
  );
  if (!blad)
    throw new GebruiksFout(
      `Werkblad '${naamInMelding(bladNaam ?? "")}' bestaat niet. Werkbladen: ${alle.map((b) => naamInMelding(b.naam)).join(", ")}.`,
    );
  if (verwerk === null) throw new GebruiksFout(`Werkblad '${naamInMelding(blad.naam)}' is leeg: er is geen kopregel.`);
}
