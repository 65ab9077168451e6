/**
 * Generates assets/Rekentool-standaardbudgetten.xlsx: the rekentool's layout with green input cells and
 * dropdowns, a result block of JH.* formulas, the Tarieven table with the built-in set, and an Uitleg sheet.
 * Run with `npm run werkmap`; the file is checked in and a test checks it is current.
 */
import ExcelJS from "exceljs";
import { unzipSync, zipSync, type Zippable } from "fflate";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  berekenBudget,
  centenNaarEuro,
  STANDAARD_TARIEFSET,
  tariefsetNaarTabel,
  TABEL_KOPPEN,
  TABEL_NAAM,
  TRAJECT_NAMEN,
  VERWIJZER_NAMEN,
  type BudgetResultaat,
} from "../src/engine";

export const WERKMAP_PAD = join(__dirname, "..", "assets", "Rekentool-standaardbudgetten.xlsx");

/** Excel saves a call to an add-in function as _xldudf_<NAMESPACE>_<ID>; it shows as JH.<ID> once the add-in loads. */
export const jh = (id: string, ...args: string[]) => `_xldudf_JH_${id}(${args.join(",")})`;

const GROEN = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } } as const;
const GRIJS = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } } as const;
const RAND = { style: "thin", color: { argb: "FFBFBFBF" } } as const;
const EURO = '"€ "#,##0.00';

/** The example filled in: Mark, from the region's worked examples. */
const VOORBEELD = {
  traject: "herstel",
  verwijzer: "toegang",
  groep: "ja",
  ambulant: "ja",
  dagen: 2,
  urenPerDag: 3,
  groepWeken: 26,
  intensiteit: "licht",
  ambUren: 3,
  ambWeken: 26,
  rekentarief: "Overwegend begeleiding en lichte hulp",
};

/** Cell addresses of the inputs, shared by the formulas and the tests. */
export const INVOER = {
  traject: "B5",
  verwijzer: "B6",
  groep: "B7",
  ambulant: "B8",
  dagen: "B11",
  urenPerDag: "B12",
  groepWeken: "B13",
  intensiteit: "B14",
  ambUren: "B17",
  ambWeken: "B18",
  rekentarief: "B19",
  tariefset: "B21",
} as const;
const I = Object.fromEntries(Object.entries(INVOER).map(([k, v]) => [k, `$${v[0]}$${v.slice(1)}`])) as Record<
  keyof typeof INVOER,
  string
>;

/** An argument that is only passed when its section is on; an empty cell stays empty (IF would make it 0). */
const alsAan = (schakelaar: string, cel: string) => `IF(${schakelaar}="ja",IF(${cel}="","",${cel}),"")`;
const weken = (cel: string) => `IF(AND(${I.traject}="duurzaam",${cel}=""),52,${cel})`;

function voorbeeldResultaat(): BudgetResultaat {
  return berekenBudget({
    traject: VOORBEELD.traject,
    verwijzer: VOORBEELD.verwijzer,
    groepsaanbod: {
      dagenPerWeek: VOORBEELD.dagen,
      urenPerDag: VOORBEELD.urenPerDag,
      weken: VOORBEELD.groepWeken,
      intensiteit: VOORBEELD.intensiteit,
    },
    ambulant: { urenPerWeek: VOORBEELD.ambUren, weken: VOORBEELD.ambWeken, rekentarief: VOORBEELD.rekentarief },
  });
}

