import type { Tariefset } from "../tariefset/types";
import { alsTekst } from "../melding";
import { Declaratiecontrole } from "./controle";
import { leesPrestatie, leesToewijzing, type Veldbron } from "./lezen";
import { Toewijzingenregister } from "./register";
import {
  onleesbareRij,
  onleesbareToewijzingRij,
  prestatieRij,
  samenvattingTekst,
  toewijzingRij,
  toewijzingStatus,
} from "./uitkomst";

/**
 * One run over toewijzingen and prestaties, for every surface (CLI, task pane, bench): first every toewijzing
 * (the newest version of each wins), then the prestaties one by one in the order they arrive, each judged and
 * turned into its output row at once, so a year of prestaties streams through in bounded memory.
 */
export class Declaratierun {
  readonly register = new Toewijzingenregister();
  private controle: Declaratiecontrole | null = null;
  /** Toewijzingen that could not be read: counted, and a row each in the output with why. */
  onleesbareToewijzingen = 0;
  private readonly onleesbaarRijen: unknown[][] = [];

  constructor(readonly set: Tariefset) {}

  /** Reads one toewijzing; returns the messages when it cannot be read (then it is left out and counted). */
  voegToewijzing(bron: Veldbron, structuurfouten: readonly string[] = []): string[] {
    if (this.controle) throw new Error("Toewijzingen komen vóór de prestaties.");
    const r = leesToewijzing(bron);
    if (!r.ok || structuurfouten.length > 0) {
      this.onleesbareToewijzingen++;
      const fouten = [...structuurfouten, ...(r.ok ? [] : r.fouten)];
      this.onleesbaarRijen.push(onleesbareToewijzingRij(alsTekst(bron.waarde("ToewijzingNummer")).trim(), fouten));
      return fouten;
    }
    this.register.voeg(r.waarde);
    return [];
  }

  private get ctrl(): Declaratiecontrole {
    return (this.controle ??= new Declaratiecontrole(this.register, this.set));
  }

  /**
   * Judges one prestatie: its output row, and the messages when it could not be read. `structuurfouten` are the
   * reader's (an element not closed): then its fields are not trusted either.
   */
  verwerkPrestatie(bron: Veldbron, structuurfouten: readonly string[] = []): { rij: unknown[]; fouten: string[] } {
    const r = leesPrestatie(bron);
    if (!r.ok || structuurfouten.length > 0) {
      const fouten = [...structuurfouten, ...(r.ok ? [] : r.fouten)];
      const tekst = (veld: Parameters<Veldbron["waarde"]>[0]) => alsTekst(bron.waarde(veld)).trim();
      const nummer = tekst("ToewijzingNummer");
      this.ctrl.onleesbareRegel(nummer, tekst("Ontvanger"), tekst("Afzender"));
      return { rij: onleesbareRij(bron.waar, nummer, fouten), fouten };
    }
    const bevindingen = this.ctrl.controleer(r.waarde);
    return { rij: prestatieRij(r.waarde, bevindingen, this.set), fouten: [] };
  }

  /** The rows per toewijzing, once every prestatie is in. */
  *toewijzingRijen(): IterableIterator<unknown[]> {
    for (const t of this.register.alle()) yield toewijzingRij(t, this.ctrl.stand(t), this.register.versies(t));
    yield* this.onleesbaarRijen;
  }

  samenvatting(): string {
    return samenvattingTekst(this.register, this.ctrl, this.set, this.onleesbareToewijzingen);
  }

  /** True when any toewijzing or prestatie has a finding or could not be read (exit code 1). */
  heeftBevindingen(): boolean {
    if (this.onleesbareToewijzingen > 0 || this.ctrl.onleesbaar > 0) return true;
    for (const a of this.ctrl.perAanbieder.values()) if (a.metBevinding > 0) return true;
    for (const t of this.register.alle()) if (toewijzingStatus(t, this.ctrl.stand(t)) !== "ok") return true;
    return false;
  }

  /** The controle, for totals in tests and the bench. */
  get totalen(): Declaratiecontrole {
    return this.ctrl;
  }
}
