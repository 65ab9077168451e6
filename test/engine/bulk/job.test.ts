import {
  draaiBulk,
  Kolomfout,
  Schrijffout,
  STANDAARD_TARIEFSET,
  UITVOER,
  type Bulkplan,
  type Bulkpoort,
  type Rijen,
  type Uitvoerblok,
} from "../../../src/engine";

const KOPPEN = ["Toewijzing", "Aanbieder", "Traject", "Ambulant uren per week", "Ambulant weken", "Rekentarief"];
const rij = (i: number) => [`T${i}`, i % 2 ? "A" : "B", "herstel", 3, 26, "Overwegend begeleiding en lichte hulp"];

/** An in-memory sheet behind the port: records what the run asks and writes, and can refuse a write. */
class NepPoort implements Bulkpoort {
  geschreven: { start: number; aantal: number; cellen: unknown[][] }[] = [];
  toegevoegd: string[] = [];
  private gelezen = 0;
  constructor(
    private readonly rijen: unknown[][],
    private readonly weigerBlok = -1,
  ) {}
  async leesKoppen() {
    return KOPPEN;
  }
  async voegKoppenToe(plan: Bulkplan) {
    this.toegevoegd = plan.nieuw.map((n) => n.naam);
  }
  async leesBlok(max: number): Promise<Rijen | null> {
    if (this.weigerBlok >= 0 && this.geschreven.length - 1 === this.weigerBlok)
      throw new Schrijffout("de werkmap is vergrendeld");
    const blok = this.rijen.slice(this.gelezen, this.gelezen + max);
    this.gelezen += blok.length;
    return blok.length ? blok : null;
  }
  async schrijfBlok({ start, rijen, uitkomsten, plan }: Uitvoerblok) {
    const alle = plan.kolommen.map((_, k) => k);
    this.geschreven.push({ start, aantal: rijen.length, cellen: uitkomsten.matrix(rijen.length, alle, () => "oud") });
  }
}

describe("draaiBulk: one run for Excel, CSV and xlsx behind a port", () => {
  const opties = { set: STANDAARD_TARIEFSET, rijenPerBlok: 4 };

  test("blocks in order, every output column, progress per written block, the summary of all rows", async () => {
    const poort = new NepPoort(Array.from({ length: 10 }, (_, i) => rij(i)));
    const voortgang: number[] = [];
    const u = await draaiBulk(poort, { ...opties, voortgang: (n) => voortgang.push(n) });
    expect(poort.toegevoegd).toEqual([...UITVOER]);
    expect(poort.geschreven.map((b) => [b.start, b.aantal])).toEqual([
      [0, 4],
      [4, 4],
      [8, 2],
    ]);
    expect(voortgang).toEqual([4, 8, 10]);
    expect(u).toMatchObject({ verwerkt: 10, geannuleerd: false, fout: null });
    expect(u.samenvatting.rijen).toBe(10);
    // 3 h x 26 weeks x € 70 = € 5.460: the first level at or above is 5 (€ 8.000).
    expect(poort.geschreven[0].cellen[0].slice(0, 5)).toEqual(["", 5460, 5460, 5, 8000]);
    expect(u.samenvatting.perAanbieder.get("A")?.toewijzingen).toBe(5);
  });

  test("a refused write stops the run there: that block is not counted, and the message says up to where", async () => {
    const poort = new NepPoort(
      Array.from({ length: 10 }, (_, i) => rij(i)),
      1,
    );
    const u = await draaiBulk(poort, opties);
    expect(u.verwerkt).toBe(4);
    expect(u.samenvatting.rijen).toBe(4);
    expect(u.fout).toBe(
      "Gestopt bij rij 5: de werkmap is vergrendeld. Rijen 1 t/m 4 zijn herberekend, de rest is ongewijzigd.",
    );
  });

  test("a cancel between blocks keeps what was written and counts only that", async () => {
    let blokken = 0;
    const u = await draaiBulk(new NepPoort(Array.from({ length: 10 }, (_, i) => rij(i))), {
      ...opties,
      geannuleerd: () => blokken++ === 2,
    });
    expect(u).toMatchObject({ verwerkt: 8, geannuleerd: true, fout: null });
    expect(u.samenvatting.rijen).toBe(8);
  });

  test("a header without the needed columns stops before anything is written", async () => {
    const poort = new NepPoort([]);
    poort.leesKoppen = async () => ["Naam", "Uren"];
    await expect(draaiBulk(poort, opties)).rejects.toThrow(Kolomfout);
    expect(poort.geschreven).toEqual([]);
    poort.leesKoppen = async () => null as never;
    await expect(draaiBulk(poort, opties)).rejects.toMatchObject({ leeg: true });
  });

  test("any other error ends the run as it is (a file job then leaves no half output)", async () => {
    const poort = new NepPoort([rij(1)]);
    poort.schrijfBlok = async () => {
      throw new Error("schijf vol");
    };
    await expect(draaiBulk(poort, opties)).rejects.toThrow("schijf vol");
  });
});
