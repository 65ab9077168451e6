import { dien, eigenGeheugen, setInThread, type Werkerdata } from "./rekenthreads";
import { XlsxSegmentverwerker, type Xlsxopdracht, type Xlsxsegment, type Xlsxuitkomst } from "./xlsx-segment";

dien<Xlsxsegment, Xlsxuitkomst>(
  (data) => {
    const d = data as Werkerdata<Xlsxopdracht>;
    return new XlsxSegmentverwerker(d.opdracht, setInThread(d), d.declaraties);
  },
  // The output's memory goes to the main thread as it is, not copied.
  (u) => (u.soort === "ok" ? eigenGeheugen(u.uit) : []),
);
