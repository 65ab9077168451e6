import { Parser } from "htmlparser2";
import type { Berichtveld, Veldbron } from "./lezen";

/**
 * Reads an iJw 3.2 message (JW301 toewijzing or JW323 declaratie) element by element with htmlparser2, fed in
 * chunks of text (a file stream on the command line, a File in the task pane), so a year of messages runs in
 * bounded memory: one ToegewezenProduct or Prestatie at a time goes to the caller as a Veldbron, with the fields
 * of its Header, Client and Declaratie that belong to it. No Node or DOM API: the CLI and the pane both use it.
 * Safe against XML attacks: htmlparser2 resolves no DTD and no external entity (only the five XML entities and
 * character references are decoded), and a message with a DOCTYPE, which iJw never has, is refused.
 */
export type Berichtsoort = "JW301" | "JW323";

const BERICHTCODE: Record<string, Berichtsoort> = { "436": "JW301", "490": "JW323" };
const RECORD: Record<Berichtsoort, string> = { JW301: "ToegewezenProduct", JW323: "Prestatie" };

export interface Berichtverslag {
  soort: Berichtsoort | null;
  /** Problems with the file as a whole or its structure, each naming file and element. */
  fouten: string[];
  /** Said, but the file was read: another BerichtVersie. */
  waarschuwingen: string[];
  /** Records read (also those handed over with a structural problem in their message). */
  records: number;
}

const lokaal = (naam: string) => {
  const dubbelepunt = naam.indexOf(":");
  return dubbelepunt < 0 ? naam : naam.slice(dubbelepunt + 1);
};

/** "Product" + "Categorie" -> "Product/Categorie", made once per pair: this runs for every nested element. */
const paden = new Map<string, Map<string, string>>();
function veldpad(ouder: string, kind: string): string {
  let perKind = paden.get(ouder);
  if (!perKind) {
    perKind = new Map();
    if (paden.size < 1000) paden.set(ouder, perKind);
  }
  let p = perKind.get(kind);
  if (p === undefined) {
    p = `${ouder}/${kind}`;
    if (perKind.size < 1000) perKind.set(kind, p);
  }
  return p;
}

/**
 * One message: `schrijf` each chunk of its text in order, then `sluit`, which returns the verslag. `perRecord`
 * gets each record as soon as it is complete; `naam` names the file in every message. After `gestopt` the rest
 * of the text is ignored (a message of the wrong kind, a DOCTYPE).
 */
export class Berichtlezer {
  private readonly parser: Parser;
  private readonly afronden: () => Berichtverslag;
  private readonly isGestopt: () => boolean;

