import { Dropdown, Field, Option, Radio, RadioGroup } from "@fluentui/react-components";
import { medischeGrensTekst, trajectTekst, VERWIJZER_NAMEN, VERWIJZER_TEKST } from "../../engine";
import type { StapProps } from "./stap";

const VERWIJZERS = VERWIJZER_NAMEN.map((waarde) => ({ waarde, tekst: VERWIJZER_TEKST[waarde] }));
const hoofdletter = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

export function StapTraject({ f, zet, set }: StapProps) {
  return (
    <>
      <Field label="Traject">
        <RadioGroup value={f.traject} onChange={(_, d) => zet({ traject: d.value as "herstel" | "duurzaam" })}>
          <Radio
            value="herstel"
            label={`${hoofdletter(trajectTekst("herstel", set))}: tijdelijke hulp met een begin en een eind.`}
          />
          <Radio
            value="duurzaam"
            label={`${hoofdletter(trajectTekst("duurzaam", set))}: langdurige hulp (begeleiding, lichte behandeling).`}
          />
        </RadioGroup>
      </Field>
      <Field label="Verwijzer" hint={medischeGrensTekst(set)}>
        <Dropdown
          value={hoofdletter(VERWIJZER_TEKST[f.verwijzer])}
          selectedOptions={[f.verwijzer]}
          onOptionSelect={(_, d) => zet({ verwijzer: d.optionValue as "toegang" | "medisch" | "gi" })}
        >
          {VERWIJZERS.map((v) => (
            <Option key={v.waarde} value={v.waarde} text={hoofdletter(v.tekst)}>
              {hoofdletter(v.tekst)}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </>
  );
}