function rekentoolBlad(
  wb: ExcelJS.Workbook,
  lijsten: { intensiteiten: string; rekentarieven: string; sets: string },
): void {
  const ws = wb.addWorksheet("Rekentool", { views: [{ showGridLines: false }] });
  ws.columns = [{ width: 36 }, { width: 40 }, { width: 3 }, { width: 3 }, { width: 34 }, { width: 18 }, { width: 60 }];
  ws.getCell("A1").value = "Rekentool standaardbudgetten ambulante jeugdhulp";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value =
    "Vul de groene cellen in. De resultaten rekenen met de functies JH.* van de invoegtoepassing Rekentool Jeugdhulp.";
  ws.getCell("A2").font = { italic: true, color: { argb: "FF595959" } };

  const kop = (cel: string, tekst: string) => {
    ws.getCell(cel).value = tekst;
    ws.getCell(cel).font = { bold: true, size: 12 };
  };
  const invoer = (cel: string, label: string, waarde: string | number | null, validatie: ExcelJS.DataValidation) => {
    const rij = Number(cel.slice(1));
    ws.getCell(`A${rij}`).value = label;
    ws.getCell(`A${rij}`).fill = GRIJS;
    const c = ws.getCell(cel);
    c.value = waarde;
    c.fill = GROEN;
    c.border = { top: RAND, left: RAND, bottom: RAND, right: RAND };
    c.dataValidation = validatie;
  };
  const lijst = (bron: string, veld: string, toegestaan: string): ExcelJS.DataValidation => ({
    type: "list",
    allowBlank: true,
    formulae: [bron],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: veld,
    error: `Kies uit de lijst: ${toegestaan}.`,
  });
  const getal = (veld: string, max: number): ExcelJS.DataValidation => ({
    type: "decimal",
    operator: "between",
    allowBlank: true,
    formulae: [0, max],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: veld,
    error: `${veld}: vul een getal van 0 t/m ${max} in, bijvoorbeeld 2,5.`,
  });

  kop("A4", "Invoer");
  invoer(
    INVOER.traject,
    "Traject",
    VOORBEELD.traject,
    lijst(`"${TRAJECT_NAMEN.join(",")}"`, "Traject", "herstel of duurzaam"),
  );
  invoer(
    INVOER.verwijzer,
    "Verwijzer",
    VOORBEELD.verwijzer,
    lijst(`"${VERWIJZER_NAMEN.join(",")}"`, "Verwijzer", "toegang, medisch of gi"),
  );
  invoer(INVOER.groep, "Met groepsaanbod?", VOORBEELD.groep, lijst('"ja,nee"', "Met groepsaanbod?", "ja of nee"));
  invoer(
    INVOER.ambulant,
    "Met ambulante hulp?",
    VOORBEELD.ambulant,
    lijst('"ja,nee"', "Met ambulante hulp?", "ja of nee"),
  );
  ws.getCell("C5").value = "herstel: budget voor de hele duur (tot 2 jaar); duurzaam: budget per jaar (52 weken)";
  kop("A10", "Groepsaanbod");
  invoer(INVOER.dagen, "Aanwezigheidsdagen per week", VOORBEELD.dagen, getal("Aanwezigheidsdagen per week", 7));
  invoer(
    INVOER.urenPerDag,
    "Gemiddeld aantal uren per dag",
    VOORBEELD.urenPerDag,
    getal("Gemiddeld aantal uren per dag", 24),
  );
  invoer(INVOER.groepWeken, "Duur in weken (duurzaam: 52)", VOORBEELD.groepWeken, getal("Duur in weken", 104));
  invoer(
    INVOER.intensiteit,
    "Intensiteit",
    VOORBEELD.intensiteit,
    lijst(lijsten.intensiteiten, "Intensiteit", "licht, middel, middelzwaar of zwaar"),
  );
  kop("A16", "Ambulante jeugdhulp");
  invoer(INVOER.ambUren, "Cliëntgebonden uren per week", VOORBEELD.ambUren, getal("Cliëntgebonden uren per week", 168));
  invoer(INVOER.ambWeken, "Duur in weken (duurzaam: 52)", VOORBEELD.ambWeken, getal("Duur in weken", 104));
  invoer(
    INVOER.rekentarief,
    "Rekentarief",
    VOORBEELD.rekentarief,
    lijst(lijsten.rekentarieven, "Rekentarief", "een rekentarief uit de tabel Tarieven"),
  );
  invoer(
    INVOER.tariefset,
    "Tariefset (leeg = de eerste uit Tarieven)",
    null,
    lijst(lijsten.sets, "Tariefset", "een tariefset uit de tabel Tarieven"),
  );

  const r = voorbeeldResultaat();
  const g = r.groepsaanbod!;
  const a = r.ambulant!;
  const totaal = `$F$14`;
  const resultaten: [string, string, string, number, string?][] = [
    [
      "F5",
      "Groepsaanbod: uren per week",
      `IF(${I.groep}="ja",${I.dagen}*${I.urenPerDag},"")`,
      g.urenPerWeek,
      "dagen x uren per dag",
    ],
    [
      "F6",
      "Groepsaanbod: uren totaal",
      `IF(${I.groep}="ja",F5*${weken(I.groepWeken)},"")`,
      g.urenTotaal,
      "uren per week x weken",
    ],
    [
      "F7",
      "Groepsaanbod: uurtarief",
      `IF(${I.groep}="ja",${jh("GROEPSTARIEF", I.intensiteit, I.tariefset)},"")`,
      centenNaarEuro(g.uurtariefCent),
      "uit de tabel Tarieven, per intensiteit",
    ],
    [
      "F8",
      "Budget groepsaanbod",
      `IF(${I.groep}="ja",${jh("BUDGETGROEP", I.dagen, I.urenPerDag, I.groepWeken, I.intensiteit, I.traject, I.tariefset)},0)`,
      centenNaarEuro(g.budgetCent),
      "uren totaal x uurtarief, op de cent",
    ],
    [
      "F10",
      "Ambulant: uren totaal",
      `IF(${I.ambulant}="ja",${I.ambUren}*${weken(I.ambWeken)},"")`,
      a.urenTotaal,
      "uren per week x weken",
    ],
    [
      "F11",
      "Ambulant: rekentarief",
      `IF(${I.ambulant}="ja",${jh("REKENTARIEF", I.rekentarief, I.tariefset)},"")`,
      centenNaarEuro(a.uurtariefCent),
      "uit de tabel Tarieven",
    ],
    [
      "F12",
      "Budget ambulant",
      `IF(${I.ambulant}="ja",${jh("BUDGETAMBULANT", I.ambUren, I.ambWeken, I.rekentarief, I.traject, I.tariefset)},0)`,
      centenNaarEuro(a.budgetCent),
      "uren totaal x rekentarief, op de cent",
    ],
    [
      "F14",
      "Totaal",
      jh(
        "BUDGET",
        I.traject,
        alsAan(I.groep, I.dagen),
        alsAan(I.groep, I.urenPerDag),
        alsAan(I.groep, I.groepWeken),
        alsAan(I.groep, I.intensiteit),
        alsAan(I.ambulant, I.ambUren),
        alsAan(I.ambulant, I.ambWeken),
        alsAan(I.ambulant, I.rekentarief),
        I.verwijzer,
        I.tariefset,
      ),
      centenNaarEuro(r.totaalCent!),
      "groepsaanbod + ambulant",
    ],
    [
      "F15",
      "Standaardbudget (nummer)",
      jh("STANDAARDBUDGETNUMMER", totaal, I.verwijzer, I.tariefset),
      r.standaardbudget!.nummer,
      "het eerste niveau op of boven het totaal; #N/B = offerte nodig",
    ],
    [
      "F16",
      "Standaardbudget (bedrag)",
      jh("STANDAARDBUDGET", totaal, I.verwijzer, I.tariefset),
      centenNaarEuro(r.standaardbudget!.bedragCent),
      "na medische verwijzing hoogstens standaardbudget 5",
    ],
  ];
  kop("E4", "Resultaat");
  for (const [cel, label, formule, uitkomst, uitleg] of resultaten) {
    const rij = Number(cel.slice(1));
    ws.getCell(`E${rij}`).value = label;
    ws.getCell(`E${rij}`).fill = GRIJS;
    const c = ws.getCell(cel);
    c.value = { formula: formule, result: uitkomst };
    c.numFmt = /uurtarief|rekentarief|Budget|Totaal|bedrag/.test(label) ? EURO : "0.##";
    c.border = { top: RAND, left: RAND, bottom: RAND, right: RAND };
    if (label === "Totaal" || label.startsWith("Standaardbudget")) c.font = { bold: true };
    if (uitleg) ws.getCell(`G${rij}`).value = uitleg;
    ws.getCell(`G${rij}`).font = { italic: true, color: { argb: "FF595959" } };
  }
}

