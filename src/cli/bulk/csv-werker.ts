import { Segmentverwerker, type Csvopdracht, type Segmentuitkomst } from "./csv-segment";
import type { Segment } from "./csv-segmenten";
import { dien, eigenGeheugen, setInThread, type Werkerdata } from "./rekenthreads";

dien<Segment, Segmentuitkomst>(
  (data) => {
    const d = data as Werkerdata<Csvopdracht>;
    const verwerker = new Segmentverwerker(d.opdracht, setInThread(d), d.declaraties);
    return { verwerk: (s, n) => verwerker.verwerk(s.bytes, s.zonderQuotes, n), staat: () => verwerker.staat() };
  },
  // The output's memory goes to the main thread as it is, not copied.
  (u) => (u.soort === "ok" ? eigenGeheugen(u.uit) : []),
);
