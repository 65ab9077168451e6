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
  bepaalTariefsets,
  berekenBudget,
  centenNaarEuro,
  controleerFormulier,
  STANDAARD_TARIEFSET,
  STATUSSEN,
  tariefsetNaarTabel,
  TABEL_KOPPEN,
  TABEL_NAAM,
  TRAJECT_NAMEN,
  VERWIJZER_NAMEN,
  type Formulier,
  type Formulierveld,
} from "../src/engine";
import {
  alsNederlands,
  INVOER_BEREIK,
  INVOERKOPPEN,
  INVOERVELDEN,
  meldingFormule,
  RESULTATEN,
  STATUSKLEUR,
  statusFormule,
  VELDEN_BEREIK,
  veldCel,
} from "./werkmap-indeling";

export { jh } from "./werkmap-indeling";

export const WERKMAP_PAD = join(__dirname, "..", "assets", "Rekentool-standaardbudgetten.xlsx");

const GRIJS = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } } as const;
const RAND = { style: "thin", color: { argb: "FFBFBFBF" } } as const;
const KADER = { top: RAND, left: RAND, bottom: RAND, right: RAND };
const EURO = '"€ "#,##0.00';
const STIL = { italic: true, color: { argb: "FF595959" } };
const vulling = (argb: string) => ({ type: "pattern", pattern: "solid", fgColor: { argb } }) as const;

/** The example filled in: Mark, from the region's worked examples (help of the kind J&O, for the guide). */
export const VOORBEELD: Formulier = {
  traject: "herstel",
  verwijzer: "toegang",
  groepsaanbod: "ja",
  ambulant: "ja",
  "groepsaanbod.dagenPerWeek": 2,
  "groepsaanbod.urenPerDag": 3,
  "groepsaanbod.weken": 26,
  "groepsaanbod.intensiteit": "licht",
  "ambulant.urenPerWeek": 3,
  "ambulant.weken": 26,
  "ambulant.rekentarief": "Overwegend begeleiding en lichte hulp",
  "indicatie.soortHulp": "J&O",
};

/** Cell addresses of the inputs, by field, for the tests. */
export const INVOER = Object.fromEntries(INVOERVELDEN.map((v) => [v.veld, veldCel(v.veld)])) as Record<
  Formulierveld,
  string
>;

/** The values the example gives each result cell, computed by the engine: Excel shows them until it recalculates. */
function voorbeelduitkomsten(): Map<number, number | string> {
  const w = VOORBEELD;
  const r = berekenBudget({
    traject: w.traject,
    verwijzer: w.verwijzer,
    groepsaanbod: {
      dagenPerWeek: w["groepsaanbod.dagenPerWeek"],
      urenPerDag: w["groepsaanbod.urenPerDag"],
      weken: w["groepsaanbod.weken"],
      intensiteit: w["groepsaanbod.intensiteit"],
    },
    ambulant: {
      urenPerWeek: w["ambulant.urenPerWeek"],
      weken: w["ambulant.weken"],
      rekentarief: w["ambulant.rekentarief"],
    },
    soortHulp: w["indicatie.soortHulp"],
  });
  const g = r.groepsaanbod!;
  const a = r.ambulant!;
  return new Map<number, number | string>([
    [11, g.urenPerWeek],
    [12, g.urenTotaal],
    [13, centenNaarEuro(g.uurtariefCent)],
    [14, centenNaarEuro(g.budgetCent)],
    [16, a.urenTotaal],
    [17, centenNaarEuro(a.uurtariefCent)],
    [18, centenNaarEuro(a.budgetCent)],
    [20, centenNaarEuro(r.totaalCent!)],
    [21, r.standaardbudget!.nummer],
    [22, centenNaarEuro(r.standaardbudget!.bedragCent)],
    [25, r.indicatie?.niveau.nummer ?? ""],
  ]);
}

/** Dropdown sources on the Lijsten sheet, by field. */
interface Lijsten {
  intensiteiten: string;
  rekentarieven: string;
  sets: string;
  soorten: string;
}

