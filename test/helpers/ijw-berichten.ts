/**
 * Our own iJw 3.2 sample messages, written from the element names of the standard as issue 17 lists them (no
 * XSD or sample of anyone else copied): JW301 (toewijzing, BerichtCode 436) and JW323 (declaratie, 490).
 * For tests and the bench. Amounts in eurocents, as the messages carry them.
 */
export interface ToegewezenProduct {
  ToewijzingNummer: string;
  Categorie: string;
  Code?: string;
  Toewijzingsdatum: string;
  Toewijzingstijd?: string;
  Ingangsdatum: string;
  Einddatum?: string;
  RedenWijziging?: string;
  Omvang?: { Volume: number; Eenheid: string; Frequentie: string };
  Budget?: number;
  Commentaar?: string;
}

export interface PrestatieXml {
  ReferentieNummer: string;
  VorigReferentieNummer?: string;
  ToewijzingNummer: string;
  ProductCategorie: string;
  ProductCode: string;
  Begindatum: string;
  Einddatum: string;
  GeleverdVolume: number;
  Eenheid: string;
  ProductTarief?: number;
  Bedrag: number;
  DebetCredit: "D" | "C";
}

const NS = (bericht: string) =>
  `xmlns="http://www.istandaarden.nl/ijw/3_2/${bericht}/schema" xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema"`;

const el = (naam: string, waarde: string | number | undefined) =>
  waarde === undefined || waarde === ""
    ? ""
    : `<${naam}>${String(waarde).replace(/&/g, "&amp;").replace(/</g, "&lt;")}</${naam}>`;

function header(code: string, afzender: string, ontvanger: string, id: string, dagtekening: string): string {
  return `<Header>${el("BerichtCode", code)}${el("BerichtVersie", 3)}${el("BerichtSubversie", 2)}${el("Afzender", afzender)}${el("Ontvanger", ontvanger)}<BerichtIdentificatie>${el("Identificatie", id)}${el("Dagtekening", dagtekening)}</BerichtIdentificatie></Header>`;
}

export function toegewezenProductXml(p: ToegewezenProduct): string {
  return `<ToegewezenProduct>${el("ToewijzingNummer", p.ToewijzingNummer)}<Product>${el("Categorie", p.Categorie)}${el("Code", p.Code)}</Product>${el("Toewijzingsdatum", p.Toewijzingsdatum)}${el("Toewijzingstijd", p.Toewijzingstijd ?? "09:00:00")}${el("Ingangsdatum", p.Ingangsdatum)}${el("Einddatum", p.Einddatum)}${el("RedenWijziging", p.RedenWijziging)}${p.Omvang ? `<Omvang>${el("Volume", p.Omvang.Volume)}${el("Eenheid", p.Omvang.Eenheid)}${el("Frequentie", p.Omvang.Frequentie)}</Omvang>` : ""}${el("Budget", p.Budget)}${el("Commentaar", p.Commentaar)}</ToegewezenProduct>`;
}

/** A JW301 from a municipality to a provider, with clients and their allocated products. */
export function jw301(b: {
  afzender: string;
  ontvanger: string;
  id?: string;
  clienten: { bsn: string; producten: ToegewezenProduct[] }[];
}): string {
  const clienten = b.clienten
    .map(
      (c) =>
        `<Client>${el("Bsn", c.bsn)}<ToegewezenProducten>${c.producten.map(toegewezenProductXml).join("")}</ToegewezenProducten></Client>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Bericht ${NS("jw301")}>${header("436", b.afzender, b.ontvanger, b.id ?? "T1", "2023-01-05")}${clienten}</Bericht>\n`;
}

export function prestatieXml(p: PrestatieXml): string {
  return `<Prestatie><ProductReferentie>${el("ReferentieNummer", p.ReferentieNummer)}${el("VorigReferentieNummer", p.VorigReferentieNummer)}</ProductReferentie>${el("ToewijzingNummer", p.ToewijzingNummer)}${el("ProductCategorie", p.ProductCategorie)}${el("ProductCode", p.ProductCode)}<ProductPeriode>${el("Begindatum", p.Begindatum)}${el("Einddatum", p.Einddatum)}</ProductPeriode>${el("GeleverdVolume", p.GeleverdVolume)}${el("Eenheid", p.Eenheid)}${el("ProductTarief", p.ProductTarief)}<IngediendBedrag>${el("Bedrag", p.Bedrag)}${el("DebetCredit", p.DebetCredit)}</IngediendBedrag></Prestatie>`;
}

/** A JW323 from a provider to a municipality: one declaration for a month, clients with their prestaties. */
export function jw323(b: {
  afzender: string;
  ontvanger: string;
  declaratieNummer: string;
  maand: string;
  clienten: { bsn: string; prestaties: PrestatieXml[] }[];
}): string {
  const alle = b.clienten.flatMap((c) => c.prestaties);
  const saldo = alle.reduce((t, p) => t + (p.DebetCredit === "C" ? -p.Bedrag : p.Bedrag), 0);
  const [j, m] = b.maand.split("-").map(Number);
  const laatste = new Date(Date.UTC(j, m, 0)).toISOString().slice(0, 10);
  const clienten = b.clienten
    .map(
      (c) => `<Client>${el("Bsn", c.bsn)}<Prestaties>${c.prestaties.map(prestatieXml).join("")}</Prestaties></Client>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Bericht ${NS("jw323")}>${header("490", b.afzender, b.ontvanger, b.declaratieNummer, laatste)}<Declaratie>${el("DeclaratieNummer", b.declaratieNummer)}<DeclaratiePeriode>${el("Begindatum", `${b.maand}-01`)}${el("Einddatum", laatste)}</DeclaratiePeriode>${el("DeclaratieDagtekening", laatste)}<TotaalIngediendBedrag>${el("TotaalBedrag", Math.abs(saldo))}${el("DebetCredit", saldo < 0 ? "C" : "D")}</TotaalIngediendBedrag></Declaratie><Clienten>${clienten}</Clienten></Bericht>\n`;
}
