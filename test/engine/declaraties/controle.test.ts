import { PRESTATIE_KOLOMMEN, TOEWIJZING_KOLOMMEN } from "../../../src/engine";
import { FRIVAL, run, uren } from "./hulp";

const kolomT = (rij: unknown[], naam: (typeof TOEWIJZING_KOLOMMEN)[number]) => rij[TOEWIJZING_KOLOMMEN.indexOf(naam)];
const kolomP = (rij: unknown[], naam: (typeof PRESTATIE_KOLOMMEN)[number]) => rij[PRESTATIE_KOLOMMEN.indexOf(naam)];

describe("Frival: 65 hours at EUR 130 on budget 5 (EUR 8,000)", () => {
  // Five months of 13 hours: 1,690 each, 8,450 together.
  const r = run(
    [FRIVAL],
    ["01", "02", "03", "04", "05"].map((m) => uren(m, 13)),
  );

  test("the fifth prestatie crosses the budget: 9369, naming the toewijzing, the prestatie and the amounts", () => {
    expect(r.rijen.slice(0, 4).map((x) => kolomP(x, "Status"))).toEqual(["ok", "ok", "ok", "ok"]);
    expect(kolomP(r.rijen[4], "Retourcodes")).toBe("9369");
    expect(kolomP(r.rijen[4], "Melding")).toBe(
      "9369: prestatie 'R5' op toewijzing 'T-FRIVAL': met deze € 1.690,00 komt het gedeclareerde op € 8.450,00, boven het budget van € 8.000,00 (€ 450,00 erboven).",
    );
  });

  test("the toewijzing row: budget, declared, exhaustion, accepted, status and message", () => {
    const t = r.toewijzingen[0];
    expect(t.slice(0, 14)).toEqual([
      "T-FRIVAL",
      "0193",
      "Zorg Noord",
      "123456782",
      "50",
      "",
      "2023-01-01",
      "2023-06-30",
      8000,
      8450,
      1.05625,
      6760,
      5,
      1,
    ]);
    expect(kolomT(t, "Status")).toBe("bevinding");
    expect(kolomT(t, "Melding")).toBe(
      "gedeclareerd € 8.450,00 is € 450,00 boven het budget van € 8.000,00; 9369 (TR369): past niet binnen het budget: 1 prestatie",
    );
    expect(r.run.heeftBevindingen()).toBe(true);
  });

  test("the summary names totals and the provider, and never the BSN", () => {
    const tekst = r.run.samenvatting();
    expect(tekst).toContain("Budget samen: € 8.000,00; gedeclareerd op deze toewijzingen: € 8.450,00 (105,6%)");
    expect(tekst).toContain(
      "  Zorg Noord: 5 prestaties op 1 toewijzing; gedeclareerd € 8.450,00 (debet € 8.450,00, credit € 0,00); 1 met bevinding (9369: 1)",
    );
    expect(tekst).not.toMatch(/123456782/);
  });
});

