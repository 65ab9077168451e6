// Declarations as they are sent (iJw JW301/JW323): reading, the checks, totals per toewijzing and per provider.
export { Declaratierun } from "./run";
export { BEVINDING_UITLEG, Declaratiecontrole } from "./controle";
export type { Aanbiedertotaal, Stand } from "./controle";
export { leesDatum } from "./datum";
export { leesPrestatie, leesToewijzing, PRESTATIE_VELDEN, TOEWIJZING_VELDEN } from "./lezen";
export type { Veldbron, Gelezen, Berichtveld } from "./lezen";
export { REDEN_VERWIJDERD, Toewijzingenregister } from "./register";
export { EURO_KOLOMMEN, PRESTATIE_KOLOMMEN, PROCENT_KOLOMMEN, TOEWIJZING_KOLOMMEN, toewijzingStatus } from "./uitkomst";
export type { Declaratiestatus } from "./uitkomst";
export type { Bevinding, Bevindingcode, DebetCredit, Prestatie, Toewijzing } from "./types";
export { maakTabelkaart, rijAlsBron } from "./kolommen";
export type { Tabelkaart, Tabelsoort } from "./kolommen";
export { declaratiebedrag, productTarief } from "./product";
export type { Bedraguitkomst, Productuitkomst } from "./product";
export { Berichtlezer, leesBerichttekst } from "./bericht";
export type { Berichtsoort, Berichtverslag } from "./bericht";
