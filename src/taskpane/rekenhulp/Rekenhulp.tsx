import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Input,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import {
  berekenBudget,
  formatEuro,
  legUit,
  medischeGrensTekst,
  trajectTekst,
  vasteWeken,
  VERWIJZER_NAMEN,
  VERWIJZER_TEKST,
  waaromNietToegestaan,
  wekenToegestaan,
  type Melding,
  type Tariefset,
} from "../../engine";
import { schrijfResultaatBlok, type Doel } from "../../excel/resultaatblok";
import { useBevestig } from "../Bevestig";
import {
  ambulanteWeken,
  leegFormulier,
  meldingenVoor,
  naarBudgetInvoer,
  vandaag,
  type Formulier,
} from "../model/formulier";
import type { Omgeving } from "../omgeving";
import { Resultaatkaart } from "./Resultaatkaart";
import { Toewijzing } from "./Toewijzing";
import { Getalveld, Keuzeveld, useVol, veldStatus, type Keuze } from "./Velden";
import { Verslag } from "./Verslag";
import { naKlik } from "./wijzer";

const GEEN_TARIEF = "tarief nog niet beschikbaar; vraag functioneel beheer";
const hoofdletter = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

const useStijl = makeStyles({
  formulier: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  sectie: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  kop: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  uitleg: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  twee: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  vast: { margin: 0 },
  knoppen: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The fields of each section, for "touched" and for the count of what is to be fixed. */
const GROEP = [
  "groepsaanbod.dagenPerWeek",
  "groepsaanbod.urenPerDag",
  "groepsaanbod.weken",
  "groepsaanbod.intensiteit",
];
const AMBULANT = ["ambulant.urenPerWeek", "ambulant.weken", "ambulant.rekentarief"];
const BEKEND = ["bekend.bedrag", "bekend.bron"];

/**
 * The calculation on one screen: traject, groepsaanbod and ambulante hulp as sections of one form, the answer
 * in a card that stays in view, the record below. Everything it shows comes from the engine (rules, messages,
 * explanation); this component only lays it out.
 */
export function Rekenhulp({ set, omgeving }: { set: Tariefset; omgeving: Omgeving }) {
  const stijl = useStijl();
  const { vol } = useVol();
  const [f, zetF] = useState<Formulier>(leegFormulier);
  const [geraakt, zetGeraakt] = useState<ReadonlySet<string>>(new Set());
  const [toonAlles, zetToonAlles] = useState(false);
  const [toewijzingOpen, zetToewijzingOpen] = useState(false);
  const [status, zetStatus] = useState<{ intent: "success" | "info" | "error"; tekst: string } | null>(null);
  const [bevestig, dialoog] = useBevestig();
  const toewijzingKop = useRef<HTMLHeadingElement>(null);
  const r = useMemo(() => berekenBudget(naarBudgetInvoer(f, set), set), [f, set]);
  const zet = (w: Partial<Formulier>) => zetF((oud) => ({ ...oud, ...w }));
  const raak = (...velden: string[]) => zetGeraakt((oud) => new Set([...oud, ...velden]));
  const toon = (veld: string) => toonAlles || geraakt.has(veld);
  const m = (veld: string): Melding[] => (toon(veld) ? meldingenVoor(r.meldingen, veld) : []);
  const vast = vasteWeken(f.traject, set);
  // Only what the user touched counts as to be fixed: untouched empty fields are not mistakes yet.
  const teVerbeteren = new Set(r.meldingen.filter((x) => x.niveau === "fout" && toon(x.veld)).map((x) => x.veld)).size;
  // Messages that belong to no field of the form: about the result (medical referral, offerte, iJw maximum).
  const veldloos = r.meldingen.filter(
    (x) => ["standaardbudget", "onderdelen"].includes(x.veld) && (r.totaalCent !== null || toonAlles),
  );

  useEffect(() => {
    if (toewijzingOpen) toewijzingKop.current?.focus();
  }, [toewijzingOpen]);

  const intensiteiten: Keuze[] = set.intensiteiten.map((i) => ({
    waarde: i.naam,
    label: i.uurtariefCent === null ? i.naam : `${i.naam}: ${formatEuro(i.uurtariefCent)} per uur`,
    nietKiesbaar: waaromNietToegestaan(i, f.traject, f.kdcOdc) ?? (i.uurtariefCent === null ? GEEN_TARIEF : null),
  }));
  const rekentarieven: Keuze[] = set.rekentarieven.map((t) => ({
    waarde: t.naam,
    label: t.uurtariefCent === null ? t.naam : `${t.naam}: ${formatEuro(t.uurtariefCent)} per uur`,
    nietKiesbaar: t.uurtariefCent === null ? GEEN_TARIEF : null,
  }));

  const vraagUitkomst = () => {
    zetToonAlles(true);
    raak(...GROEP, ...AMBULANT, ...BEKEND);
  };
  const schrijf = async (doel: Doel) => {
    vraagUitkomst();
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
        tekst: `Schrijven naar het werkblad lukte niet: ${fout instanceof Error ? fout.message : "onbekende fout"}`,
      });
    }
  };
  const nieuw = async () => {
    if (await bevestig({ titel: "Nieuwe berekening", tekst: "Alle ingevulde gegevens worden gewist.", ja: "Wissen" })) {
      zetF(leegFormulier());
      zetGeraakt(new Set());
      zetToonAlles(false);
      zetToewijzingOpen(false);
      zetStatus(null);
    }
  };

  return (
    <>
      <form className={stijl.formulier} aria-label="Gegevens voor de berekening" onSubmit={(e) => e.preventDefault()}>
        <section className={stijl.sectie} aria-labelledby="kop-traject">
          <h2 id="kop-traject" className={stijl.kop}>
            Traject
          </h2>
          <RadioGroup
            aria-labelledby="kop-traject"
            value={f.traject}
            onChange={(_, d) => zet({ traject: d.value as Formulier["traject"] })}
          >
            <Radio value="herstel" label={hoofdletter(trajectTekst("herstel", set))} />
            <Radio value="duurzaam" label={hoofdletter(trajectTekst("duurzaam", set))} />
          </RadioGroup>
          <Field label="Verwijzer" hint={medischeGrensTekst(set)} className={vol}>
            <Select
              className={vol}
              select={{ className: vol }}
              value={f.verwijzer}
              onChange={(_, d) => zet({ verwijzer: d.value as Formulier["verwijzer"] })}
            >
              {VERWIJZER_NAMEN.map((v) => (
                <option key={v} value={v}>
                  {hoofdletter(VERWIJZER_TEKST[v])}
                </option>
              ))}
            </Select>
          </Field>
        </section>

        <section className={stijl.sectie} aria-labelledby="kop-groep">
          <h2 id="kop-groep" className={stijl.kop}>
            Groepsaanbod
          </h2>
          <p className={stijl.uitleg}>Laat leeg als er geen groepsaanbod is.</p>
          <div className={stijl.twee}>
            <Getalveld
              label="Dagen per week"
              waarde={f.dagen}
              meldingen={m("groepsaanbod.dagenPerWeek")}
              onChange={(dagen) => zet({ dagen })}
              onVerlaat={() => raak("groepsaanbod.dagenPerWeek")}
            />
            <Getalveld
              label="Uren per dag"
              waarde={f.urenPerDag}
              meldingen={m("groepsaanbod.urenPerDag")}
              onChange={(urenPerDag) => zet({ urenPerDag })}
              onVerlaat={() => raak("groepsaanbod.urenPerDag")}
            />
          </div>
          {vast === null ? (
            <Getalveld
              label="Weken groepsaanbod"
              hint={`Toegestaan: ${wekenToegestaan(f.traject, set)} weken.`}
              waarde={f.groepWeken}
              meldingen={m("groepsaanbod.weken")}
              onChange={(groepWeken) => zet({ groepWeken })}
              onVerlaat={() => raak("groepsaanbod.weken")}
            />
          ) : (
            <p className={stijl.vast} data-testid="weken-groep">
              Weken: {vast} weken (vast, budget per jaar)
            </p>
          )}
          <Keuzeveld
            label="Intensiteit"
            waarde={f.intensiteit}
            keuzes={intensiteiten}
            meldingen={m("groepsaanbod.intensiteit")}
            onChange={(intensiteit) => {
              zet({ intensiteit });
              raak("groepsaanbod.intensiteit");
            }}
          />
          {f.traject === "duurzaam" && set.intensiteiten.some((i) => i.duurzaamBijKdcOdc) && (
            <Checkbox
              label="Het groepsaanbod is een KDC/ODC (dan mag zwaar ook in duurzaam)"
              checked={f.kdcOdc}
              onChange={(_, d) => zet({ kdcOdc: d.checked === true })}
            />
          )}
        </section>

        <section className={stijl.sectie} aria-labelledby="kop-ambulant">
          <h2 id="kop-ambulant" className={stijl.kop}>
            Ambulante jeugdhulp
          </h2>
          <p className={stijl.uitleg}>Laat leeg als er geen ambulante hulp is.</p>
          <div className={stijl.twee}>
            <Getalveld
              label="Uren per week"
              hint="Cliëntgebonden"
              waarde={f.ambUren}
              meldingen={m("ambulant.urenPerWeek")}
              onChange={(ambUren) => zet({ ambUren })}
              onVerlaat={() => raak("ambulant.urenPerWeek")}
            />
            {vast === null ? (
              <Getalveld
                label="Weken ambulant"
                hint={f.ambWekenEigen || f.groepWeken === "" ? undefined : "Als het groepsaanbod"}
                waarde={ambulanteWeken(f)}
                meldingen={m("ambulant.weken")}
                onChange={(ambWeken) => zet({ ambWeken, ambWekenEigen: true })}
                onVerlaat={() => raak("ambulant.weken")}
              />
            ) : (
              <p className={stijl.vast} data-testid="weken-ambulant">
                Weken: {vast} (vast)
              </p>
            )}
          </div>
          <Keuzeveld
            label="Rekentarief"
            waarde={f.rekentarief}
            keuzes={rekentarieven}
            meldingen={m("ambulant.rekentarief")}
            onChange={(rekentarief) => {
              zet({ rekentarief });
              raak("ambulant.rekentarief");
            }}
          />
          {set.richtlijn && (
            <Field
              label="Soort hulp (richtlijn, optioneel)"
              hint="Geeft naast de berekening het standaardbudget dat de richtlijn van de regio aangeeft voor deze uren: een richtlijn, geen regel."
              className={vol}
              {...veldStatus(meldingenVoor(r.meldingen, "indicatie.soortHulp"))}
            >
              <Select
                className={vol}
                select={{ className: vol }}
                value={f.soortHulp}
                onChange={(_, d) => zet({ soortHulp: d.value })}
              >
                <option value="">Geen indicatie</option>
                {set.richtlijn.soorten.map((s) => (
                  <option key={s.naam} value={s.naam}>
                    {s.naam}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        </section>

        <section className={stijl.sectie} aria-labelledby="kop-bekend">
          <h2 id="kop-bekend" className={stijl.kop}>
            Bekend bedrag
          </h2>
          <p className={stijl.uitleg}>
            Alleen voor hulp met bekende kosten (een standaardinterventie), in plaats van uren: laat groepsaanbod en
            ambulante hulp dan leeg.
          </p>
          <Getalveld
            label="Bekend bedrag (euro)"
            waarde={f.bekendBedrag}
            meldingen={m("bekend.bedrag")}
            onChange={(bekendBedrag) => zet({ bekendBedrag })}
            onVerlaat={() => raak("bekend.bedrag")}
          />
          <Field label="Bron van het bedrag" className={vol} {...veldStatus(m("bekend.bron"))}>
            <Input
              className={vol}
              input={{ className: vol }}
              value={f.bekendBron}
              placeholder="bijvoorbeeld: standaardinterventie, gebruikelijk € 2.500 tot € 3.000"
              onChange={(_, d) => zet({ bekendBron: d.value })}
              onBlur={() => naKlik(() => raak("bekend.bron"))}
            />
          </Field>
        </section>
      </form>

      {veldloos.map((x, i) => (
        <MessageBar key={`${x.code}-${i}`} intent={x.niveau === "fout" ? "error" : "warning"} data-testid="melding">
          <MessageBarBody>{x.tekst}</MessageBarBody>
        </MessageBar>
      ))}

      <Verslag r={r} set={set} datum={vandaag()} />

      <section className={stijl.sectie} aria-labelledby="kop-gekozen">
        <h2 id="kop-gekozen" className={stijl.kop}>
          Toegewezen standaardbudget
        </h2>
        <Field
          label="Ander standaardbudget afspreken (optioneel)"
          hint="Bijvoorbeeld als de inschatting een gemiddelde is en toegang en aanbieder een lager budget afspreken."
          className={vol}
          {...veldStatus(meldingenVoor(r.meldingen, "gekozen.nummer"))}
        >
          <Select
            className={vol}
            select={{ className: vol }}
            value={f.gekozen}
            onChange={(_, d) => zet({ gekozen: d.value })}
          >
            <option value="">Het berekende standaardbudget</option>
            {set.niveaus.map((n) => (
              <option key={n.nummer} value={String(n.nummer)}>
                {`Standaardbudget ${n.nummer} (${formatEuro(n.bedragCent)})`}
              </option>
            ))}
          </Select>
        </Field>
        {f.gekozen !== "" && (
          <Field label="Reden" {...veldStatus(meldingenVoor(r.meldingen, "gekozen.reden"))}>
            <Textarea value={f.reden} onChange={(_, d) => zet({ reden: d.value })} resize="vertical" />
          </Field>
        )}
      </section>

      <div className={stijl.knoppen}>
        <Button
          appearance="primary"
          onClick={() => {
            vraagUitkomst();
            zetToewijzingOpen(true);
            if (toewijzingOpen) toewijzingKop.current?.focus();
          }}
        >
          Toewijzing maken
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
        <Button
          onClick={() => {
            vraagUitkomst();
            window.print();
          }}
        >
          Afdrukken
        </Button>
        <Button onClick={nieuw}>Nieuwe berekening</Button>
      </div>
      {status && (
        <MessageBar intent={status.intent} role="status">
          <MessageBarBody>{status.tekst}</MessageBarBody>
        </MessageBar>
      )}

      {toewijzingOpen && (
        <section className={stijl.sectie} aria-labelledby="kop-toewijzing">
          <h2 id="kop-toewijzing" className={stijl.kop} tabIndex={-1} ref={toewijzingKop}>
            Toewijzing (iJw)
          </h2>
          <Toewijzing f={f} zet={zet} r={r} />
        </section>
      )}

      <Resultaatkaart r={r} teVerbeteren={teVerbeteren} />
      {dialoog}
    </>
  );
}
