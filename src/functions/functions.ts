/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes cell values of any type; the engine parses them. */
/**
 * The JH.* worksheet functions. Each is a thin wrapper: the batcher collects the calls of one
 * recalculation and the engine computes them. Every argument may be a cell or a range; a range spills.
 * custom-functions-metadata-plugin reads the JSDoc below into functions.json and registers the functions.
 */
import { batcher } from "./batcher";
import "./runtime";

/**
 * Het standaardbudget (bedrag in euro's) dat hoort bij een berekend bedrag: het eerste niveau op of boven het bedrag. Boven het hoogste niveau: #N/B (offertebudget nodig).
 * @customfunction STANDAARDBUDGET
 * @param bedrag Het berekende bedrag in euro's, of een bereik met bedragen.
 * @param [verwijzer] toegang (standaard), medisch of gi. Na een medische verwijzing geeft een niveau boven wat de tariefset dan toestaat #WAARDE!.
 * @param [tariefset] Naam van de tariefset; leeg = de tabel Tarieven in de werkmap of de ingebouwde set.
 * @returns Het bedrag van het standaardbudget in euro's.
 */
export function standaardbudget(bedrag: any[][], verwijzer?: any[][], tariefset?: any[][]): Promise<any[][]> {
  return batcher.vraag("STANDAARDBUDGET", [bedrag, verwijzer, tariefset]);
}

/**
 * Het nummer van het standaardbudget dat hoort bij een berekend bedrag. Boven het hoogste niveau: #N/B (offertebudget nodig).
 * @customfunction STANDAARDBUDGETNUMMER
 * @param bedrag Het berekende bedrag in euro's, of een bereik met bedragen.
 * @param [verwijzer] toegang (standaard), medisch of gi. Na een medische verwijzing geeft een niveau boven wat de tariefset dan toestaat #WAARDE!.
 * @param [tariefset] Naam van de tariefset; leeg = de tabel Tarieven in de werkmap of de ingebouwde set.
 * @returns Het nummer van het standaardbudget.
 */
export function standaardbudgetnummer(bedrag: any[][], verwijzer?: any[][], tariefset?: any[][]): Promise<any[][]> {
  return batcher.vraag("STANDAARDBUDGETNUMMER", [bedrag, verwijzer, tariefset]);
}

/**
 * Het uurtarief in euro's van het groepsaanbod voor een intensiteit. Ontbreekt het tarief in de tariefset: #N/B.
 * @customfunction GROEPSTARIEF
 * @param intensiteit licht, middel, middelzwaar of zwaar.
 * @param [tariefset] Naam van de tariefset; leeg = de tabel Tarieven in de werkmap of de ingebouwde set.
 * @returns Euro's per uur.
 */
export function groepstarief(intensiteit: any[][], tariefset?: any[][]): Promise<any[][]> {
  return batcher.vraag("GROEPSTARIEF", [intensiteit, tariefset]);
}

/**
 * Het rekentarief in euro's per uur voor ambulante hulp. Ontbreekt het tarief in de tariefset: #N/B.
 * @customfunction REKENTARIEF
 * @param naam De naam van het rekentarief, bijvoorbeeld "Overwegend begeleiding en lichte hulp".
 * @param [tariefset] Naam van de tariefset; leeg = de tabel Tarieven in de werkmap of de ingebouwde set.
 * @returns Euro's per uur.
 */
export function rekentarief(naam: any[][], tariefset?: any[][]): Promise<any[][]> {
  return batcher.vraag("REKENTARIEF", [naam, tariefset]);
}

