import fc from "fast-check";
import {
  berekenBudget,
  maakBulkplan,
  maakKolomkaart,
  somDeclaraties,
  STANDAARD_TARIEFSET,
  UITVOER,
  Bulkrun,
} from "../../../src/engine";
import { bekijkRij, berekenRij, BSN_ONGELDIG, LEGE_RIJ } from "../../../src/engine/bulk/rij";
import { isGeldigBsn } from "../../../src/engine/bulk/bsn";
import { MET_AMBULANT, MET_GEKOZEN, MET_GROEP } from "../../../src/engine/rekening";
import { Rijuitkomsten, STATUS_OVERGESLAGEN } from "../../../src/engine/bulk/uitkomsten";
import { genereerRijen, KOPPEN } from "../../../bench/genereer";
import { testset } from "../../helpers/tariefsets";

const set = STANDAARD_TARIEFSET;
const BEGELEIDING = "Overwegend begeleiding en lichte hulp";
const GGZ = "Grote ggz instellingen / academisch";

describe("KDC/ODC column", () => {
  test("found by its aliases; ja lets zwaar into duurzaam, nee or empty does not; alone it switches nothing on", () => {
    const set = testset((b) => (b.intensiteiten[3].uurtarief = 30));
    const kaart = maakKolomkaart([
      "Traject",
      "Groep dagen per week",
      "Groep uren per dag",
      "Intensiteit",
      "KDC of ODC",
      "Ambulant uren per week",
      "Ambulant weken",
      "Rekentarief",
    ]);
    expect(kaart.invoer.kdcOdc).toBe(4);
    const r = (kdc: unknown) => berekenRij(["duurzaam", 2, 3, "zwaar", kdc, "", "", ""], kaart, set);
    expect(r("ja")).toMatchObject({ status: "ok", groepCent: 936000 });
    expect(r("nee")).toMatchObject({ status: "fout", groepCent: null });
    expect(r("")).toMatchObject({ status: "fout" });
    expect(
      berekenRij(["herstel", "", "", "", "ja", 3, 26, "Overwegend begeleiding en lichte hulp"], kaart, set),
    ).toMatchObject({ status: "ok", totaalCent: 546000, groepCent: null });
  });
});

describe("header matching", () => {
  test("case-, space-, dash- and underscore-insensitive, with aliases; unknown columns listed and left alone", () => {
    const kaart = maakKolomkaart([
      "Notitie",
      "TOEWIJZING_ID",
      "bsn",
      "Soort traject",
      "uren per week",
      "Rekentarief",
      "Gedeclareerd bedrag",
      "budget totaal",
      "Eigen kolom",
    ]);
    expect(kaart.invoer).toMatchObject({
      toewijzing: 1,
      bsn: 2,
      traject: 3,
      ambUren: 4,
      rekentarief: 5,
      gedeclareerd: 6,
      groepDagen: -1,
    });
    expect(kaart.uitvoer["Budget totaal"]).toBe(7);
    expect(kaart.uitvoer.Status).toBe(-1);
    expect(kaart.overig).toEqual(["Notitie", "Eigen kolom"]);
    expect(kaart.ontbreekt).toEqual([]);
    expect(kaart.gevonden.find((g) => g.veld === "ambUren")).toEqual({
      veld: "ambUren",
      kolom: 4,
      kop: "uren per week",
    });
  });
  test("missing outputs are added behind the last column, in the documented order", () => {
    const p = maakBulkplan(["Traject", "Ambulant uren per week", "Rekentarief", "Status"]);
    if (!p.ok) throw new Error("plan verwacht");
    expect(p.plan.kolommen).toEqual([4, 5, 6, 7, 8, 9, 10, 3, 11]);
    expect(p.plan.nieuw.map((n) => [n.naam, n.kolom])).toEqual(
      UITVOER.filter((n) => n !== "Status").map((n, i) => [n, i < 7 ? 4 + i : 11]),
    );
    expect(p.plan.breedte).toBe(12);
    // Status (3) and the added columns 4..11 are adjacent: one range write, in sheet order.
    expect(p.plan.aaneengesloten).toEqual([{ kolom: 3, uitvoer: [7, 0, 1, 2, 3, 4, 5, 6, 8] }]);
  });
  test("empty header cells at the end (formatted once, so the sheet keeps them) are no columns: outputs go there", () => {
    const p = maakBulkplan(["Traject", "Ambulant uren per week", "Rekentarief", "", "", null]);
    if (!p.ok) throw new Error("plan verwacht");
    expect(p.plan.nieuw[0]).toEqual({ naam: UITVOER[0], kolom: 3 });
    expect(p.plan.kolommen).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(p.plan.breedte).toBe(12);
  });
  test("what cannot be recalculated is said", () => {
    expect(maakKolomkaart(["Naam", "Uren"]).ontbreekt).toEqual([
      expect.stringContaining("Geen kolom Traject"),
      expect.stringContaining("Geen volledige kolommen"),
    ]);
  });
});

