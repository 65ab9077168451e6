// A stand-in for office.js inside Excel, served by the browser tests in its place. It implements only the
// Office.js calls the add-in uses, on a small recording workbook: window.__werkmap.
(function () {
  const werkmap = (window.__werkmap = window.__werkmap || {
    bladen: { Blad1: {} },
    volgorde: ["Blad1"],
    actief: "Blad1",
    selectie: "A1",
    tabel: null, // the Tarieven table: { kop: [...], rijen: [[...]] }
    tabellen: [], // data tables: { naam, blad, kopRij, linkerKolom, breedte, rijen }
    syncs: 0,
    schrijfacties: [],
  });

  const letters = (n) =>
    n < 26 ? String.fromCharCode(65 + n) : letters(Math.floor(n / 26) - 1) + String.fromCharCode(65 + (n % 26));
  const kolomNr = (s) => [...s].reduce((t, c) => t * 26 + c.charCodeAt(0) - 64, 0) - 1;
  const cel = (adres) => {
    const m = /^([A-Z]+)(\d+)$/.exec(adres);
    return { r: Number(m[2]) - 1, c: kolomNr(m[1]) };
  };
  const naam = (r, c) => letters(c) + (r + 1);

  function Bereik(blad, r0, c0, r1, c1) {
    const bereik = {
      rowIndex: r0,
      columnIndex: c0,
      rowCount: r1 - r0 + 1,
      columnCount: c1 - c0 + 1,
      get address() {
        return `${blad}!${naam(r0, c0)}` + (r1 > r0 || c1 > c0 ? `:${naam(r1, c1)}` : "");
      },
      get values() {
        const uit = [];
        for (let r = r0; r <= r1; r++) {
          const rij = [];
          for (let c = c0; c <= c1; c++) rij.push(werkmap.bladen[blad][naam(r, c)] ?? "");
          uit.push(rij);
        }
        return uit;
      },
      set values(waarden) {
        werkmap.schrijfacties.push({ adres: bereik.address, waarden });
        waarden.forEach((rij, i) => rij.forEach((w, j) => (werkmap.bladen[blad][naam(r0 + i, c0 + j)] = w)));
      },
      numberFormat: null,
      format: { font: {}, autofitColumns() {} },
      load() {
        return bereik;
      },
      getCell: (r, c) => Bereik(blad, r0 + r, c0 + c, r0 + r, c0 + c),
      getResizedRange: (dr, dc) => Bereik(blad, r0, c0, r1 + dr, c1 + dc),
      getRow: (i) => Bereik(blad, r0 + i, c0, r0 + i, c1),
      select() {
        werkmap.selectie = naam(r0, c0);
      },
    };
    return bereik;
  }

  function Blad(naam) {
    return {
      name: naam,
      getRange(adres) {
        const [a, b = a] = adres.split(":");
        const p = cel(a);
        const q = cel(b);
        return Bereik(naam, p.r, p.c, q.r, q.c);
      },
      activate() {
        werkmap.actief = naam;
      },
      tables: {
        add: () => {
          throw new Error("niet nagebootst");
        },
      },
      // Charts (the Vergelijken tab): recorded in werkmap.grafieken with their title.
      charts: {
        add(soort, bron, reeksen) {
          const grafiek = { blad: naam, soort, reeksen, titel: "" };
          (werkmap.grafieken ??= []).push(grafiek);
          return {
            title: {
              set text(t) {
                grafiek.titel = t;
              },
            },
            height: 0,
            width: 0,
            setPosition() {},
          };
        },
      },
      load() {
        return this;
      },
      getRangeByIndexes: (r, c, rijen, kolommen) => Bereik(naam, r, c, r + rijen - 1, c + kolommen - 1),
      getUsedRange() {
        const sleutels = Object.keys(werkmap.bladen[naam]).map(cel);
        const rijen = sleutels.map((k) => k.r);
        const kolommen = sleutels.map((k) => k.c);
        return Bereik(naam, Math.min(...rijen), Math.min(...kolommen), Math.max(...rijen), Math.max(...kolommen));
      },
    };
  }

  function DataTabel(t) {
    return {
      name: t.naam,
      isNullObject: false,
      worksheet: Blad(t.blad),
      getHeaderRowRange: () => Bereik(t.blad, t.kopRij, t.linkerKolom, t.kopRij, t.linkerKolom + t.breedte - 1),
      getRange: () => Bereik(t.blad, t.kopRij, t.linkerKolom, t.kopRij + t.rijen, t.linkerKolom + t.breedte - 1),
      getDataBodyRange: () =>
        Bereik(t.blad, t.kopRij + 1, t.linkerKolom, t.kopRij + t.rijen, t.linkerKolom + t.breedte - 1),
      columns: {
        add(_index, _waarden, naam) {
          werkmap.bladen[t.blad][naam_(t.kopRij, t.linkerKolom + t.breedte)] = naam;
          t.breedte++;
        },
      },
    };
  }
  const naam_ = naam;

  const context = {
    workbook: {
      getSelectedRange() {
        const p = cel(werkmap.selectie);
        return Bereik(werkmap.actief, p.r, p.c, p.r, p.c);
      },
      worksheets: {
        getActiveWorksheet: () => Blad(werkmap.actief),
        getItem: (naam) => Blad(naam),
        get items() {
          return werkmap.volgorde.map(Blad);
        },
        load() {
          return this;
        },
        add(naam) {
          werkmap.bladen[naam] = {};
          werkmap.volgorde.push(naam);
          return Blad(naam);
        },
      },
      tables: {
        load() {
          return { items: werkmap.tabellen.map((t) => ({ name: t.naam })) };
        },
        getItem(naam) {
          return DataTabel(werkmap.tabellen.find((t) => t.naam === naam));
        },
        getItemOrNullObject(naam) {
          if (naam !== "Tarieven") return { isNullObject: true };
          const t = werkmap.tabel;
          return {
            isNullObject: !t,
            getHeaderRowRange: () => ({
              load() {
                return this;
              },
              values: t ? [t.kop] : [],
            }),
            getDataBodyRange: () => ({
              load() {
                return this;
              },
              values: t ? t.rijen : [],
            }),
          };
        },
        onChanged: { add() {} },
        onAdded: { add() {} },
        onDeleted: { add() {} },
      },
      application: { calculate() {} },
    },
    application: {
      suspendApiCalculationUntilNextSync() {},
      suspendScreenUpdatingUntilNextSync() {
        throw new Error("ExcelApiDesktop 1.1 ontbreekt: alleen in Excel desktop");
      },
    },
    async sync() {
      werkmap.syncs++;
    },
  };

  window.Excel = {
    run: async (f) => f(context),
    CalculationType: { full: "Full" },
    ChartType: { barClustered: "BarClustered" },
    ChartSeriesBy: { columns: "Columns" },
  };
  const info = { host: "Excel", platform: "PC" };
  window.Office = {
    HostType: { Excel: "Excel" },
    // Behaves like Excel on the web: no desktop-only API sets.
    context: { requirements: { isSetSupported: (naam) => naam !== "ExcelApiDesktop" } },
    onReady(terug) {
      if (terug) terug(info);
      return Promise.resolve(info);
    },
  };
  window.CustomFunctions = {
    associate() {},
    Error: function (code, message) {
      this.code = code;
      this.message = message;
    },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
})();
