import { useCallback, useEffect, useMemo, useState } from "react";
import { bepaalTariefsets, naamSleutel, type Tariefset, type TariefsetKeuze, type Werkmaptabel } from "../../engine";
import { leesTarievenTabel, leesWerkmaptabel } from "../../excel/tarieven-tabel";
import type { Omgeving } from "../omgeving";

export type { Herkomst, TariefsetKeuze } from "../../engine";

export interface Tariefsets {
  keuzes: readonly TariefsetKeuze[];
  /** Every set, of any funding model: for the Vergelijken tab (issue 18). */
  alleKeuzes: readonly TariefsetKeuze[];
  /** The set the pane calculates with; null while the workbook's Tarieven table is broken (nothing is calculated then). */
  actief: TariefsetKeuze | null;
  kies: (naam: string) => void;
  voegToe: (sets: Tariefset[]) => void;
  /** Problems with the workbook's Tarieven table, shown so a fallback is never silent. */
  tabelFouten: readonly string[];
  herlaad: () => Promise<void>;
}

/** The pane's sets: the workbook's table, imported files and the built-ins, under the engine's one policy. */
export function useTariefsets(omgeving: Omgeving): Tariefsets {
  const [werkmap, zetWerkmap] = useState<Werkmaptabel>(null);
  const [geimporteerd, zetGeimporteerd] = useState<Tariefset[]>([]);
  const [actieveNaam, zetActieveNaam] = useState<string | null>(null);

  const herlaad = useCallback(async () => {
    if (!omgeving.inExcel) return;
    zetWerkmap(await leesWerkmaptabel(leesTarievenTabel));
  }, [omgeving.inExcel]);

  useEffect(() => void herlaad(), [herlaad]);

  const sets = useMemo(() => bepaalTariefsets({ werkmap, geimporteerd }), [werkmap, geimporteerd]);
  // The pane computes standard budgets: sets of the other models (issue 18) are not offered here.
  const keuzes = useMemo(() => sets.keuzes.filter((k) => k.set.model === "standaardbudget"), [sets]);
  const gekozen =
    actieveNaam === null ? undefined : keuzes.find((k) => naamSleutel(k.set.naam) === naamSleutel(actieveNaam));
  const actief = sets.fouten ? null : (gekozen ?? sets.standaard);
  const voegToe = useCallback((nieuw: Tariefset[]) => {
    zetGeimporteerd((oud) => [
      ...nieuw,
      ...oud.filter((o) => !nieuw.some((s) => naamSleutel(s.naam) === naamSleutel(o.naam))),
    ]);
    const eerste = nieuw.find((s) => s.model === "standaardbudget");
    if (eerste) zetActieveNaam(eerste.naam);
  }, []);
  return {
    keuzes,
    alleKeuzes: sets.keuzes,
    actief,
    kies: zetActieveNaam,
    voegToe,
    tabelFouten: sets.fouten ?? [],
    herlaad,
  };
}