describe("BSN elfproef", () => {
  test.each([
    ["111222333", true],
    ["123456782", true],
    ["12345678", false],
    ["999999999", false],
    ["000000000", false],
    ["12345678a", false],
    [111222333, true],
    // 002516780 as Excel stores a number: the leading zeros are gone, and put back before the check.
    [2516780, true],
    ["2516780", true],
    ["", false],
  ])("%p -> %p", (bsn, geldig) => {
    expect(isGeldigBsn(bsn)).toBe(geldig);
  });
});

describe("BSN elfproef against the definition", () => {
  // The definition written plainly: 9 digits (fewer get leading zeros; spaces and dots for reading are dropped),
  // weights 9..2 and -1, sum divisible by 11, not all zeros.
  const elfproef = (invoer: string) => {
    const tekst = invoer.replace(/[ .]/g, "");
    if (!/^\d{1,9}$/.test(tekst)) return false;
    const c = tekst.padStart(9, "0").split("").map(Number);
    const som = c.reduce((s, d, i) => s + (i < 8 ? (9 - i) * d : -d), 0);
    return som % 11 === 0 && c.some((d) => d !== 0);
  };
  test("agrees on any text of digits and other characters, 7 to 10 long", () => {
    const teken = fc.constantFrom(..."0123456789", "0", "1", "9", "a", " ", ".", "-", "/", ":");
    fc.assert(
      fc.property(
        fc.array(teken, { minLength: 7, maxLength: 10 }).map((t) => t.join("")),
        (tekst) => {
          expect(isGeldigBsn(tekst)).toBe(elfproef(tekst.trim()));
        },
      ),
      { numRuns: 5000 },
    );
  });
  test("agrees on valid numbers of 8 and 9 digits and on their neighbours", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        const tekst = String(n).padStart(9, "0");
        expect(isGeldigBsn(tekst)).toBe(elfproef(tekst));
        expect(isGeldigBsn(tekst.slice(1))).toBe(elfproef(tekst.slice(1)));
      }),
      { numRuns: 5000 },
    );
    expect(isGeldigBsn("11122233")).toBe(elfproef("11122233"));
    expect([...Array(1000).keys()].map((i) => String(111222000 + i)).filter(isGeldigBsn).length).toBeGreaterThan(50);
  });
});

