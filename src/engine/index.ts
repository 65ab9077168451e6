// The engine's public face: what the surfaces (functions, task pane, Excel, CLI, scripts) use, by name.
// Internals of the hot path (Rekening, rekenIn, row bits) stay private to the engine and its tests.
export { berekenBudget } from "./budget";
export type {
  AmbulantInvoer,
  AmbulantResultaat,
  BudgetInvoer,
  BudgetResultaat,
  GroepInvoer,
  GroepResultaat,
} from "./budget";
export { controleerFormulier, FORMULIERVELDEN, isFormulierveld, STATUSSEN } from "./controle";
export type { Formulier, Formulierveld, Veldcontrole, Veldstatus } from "./controle";
export { indiceer, indicatieKort, indicatieTekst } from "./regels/richtlijn";
export type { Indicatie } from "./regels/richtlijn";
export { centenNaarEuro, formatEuro, formatGetal, formatProcent } from "./geld";
export { isLeeg, leesGetal, naamSleutel } from "./getal";
export { leesJaNee, leesTraject, TRAJECT_NAMEN, VERWIJZER_NAMEN } from "./invoer";
export type { Traject, Verwijzer } from "./invoer";
export { alsTekst, heeftFout, maskeerNummers, VELDEN } from "./melding";
export type { Melding, Meldingcode, MeldingNiveau, Veld } from "./melding";
export { doetMee } from "./regels/onderdelen";
export { intensiteitToegestaan, waaromNietToegestaan } from "./regels/intensiteit";
export { hoogsteMedischNiveau } from "./regels/verwijzing";
export { urenOverDuur, vasteWeken, wekenToegestaan } from "./regels/weken";
export { MAX_BUDGET_CENT } from "./regels/ijw";
export { resultaatAlsJson } from "./resultaat-json";
export type { BudgetJson } from "./resultaat-json";
export { standaardbudgetVoorBedrag } from "./standaardbudget-voor-bedrag";
export type { BedragResultaat } from "./standaardbudget-voor-bedrag";
export { resultaatAlsTekst, tariefsetAlsTekst } from "./weergave";
export {
  formatDatum,
  legUit,
  medischeGrensTekst,
  niveauMetBedrag,
  standaardbudgetTekst,
  toegewezenTekst,
  tariefsetTekst,
  trajectTekst,
  VERWIJZER_TEKST,
} from "./uitleg";
export type { Uitleg, Uitlegregel } from "./uitleg";
export { INGEBOUWDE_TARIEFSETS, STANDAARD_TARIEFSET } from "./tariefset/ingebouwd";
export { laadTariefset, laadTariefsets, leesJson } from "./tariefset/laden";
export { bepaalTariefsets, kiesTariefset, tabelOngeldigTekst } from "./tariefset/keuze";
export type { Herkomst, Setkeuze, Tariefbronnen, TariefsetKeuze, Tariefsets, Werkmaptabel } from "./tariefset/keuze";
export type {
  Intensiteit,
  Niveau,
  Rekentarief,
  Richtlijn,
  Richtlijnband,
  SoortHulp,
  Tariefset,
  TariefsetBron,
} from "./tariefset/types";
export type { Model } from "./tariefset/types";
export { TABEL_KOPPEN, TABEL_NAAM, tabelNaarTariefsets, tariefsetNaarTabel } from "./tariefset/tabel";
export { TABEL_KOPPEN_MET_MODELLEN, tabelKoppen } from "./tariefset/tabel";
export { zoekIntensiteit, zoekRekentarief } from "./tarieven";
export { maakToewijzing, toewijzingAlsTekst } from "./toewijzing";
export type { Toewijzingsvoorstel, ToewijzingInvoer } from "./toewijzing";
export {
  beginBulk,
  Bulkrun,
  centenAlsTekst,
  draaiBulk,
  INVOER,
  Kolomfout,
  maakBulkplan,
  maakKolomkaart,
  ontbrekendeKolommenTekst,
  rijenPerBlok,
  Samenvatting,
  Schrijffout,
  somDeclaraties,
  teBredeRij,
  teBredeRijTekst,
  UITVOER,
  UITVOERKOLOMMEN,
} from "./bulk";
export type {
  Bulkopties,
  Bulkplan,
  Bulkpoort,
  Bulkuitkomst,
  Declaraties,
  Invoerveld,
  Kolomkaart,
  Kopbron,
  Nieuwekop,
  Rijen,
  Rijuitkomsten,
  Samenvattingstaat,
  TeBredeRij,
  Uitvoerblok,
  Uitvoercellen,
  Uitvoerkolom,
  Uitvoersoort,
} from "./bulk";
// Products and declarations (issue 17): product codes in a tariff set, iJw JW301/JW323 checks and totals.
export { EENHEDEN, EENHEDEN_TEKST, eenheidTekst, isEenheid } from "./tariefset/producten";
export { PRODUCT_KOPPEN } from "./tariefset/producten-tabel";
export type { Eenheid, Product, ProductBron } from "./tariefset/types";
export * from "./declaraties";
// The other funding models (issue 18): productprijs (P x Q), arrangement, lumpsum, and the comparison.
export { heeftPrijzen, MODELLEN, MODEL_SOORT, modelFamilie } from "./modellen/model";
export type { Modeluitkomst } from "./modellen/model";
export { berekenPxq, leesVolume, metPlafond, perEenheid, plafondVoor, zoekProductprijs } from "./modellen/productprijs";
export type { Afgetopt, Productprijs, Pxq } from "./modellen/productprijs";
export { leesArrangement, leesProfiel, prijsArrangement } from "./modellen/arrangement";
export type { Arrangementdeel, Arrangementprijs } from "./modellen/arrangement";
export { lumpsumAanbieders, zoekLumpsum } from "./modellen/lumpsum";
export type { Lumpsum } from "./modellen/lumpsum";
export { modelLabel, VERGELIJK_INVOER, Vergelijking, vergelijkKolommen } from "./modellen/vergelijk";
export type { Kolomkeuze, Vergelijkingsregel, Vergelijkingsuitkomst } from "./modellen/vergelijk";
export {
  VERGELIJK_EURO_KOLOMMEN,
  VERGELIJK_KOPPEN,
  vergelijkingAlsRijen,
  vergelijkingSamenvatting,
} from "./modellen/vergelijk-tabel";
export { vergelijkingRapport } from "./modellen/rapport";
