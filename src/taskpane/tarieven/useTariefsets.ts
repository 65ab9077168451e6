import { useCallback, useEffect, useMemo, useState } from "react";
import { INGEBOUWDE_TARIEFSETS, naamSleutel, tabelNaarTariefsets, type Tariefset } from "../../engine";
import { leesTarievenTabel } from "../../excel/tarieven-tabel";
import type { Omgeving } from "../omgeving";

export type Herkomst = "werkmap" | "ingebouwd" | "geïmporteerd";

export interface TariefsetKeuze {
  set: Tariefset;
  herkomst: Herkomst;
}

export interface Tariefsets {
  keuzes: TariefsetKeuze[];
  actief: TariefsetKeuze;
  kies: (naam: string) => void;
  voegToe: (sets: Tariefset[]) => void;
  /** Problems with the workbook's Tarieven table, shown so a fallback is never silent. */
  tabelFouten: string[];
  herlaad: () => Promise<void>;
}

export function useTariefsets(omgeving: Omgeving): Tariefsets {
  const [werkmap, zetWerkmap] = useState<Tariefset[]>([]);
  const [geimporteerd, zetGeimporteerd] = useState<Tariefset[]>([]);
  const [tabelFouten, zetTabelFouten] = useState<string[]>([]);
  const [actieveNaam, zetActieveNaam] = useState<string | null>(null);

  const herlaad = useCallback(async () => {
    if (!omgeving.inExcel) return;
    try {
      const tabel = await leesTarievenTabel();
      if (tabel === null) return void (zetWerkmap([]), zetTabelFouten([]));
      const r = tabelNaarTariefsets(tabel.kop, tabel.rijen);
      zetWerkmap(r.ok ? r.tariefsets : []);
      zetTabelFouten(r.ok ? [] : r.fouten);
    } catch (fout) {
      zetTabelFouten([`De tabel Tarieven kon niet worden gelezen: ${fout instanceof Error ? fout.message : String(fout)}`]);
    }
  }, [omgeving.inExcel]);

  useEffect(() => void herlaad(), [herlaad]);

  const keuzes = useMemo(() => {
    // Later sources win on a name clash: an imported set replaces the table's, the table's the built-in.
    const perNaam = new Map<string, TariefsetKeuze>();
    const voeg = (sets: readonly Tariefset[], herkomst: Herkomst) => sets.forEach((set) => perNaam.set(naamSleutel(set.naam), { set, herkomst }));
    voeg(INGEBOUWDE_TARIEFSETS, "ingebouwd");
    voeg(werkmap, "werkmap");
    voeg(geimporteerd, "geïmporteerd");
    const volgorde: Herkomst[] = ["werkmap", "geïmporteerd", "ingebouwd"];
    return [...perNaam.values()].sort((a, b) => volgorde.indexOf(a.herkomst) - volgorde.indexOf(b.herkomst));
  }, [werkmap, geimporteerd]);

  const actief = keuzes.find((k) => actieveNaam !== null && naamSleutel(k.set.naam) === naamSleutel(actieveNaam)) ?? keuzes[0];
  const voegToe = useCallback((sets: Tariefset[]) => {
    zetGeimporteerd((oud) => [...oud.filter((o) => !sets.some((s) => naamSleutel(s.naam) === naamSleutel(o.naam))), ...sets]);
    zetActieveNaam(sets[0].naam);
  }, []);
  return { keuzes, actief, kies: zetActieveNaam, voegToe, tabelFouten, herlaad };
}