function tarievenBlad(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Tarieven");
  ws.columns = [
    { width: 18 },
    { width: 20 },
    { width: 40 },
    { width: 12 },
    { width: 10 },
    { width: 10 },
    { width: 12 },
    { width: 70 },
  ];
  ws.addTable({
    name: TABEL_NAAM,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: TABEL_KOPPEN.map((naam) => ({ name: naam, filterButton: true })),
    rows: tariefsetNaarTabel(STANDAARD_TARIEFSET.bronJson) as ExcelJS.CellValue[][],
  });
  ws.getColumn(4).numFmt = "#,##0.00";
}

/** Dropdown sources, one column each on the Lijsten sheet. */
const LIJSTEN: [string, string[]][] = [
  ["Intensiteiten", STANDAARD_TARIEFSET.intensiteiten.map((i) => i.naam)],
  ["Rekentarieven", STANDAARD_TARIEFSET.rekentarieven.map((r) => r.naam)],
  ["Tariefsets", [STANDAARD_TARIEFSET.naam]],
];
const kolomLetter = (k: number) => String.fromCharCode(65 + k);
const [INTENSITEITEN, REKENTARIEVEN, SETS] = LIJSTEN.map(
  ([, namen], k) => `Lijsten!$${kolomLetter(k)}$2:$${kolomLetter(k)}$${namen.length + 1}`,
);