function keuzelijst(veld: Formulierveld, lijsten: Lijsten): ExcelJS.DataValidation | null {
  const lijst = (bron: string, toegestaan: string): ExcelJS.DataValidation => ({
    type: "list",
    allowBlank: true,
    formulae: [bron],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: INVOERVELDEN.find((v) => v.veld === veld)!.label,
    error: `Kies uit de lijst: ${toegestaan}.`,
  });
  switch (veld) {
    case "traject":
      return lijst(`"${TRAJECT_NAMEN.join(",")}"`, "herstel of duurzaam");
    case "verwijzer":
      return lijst(`"${VERWIJZER_NAMEN.join(",")}"`, "toegang, medisch of gi");
    case "groepsaanbod":
    case "ambulant":
    case "groepsaanbod.kdcOdc":
      return lijst('"ja,nee"', "ja of nee");
    case "groepsaanbod.intensiteit":
      return lijst(lijsten.intensiteiten, "licht, middel, middelzwaar of zwaar");
    case "ambulant.rekentarief":
      return lijst(lijsten.rekentarieven, "een rekentarief uit de tabel Tarieven");
    case "indicatie.soortHulp":
      return lijst(lijsten.soorten, "een soort hulp uit de richtlijn");
    case "tariefset":
      return lijst(lijsten.sets, "een tariefset uit de tabel Tarieven");
    default:
      // Numbers and free text get no check of their own: the engine judges them (JH.CONTROLE), so the limits
      // (104 weeks, 7 days) live in one place and follow the tariff set.
      return null;
  }
}

function legenda(ws: ExcelJS.Worksheet): void {
  ws.getCell("A3").value = "Kleuren van de invoercellen (de rekenkern beoordeelt elk veld)";
  ws.getCell("A3").font = { bold: true };
  STATUSSEN.forEach((status, i) => {
    const cel = ws.getCell(`A${4 + i}`);
    cel.value = status;
    cel.fill = vulling(STATUSKLEUR[status].argb);
    cel.border = KADER;
    ws.getCell(`B${4 + i}`).value = STATUSKLEUR[status].betekenis;
    ws.getCell(`B${4 + i}`).font = STIL;
  });
}

function invoerzijde(ws: ExcelJS.Worksheet, lijsten: Lijsten): void {
  const kop = (rij: number, tekst: string) => {
    ws.getCell(`A${rij}`).value = tekst;
    ws.getCell(`A${rij}`).font = { bold: true, size: 12 };
  };
  for (const [rij, tekst] of INVOERKOPPEN) kop(rij, tekst);
  ws.getCell("C10").value = "Status";
  ws.getCell("D10").value = "Melding van de rekenkern";
  ws.getCell("J10").value = "Veld (voor JH.CONTROLE)";
  for (const c of ["C10", "D10", "J10"]) ws.getCell(c).font = { bold: true };

  const status = controleerFormulier(VOORBEELD, bepaalTariefsets({}));
  for (const { veld, rij, label } of INVOERVELDEN) {
    ws.getCell(`A${rij}`).value = label;
    ws.getCell(`A${rij}`).fill = GRIJS;
    const c = ws.getCell(`B${rij}`);
    c.value = (VOORBEELD[veld] as ExcelJS.CellValue) ?? null;
    c.border = KADER;
    const dv = keuzelijst(veld, lijsten);
    if (dv) c.dataValidation = dv;
    ws.getCell(`C${rij}`).value = { formula: statusFormule(veld), result: status[veld].status };
    ws.getCell(`C${rij}`).border = KADER;
    ws.getCell(`D${rij}`).value = { formula: meldingFormule(veld), result: status[veld].tekst };
    ws.getCell(`D${rij}`).font = STIL;
    ws.getCell(`D${rij}`).alignment = { wrapText: true, vertical: "top" };
    ws.getCell(`J${rij}`).value = veld;
    ws.getCell(`J${rij}`).font = { color: { argb: "FF808080" } };
  }
  // One rule per status over the inputs and their status cells: the colour follows the engine's word in column C.
  ws.addConditionalFormatting({
    ref: `B${INVOERVELDEN[0].rij}:C${INVOERVELDEN[INVOERVELDEN.length - 1].rij}`,
    rules: STATUSSEN.map((s, i) => ({
      type: "expression",
      priority: i + 1,
      formulae: [`$C${INVOERVELDEN[0].rij}="${s}"`],
      style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: STATUSKLEUR[s].argb } } },
    })),
  });
}

