/**
 * A recording fake of the few Excel calls the bulk adapter makes: a grid per sheet, tables on top of it,
 * writes applied at sync (as Excel batches them), every sync counted and every written cell recorded.
 */
type Cel = string | number | boolean;

interface Tabel {
  naam: string;
  blad: string;
  kopRij: number;
  linkerKolom: number;
  breedte: number;
  rijen: number;
  /** A totals row under the data rows (Excel's "Totaalrij"). */
  totalen: boolean;
}

export interface Schrijfactie {
  blad: string;
  rij: number;
  kolom: number;
  rijen: number;
  kolommen: number;
  soort: "values" | "numberFormat";
  sync: number;
}

/** A chart added to a sheet (the comparison of funding models, issue 18). */
export interface Nepgrafiek {
  blad: string;
  soort: string;
  reeksen: string;
  bron: { rij: number; kolom: number; rijen: number; kolommen: number };
  titel: string;
  hoogte: number;
}

export class NepWerkmap {
  readonly bladen = new Map<string, Map<string, Cel>>();
  readonly grafieken: Nepgrafiek[] = [];
  readonly tabellen: Tabel[] = [];
  actief = "Blad1";
  syncs = 0;
  opgeschort = 0;
  schermOpgeschort = 0;
  readonly schrijfacties: Schrijfactie[] = [];
  /** Makes the n-th sync fail after applying only the first queued write (a half-applied batch). */
  faalBijSync: number | null = null;
  private wachtrij: (() => void)[] = [];

  blad(naam: string): Map<string, Cel> {
    if (!this.bladen.has(naam)) this.bladen.set(naam, new Map());
    return this.bladen.get(naam)!;
  }

  cel(blad: string, rij: number, kolom: number): Cel {
    return this.blad(blad).get(`${rij},${kolom}`) ?? "";
  }

  zetRijen(blad: string, rij: number, kolom: number, waarden: Cel[][]): void {
    waarden.forEach((r, i) =>
      r.forEach((w, j) =>
        w === ""
          ? this.blad(blad).delete(`${rij + i},${kolom + j}`)
          : this.blad(blad).set(`${rij + i},${kolom + j}`, w),
      ),
    );
  }

  voegTabelToe(
    naam: string,
    blad: string,
    rij: number,
    kolom: number,
    koppen: string[],
    rijen: Cel[][],
    totaalrij?: Cel[],
  ): void {
    this.zetRijen(blad, rij, kolom, [koppen, ...rijen, ...(totaalrij ? [totaalrij] : [])]);
    this.tabellen.push({
      naam,
      blad,
      kopRij: rij,
      linkerKolom: kolom,
      breedte: koppen.length,
      rijen: rijen.length,
      totalen: totaalrij !== undefined,
    });
  }