describe("one row", () => {
  const kaart = maakKolomkaart([...KOPPEN]);
  const rij = (w: Partial<Record<(typeof KOPPEN)[number], unknown>>) => KOPPEN.map((k) => w[k] ?? "");
  const perKolom = (cellen: (string | number)[] | null) =>
    Object.fromEntries(UITVOER.map((naam, i) => [naam, cellen?.[i]]));

  test("Mark as a row: outputs as the workbook shows them", () => {
    const cellen = new Bulkrun(kaart, set).verwerk(
      rij({
        Traject: "herstel",
        "Groep dagen per week": 2,
        "Groep uren per dag": 3,
        "Groep weken": 26,
        Intensiteit: "licht",
        "Ambulant uren per week": 3,
        "Ambulant weken": 26,
        Rekentarief: BEGELEIDING,
        Gedeclareerd: "4.000,00",
      }),
    );
    expect(perKolom(cellen)).toEqual({
      "Budget groepsaanbod": 2227.68,
      "Budget ambulant": 5460,
      "Budget totaal": 7687.68,
      Standaardbudget: 5,
      "Standaardbudget bedrag": 8000,
      Offerte: "nee",
      Uitputting: 0.5,
      Status: "ok",
      Melding: "",
    });
  });
  test("over the ceiling is a waarschuwing; the chosen level is the ceiling", () => {
    const r = berekenRij(
      rij({
        Traject: "herstel",
        "Ambulant uren per week": "2,5",
        "Ambulant weken": 26,
        Rekentarief: GGZ,
        "Gekozen standaardbudget": 5,
        Reden: "gemiddelde",
        Gedeclareerd: 8450,
      }),
      kaart,
      set,
    );
    expect(r).toMatchObject({ niveau: 6, toegewezenCent: 800000, uitputting: 1.05625, status: "waarschuwing" });
    expect(r.melding).toContain(
      "Boven het plafond: er is meer gedeclareerd dan het toegewezen standaardbudget 5 (€ 8.000,00). Hoeveel: zie de kolom Uitputting.",
    );
  });
  test("what a row is before its calculation: its parts, a bad BSN, or blank", () => {
    expect(bekijkRij(rij({}), kaart)).toBe(LEGE_RIJ);
    expect(bekijkRij(rij({ Toewijzing: "T1" }), kaart)).toBe(0);
    expect(bekijkRij(rij({ Traject: "herstel", "Groep weken": 12 }), kaart)).toBe(MET_GROEP);
    expect(bekijkRij(rij({ Traject: "herstel", Rekentarief: GGZ, "Gekozen standaardbudget": 3 }), kaart)).toBe(
      MET_AMBULANT | MET_GEKOZEN,
    );
    expect(
      bekijkRij(rij({ BSN: "123456789", Traject: "herstel", Intensiteit: "licht", "Ambulant weken": 4 }), kaart),
    ).toBe(MET_GROEP | MET_AMBULANT | BSN_ONGELDIG);
    expect(bekijkRij(rij({ BSN: "123456782", Traject: "duurzaam" }), kaart)).toBe(0);
  });
  test("a bad BSN is a fout that never quotes the number", () => {
    const r = berekenRij(
      rij({
        BSN: "123456789",
        Traject: "herstel",
        "Ambulant uren per week": 1,
        "Ambulant weken": 1,
        Rekentarief: BEGELEIDING,
      }),
      kaart,
      set,
    );
    expect(r.status).toBe("fout");
    expect(r.melding).toContain("elfproef");
    expect(r.melding).not.toContain("123456789");
    // A fout row has no amounts, so it counts in no total.
    expect(r.totaalCent).toBeNull();
  });
  test("invalid rows give empty amounts, never a 0 that looks valid", () => {
    const w = perKolom(
      new Bulkrun(kaart, set).verwerk(
        rij({ Traject: "herstel", "Ambulant uren per week": "drie", "Ambulant weken": 26, Rekentarief: BEGELEIDING }),
      ),
    );
    expect(w).toMatchObject({
      "Budget ambulant": "",
      "Budget totaal": "",
      Standaardbudget: "",
      Offerte: "",
      Status: "fout",
      Melding: expect.stringContaining("'drie' is geen getal"),
    });
  });
  test("declarations from a line table are summed per allocation; a bad line makes that allocation a fout", () => {
    const d = somDeclaraties(
      ["Toewijzing", "Productcode", "Bedrag"],
      [
        ["T1", "45A48", "1.000,50"],
        ["T1", "45A49", 999.5],
        ["T2", "45A48", "veel"],
        ["", "", ""],
        ["T3", "x", 10],
      ],
    );
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect([...d.declaraties.centPerToewijzing]).toEqual([
      ["T1", 200000],
      ["T3", 1000],
    ]);
    const basis = { Traject: "herstel", "Ambulant uren per week": 3, "Ambulant weken": 26, Rekentarief: BEGELEIDING };
    expect(berekenRij(rij({ ...basis, Toewijzing: "T1" }), kaart, set, d.declaraties)).toMatchObject({
      gedeclareerdCent: 200000,
      status: "ok",
    });
    expect(berekenRij(rij({ ...basis, Toewijzing: "T2" }), kaart, set, d.declaraties)).toMatchObject({
      status: "fout",
      melding: "Declaratieregel 4 heeft geen geldig bedrag; het gedeclareerde totaal is daarom onbekend.",
    });
    expect(somDeclaraties(["Id", "Euro"], []).ok).toBe(false);
  });
  test("declarations that belong to no row are named in the summary with their euros, never dropped unseen", () => {
    const d = somDeclaraties(
      ["Toewijzing", "Bedrag"],
      [
        ["T1", 100],
        ["T9", "250,50"],
        ["T8", "veel"],
        ["", 40],
        ["", "10,25"],
        ["", ""],
        ["T1", 5],
      ],
    );
    if (!d.ok) throw new Error(d.fout);
    expect(d.declaraties.zonderNummer).toEqual({ regels: 2, cent: 5025 });
    const basis = { Traject: "herstel", "Ambulant uren per week": 3, "Ambulant weken": 26, Rekentarief: BEGELEIDING };
    const run = new Bulkrun(kaart, set, d.declaraties);
    run.verwerkBlok([rij({ ...basis, Toewijzing: "T1" }), rij({ ...basis, Toewijzing: "T2" })]);
    expect(run.samenvatting.losseDeclaratiesTekst()).toBeNull();
    const s = run.sluitAf();
    expect(s.gedeclareerdCent).toBe(10500);
    expect(s.losseDeclaraties).toEqual({
      toewijzingen: 2,
      cent: 25050,
      ongeldig: 1,
      regelsZonderNummer: 2,
      centZonderNummer: 5025,
    });
    expect(s.losseDeclaratiesTekst()).toBe(
      "Declaraties die bij geen rij horen en in geen totaal zitten: 2 toewijzingnummers die niet in het overzicht staan (€ 250,50, plus een regel met een ongeldig bedrag); 2 regels zonder toewijzingnummer (€ 50,25). Controleer de nummers in de declaraties.",
    );
    expect(s.alsTekst()).toContain("Let op: Declaraties die bij geen rij horen");
    expect(s.alsRijen()).toContainEqual(["Let op", s.losseDeclaratiesTekst()]);
    // Every declaration taken: nothing to say.
    const alle = new Bulkrun(kaart, set, d.declaraties);
    alle.verwerkBlok(["T1", "T8", "T9"].map((Toewijzing) => rij({ ...basis, Toewijzing })));
    expect(alle.sluitAf().losseDeclaraties).toMatchObject({ toewijzingen: 0, cent: 0 });
  });
});

