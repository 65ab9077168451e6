import { Checkbox, Dropdown, Field, Option, Switch } from "@fluentui/react-components";
import { formatEuro, waaromNietToegestaan } from "../../engine";
import { meldingenVoor } from "../model/formulier";
import type { StapProps } from "./stap";
import { GetalVeld, veldStatus, WekenVeld } from "./Veld";

export function StapGroep({ f, zet, r, set, toon, raak }: StapProps) {
  const duurzaam = f.traject === "duurzaam";
  const m = (veld: string) => (toon(veld) ? meldingenVoor(r.meldingen, veld) : []);
  return (
    <>
      <Switch label="Met groepsaanbod" checked={f.groepAan} onChange={(_, d) => zet({ groepAan: d.checked })} />
      {f.groepAan && (
        <>
          <GetalVeld
            label="Aanwezigheidsdagen per week"
            hint="0 t/m 7"
            waarde={f.dagen}
            meldingen={m("groepsaanbod.dagenPerWeek")}
            onChange={(dagen) => zet({ dagen })}
            onBlur={() => raak("groepsaanbod.dagenPerWeek")}
          />
          <GetalVeld
            label="Gemiddeld aantal uren per dag"
            hint="bijvoorbeeld 2,5"
            waarde={f.urenPerDag}
            meldingen={m("groepsaanbod.urenPerDag")}
            onChange={(urenPerDag) => zet({ urenPerDag })}
            onBlur={() => raak("groepsaanbod.urenPerDag")}
          />
          <WekenVeld
            label="Duur in weken"
            duurzaam={duurzaam}
            set={set}
            waarde={f.groepWeken}
            meldingen={m("groepsaanbod.weken")}
            onChange={(groepWeken) => zet({ groepWeken })}
            onBlur={() => raak("groepsaanbod.weken")}
          />
          <Field label="Intensiteit" {...veldStatus(m("groepsaanbod.intensiteit"))}>
            <Dropdown
              placeholder="Kies een intensiteit"
              value={f.intensiteit}
              selectedOptions={f.intensiteit ? [f.intensiteit] : []}
              onOptionSelect={(_, d) => zet({ intensiteit: d.optionValue ?? "" })}
              onBlur={() => raak("groepsaanbod.intensiteit")}
            >
              {set.intensiteiten.map((i) => {
                // The engine decides whether the traject allows it; the pane only shows why not.
                const waaromNiet = waaromNietToegestaan(i, f.traject, f.kdcOdc);
                const reden =
                  waaromNiet !== null
                    ? ` (${waaromNiet})`
                    : i.uurtariefCent === null
                      ? " (tarief ontbreekt in deze tariefset)"
                      : ` (${formatEuro(i.uurtariefCent)} per uur)`;
                return (
                  <Option key={i.naam} value={i.naam} text={i.naam} disabled={waaromNiet !== null}>
                    {i.naam + reden}
                  </Option>
                );
              })}
            </Dropdown>
          </Field>
          {duurzaam && set.intensiteiten.some((i) => i.duurzaamBijKdcOdc) && (
            <Checkbox
              label="Het groepsaanbod is een KDC/ODC (dan is zwaar ook in duurzaam toegestaan)"
              checked={f.kdcOdc}
              onChange={(_, d) => zet({ kdcOdc: d.checked === true })}
            />
          )}
        </>
      )}
    </>
  );
}