describe("each check, with the standard's return code where it has one", () => {
  test("9346: IngediendBedrag is not GeleverdVolume x ProductTarief (not for unit 83 euro)", () => {
    const r = run(
      [FRIVAL],
      [
        uren("01", 2, { "IngediendBedrag/Bedrag": "26001" }),
        uren("02", 2, { Eenheid: "83", ProductCode: "50A03", "IngediendBedrag/Bedrag": "26001" }),
      ],
    );
    expect(kolomP(r.rijen[0], "Melding")).toBe(
      "9346: prestatie 'R6' op toewijzing 'T-FRIVAL': IngediendBedrag € 260,01 is niet GeleverdVolume 2 x ProductTarief € 130,00 = € 260,00.",
    );
    expect(kolomP(r.rijen[1], "Status")).toBe("ok");
  });

  test("0611: ProductTarief differs from the set; a code or tariff the set does not know is counted as not checkable", () => {
    const r = run(
      [FRIVAL],
      [
        uren("01", 2, { ProductTarief: "12500", "IngediendBedrag/Bedrag": "25000" }),
        uren("02", 2, { ProductCode: "50X99" }),
      ],
    );
    expect(kolomP(r.rijen[0], "Retourcodes")).toBe("0611");
    expect(kolomP(r.rijen[0], "Melding")).toContain(
      "ProductTarief € 125,00 wijkt af van het tarief € 130,00 voor product 50A01 in tariefset Testset.",
    );
    expect(kolomP(r.rijen[1], "Status")).toBe("ok");
    expect(r.run.totalen.tariefNietTeControleren).toBe(1);
    expect(r.run.samenvatting()).toContain("Tarief niet te controleren (0611) bij 1 prestatie");
  });

  test("category: another category, a code of another category in the set, another product on a specifiek toewijzing", () => {
    const specifiek = {
      ...FRIVAL,
      ToewijzingNummer: "T-VERBLIJF",
      "Product/Categorie": "54",
      "Product/Code": "54011",
      Budget: undefined,
    };
    const r = run(
      [FRIVAL, specifiek],
      [
        uren("01", 1, { ProductCategorie: "45" }),
        uren("02", 1, { ProductCode: "54011" }),
        uren("03", 1, { ToewijzingNummer: "T-VERBLIJF", ProductCategorie: "54", ProductCode: "54012" }),
      ],
    );
    expect(r.rijen.map((x) => kolomP(x, "Retourcodes"))).toEqual(["CATEGORIE", "CATEGORIE", "CATEGORIE"]);
    expect(kolomP(r.rijen[0], "Melding")).toContain("ProductCategorie 45 is niet de categorie van de toewijzing (50).");
    expect(kolomP(r.rijen[1], "Melding")).toContain(
      "product 54011 hoort volgens tariefset Testset bij categorie 54, niet bij 50.",
    );
    expect(kolomP(r.rijen[2], "Melding")).toContain("ProductCode 54012 is niet het toegewezen product 54011.");
  });

  test("period: a product period outside the toewijzing's dates", () => {
    const r = run([FRIVAL], [uren("07", 1), uren("08", 1)]);
    expect(r.rijen.map((x) => kolomP(x, "Retourcodes"))).toEqual(["PERIODE", "PERIODE"]);
    expect(kolomP(r.rijen[1], "Melding")).toContain(
      "ProductPeriode 2023-08-01 t/m 2023-08-28 valt buiten de toewijzing (2023-01-01 t/m 2023-06-30).",
    );
  });

  test("duplicate: a second prestatie for the same product and period; after a credit of the first it is accepted", () => {
    const eerste = uren("02", 3);
    const tweede = uren("02", 3, { "ProductPeriode/Begindatum": "2023-02-10" });
    const credit = uren("02", 3, {
      "IngediendBedrag/DebetCredit": "C",
      "ProductReferentie/VorigReferentieNummer": eerste["ProductReferentie/ReferentieNummer"],
    });
    const derde = uren("02", 3);
    const r = run([FRIVAL], [eerste, tweede, credit, derde]);
    expect(r.rijen.map((x) => kolomP(x, "Status"))).toEqual(["ok", "bevinding", "ok", "ok"]);
    expect(kolomP(r.rijen[1], "Melding")).toContain(
      `product 50A01 is voor deze periode al gedeclareerd in prestatie '${eerste["ProductReferentie/ReferentieNummer"]}'`,
    );
    // Debit 3 x 390 minus credit 390: 780 declared; the duplicate is not accepted: 390 accepted.
    expect(kolomT(r.toewijzingen[0], "Gedeclareerd")).toBe(780);
    expect(kolomT(r.toewijzingen[0], "Zonder bevinding")).toBe(390);
  });

  test("a credit without its debit, or of another amount, is a finding; a debit with its credit nets to zero", () => {
    const d = uren("03", 2);
    const r = run(
      [FRIVAL],
      [
        d,
        uren("03", 1, {
          "IngediendBedrag/DebetCredit": "C",
          "ProductReferentie/VorigReferentieNummer": d["ProductReferentie/ReferentieNummer"],
        }),
        uren("03", 1, {
          "IngediendBedrag/DebetCredit": "C",
          "ProductReferentie/VorigReferentieNummer": "BESTAAT-NIET",
        }),
        uren("03", 2, {
          "IngediendBedrag/DebetCredit": "C",
          "ProductReferentie/VorigReferentieNummer": d["ProductReferentie/ReferentieNummer"],
        }),
      ],
    );
    expect(r.rijen.map((x) => kolomP(x, "Retourcodes"))).toEqual(["", "CREDIT_AFWIJKEND", "CREDIT_ZONDER_DEBET", ""]);
    // 260 - 130 - 130 - 260: every line counts in the declared total (debit minus credit), findings or not.
    expect(kolomT(r.toewijzingen[0], "Gedeclareerd")).toBe(-260);
    expect(kolomT(r.toewijzingen[0], "Zonder bevinding")).toBe(0);
  });

  test("a withdrawn toewijzing (RedenWijziging 13) and an unknown one", () => {
    const r = run(
      [FRIVAL, { ...FRIVAL, Toewijzingsdatum: "2023-03-01", RedenWijziging: "13" }],
      [uren("04", 1), uren("04", 1, { ToewijzingNummer: "T-ONBEKEND" })],
    );
    expect(r.rijen.map((x) => kolomP(x, "Retourcodes"))).toEqual(["TOEWIJZING_VERWIJDERD", "TOEWIJZING_ONBEKEND"]);
    expect(r.run.samenvatting()).toContain("€ 130,00 op onbekende toewijzingen");
  });
});