/**
 * Het budget voor groepsaanbod: dagen per week x uren per dag x weken x het uurtarief van de intensiteit.
 * @customfunction BUDGETGROEP
 * @param dagen_per_week Aanwezigheidsdagen per week.
 * @param uren_per_dag Gemiddeld aantal uren per dag.
 * @param weken Duur in weken (herstel: hoogstens het maximum van de tariefset; duurzaam: vast aantal weken per jaar, mag leeg).
 * @param intensiteit licht, middel, middelzwaar of zwaar.
 * @param [traject] herstel (standaard) of duurzaam.
 * @param [tariefset] Naam van de tariefset; leeg = de tabel Tarieven in de werkmap of de ingebouwde set.
 * @param [kdc_odc] ja als het groepsaanbod een KDC/ODC is (dan mag zwaar ook in duurzaam); leeg = nee.
 * @returns Het budget groepsaanbod in euro's.
 */
export function budgetgroep(
  dagen_per_week: any[][],
  uren_per_dag: any[][],
  weken: any[][],
  intensiteit: any[][],
  traject?: any[][],
  tariefset?: any[][],
  kdc_odc?: any[][],
): Promise<any[][]> {
  return batcher.vraag("BUDGETGROEP", [dagen_per_week, uren_per_dag, weken, intensiteit, traject, tariefset, kdc_odc]);
}

/**
 * Het budget voor ambulante hulp: cliëntgebonden uren per week x weken x het rekentarief.
 * @customfunction BUDGETAMBULANT
 * @param uren_per_week Cliëntgebonden uren per week.
 * @param weken Duur in weken (herstel: hoogstens het maximum van de tariefset; duurzaam: vast aantal weken per jaar, mag leeg).
 * @param rekentarief De naam van het rekentarief.
 * @param [traject] herstel (standaard) of duurzaam.
 * @param [tariefset] Naam van de tariefset; leeg = de tabel Tarieven in de werkmap of de ingebouwde set.
 * @returns Het budget ambulant in euro's.
 */
export function budgetambulant(
  uren_per_week: any[][],
  weken: any[][],
  rekentarief: any[][],
  traject?: any[][],
  tariefset?: any[][],
): Promise<any[][]> {
  return batcher.vraag("BUDGETAMBULANT", [uren_per_week, weken, rekentarief, traject, tariefset]);
}

/**
 * Het totale budget van een traject: groepsaanbod plus ambulante hulp. Laat de argumenten van een onderdeel leeg als het niet meedoet.
 * @customfunction BUDGET
 * @param traject herstel of duurzaam.
 * @param groep_dagen Groepsaanbod: aanwezigheidsdagen per week (leeg als er geen groepsaanbod is).
 * @param groep_uren Groepsaanbod: gemiddeld aantal uren per dag.
 * @param groep_weken Groepsaanbod: duur in weken (duurzaam: het vaste aantal weken per jaar, of leeg).
 * @param intensiteit Groepsaanbod: licht, middel, middelzwaar of zwaar.
 * @param amb_uren Ambulante hulp: cliëntgebonden uren per week (leeg als er geen ambulante hulp is).
 * @param amb_weken Ambulante hulp: duur in weken (duurzaam: het vaste aantal weken per jaar, of leeg).
 * @param rekentarief Ambulante hulp: de naam van het rekentarief.
 * @param [verwijzer] toegang (standaard), medisch of gi.
 * @param [tariefset] Naam van de tariefset; leeg = de tabel Tarieven in de werkmap of de ingebouwde set.
 * @param [kdc_odc] ja als het groepsaanbod een KDC/ODC is (dan mag zwaar ook in duurzaam); leeg = nee.
 * @param [met_groep] ja of nee: zet het groepsaanbod aan of uit (bij nee tellen de groepsargumenten niet); leeg = aan zodra een groepsargument is ingevuld.
 * @param [met_ambulant] ja of nee: zet de ambulante hulp aan of uit; leeg = aan zodra een ambulant argument is ingevuld.
 * @param [bekend_bedrag] Een bekend bedrag in euro's in plaats van uren (een standaardinterventie); dan staan groepsaanbod en ambulante hulp uit.
 * @param [bekend_bron] Waar het bekende bedrag vandaan komt (verplicht bij een bekend bedrag).
 * @returns Het totaal in euro's.
 */