function resultaatzijde(ws: ExcelJS.Worksheet, richtlijnRijen: number[]): void {
  ws.getCell("F10").value = "Resultaat";
  ws.getCell("F10").font = { bold: true, size: 12 };
  const uitkomsten = voorbeelduitkomsten();
  for (const { rij, label, formule, uitleg, euro } of RESULTATEN) {
    ws.getCell(`F${rij}`).value = label;
    ws.getCell(`F${rij}`).fill = GRIJS;
    const c = ws.getCell(`G${rij}`);
    c.value = { formula: formule, result: uitkomsten.get(rij) ?? "" };
    c.numFmt = euro ? EURO : "0.##";
    c.border = KADER;
    if (/^(Totaal|Standaardbudget)/.test(label)) c.font = { bold: true };
    ws.getCell(`H${rij}`).value = uitleg;
    ws.getCell(`H${rij}`).font = STIL;
  }
  ws.getCell("F24").value = "Richtlijn: uren per soort hulp (een indicatie, geen regel)";
  ws.getCell("F24").font = { bold: true, size: 12 };
  // The guide's table as the region publishes it, read from the Tarieven table (not copied): change it there.
  ws.getCell("F27").value = "Soort hulp";
  ws.getCell("G27").value = "Standaardbudget";
  ws.getCell("H27").value = "Uren en omschrijving (uit de tabel Tarieven)";
  for (const c of ["F27", "G27", "H27"]) ws.getCell(c).font = { bold: true };
  const banden = (STANDAARD_TARIEFSET.richtlijn?.soorten ?? []).flatMap((s) => s.banden.map((b) => ({ s, b })));
  banden.forEach(({ s, b }, i) => {
    const rij = 28 + i;
    const bron = richtlijnRijen[i];
    ws.getCell(`F${rij}`).value = { formula: `Tarieven!$C$${bron}`, result: s.naam };
    ws.getCell(`G${rij}`).value = { formula: `Tarieven!$J$${bron}`, result: b.niveau };
    ws.getCell(`H${rij}`).value = { formula: `Tarieven!$K$${bron}`, result: b.omschrijving };
    ws.getCell(`H${rij}`).font = STIL;
  });
}

function rekentoolBlad(wb: ExcelJS.Workbook, lijsten: Lijsten, richtlijnRijen: number[]): void {
  const ws = wb.addWorksheet("Rekentool", { views: [{ showGridLines: false }] });
  ws.columns = [
    { width: 38 },
    { width: 34 },
    { width: 16 },
    { width: 60 },
    { width: 3 },
    { width: 32 },
    { width: 16 },
    { width: 70 },
    { width: 3 },
    { width: 26 },
  ];
  ws.getCell("A1").value = "Rekentool standaardbudgetten ambulante jeugdhulp";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value =
    "Vul de invoercellen (kolom B) in. De kleur en de melding komen van de rekenkern (JH.CONTROLE); de resultaten rekenen met de functies JH.* van de invoegtoepassing Rekentool Jeugdhulp.";
  ws.getCell("A2").font = STIL;
  legenda(ws);
  invoerzijde(ws, lijsten);
  resultaatzijde(ws, richtlijnRijen);
}

