import { Field, Input } from "@fluentui/react-components";
import type { Melding, Tariefset } from "../../engine";

/** The messages to show under a field: fouten win over waarschuwingen. */
export function veldStatus(meldingen: readonly Melding[]): {
  validationState?: "error" | "warning";
  validationMessage?: string;
} {
  if (meldingen.length === 0) return {};
  const fout = meldingen.some((m) => m.niveau === "fout");
  return { validationState: fout ? "error" : "warning", validationMessage: meldingen.map((m) => m.tekst).join(" ") };
}

interface GetalVeldProps {
  label: string;
  waarde: string;
  hint?: string;
  meldingen: readonly Melding[];
  uitgeschakeld?: boolean;
  onChange: (waarde: string) => void;
  onBlur?: () => void;
}

/** A number typed as text, so a decimal comma ("2,5") goes to the engine exactly as written. */
export function GetalVeld({ label, waarde, hint, meldingen, uitgeschakeld, onChange, onBlur }: GetalVeldProps) {
  return (
    <Field label={label} hint={hint} {...veldStatus(meldingen)}>
      <Input
        value={waarde}
        inputMode="decimal"
        disabled={uitgeschakeld}
        onChange={(_, d) => onChange(d.value)}
        onBlur={onBlur}
      />
    </Field>
  );
}

interface WekenVeldProps {
  label: string;
  duurzaam: boolean;
  set: Tariefset;
  waarde: string;
  meldingen: readonly Melding[];
  onChange: (waarde: string) => void;
  onBlur: () => void;
}

/** Weeks: typed for herstel (up to the set's maximum), fixed and shown for duurzaam (the set's year). */
export function WekenVeld({ label, duurzaam, set, waarde, meldingen, onChange, onBlur }: WekenVeldProps) {
  return (
    <GetalVeld
      label={label}
      hint={
        duurzaam
          ? `Duurzaam traject: altijd ${set.duurzaamWeken} weken (budget per jaar).`
          : `Hersteltraject: hoogstens ${set.herstelMaxWeken} weken.`
      }
      waarde={duurzaam ? String(set.duurzaamWeken) : waarde}
      uitgeschakeld={duurzaam}
      meldingen={meldingen}
      onChange={onChange}
      onBlur={onBlur}
    />
  );
}
