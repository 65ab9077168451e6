import type { Toewijzing } from "./types";

/** RedenWijziging 13: the municipality withdrew the toewijzing ("verwijderd"). */
export const REDEN_VERWIJDERD = "13";

/**
 * The toewijzingen in force: per ToewijzingNummer (and municipality, since numbers are unique per municipality)
 * the newest version by Toewijzingsdatum and -tijd; a later JW301 for the same number changes it (another budget,
 * an end date, withdrawn). Equal times: the one read last wins, as a receiving system applies them in order.
 */
export class Toewijzingenregister {
  private readonly perSleutel = new Map<string, { t: Toewijzing; versies: number }>();
  private readonly perNummer = new Map<string, Toewijzing[]>();

  voeg(t: Toewijzing): void {
    const sleutel = `${t.gemeente}\u0000${t.toewijzingNummer}`;
    const oud = this.perSleutel.get(sleutel);
    if (!oud) {
      this.perSleutel.set(sleutel, { t, versies: 1 });
      const lijst = this.perNummer.get(t.toewijzingNummer);
      if (lijst) lijst.push(t);
      else this.perNummer.set(t.toewijzingNummer, [t]);
      return;
    }
    oud.versies++;
    if (t.tijdstip >= oud.t.tijdstip) {
      const lijst = this.perNummer.get(t.toewijzingNummer)!;
      lijst[lijst.indexOf(oud.t)] = t;
      oud.t = t;
    }
  }

  /** How many versions of this toewijzing were read (1 when never changed). */
  versies(t: Toewijzing): number {
    return this.perSleutel.get(`${t.gemeente}\u0000${t.toewijzingNummer}`)?.versies ?? 0;
  }

  /**
   * The toewijzing a prestatie is declared on: same number and municipality; when one side does not name the
   * municipality (a table without that column), the only toewijzing with that number. Two municipalities with
   * the same number and no way to tell: none (the caller says so), never a guess.
   */
  zoek(nummer: string, gemeente: string): Toewijzing | undefined {
    const lijst = this.perNummer.get(nummer);
    if (!lijst) return undefined;
    if (lijst.length === 1) {
      const t = lijst[0];
      return t.gemeente === gemeente || t.gemeente === "" || gemeente === "" ? t : undefined;
    }
    return lijst.find((t) => t.gemeente === gemeente);
  }

  get aantal(): number {
    return this.perSleutel.size;
  }

  /** Every toewijzing in force, in the order first read. */
  *alle(): IterableIterator<Toewijzing> {
    for (const { t } of this.perSleutel.values()) yield t;
  }
}
