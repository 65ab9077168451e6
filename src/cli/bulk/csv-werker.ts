import { laadTariefset, type Declaraties } from "../../engine";
import { Segmentverwerker, type Csvopdracht, type Segmentuitkomst } from "./csv-segment";
import type { Segment } from "./csv-segmenten";
import { dien, eigenGeheugen } from "./rekenthreads";

/** What a CSV thread starts with: the run's shared part, the tariff set as its source, the declarations if any. */
export interface Csvwerkerdata {
  opdracht: Csvopdracht;
  /** The set's source JSON: a compiled set holds functions, which cannot cross to a thread. */
  setBron: unknown;
  declaraties: Declaraties | undefined;
}

dien<Segment, Segmentuitkomst>(
  (data) => {
    const { opdracht, setBron, declaraties } = data as Csvwerkerdata;
    const geladen = laadTariefset(setBron);
    if (!geladen.ok) throw new Error("tariefset laadt niet op de rekenthread");
    const verwerker = new Segmentverwerker(opdracht, geladen.tariefset, declaraties);
    return { verwerk: (s) => verwerker.verwerk(s.bytes, s.zonderQuotes), staat: () => verwerker.staat() };
  },
  // The output's memory goes to the main thread as it is, not copied.
  (u) => (u.soort === "ok" ? eigenGeheugen(u.uit) : []),
);
