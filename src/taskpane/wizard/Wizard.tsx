import { Button, MessageBar, MessageBarBody, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { berekenBudget, formatEuro, heeftFout, legUit, type Tariefset } from "../../engine";
import { schrijfResultaatBlok, type Doel } from "../../excel/resultaatblok";
import { useBevestig } from "../Bevestig";
import { leegFormulier, naarBudgetInvoer, vandaag, type Formulier } from "../model/formulier";
import type { Omgeving } from "../omgeving";
import { StapAmbulant } from "./StapAmbulant";
import { StapGroep } from "./StapGroep";
import { StapResultaat } from "./StapResultaat";
import { StapToewijzing } from "./StapToewijzing";
import { StapTraject } from "./StapTraject";
import type { StapProps } from "./stap";

const STAPPEN = [
  { id: "traject", titel: "1. Traject", Inhoud: StapTraject, velden: ["traject", "verwijzer"] },
  {
    id: "groep",
    titel: "2. Groepsaanbod",
    Inhoud: StapGroep,
    velden: ["groepsaanbod.dagenPerWeek", "groepsaanbod.urenPerDag", "groepsaanbod.weken", "groepsaanbod.intensiteit"],
  },
  {
    id: "ambulant",
    titel: "3. Ambulante jeugdhulp",
    Inhoud: StapAmbulant,
    velden: ["ambulant.urenPerWeek", "ambulant.weken", "ambulant.rekentarief"],
  },
  { id: "resultaat", titel: "4. Resultaat", Inhoud: StapResultaat, velden: [] },
  { id: "toewijzing", titel: "5. Toewijzing", Inhoud: StapToewijzing, velden: [] },
] as const;

const useStijl = makeStyles({
  stap: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} 0`,
  },
  knoppen: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  samenvatting: {
    position: "sticky",
    bottom: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingVerticalS,
  },
});

export function Wizard({ set, omgeving }: { set: Tariefset; omgeving: Omgeving }) {
  const stijl = useStijl();
  const [f, zetF] = useState<Formulier>(leegFormulier);
  const [stap, zetStap] = useState(0);
  const [geraakt, zetGeraakt] = useState<ReadonlySet<string>>(new Set());
  const [status, zetStatus] = useState<{ intent: "success" | "info" | "error"; tekst: string } | null>(null);
  const [bevestig, dialoog] = useBevestig();
  const r = useMemo(() => berekenBudget(naarBudgetInvoer(f, set), set), [f, set]);

  const raak = (...velden: string[]) => zetGeraakt((oud) => new Set([...oud, ...velden]));
  const naarStap = (nieuw: number) => {
    raak(...STAPPEN[stap].velden);
    zetStap(nieuw);
  };
  const props: StapProps = {
    f,
    zet: (w) => zetF((oud) => ({ ...oud, ...w })),
    r,
    set,
    toon: (veld) => stap >= 3 || geraakt.has(veld),
    raak,
  };
  const Inhoud = STAPPEN[stap].Inhoud;

  const schrijf = async (doel: Doel) => {
    zetStatus(null);
    try {
      const uitkomst = await schrijfResultaatBlok(legUit(r, set, vandaag()), doel, (adres) =>
        bevestig({
          titel: "Cellen overschrijven?",
          tekst: `Het bereik ${adres} is niet leeg. Wilt u de inhoud overschrijven met het resultaatblok?`,
          ja: "Overschrijven",
        }),
      );
      zetStatus(
        uitkomst.geschreven
          ? { intent: "success", tekst: `Resultaat geschreven naar ${uitkomst.adres}.` }
          : { intent: "info", tekst: uitkomst.reden },
      );
    } catch (fout) {
      zetStatus({
        intent: "error",
        tekst: `Schrijven naar het werkblad lukte niet: ${fout instanceof Error ? fout.message : String(fout)}`,
      });
    }
  };
  const nieuw = async () => {
    if (await bevestig({ titel: "Nieuwe berekening", tekst: "Alle ingevulde gegevens worden gewist.", ja: "Wissen" })) {
      zetF(leegFormulier());
      zetGeraakt(new Set());
      zetStap(0);
      zetStatus(null);
    }
  };

  return (
    <>
      <TabList
        selectedValue={STAPPEN[stap].id}
        onTabSelect={(_, d) => naarStap(STAPPEN.findIndex((s) => s.id === d.value))}
        aria-label="Stappen"
      >
        {STAPPEN.map((s) => (
          <Tab key={s.id} value={s.id}>
            {s.titel}
          </Tab>
        ))}
      </TabList>
      <section className={stijl.stap} aria-label={STAPPEN[stap].titel}>
        <Inhoud {...props} />
      </section>
      <div className={stijl.knoppen}>
        <Button disabled={stap === 0} onClick={() => naarStap(stap - 1)}>
          Vorige
        </Button>
        <Button appearance="primary" disabled={stap === STAPPEN.length - 1} onClick={() => naarStap(stap + 1)}>
          Volgende
        </Button>
        {omgeving.inExcel && (
          <>
            <Button disabled={r.totaalCent === null} onClick={() => schrijf("selectie")}>
              Schrijf naar werkblad
            </Button>
            <Button disabled={r.totaalCent === null} onClick={() => schrijf("nieuw-blad")}>
              Schrijf naar nieuw werkblad
            </Button>
          </>
        )}
        <Button onClick={() => window.print()}>Afdrukken</Button>
        <Button onClick={nieuw}>Nieuwe berekening</Button>
      </div>
      {status && (
        <MessageBar intent={status.intent} role="status">
          <MessageBarBody>{status.tekst}</MessageBarBody>
        </MessageBar>
      )}
      <div className={stijl.samenvatting} role="status" aria-live="polite" data-testid="samenvatting">
        {r.totaalCent === null
          ? `Nog niet te berekenen${heeftFout(r.meldingen) ? ` (${r.meldingen.filter((m) => m.niveau === "fout").length} te verbeteren)` : ""}`
          : `Totaal ${formatEuro(r.totaalCent)}: ${r.standaardbudget ? `standaardbudget ${r.standaardbudget.nummer} (${formatEuro(r.standaardbudget.bedragCent)})` : "offertebudget nodig"}`}
      </div>
      {dialoog}
    </>
  );
}