  constructor(naam: string, verwacht: Berichtsoort, perRecord: (bron: Veldbron, fouten: readonly string[]) => void) {
    const verslag: Berichtverslag = { soort: null, fouten: [], waarschuwingen: [], records: 0 };
    const stapel: string[] = [];
    let tekst = "";
    /** Context outside the records: Header and Declaratie fields, Client/Bsn. */
    const context = new Map<string, string>();
    let record: Map<string, string> | null = null;
    let recordDiepte = -1;
    let recordFouten: string[] = [];
    let stop = false;
    let geweigerd = false;

    const waarVan = (n: number) => `${naam}, ${RECORD[verwacht]} ${n}`;
    const geefRecord = (velden: Map<string, string>, fouten: string[]) => {
      verslag.records++;
      const waar = waarVan(verslag.records);
      // perRecord reads the fields at once (synchronously), so the context needs no copy.
      perRecord(
        {
          waarde: (veld: Berichtveld) => velden.get(veld) ?? context.get(veld),
          naam: (veld: Berichtveld) => veld,
          inCenten: () => true,
          waar,
        },
        fouten.map((f) => `${waar}: ${f}`),
      );
    };

    this.parser = new Parser(
      {
        onprocessinginstruction(naamPi) {
          if (naamPi.toLowerCase().startsWith("!doctype") && !geweigerd) {
            geweigerd = true;
            stop = true;
            verslag.fouten.push(
              `${naam}: bevat een DOCTYPE; een iJw-bericht heeft er geen, en entiteiten daarin worden niet gevolgd. Bestand overgeslagen.`,
            );
          }
        },
        onopentag(volledig) {
          if (stop) return;
          const n = lokaal(volledig);
          stapel.push(n);
          tekst = "";
          if (stapel.length === 1 && n !== "Bericht") {
            stop = true;
            verslag.fouten.push(
              `${naam}: is geen iJw-bericht (het begint met <${n}>, niet met <Bericht>). Bestand overgeslagen.`,
            );
            return;
          }
          if (n === RECORD[verwacht] && record === null) {
            if (verslag.soort === null) {
              stop = true;
              verslag.fouten.push(
                `${naam}: <${n}> komt vóór Header/BerichtCode; het soort bericht is niet bekend. Bestand overgeslagen.`,
              );
              return;
            }
            record = new Map();
            recordDiepte = stapel.length;
            recordFouten = [];
          }
        },
        ontext(t) {
          tekst += t;
        },
        onclosetag(volledig, impliciet) {
          if (stop) return;
          const n = lokaal(volledig);
          // htmlparser2 closes what was left open (or ignores a stray close tag): the message is not well-formed.
          if (impliciet) {
            const f = `het element <${n}> wordt niet afgesloten (de XML is beschadigd of afgebroken)`;
            if (record) recordFouten.push(f);
            else verslag.fouten.push(`${naam}: ${f}.`);
          }
          const diepte = stapel.length;
          const waarde = tekst.trim();
          if (record !== null) {
            if (diepte === recordDiepte) {
              geefRecord(record, recordFouten);
              record = null;
            } else if (diepte === recordDiepte + 1) record.set(n, waarde);
            else if (diepte === recordDiepte + 2) record.set(veldpad(stapel[diepte - 2], n), waarde);
          } else if (stapel[1] === "Header" && diepte === 3) {
            context.set(n, waarde);
            if (n === "BerichtCode") {
              const soort = BERICHTCODE[waarde] ?? null;
              if (soort !== verwacht) {
                stop = true;
                verslag.fouten.push(
                  `${naam}: Header/BerichtCode ${soort ? `${waarde} is een ${soort}` : `'${waarde.slice(0, 10)}' is geen JW301 (436) of JW323 (490)`}, geen ${verwacht}. ${verwacht === "JW301" ? "Toewijzingen horen bij --toewijzingen" : "Declaraties horen bij --declaraties"}. Bestand overgeslagen.`,
                );
              } else verslag.soort = soort;
            }
            if (n === "BerichtVersie" || n === "BerichtSubversie") context.set(n, waarde);
          } else if (n === "Bsn" && stapel[diepte - 2] === "Client") context.set("Bsn", waarde);
          else if (n === "DeclaratieNummer" && stapel[diepte - 2] === "Declaratie") context.set(n, waarde);
          else if (n === "Client") context.delete("Bsn");
          if (n === stapel[diepte - 1]) stapel.pop();
          tekst = "";
        },
      },
      { xmlMode: true, decodeEntities: true, recognizeSelfClosing: true },
    );

    this.isGestopt = () => stop;
    this.afronden = () => {
      if (!stop) this.parser.end();
      if (!stop && stapel.length > 0 && !geweigerd)
        verslag.fouten.push(`${naam}: het bestand houdt op binnen <${stapel.join("/")}> (afgebroken of beschadigd).`);
      if (!stop && verslag.soort === null && verslag.fouten.length === 0)
        verslag.fouten.push(`${naam}: geen Header/BerichtCode gevonden; is dit een iJw-bericht?`);
      const versie = `${context.get("BerichtVersie") ?? ""}.${context.get("BerichtSubversie") ?? ""}`;
      if (verslag.soort && versie !== "3.2" && versie !== ".")
        verslag.waarschuwingen.push(
          `${naam}: BerichtVersie ${versie}; gelezen als iJw 3.2 (elementnamen kunnen in andere versies verschillen).`,
        );
      return verslag;
    };
  }

  /** Feeds the next chunk of the message's text. */
  schrijf(tekst: string): void {
    if (!this.isGestopt()) this.parser.write(tekst);
  }

  /** True once the rest of the message is ignored. */
  get gestopt(): boolean {
    return this.isGestopt();
  }

  /** The end of the message: what was wrong with it as a whole. */
  sluit(): Berichtverslag {
    return this.afronden();
  }
}

/** A whole message that is in memory already (the task pane reads a File as text). */
export function leesBerichttekst(
  naam: string,
  tekst: string,
  verwacht: Berichtsoort,
  perRecord: (bron: Veldbron, fouten: readonly string[]) => void,
): Berichtverslag {
  const lezer = new Berichtlezer(naam, verwacht, perRecord);
  lezer.schrijf(tekst);
  return lezer.sluit();
}