describe("toewijzingen as JW301 changes them", () => {
  test("the newest by Toewijzingsdatum and -tijd wins, also when an older one is read later", () => {
    const verhoogd = { ...FRIVAL, Toewijzingsdatum: "2023-03-01", Budget: "1200000" };
    const ouder = { ...FRIVAL, Toewijzingsdatum: "2023-01-01", Budget: "100000" };
    const r = run(
      [FRIVAL, verhoogd, ouder],
      ["01", "02", "03", "04", "05"].map((m) => uren(m, 13)),
    );
    expect(r.toewijzingen).toHaveLength(1);
    expect(kolomT(r.toewijzingen[0], "Budget")).toBe(12000);
    expect(kolomT(r.toewijzingen[0], "Status")).toBe("ok");
    expect(kolomT(r.toewijzingen[0], "Melding")).toBe("3 versies gelezen (JW301); de nieuwste telt");
  });

  test("a specifiek toewijzing's Omvang: unit and frequency as iJw defines them, else said on the row", () => {
    const specifiek = { ...FRIVAL, "Product/Code": "54011", "Product/Categorie": "54", Budget: undefined };
    const r = run(
      [
        { ...specifiek, "Omvang/Volume": "60", "Omvang/Eenheid": "14", "Omvang/Frequentie": "6" },
        {
          ...specifiek,
          ToewijzingNummer: "T2",
          "Omvang/Volume": "2",
          "Omvang/Eenheid": "05",
          "Omvang/Frequentie": "3",
        },
      ],
      [],
    );
    expect(kolomT(r.toewijzingen[0], "Melding")).toBe("");
    expect(kolomT(r.toewijzingen[1], "Melding")).toBe(
      "Omvang/Eenheid '05' is geen iJw-eenheid (01 (minuut), 04 (uur), 14 (etmaal), 16 (dagdeel), 82 (stuks (output)), 83 (euro), 84 (stuks (inspanning))); Omvang/Frequentie '3' is geen iJw-frequentie (1 per dag, 2 per week, 4 per maand, 6 totaal binnen de geldigheidsduur)",
    );
  });

  test("the a-specifiek shape: budget with a code, without an end date, or with a volume is said on the row", () => {
    const r = run(
      [
        {
          ...FRIVAL,
          Einddatum: undefined,
          "Product/Code": "50A01",
          "Omvang/Volume": "2",
          "Omvang/Eenheid": "04",
          "Omvang/Frequentie": "2",
        },
      ],
      [],
    );
    expect(kolomT(r.toewijzingen[0], "Melding")).toBe(
      "heeft zowel een productcode als een budget (a-specifiek: geen code); a-specifiek met budget zonder einddatum (die is verplicht); a-specifiek met budget heeft ook een omvang (hoort leeg)",
    );
  });
});