function lijstenBlad(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Lijsten");
  LIJSTEN.forEach(([kop, namen], k) => {
    const letter = kolomLetter(k);
    ws.getCell(`${letter}1`).value = kop;
    ws.getCell(`${letter}1`).font = { bold: true };
    namen.forEach((naam, i) => (ws.getCell(`${letter}${i + 2}`).value = naam));
    ws.getColumn(k + 1).width = 40;
  });
  ws.getCell("E1").value =
    "Deze lijsten vullen de keuzelijsten op het blad Rekentool. Voegt u een tarief toe aan de tabel Tarieven, zet de naam dan ook hier.";
}

function uitlegBlad(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Uitleg");
  ws.getColumn(1).width = 120;
  const regels = [
    "Rekentool standaardbudgetten - uitleg",
    "",
    "Deze werkmap rekent met de invoegtoepassing Rekentool Jeugdhulp. Laad die eerst (zie README); zonder de invoegtoepassing tonen de resultaatcellen #NAAM?.",
    "1. Kies het traject: een hersteltraject (tijdelijke hulp, tot 2 jaar, budget voor de hele duur) of een duurzaam traject (budget per jaar, altijd 52 weken).",
    "2. Vul het groepsaanbod in (dagen per week, uren per dag, weken, intensiteit) en/of de ambulante hulp (uren per week, weken, rekentarief).",
    "3. De rekentool berekent per onderdeel uren x uurtarief, telt op, en kiest het eerste standaardbudget op of boven het totaal. Boven standaardbudget 8 is een offerte nodig (#N/B).",
    "4. Na een medische verwijzing mag de aanbieder starten met standaardbudget 1 t/m 5; daarboven eerst contact met de toegang (#WAARDE! met uitleg).",
    "",
    "Tarieven: het blad Tarieven bevat de tabel 'Tarieven' met de ingebouwde set IJsselland 2023. Alleen openbaar bekende tarieven zijn ingevuld;",
    "een leeg bedrag betekent dat het tarief ontbreekt. Vul het aan (met bron) en de functies rekenen direct opnieuw.",
    "Foutwaarden: ga op de cel staan voor de uitleg. #WAARDE! = ongeldige invoer of regel; #N/B = tarief ontbreekt of offerte nodig.",
    "Voorbeeld (Mark, 8 jaar): groepsaanbod licht 2 dagen x 3 uur x 26 weken = 156 uur = € 2.227,68; ambulant 3 uur x 26 weken x € 70 = € 5.460; totaal € 7.687,68 -> standaardbudget 5 (€ 8.000).",
  ];
  regels.forEach((tekst, i) => (ws.getCell(`A${i + 1}`).value = tekst));
  ws.getCell("A1").font = { bold: true, size: 14 };
}

export function maakWerkmap(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Rekentool Jeugdhulp";
  wb.created = new Date(Date.UTC(2023, 0, 1));
  wb.modified = new Date(Date.UTC(2023, 0, 1));
  // Excel recalculates on open, so the JH.* cells bind to the loaded add-in instead of showing cached values only.
  wb.calcProperties = { fullCalcOnLoad: true };
  rekentoolBlad(wb, { intensiteiten: INTENSITEITEN, rekentarieven: REKENTARIEVEN, sets: SETS });
  tarievenBlad(wb);
  uitlegBlad(wb);
  lijstenBlad(wb);
  return wb;
}

/**
 * The workbook as the bytes of its file. ExcelJS stamps every zip entry with the time of writing, so the same
 * workbook gave a different file each run (and a change in git for nothing): the entries are packed again, in
 * the same order, with one fixed time (local 1 January 2023, which every time zone writes the same).
 */
export async function werkmapBytes(): Promise<Uint8Array> {
  const delen = unzipSync(new Uint8Array((await maakWerkmap().xlsx.writeBuffer()) as ArrayBuffer));
  const vast: Zippable = {};
  // Folder entries are left out: a package part is found by its full name, and fflate would write them as files.
  for (const [naam, inhoud] of Object.entries(delen))
    if (!naam.endsWith("/")) vast[naam] = [inhoud, { mtime: new Date(2023, 0, 1) }];
  return zipSync(vast, { level: 6 });
}

if (require.main === module) {
  void werkmapBytes().then((bytes) => {
    writeFileSync(WERKMAP_PAD, bytes);
    console.log(`Werkmap geschreven: ${WERKMAP_PAD}`);
  });
}