describe("a generated sheet", () => {
  const kaart = maakKolomkaart([...KOPPEN]);
  test("every row gets a status and a message when not ok; order kept; the summary adds up", () => {
    const rijen = genereerRijen(3000);
    const run = new Bulkrun(kaart, set);
    const blok = run.verwerkBlok(rijen);
    const s = run.samenvatting;
    const uit = rijen.map((_, i) => blok.resultaat(i));
    // The block holds what the row-by-row calculation gives.
    rijen.forEach((rij, i) => expect(uit[i]).toEqual(berekenRij(rij, kaart, set)));
    expect(uit).toHaveLength(3000);
    for (const r of uit) {
      expect(["ok", "waarschuwing", "fout"]).toContain(r.status);
      expect(r.status === "ok").toBe(r.melding === "");
    }
    expect(s.perStatus.ok + s.perStatus.waarschuwing + s.perStatus.fout).toBe(3000);
    expect([...s.perNiveau.values()].reduce((a, b) => a + b, 0)).toBe(3000);
    expect(s.offertes).toBeGreaterThan(0);
    expect(s.offertes).toBe(uit.filter((r) => r.offerte === true).length);
    expect(s.perNiveau.get("offerte")).toBe(s.offertes);
    expect(s.perNiveau.get("geen (fout)")).toBe(uit.filter((r) => r.totaalCent === null).length);
    for (let n = 1; n <= 8; n++) expect([n, s.perNiveau.get(n)]).toEqual([n, uit.filter((r) => r.niveau === n).length]);
    expect(s.totaalBudgetCent).toBe(uit.reduce((t, r) => t + (r.totaalCent ?? 0), 0));
    // Per provider: calculated rows and fout rows apart; together every row.
    expect([...s.perAanbieder.values()].reduce((t, a) => t + a.toewijzingen + a.fouten, 0)).toBe(3000);
    expect([...s.perAanbieder.values()].reduce((t, a) => t + a.fouten, 0)).toBe(s.perStatus.fout);
    expect(s.alsTekst()).not.toMatch(/\d{9}/);
  });
  test("a blank row is skipped, not refused: no status, not counted, outputs left alone; a reused block is overwritten", () => {
    const [a, b] = genereerRijen(2);
    const leeg = KOPPEN.map(() => "");
    const run = new Bulkrun(kaart, set);
    const blok = new Rijuitkomsten(5);
    run.verwerkBlok([a, leeg, b], blok);
    expect(blok.status[1]).toBe(STATUS_OVERGESLAGEN);
    expect(blok.resultaat(0)).toEqual(berekenRij(a, kaart, set));
    expect(blok.resultaat(2)).toEqual(berekenRij(b, kaart, set));
    run.verwerkBlok([b, a], blok);
    expect(blok.resultaat(0)).toEqual(berekenRij(b, kaart, set));
    expect(blok.resultaat(1)).toEqual(berekenRij(a, kaart, set));
    expect(run.samenvatting.rijen).toBe(4);
    expect(run.verwerk(leeg)).toBeNull();
    expect(run.samenvatting.rijen).toBe(4);
    // Only the input columns count: something in an unknown column does not make a row an allocation.
    expect(new Bulkrun(maakKolomkaart([...KOPPEN, "Notitie"]), set).verwerk([...leeg, "bellen"])).toBeNull();
  });
  test("property: a row's totals equal the engine's calculation of the same inputs", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), (zaad) => {
        const [rij] = genereerRijen(1, zaad);
        const r = berekenRij(rij, kaart, set);
        // A section is on as soon as any of its cells is filled.
        const groep = [5, 6, 7, 8].some((i) => rij[i] !== "");
        const ambulant = [9, 10, 11].some((i) => rij[i] !== "");
        const e = berekenBudget(
          {
            traject: rij[3],
            verwijzer: rij[4],
            groepsaanbod: groep
              ? { dagenPerWeek: rij[5], urenPerDag: rij[6], weken: rij[7], intensiteit: rij[8] }
              : null,
            ambulant: ambulant ? { urenPerWeek: rij[9], weken: rij[10], rekentarief: rij[11] } : null,
            gekozen: rij[12] === "" ? null : { nummer: rij[12], reden: rij[13] },
          },
          set,
        );
        // A row with a fout (in the engine's answer, or of its own: a bad BSN, a Gedeclareerd that is no amount)
        // has no amounts; every other row has the engine's.
        if (r.status === "fout") {
          expect([r.totaalCent, r.niveau, r.niveauCent, r.offerte, r.uitputting]).toEqual([
            null,
            null,
            null,
            null,
            null,
          ]);
        } else {
          expect(r.totaalCent).toBe(e.totaalCent);
          expect(r.niveau).toBe(e.standaardbudget?.nummer ?? null);
        }
        if (e.meldingen.some((m) => m.niveau === "fout")) expect(r.status).toBe("fout");
      }),
      { numRuns: 300 },
    );
  });
});

