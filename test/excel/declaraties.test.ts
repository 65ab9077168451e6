import { leesBerichttekst, Declaratierun, PRESTATIE_KOLOMMEN, TOEWIJZING_KOLOMMEN } from "../../src/engine";
import { schrijfDeclaratiebladen } from "../../src/excel/declaraties";
import { jw301, jw323 } from "../helpers/ijw-berichten";
import { NepWerkmap } from "../helpers/nep-excel";
import { SET } from "../engine/declaraties/hulp";

/** The pane's path without the browser: messages as text through the engine, the two tables to new sheets. */
function controleer(maanden: number) {
  const run = new Declaratierun(SET);
  const meldingen: string[] = [];
  leesBerichttekst(
    "jw301.xml",
    jw301({
      afzender: "0193",
      ontvanger: "Zorg Noord",
      clienten: [
        {
          bsn: "123456782",
          producten: [
            {
              ToewijzingNummer: "T-FRIVAL",
              Categorie: "50",
              Toewijzingsdatum: "2023-01-05",
              Ingangsdatum: "2023-01-01",
              Einddatum: "2023-12-31",
              Budget: 800000,
            },
          ],
        },
      ],
    }),
    "JW301",
    (bron, s) => meldingen.push(...run.voegToewijzing(bron, s)),
  );
  const prestaties: unknown[][] = [];
  for (let m = 1; m <= maanden; m++) {
    const maand = `2023-${String(m).padStart(2, "0")}`;
    leesBerichttekst(
      `jw323-${maand}.xml`,
      jw323({
        afzender: "Zorg Noord",
        ontvanger: "0193",
        declaratieNummer: `D${m}`,
        maand,
        clienten: [
          {
            bsn: "123456782",
            prestaties: [
              {
                ReferentieNummer: `F${m}`,
                ToewijzingNummer: "T-FRIVAL",
                ProductCategorie: "50",
                ProductCode: "50A01",
                Begindatum: `${maand}-01`,
                Einddatum: `${maand}-28`,
                GeleverdVolume: 13,
                Eenheid: "04",
                ProductTarief: 13000,
                Bedrag: 169000,
                DebetCredit: "D",
              },
            ],
          },
        ],
      }),
      "JW323",
      (bron, s) => {
        const r = run.verwerkPrestatie(bron, s);
        prestaties.push(r.rij);
        meldingen.push(...r.fouten);
      },
    );
  }
  return { run, prestaties, meldingen };
}

test("the pane's check writes Toewijzingen and Prestaties to new sheets, numbered when the names are taken", async () => {
  const w = new NepWerkmap();
  w.blad("Prestaties");
  (globalThis as unknown as { Excel: unknown }).Excel = w.excel();
  const { run, prestaties, meldingen } = controleer(5);
  expect(meldingen).toEqual([]);
  const voortgang: number[] = [];
  const namen = await schrijfDeclaratiebladen(
    [
      { naam: "Toewijzingen", koppen: TOEWIJZING_KOLOMMEN, rijen: [...run.toewijzingRijen()] },
      { naam: "Prestaties", koppen: PRESTATIE_KOLOMMEN, rijen: prestaties },
    ],
    (n) => voortgang.push(n),
  );
  expect(namen).toEqual(["Toewijzingen", "Prestaties 2"]);
  expect(voortgang).toEqual([1, 6]);
  expect(w.cel("Toewijzingen", 0, 9)).toBe("Gedeclareerd");
  expect(w.cel("Toewijzingen", 1, 9)).toBe(8450);
  expect(w.cel("Toewijzingen", 1, 14)).toBe("bevinding");
  expect(w.cel("Prestaties 2", 5, PRESTATIE_KOLOMMEN.indexOf("Retourcodes"))).toBe("9369");
  expect(run.samenvatting()).toContain("9369 (TR369): past niet binnen het budget: 1 prestatie");
});

test("a year of prestaties goes in requests of 2,000 rows (Excel on the web takes 5 MB per request)", async () => {
  const w = new NepWerkmap();
  (globalThis as unknown as { Excel: unknown }).Excel = w.excel();
  const rijen = Array.from({ length: 4500 }, (_, i) => [`R${i}`]);
  const voor = w.syncs;
  await schrijfDeclaratiebladen([{ naam: "Prestaties", koppen: ["ReferentieNummer"], rijen }]);
  // One to read the sheet names, three blocks, one to finish.
  expect(w.syncs - voor).toBe(5);
  expect(w.cel("Prestaties", 4500, 0)).toBe("R4499");
});

test("more prestaties than a sheet holds are refused before anything is written, pointing to the command line", async () => {
  const w = new NepWerkmap();
  (globalThis as unknown as { Excel: unknown }).Excel = w.excel();
  const rijen = { length: 1_048_576 } as unknown as unknown[][];
  await expect(schrijfDeclaratiebladen([{ naam: "Prestaties", koppen: ["x"], rijen }])).rejects.toThrow(
    "1.048.576 rijen passen niet op één werkblad (hoogstens 1.048.575); gebruik de opdrachtregel",
  );
  expect(w.syncs).toBe(0);
});