  private bereik(blad: string, rij: number, kolom: number, rijen: number, kolommen: number) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the fake objects below refer back to the workbook
    const werkmap = this;
    const bereik = {
      rowIndex: rij,
      columnIndex: kolom,
      rowCount: rijen,
      columnCount: kolommen,
      load: () => bereik,
      getRow: (i: number) => werkmap.bereik(blad, rij + i, kolom, 1, kolommen),
      get values(): Cel[][] {
        return Array.from({ length: rijen }, (_, i) =>
          Array.from({ length: kolommen }, (_, j) => werkmap.cel(blad, rij + i, kolom + j)),
        );
      },
      set values(waarden: Cel[][]) {
        werkmap.wachtrij.push(() => {
          werkmap.schrijfacties.push({ blad, rij, kolom, rijen, kolommen, soort: "values", sync: werkmap.syncs });
          werkmap.zetRijen(blad, rij, kolom, waarden);
        });
      },
      set numberFormat(_opmaak: string[][]) {
        werkmap.wachtrij.push(() =>
          werkmap.schrijfacties.push({ blad, rij, kolom, rijen, kolommen, soort: "numberFormat", sync: werkmap.syncs }),
        );
      },
    };
    return bereik;
  }

  private werkblad(naam: string) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the fake objects below refer back to the workbook
    const werkmap = this;
    return {
      name: naam,
      load() {
        return this;
      },
      activate() {
        werkmap.actief = naam;
      },
      getRangeByIndexes: (r: number, c: number, rijen: number, kolommen: number) =>
        this.bereik(naam, r, c, rijen, kolommen),
      charts: {
        add: (soort: string, bron: ReturnType<NepWerkmap["bereik"]>, reeksen: string) => {
          const grafiek: Nepgrafiek = {
            blad: naam,
            soort,
            reeksen,
            bron: { rij: bron.rowIndex, kolom: bron.columnIndex, rijen: bron.rowCount, kolommen: bron.columnCount },
            titel: "",
            hoogte: 0,
          };
          werkmap.wachtrij.push(() => werkmap.grafieken.push(grafiek));
          return {
            title: {
              set text(t: string) {
                grafiek.titel = t;
              },
            },
            set height(h: number) {
              grafiek.hoogte = h;
            },
            set width(_b: number) {},
            setPosition: () => undefined,
          };
        },
      },
      getUsedRange: () => {
        const sleutels = [...this.blad(naam).keys()].map((k) => k.split(",").map(Number));
        const rijen = sleutels.map((k) => k[0]);
        const kolommen = sleutels.map((k) => k[1]);
        const r0 = Math.min(...rijen);
        const c0 = Math.min(...kolommen);
        return this.bereik(naam, r0, c0, Math.max(...rijen) - r0 + 1, Math.max(...kolommen) - c0 + 1);
      },
    };
  }

  private tabel(t: Tabel) {
    return {
      name: t.naam,
      isNullObject: false,
      worksheet: this.werkblad(t.blad),
      getHeaderRowRange: () => this.bereik(t.blad, t.kopRij, t.linkerKolom, 1, t.breedte),
      getRange: () => this.bereik(t.blad, t.kopRij, t.linkerKolom, t.rijen + 1 + (t.totalen ? 1 : 0), t.breedte),
      getDataBodyRange: () => this.bereik(t.blad, t.kopRij + 1, t.linkerKolom, t.rijen, t.breedte),
      columns: {
        add: (_index: undefined, _waarden: undefined, naam: string) => {
          this.wachtrij.push(() => {
            this.schrijfacties.push({
              blad: t.blad,
              rij: t.kopRij,
              kolom: t.linkerKolom + t.breedte,
              rijen: 1,
              kolommen: 1,
              soort: "values",
              sync: this.syncs,
            });
            this.zetRijen(t.blad, t.kopRij, t.linkerKolom + t.breedte, [[naam]]);
            t.breedte++;
          });
        },
      },
    };
  }

  /** The global `Excel` the adapter sees. */
  excel() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the fake objects below refer back to the workbook
    const werkmap = this;
    const context = {
      workbook: {
        tables: {
          load: () => ({ items: werkmap.tabellen.map((t) => ({ name: t.naam })) }),
          getItem: (naam: string) => werkmap.tabel(werkmap.tabellen.find((t) => t.naam === naam)!),
          getItemOrNullObject: (naam: string) => {
            const t = werkmap.tabellen.find((x) => x.naam === naam);
            return t ? werkmap.tabel(t) : { isNullObject: true };
          },
        },
        worksheets: {
          getActiveWorksheet: () => werkmap.werkblad(werkmap.actief),
          getItem: (naam: string) => werkmap.werkblad(naam),
          load: () => ({ items: [...werkmap.bladen.keys()].map((name) => ({ name })) }),
          add: (naam: string) => {
            werkmap.blad(naam);
            return werkmap.werkblad(naam);
          },
        },
      },
      application: {
        suspendApiCalculationUntilNextSync: () => werkmap.opgeschort++,
        suspendScreenUpdatingUntilNextSync: () => werkmap.schermOpgeschort++,
      },
      async sync() {
        werkmap.syncs++;
        const taken = werkmap.wachtrij;
        werkmap.wachtrij = [];
        if (werkmap.faalBijSync === werkmap.syncs) {
          taken[0]?.();
          throw new Error("De verbinding met Excel is verbroken");
        }
        for (const taak of taken) taak();
      },
    };
    return {
      run: async <T>(f: (c: typeof context) => Promise<T>) => f(context),
      // The enums the adapters use, with Office.js's string values.
      ChartType: { barClustered: "BarClustered" },
      ChartSeriesBy: { columns: "Columns" },
    };
  }
}