export function budget(
  traject: any[][],
  groep_dagen: any[][],
  groep_uren: any[][],
  groep_weken: any[][],
  intensiteit: any[][],
  amb_uren: any[][],
  amb_weken: any[][],
  rekentarief: any[][],
  verwijzer?: any[][],
  tariefset?: any[][],
  kdc_odc?: any[][],
  met_groep?: any[][],
  met_ambulant?: any[][],
  bekend_bedrag?: any[][],
  bekend_bron?: any[][],
): Promise<any[][]> {
  return batcher.vraag("BUDGET", [
    traject,
    groep_dagen,
    groep_uren,
    groep_weken,
    intensiteit,
    amb_uren,
    amb_weken,
    rekentarief,
    verwijzer,
    tariefset,
    kdc_odc,
    met_groep,
    met_ambulant,
    bekend_bedrag,
    bekend_bron,
  ]);
}

/**
 * Het tarief in euro's per eenheid van een product (iJw-productcode) uit de tariefset. Onbekende code: #WAARDE!; tarief niet bekend: #N/B.
 * @customfunction PRODUCTTARIEF
 * @param code De productcode, 1 tot 5 tekens (bijvoorbeeld 45A48 of 54011), of een bereik met codes.
 * @param [tariefset] Naam van de tariefset; leeg = de tabel Tarieven in de werkmap of de ingebouwde set.
 * @returns Euro's per eenheid van het product.
 */
export function producttarief(code: any[][], tariefset?: any[][]): Promise<any[][]> {
  return batcher.vraag("PRODUCTTARIEF", [code, tariefset]);
}

/**
 * Het bedrag van een prestatie zoals de aanbieder het declareert: geleverd volume x het tarief van het product (P x Q), op de cent.
 * @customfunction DECLARATIEBEDRAG
 * @param volume Het geleverde volume: een geheel getal in de eenheid van het product (minuten, uren, etmalen, ...).
 * @param code De productcode, 1 tot 5 tekens (bijvoorbeeld 45A48).
 * @param [tariefset] Naam van de tariefset; leeg = de tabel Tarieven in de werkmap of de ingebouwde set.
 * @returns Het bedrag in euro's.
 */
export function declaratiebedrag(volume: any[][], code: any[][], tariefset?: any[][]): Promise<any[][]> {
  return batcher.vraag("DECLARATIEBEDRAG", [volume, code, tariefset]);
}

/**
 * De beschikbare tariefsets met hun geldigheid (naam, geldig vanaf, geldig tot, standaard).
 * @customfunction TARIEFSETS
 * @returns Een tabel met een rij per tariefset.
 */
export function tariefsets(): Promise<any[][]> {
  return batcher.vraag("TARIEFSETS", []);
}

/**
 * De uren in totaal: uren per week x de weken van het traject (duurzaam: altijd het vaste aantal weken per jaar, ook als weken leeg is).
 * @customfunction UREN
 * @param uren_per_week Uren per week (groepsaanbod: dagen x uren per dag; ambulant: cliëntgebonden uren per week).
 * @param weken Duur in weken (herstel: hoogstens het maximum van de tariefset; duurzaam: het vaste aantal, of leeg).
 * @param [traject] herstel (standaard) of duurzaam.
 * @param [tariefset] Naam van de tariefset; leeg = de tabel Tarieven in de werkmap of de ingebouwde set.
 * @returns Het aantal uren in totaal.
 */
export function uren(uren_per_week: any[][], weken: any[][], traject?: any[][], tariefset?: any[][]): Promise<any[][]> {
  return batcher.vraag("UREN", [uren_per_week, weken, traject, tariefset]);
}

/**
 * Het standaardbudget dat de richtlijn van de regio aangeeft voor een soort hulp en een aantal uren. Een richtlijn, geen regel: het budget volgt uit de berekening. Buiten de richtlijn: #N/B.
 * @customfunction INDICATIE
 * @param soort_hulp De soort hulp uit de richtlijn, bijvoorbeeld GGZ, GGZ zware diagnostiek, J&O of (L)VB.
 * @param uren De uren hulp in totaal (bij GGZ zware diagnostiek mag dit leeg).
 * @param [tariefset] Naam van de tariefset; leeg = de tabel Tarieven in de werkmap of de ingebouwde set.
 * @returns Het nummer van het standaardbudget volgens de richtlijn.
 */
