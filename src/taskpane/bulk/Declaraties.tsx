import { Button, Field, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import {
  Berichtlezer,
  Declaratierun,
  PRESTATIE_KOLOMMEN,
  TOEWIJZING_KOLOMMEN,
  type Berichtsoort,
  type Tariefset,
  type Veldbron,
} from "../../engine";
import { schrijfDeclaratiebladen } from "../../excel/declaraties";

const getal = (n: number) => n.toLocaleString("nl-NL");
/** Messages shown in the pane; every one is also in the sheets' Melding column. */
const MAX_MELDINGEN = 20;

/** A File read as text in chunks, in the browser: nothing leaves the computer. */
async function leesBestand(
  bestand: File,
  soort: Berichtsoort,
  perRecord: (bron: Veldbron, fouten: readonly string[]) => void,
): Promise<string[]> {
  const lezer = new Berichtlezer(bestand.name, soort, perRecord);
  if (typeof bestand.stream === "function" && typeof TextDecoderStream === "function") {
    const stroom = bestand.stream().pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { done, value } = await stroom.read();
      if (done || lezer.gestopt) break;
      lezer.schrijf(value);
    }
    await stroom.cancel().catch(() => undefined);
  } else lezer.schrijf(await bestand.text());
  const verslag = lezer.sluit();
  return [...verslag.fouten, ...verslag.waarschuwingen];
}

/**
 * JW301 and JW323 files checked in the pane (the same run as `rekentool declaraties`): the files are read here,
 * the two tables go to new sheets, the summary per provider shows below.
 */
export function Declaraties({ set }: { set: Tariefset }) {
  const [toewijzingen, zetToewijzingen] = useState<File[]>([]);
  const [declaraties, zetDeclaraties] = useState<File[]>([]);
  const [bezig, zetBezig] = useState<string | null>(null);
  const [uitkomst, zetUitkomst] = useState<{ samenvatting: string; meldingen: string[]; bladen: string[] } | null>(
    null,
  );
  const [fout, zetFout] = useState<string | null>(null);

  const controleer = async () => {
    zetFout(null);
    zetUitkomst(null);
    try {
      const run = new Declaratierun(set);
      const meldingen: string[] = [];
      zetBezig("Toewijzingen lezen...");
      for (const b of toewijzingen)
        meldingen.push(...(await leesBestand(b, "JW301", (bron, s) => meldingen.push(...run.voegToewijzing(bron, s)))));
      zetBezig("Declaraties lezen en controleren...");
      const prestaties: unknown[][] = [];
      for (const b of declaraties)
        meldingen.push(
          ...(await leesBestand(b, "JW323", (bron, s) => {
            const r = run.verwerkPrestatie(bron, s);
            prestaties.push(r.rij);
            meldingen.push(...r.fouten);
          })),
        );
      zetBezig("Naar nieuwe werkbladen schrijven...");
      const bladen = await schrijfDeclaratiebladen(
        [
          { naam: "Toewijzingen", koppen: TOEWIJZING_KOLOMMEN, rijen: [...run.toewijzingRijen()] },
          { naam: "Prestaties", koppen: PRESTATIE_KOLOMMEN, rijen: prestaties },
        ],
        (n) => zetBezig(`Naar nieuwe werkbladen schrijven: ${getal(n)} rijen...`),
      );
      zetUitkomst({ samenvatting: run.samenvatting(), meldingen, bladen });
    } catch (f) {
      zetFout(`Controleren lukte niet: ${f instanceof Error ? f.message : "onbekende fout"}`);
    } finally {
      zetBezig(null);
    }
  };

  const kies = (zet: (f: File[]) => void) => (e: React.ChangeEvent<HTMLInputElement>) =>
    zet(Array.from(e.target.files ?? []));

  return (
    <section aria-labelledby="declaraties-kop">
      <h2 id="declaraties-kop">Declaraties controleren (iJw)</h2>
      <p>
        Kies JW301-berichten (toewijzingen) en JW323-berichten (declaraties). Ze worden hier gelezen, niet verstuurd; de
        toewijzingen en prestaties met hun bevindingen (9369, 9346, 0611, ...) komen op twee nieuwe werkbladen.
      </p>
      <Field label="Toewijzingen (JW301, .xml)">
        {(props) => (
          <input
            {...props}
            type="file"
            accept=".xml"
            multiple
            onChange={kies(zetToewijzingen)}
            disabled={bezig !== null}
          />
        )}
      </Field>
      <Field label="Declaraties (JW323, .xml)">
        {(props) => (
          <input
            {...props}
            type="file"
            accept=".xml"
            multiple
            onChange={kies(zetDeclaraties)}
            disabled={bezig !== null}
          />
        )}
      </Field>
      <Button
        appearance="primary"
        onClick={() => void controleer()}
        disabled={bezig !== null || toewijzingen.length === 0 || declaraties.length === 0}
      >
        Controleer declaraties
      </Button>
      {bezig && <p role="status">{bezig}</p>}
      {fout && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{fout}</MessageBarBody>
        </MessageBar>
      )}
      {uitkomst && (
        <>
          <MessageBar intent="success" role="status">
            <MessageBarBody>Geschreven naar de werkbladen {uitkomst.bladen.join(" en ")}.</MessageBarBody>
          </MessageBar>
          <pre data-testid="declaraties-samenvatting" style={{ whiteSpace: "pre-wrap", fontSize: "12px" }}>
            {uitkomst.samenvatting}
          </pre>
          {uitkomst.meldingen.length > 0 && (
            <>
              <p>
                {getal(uitkomst.meldingen.length)} {uitkomst.meldingen.length === 1 ? "melding" : "meldingen"} bij het
                lezen{uitkomst.meldingen.length > MAX_MELDINGEN ? ` (de eerste ${MAX_MELDINGEN})` : ""}:
              </p>
              <ul>
                {uitkomst.meldingen.slice(0, MAX_MELDINGEN).map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