describe("summary per aanbieder", () => {
  test("names that share a lookup slot keep their own totals; spaces around a name count as the same aanbieder", () => {
    const kaart = maakKolomkaart([...KOPPEN]);
    const run = new Bulkrun(kaart, STANDAARD_TARIEFSET);
    const rij = (aanbieder: string, gedeclareerd: number) => {
      const r: unknown[] = KOPPEN.map(() => "");
      r[KOPPEN.indexOf("Aanbieder")] = aanbieder;
      r[KOPPEN.indexOf("Traject")] = "herstel";
      r[KOPPEN.indexOf("Ambulant uren per week")] = 1;
      r[KOPPEN.indexOf("Ambulant weken")] = 10;
      r[KOPPEN.indexOf("Rekentarief")] = "Overwegend begeleiding en lichte hulp";
      r[KOPPEN.indexOf("Gedeclareerd")] = gedeclareerd;
      return r;
    };
    // "Axyb" and "Azyb": same length, first, middle and last character.
    run.verwerkBlok([rij("Axyb", 1), rij("Azyb", 2), rij("Axyb", 4), rij(" Azyb ", 8), rij("Azyb", 16)]);
    const per = Object.fromEntries(
      [...run.samenvatting.perAanbieder].map(([naam, a]) => [naam, [a.toewijzingen, a.gedeclareerdCent]]),
    );
    expect(per).toEqual({ Axyb: [2, 500], Azyb: [3, 2600] });
  });
});

describe("the guide's flag (column Soort hulp)", () => {
  test("a row whose calculated level is two or more from the guide gets a waarschuwing; the amounts stand", () => {
    const kaart = maakKolomkaart(["Traject", "Ambulant uren per week", "Ambulant weken", "Rekentarief", "Soort hulp"]);
    expect(kaart.invoer.soortHulp).toBe(4);
    // 20 h of light help at € 70 = € 1.400 -> 2; the J&O guide says 4 for up to 50 hours.
    const ver = berekenRij(["herstel", 2, 10, BEGELEIDING, "J&O"], kaart, set);
    expect(ver).toMatchObject({ status: "waarschuwing", totaalCent: 140000 });
    expect(ver.melding).toMatch(/wijkt 2 niveaus af van de richtlijn voor J&O/);
    // Frival: 65 h GGZ -> 6 calculated, 5 by the guide: one level, no flag.
    expect(berekenRij(["herstel", "2,5", 26, GGZ, "GGZ"], kaart, set)).toMatchObject({ status: "ok", melding: "" });
    // No kind of help: no guide, no flag; an unknown kind is a fout naming what exists.
    expect(berekenRij(["herstel", 2, 10, BEGELEIDING, ""], kaart, set)).toMatchObject({ status: "ok" });
    const onbekend = berekenRij(["herstel", 2, 10, BEGELEIDING, "logopedie"], kaart, set);
    expect(onbekend).toMatchObject({ status: "fout", totaalCent: null });
    expect(onbekend.melding).toMatch(/Toegestaan: GGZ, GGZ zware diagnostiek, J&O, \(L\)VB\./);
  });
});
