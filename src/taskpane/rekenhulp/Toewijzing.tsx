import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { maakToewijzing, toewijzingAlsTekst } from "../../engine";
import { meldingenVoor, naarToewijzingInvoer, type Formulier } from "../model/formulier";

import { veldStatus } from "./Velden";
import type { BudgetResultaat } from "../../engine";

const useStijl = makeStyles({
  voorbeeld: {
    whiteSpace: "pre-wrap",
    fontFamily: tokens.fontFamilyMonospace,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalM,
  },
});

async function kopieer(tekst: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(tekst);
    return true;
  } catch {
    // Older hosts block the clipboard API: select the text and let the browser copy it.
    const veld = document.createElement("textarea");
    veld.value = tekst;
    document.body.appendChild(veld);
    veld.select();
    const gelukt = document.execCommand("copy");
    veld.remove();
    return gelukt;
  }
}

/** The allocation in the national message terms: a-specifiek on category 50 with the budget in eurocents. */
export function Toewijzing({ f, zet, r }: { f: Formulier; zet: (w: Partial<Formulier>) => void; r: BudgetResultaat }) {
  const stijl = useStijl();
  const [gekopieerd, zetGekopieerd] = useState<boolean | null>(null);
  const voorstel = maakToewijzing(r, naarToewijzingInvoer(f));
  const tekst = toewijzingAlsTekst(voorstel);
  const m = (veld: string) => veldStatus(meldingenVoor(voorstel.meldingen, veld));
  return (
    <>
      <p>
        Ambulante hulp (individueel en groep) wordt a-specifiek toegewezen op productcategorie 50, met het budget in
        eurocent. Verblijf is een aparte, specifieke toewijzing op productcode.
      </p>
      <Field label="Ingangsdatum" hint="De einddatum volgt uit het aantal weken." {...m("toewijzing.begindatum")}>
        <Input type="date" value={f.begindatum} onChange={(_, d) => zet({ begindatum: d.value })} />
      </Field>
      {r.offerte && (
        <Field label="Goedgekeurd offertebedrag (euro)" {...m("toewijzing.offertebedrag")}>
          <Input value={f.offertebedrag} inputMode="decimal" onChange={(_, d) => zet({ offertebedrag: d.value })} />
        </Field>
      )}
      <Switch
        label="Ook een verblijfstoewijzing (specifiek)"
        checked={f.verblijfAan}
        onChange={(_, d) => zet({ verblijfAan: d.checked })}
      />
      {f.verblijfAan && (
        <>
          <Field
            label="Productcode verblijf"
            hint="1 tot 5 tekens, bijvoorbeeld 54011 (ggz-verblijf klasse C)."
            {...m("verblijf.productcode")}
          >
            <Input value={f.verblijfCode} onChange={(_, d) => zet({ verblijfCode: d.value })} />
          </Field>
          <Field label="Ingangsdatum verblijf" {...m("verblijf.begindatum")}>
            <Input type="date" value={f.verblijfBegin} onChange={(_, d) => zet({ verblijfBegin: d.value })} />
          </Field>
          <Field label="Einddatum verblijf" {...m("verblijf.einddatum")}>
            <Input type="date" value={f.verblijfEind} onChange={(_, d) => zet({ verblijfEind: d.value })} />
          </Field>
        </>
      )}
      {tekst ? (
        <pre className={stijl.voorbeeld} data-testid="toewijzing">
          {tekst}
        </pre>
      ) : (
        <MessageBar intent="info">
          <MessageBarBody>Nog geen toewijzing: maak eerst de berekening compleet.</MessageBarBody>
        </MessageBar>
      )}
      <Button disabled={!tekst} onClick={async () => zetGekopieerd(await kopieer(tekst))}>
        Kopieer als tekst
      </Button>
      {gekopieerd !== null && (
        <span role="status">
          {gekopieerd
            ? "Gekopieerd naar het klembord."
            : "Kopiëren lukte niet; selecteer de tekst en kopieer met Ctrl+C."}
        </span>
      )}
    </>
  );
}