/** The data rows of the Tarieven table that hold the guide's bands, as sheet rows (header in row 1). */
function tarievenBlad(wb: ExcelJS.Workbook): number[] {
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
    { width: 10 },
    { width: 10 },
    { width: 55 },
  ];
  const rijen = tariefsetNaarTabel(STANDAARD_TARIEFSET.bronJson);
  ws.addTable({
    name: TABEL_NAAM,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: TABEL_KOPPEN.map((naam) => ({ name: naam, filterButton: true })),
    rows: rijen as ExcelJS.CellValue[][],
  });
  ws.getColumn(4).numFmt = "#,##0.00";
  return rijen.flatMap((rij, i) => (rij[1] === "richtlijn" ? [i + 2] : []));
}

/** Dropdown sources, one column each on the Lijsten sheet. */
const LIJSTEN: [string, string[]][] = [
  ["Intensiteiten", STANDAARD_TARIEFSET.intensiteiten.map((i) => i.naam)],
  ["Rekentarieven", STANDAARD_TARIEFSET.rekentarieven.map((r) => r.naam)],
  ["Tariefsets", [STANDAARD_TARIEFSET.naam]],
  ["Soorten hulp (richtlijn)", (STANDAARD_TARIEFSET.richtlijn?.soorten ?? []).map((s) => s.naam)],
];
const kolomLetter = (k: number) => String.fromCharCode(65 + k);
const [INTENSITEITEN, REKENTARIEVEN, SETS, SOORTEN] = LIJSTEN.map(
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
  ws.getCell("F1").value =
    "Deze lijsten vullen de keuzelijsten op het blad Rekentool. Voegt u een tarief of soort hulp toe aan de tabel Tarieven, zet de naam dan ook hier.";
}

/** Every defined name: one per input cell, the ranges JH.CONTROLE reads, and the results other formulas use. */
function namen(wb: ExcelJS.Workbook): void {
  for (const { naam, rij } of INVOERVELDEN) wb.definedNames.add(`Rekentool!$B$${rij}`, naam);
  wb.definedNames.add(VELDEN_BEREIK, "Velden");
  wb.definedNames.add(INVOER_BEREIK, "Invoer");
  for (const { naam, rij } of RESULTATEN) if (naam) wb.definedNames.add(`Rekentool!$G$${rij}`, naam);
}

