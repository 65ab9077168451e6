import { Dropdown, Field, Option, Switch } from "@fluentui/react-components";
import { formatEuro } from "../../engine";
import { meldingenVoor } from "../model/formulier";
import type { StapProps } from "./stap";
import { GetalVeld, veldStatus, WekenVeld } from "./Veld";

export function StapAmbulant({ f, zet, r, set, toon, raak }: StapProps) {
  const duurzaam = f.traject === "duurzaam";
  const m = (veld: string) => (toon(veld) ? meldingenVoor(r.meldingen, veld) : []);
  return (
    <>
      <Switch
        label="Met ambulante jeugdhulp"
        checked={f.ambulantAan}
        onChange={(_, d) => zet({ ambulantAan: d.checked })}
      />
      {f.ambulantAan && (
        <>
          <GetalVeld
            label="Cliëntgebonden uren per week"
            hint="bijvoorbeeld 2,5"
            waarde={f.ambUren}
            meldingen={m("ambulant.urenPerWeek")}
            onChange={(ambUren) => zet({ ambUren })}
            onBlur={() => raak("ambulant.urenPerWeek")}
          />
          <WekenVeld
            label="Duur in weken (ambulant)"
            duurzaam={duurzaam}
            set={set}
            waarde={f.ambWeken}
            meldingen={m("ambulant.weken")}
            onChange={(ambWeken) => zet({ ambWeken })}
            onBlur={() => raak("ambulant.weken")}
          />
          <Field
            label="Rekentarief"
            hint="Het uurtarief naar soort aanbieder en hulp."
            {...veldStatus(m("ambulant.rekentarief"))}
          >
            <Dropdown
              placeholder="Kies een rekentarief"
              value={f.rekentarief}
              selectedOptions={f.rekentarief ? [f.rekentarief] : []}
              onOptionSelect={(_, d) => zet({ rekentarief: d.optionValue ?? "" })}
              onBlur={() => raak("ambulant.rekentarief")}
            >
              {set.rekentarieven.map((t) => (
                <Option key={t.naam} value={t.naam} text={t.naam}>
                  {`${t.naam} (${t.uurtariefCent === null ? "tarief ontbreekt" : `${formatEuro(t.uurtariefCent)} per uur`})`}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </>
      )}
    </>
  );
}