export function indicatie(soort_hulp: any[][], uren: any[][], tariefset?: any[][]): Promise<any[][]> {
  return batcher.vraag("INDICATIE", [soort_hulp, uren, tariefset]);
}

/**
 * De status van een invoerveld volgens de rekenkern (in te vullen, ingevuld, niet invulbaar, onjuiste invoer of waarschuwing), of de melding erbij. Voor de kleuren van de invoercellen.
 * @customfunction CONTROLE
 * @param veld De sleutel van het veld, bijvoorbeeld "traject" of "groepsaanbod.weken" (een bereik geeft per cel de status).
 * @param velden Het bereik met de sleutels van alle velden van het formulier.
 * @param waarden Het bereik met de ingevulde waarden, even groot als velden (de tariefset is het veld "tariefset").
 * @param [uitvoer] status (standaard) of melding.
 * @returns De status of de melding van het veld.
 */
export function controle(veld: any[][], velden: any[][], waarden: any[][], uitvoer?: any[][]): Promise<any[][]> {
  return batcher.vraag("CONTROLE", [veld, velden, waarden, uitvoer]);
}

// The other funding models (issue 18): P x Q product prices and result-oriented arrangements.

/**
 * Het bedrag P x Q: de prijs per eenheid van een product maal het geleverde volume, afgerond op hele centen. Een tarief dat in de tariefset ontbreekt: #N/B.
 * @customfunction PXQ
 * @param product Naam of code van het product, bijvoorbeeld "Begeleiding".
 * @param volume Aantal geleverde eenheden (uren, dagdelen, ...), 0 of meer.
 * @param [aanbieder] De aanbieder; nodig als het tarief per aanbieder verschilt.
 * @param [tariefset] Naam van een tariefset met model productprijs; leeg = de eerste (werkmap, of de ingebouwde Midden-Holland Wmo 2017).
 * @returns Het bedrag in euro's.
 */
export function pxq(product: any[][], volume: any[][], aanbieder?: any[][], tariefset?: any[][]): Promise<any[][]> {
  return batcher.vraag("PXQ", [product, volume, aanbieder, tariefset]);
}

/**
 * De prijs per eenheid van een product (euro's). Een tarief dat in de tariefset ontbreekt: #N/B.
 * @customfunction PRODUCTPRIJS
 * @param product Naam of code van het product.
 * @param [aanbieder] De aanbieder; nodig als het tarief per aanbieder verschilt.
 * @param [tariefset] Naam van een tariefset met model productprijs; leeg = de eerste.
 * @returns Euro's per eenheid.
 */
export function productprijs(product: any[][], aanbieder?: any[][], tariefset?: any[][]): Promise<any[][]> {
  return batcher.vraag("PRODUCTPRIJS", [product, aanbieder, tariefset]);
}

/**
 * Het budget van een arrangement (resultaatgericht): de som van de prijs per onderdeel en trede. Een ongeldige notatie: #WAARDE!; een ontbrekende prijs: #N/B.
 * @customfunction ARRANGEMENT
 * @param notatie Onderdelen met trede, bijvoorbeeld "1-3, 2-2, 3-1" (resultaatgebied of ondersteuningselement, streepje, trede).
 * @param [profiel] Het profiel van de cliënt (1-9), als de tariefset per profiel prijst.
 * @param [tariefset] Naam van een tariefset met model arrangement; leeg = de eerste.
 * @returns Het budget in euro's.
 */
export function arrangement(notatie: any[][], profiel?: any[][], tariefset?: any[][]): Promise<any[][]> {
  return batcher.vraag("ARRANGEMENT", [notatie, profiel, tariefset]);
}