function uitlegBlad(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Uitleg");
  ws.columns = [{ width: 34 }, { width: 90 }, { width: 80 }];
  let rij = 1;
  const regel = (a: string, b = "", c = "", vet = false) => {
    ws.getCell(`A${rij}`).value = a;
    ws.getCell(`B${rij}`).value = b;
    ws.getCell(`C${rij}`).value = c;
    if (vet) for (const k of ["A", "B", "C"]) ws.getCell(`${k}${rij}`).font = { bold: true };
    for (const k of ["B", "C"]) ws.getCell(`${k}${rij}`).alignment = { wrapText: true, vertical: "top" };
    rij++;
  };
  regel("Rekentool standaardbudgetten - uitleg");
  ws.getCell("A1").font = { bold: true, size: 14 };
  regel(
    "",
    "Deze werkmap rekent met de invoegtoepassing Rekentool Jeugdhulp. Laad die eerst (zie README); zonder de invoegtoepassing tonen de formulecellen #NAAM? en hebben de invoercellen geen kleur.",
  );
  regel(
    "Werkwijze",
    "1. Kies het traject: een hersteltraject (tijdelijke hulp, tot 2 jaar, budget voor de hele duur) of een duurzaam traject (budget per jaar, altijd 52 weken). 2. Zet groepsaanbod en ambulante hulp op ja of nee en vul hun velden in; of zet beide op nee en vul een bekend bedrag met de bron in (een standaardinterventie, zoals bij Greetje: gebruikelijk € 2.500 tot € 3.000, standaardbudget 3). 3. De rekentool kiest het eerste standaardbudget op of boven het totaal. Boven standaardbudget 8 is een offerte nodig (#N/B).",
  );
  regel(
    "Kleuren",
    'Elke invoercel krijgt de kleur van de status die de rekenkern geeft: JH.CONTROLE(veld; Velden; Invoer) in kolom C, de melding erbij in kolom D (JH.CONTROLE(...; "melding")). De voorwaardelijke opmaak van kolom B en C kleurt alleen wat in kolom C staat; de regels zelf staan niet in Excel-formules. Velden is kolom J (de sleutel van elk veld), Invoer is kolom B.',
  );
  regel(
    "Richtlijn",
    "De regio geeft naast de acht standaardbudgetten een richtlijn van uren per soort hulp naar een standaardbudget (GGZ, J&O, (L)VB). JH.INDICATIE(soort hulp; uren) geeft dat niveau. Het is een richtlijn, geen regel: het budget volgt uit de berekening. Wijkt het berekende niveau twee of meer af, dan meldt de rekenkern dat (waarschuwing bij Soort hulp). De tabel staat in Tarieven (soort richtlijn) met de bron.",
  );
  regel("");
  regel("Namen (invoercellen)", "Cel", "Veld (sleutel voor JH.CONTROLE)", true);
  for (const { naam, rij: r, veld } of INVOERVELDEN) regel(naam, `Rekentool!B${r}`, veld);
  regel("Velden / Invoer", `${VELDEN_BEREIK} / ${INVOER_BEREIK}`, "de sleutels en de waarden, voor JH.CONTROLE");
  regel("");
  regel("Resultaat", "Formule (zoals Excel in het Nederlands ze toont)", "Wat het doet", true);
  for (const { label, formule, uitleg, naam, rij: r } of RESULTATEN)
    regel(`${label} (G${r}${naam ? `, naam ${naam}` : ""})`, alsNederlands(formule), uitleg);
  regel("Status (kolom C)", alsNederlands(statusFormule("traject")), "de status van het veld volgens de rekenkern");
  regel("Melding (kolom D)", alsNederlands(meldingFormule("traject")), "waarom: de melding van de rekenkern");
  regel("");
  regel(
    "Tarieven",
    "Het blad Tarieven bevat de tabel 'Tarieven' met de ingebouwde set IJsselland 2023. Alleen openbaar bekende tarieven zijn ingevuld; een leeg bedrag betekent dat het tarief ontbreekt. Vul het aan (met bron) en de functies rekenen direct opnieuw.",
  );
  regel(
    "Foutwaarden",
    "Ga op de cel staan voor de uitleg. #WAARDE! = ongeldige invoer of regel; #N/B = tarief ontbreekt, offerte nodig of buiten de richtlijn.",
  );
  regel(
    "Voorbeeld",
    "Mark, 8 jaar: groepsaanbod licht 2 dagen x 3 uur x 26 weken = 156 uur = € 2.227,68; ambulant 3 uur x 26 weken x € 70 = € 5.460; totaal € 7.687,68 -> standaardbudget 5 (€ 8.000). Richtlijn J&O, 78 uur: standaardbudget 6 (één niveau verschil, geen waarschuwing).",
  );
}

export function maakWerkmap(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Rekentool Jeugdhulp";
  wb.created = new Date(Date.UTC(2023, 0, 1));
  wb.modified = new Date(Date.UTC(2023, 0, 1));
  // Excel recalculates on open, so the JH.* cells bind to the loaded add-in instead of showing cached values only.
  wb.calcProperties = { fullCalcOnLoad: true };
  const lijsten = { intensiteiten: INTENSITEITEN, rekentarieven: REKENTARIEVEN, sets: SETS, soorten: SOORTEN };
  // The Tarieven sheet is made first to know where the guide's rows are, then moved behind the Rekentool sheet.
  const tarieven = new ExcelJS.Workbook();
  const richtlijnRijen = tarievenBlad(tarieven);
  rekentoolBlad(wb, lijsten, richtlijnRijen);
  tarievenBlad(wb);
  uitlegBlad(wb);
  lijstenBlad(wb);
  namen(wb);
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
