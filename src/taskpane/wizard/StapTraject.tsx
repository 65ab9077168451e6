import { Dropdown, Field, Option, Radio, RadioGroup } from "@fluentui/react-components";
import type { StapProps } from "./stap";

const VERWIJZERS = [
  { waarde: "toegang", tekst: "Gemeentelijke toegang" },
  { waarde: "medisch", tekst: "Medische verwijzer (huisarts, jeugdarts, medisch specialist)" },
  { waarde: "gi", tekst: "Gecertificeerde instelling (GI)" },
] as const;

export function StapTraject({ f, zet }: StapProps) {
  return (
    <>
      <Field label="Traject">
        <RadioGroup value={f.traject} onChange={(_, d) => zet({ traject: d.value as "herstel" | "duurzaam" })}>
          <Radio value="herstel" label="Hersteltraject: tijdelijke hulp met een begin en een eind (tot 2 jaar); het budget geldt voor de hele duur." />
          <Radio value="duurzaam" label="Duurzaam traject: langdurige hulp (begeleiding, lichte behandeling); het budget geldt per jaar (52 weken)." />
        </RadioGroup>
      </Field>
      <Field label="Verwijzer" hint="Na een medische verwijzing mag de aanbieder starten met standaardbudget 1 t/m 5; daarboven eerst contact met de toegang.">
        <Dropdown
          value={VERWIJZERS.find((v) => v.waarde === f.verwijzer)?.tekst}
          selectedOptions={[f.verwijzer]}
          onOptionSelect={(_, d) => zet({ verwijzer: d.optionValue as "toegang" | "medisch" | "gi" })}
        >
          {VERWIJZERS.map((v) => (
            <Option key={v.waarde} value={v.waarde}>
              {v.tekst}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </>
  );
}