describe("what cannot be read is said, with place and element, never with a BSN, and never counted silently", () => {
  test("a prestatie with a bad volume and a bad BSN: row status fout, the toewijzing's total unknown", () => {
    const r = run([FRIVAL], [uren("01", 2), uren("02", 2, { GeleverdVolume: "twee", Bsn: "123456789" })]);
    expect(r.fouten).toEqual([
      "jw323.xml, Prestatie 2: GeleverdVolume 'twee' is geen geheel getal van 0 tot en met 99.999.999.",
      "jw323.xml, Prestatie 2: Bsn doorstaat de elfproef niet (het nummer wordt niet getoond).",
    ]);
    expect(kolomP(r.rijen[1], "Status")).toBe("fout");
    expect(kolomT(r.toewijzingen[0], "Status")).toBe("fout");
    expect(kolomT(r.toewijzingen[0], "Gedeclareerd")).toBe("");
    expect(kolomT(r.toewijzingen[0], "Uitputting")).toBe("");
    expect(r.run.samenvatting()).toContain("Prestaties: 1 gelezen, 1 niet te lezen");
  });

  test("fields of a toewijzing: category, dates, budget beyond iJw", () => {
    const r = run(
      [
        {
          ...FRIVAL,
          "Product/Categorie": "5",
          Ingangsdatum: "2023-02-30",
          Budget: "100000000",
          Einddatum: "2022-12-31",
        },
      ],
      [],
    );
    expect(r.fouten).toEqual([
      "jw301.xml, ToegewezenProduct 1: Product/Categorie '5' is ongeldig; toegestaan: twee cijfers, bijvoorbeeld 50.",
      "jw301.xml, ToegewezenProduct 1: Ingangsdatum '2023-02-30' is geen bestaande datum; schrijf JJJJ-MM-DD (2023-01-31) of 31-1-2023.",
      "jw301.xml, ToegewezenProduct 1: Budget (een nummer van 9 cijfers, niet getoond) is geen geheel getal van 0 tot en met 99.999.999.",
    ]);
    expect(r.run.onleesbareToewijzingen).toBe(1);
  });

  test("a product period across two months, a unit outside iJw, DebetCredit other than D or C", () => {
    const r = run(
      [FRIVAL],
      [uren("01", 1, { "ProductPeriode/Einddatum": "2023-02-03", Eenheid: "05", "IngediendBedrag/DebetCredit": "X" })],
    );
    expect(r.fouten).toEqual([
      "jw323.xml, Prestatie 1: Eenheid '05' is geen iJw-eenheid; toegestaan: 01 (minuut), 04 (uur), 14 (etmaal), 16 (dagdeel), 82 (stuks (output)), 83 (euro), 84 (stuks (inspanning)).",
      "jw323.xml, Prestatie 1: IngediendBedrag/DebetCredit 'X' is ongeldig; toegestaan: D (debet) of C (credit).",
      "jw323.xml, Prestatie 1: ProductPeriode 2023-01-01 tot en met 2023-02-03 ligt niet binnen één kalendermaand (begin vóór of op einde, dezelfde maand).",
    ]);
  });
});

test("a provider named by a number of 7 to 10 digits (an AGB code, or a BSN in the wrong field) is not shown in the summary", () => {
  const r = run(
    [FRIVAL],
    [uren("01", 1, { Afzender: "12345678" }), uren("02", 1, { Afzender: "87654321" }), uren("03", 1)],
  );
  const tekst = r.run.samenvatting();
  expect(tekst).not.toMatch(/12345678|87654321/);
  expect(tekst).toContain("  (een nummer van 8 cijfers, niet getoond) #1: 1 prestatie op 1 toewijzing");
  expect(tekst).toContain("  (een nummer van 8 cijfers, niet getoond) #2: 1 prestatie op 1 toewijzing");
  // The output file keeps the provider as it is: that is where the numbers belong.
  expect(r.rijen[0][1]).toBe("12345678");
});
