import { laadTariefset, type Declaraties } from "../../engine";
import { dien, eigenGeheugen } from "./rekenthreads";
import { XlsxSegmentverwerker, type Xlsxopdracht, type Xlsxsegment, type Xlsxuitkomst } from "./xlsx-segment";

/** What an xlsx thread starts with: the run's shared part, the tariff set as its source, the declarations if any. */
export interface Xlsxwerkerdata {
  opdracht: Xlsxopdracht;
  /** The set's source JSON: a compiled set holds functions, which cannot cross to a thread. */
  setBron: unknown;
  declaraties: Declaraties | undefined;
}

dien<Xlsxsegment, Xlsxuitkomst>(
  (data) => {
    const { opdracht, setBron, declaraties } = data as Xlsxwerkerdata;
    const geladen = laadTariefset(setBron);
    if (!geladen.ok) throw new Error("tariefset laadt niet op de rekenthread");
    return new XlsxSegmentverwerker(opdracht, geladen.tariefset, declaraties);
  },
  // The output's memory goes to the main thread as it is, not copied.
  (u) => (u.soort === "ok" ? eigenGeheugen(u.uit) : []),
);
