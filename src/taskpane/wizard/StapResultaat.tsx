import {
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatEuro, legUit, type Melding } from "../../engine";
import { meldingenVoor } from "../model/formulier";
import type { StapProps } from "./stap";
import { veldStatus } from "./Veld";

const useStijl = makeStyles({
  berekend: { backgroundColor: tokens.colorPaletteGreenBackground2, fontWeight: tokens.fontWeightSemibold },
  gekozen: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  totaal: { fontWeight: tokens.fontWeightBold },
  bron: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

function Regel({
  label,
  waarde,
  bron,
  testId,
  vet,
}: {
  label: string;
  waarde: string;
  bron?: string;
  testId?: string;
  vet?: boolean;
}) {
  const stijl = useStijl();
  return (
    <TableRow>
      <TableCell>{label}</TableCell>
      <TableCell className={vet ? stijl.totaal : undefined} data-testid={testId}>
        {waarde}
        {bron && <div className={stijl.bron}>bron: {bron}</div>}
      </TableCell>
    </TableRow>
  );
}

export function MeldingenLijst({ meldingen }: { meldingen: readonly Melding[] }) {
  return (
    <>
      {meldingen.map((m, i) => (
        <MessageBar key={`${m.code}-${i}`} intent={m.niveau === "fout" ? "error" : "warning"} data-testid="melding">
          {/* The engine's text already names the field. */}
          <MessageBarBody>{m.tekst}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}

export function StapResultaat({ f, zet, r, set }: StapProps) {
  const stijl = useStijl();
  // The engine's explanation, line by line; its fouten and waarschuwingen show as messages below.
  const regels = legUit(r, set).regels.filter((u) => u.soort === "regel" && !u.alleenVoorCel);
  return (
    <>
      <Table aria-label="Berekening" size="small">
        <TableBody>
          {regels.map((u, i) => (
            <Regel
              key={`${u.label}-${i}`}
              label={u.label}
              waarde={u.tekst}
              bron={u.bron}
              testId={u.sleutel}
              vet={u.nadruk}
            />
          ))}
        </TableBody>
      </Table>

      <Table aria-label="Standaardbudgetten" size="extra-small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Nr</TableHeaderCell>
            <TableHeaderCell>Bedrag</TableHeaderCell>
            <TableHeaderCell>Na medische verwijzing</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {set.niveaus.map((n) => {
            const berekend = r.standaardbudget?.nummer === n.nummer;
            const gekozen = r.gekozen?.niveau.nummer === n.nummer;
            return (
              <TableRow
                key={n.nummer}
                className={gekozen ? stijl.gekozen : berekend ? stijl.berekend : undefined}
                aria-current={berekend ? "true" : undefined}
                data-testid={`niveau-${n.nummer}`}
              >
                <TableCell>
                  {n.nummer}
                  {berekend ? " (berekend)" : ""}
                  {gekozen ? " (gekozen)" : ""}
                </TableCell>
                <TableCell>{formatEuro(n.bedragCent)}</TableCell>
                <TableCell>{n.naMedischeVerwijzing ? "ja" : "nee, eerst de toegang"}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>

      {/* The chosen-level messages show at their own fields below. */}
      <MeldingenLijst meldingen={r.meldingen.filter((m) => !m.veld.startsWith("gekozen."))} />

      <Field
        label="Ander standaardbudget kiezen (optioneel)"
        hint="Bijvoorbeeld als de inschatting een gemiddelde is en toegang en aanbieder een lager budget afspreken."
        {...veldStatus(meldingenVoor(r.meldingen, "gekozen.nummer"))}
      >
        <Dropdown
          value={f.gekozen === "" ? "Berekend standaardbudget" : `Standaardbudget ${f.gekozen}`}
          selectedOptions={[f.gekozen]}
          onOptionSelect={(_, d) => zet({ gekozen: d.optionValue ?? "" })}
        >
          <Option value="" text="Berekend standaardbudget">
            Berekend standaardbudget (geen afwijking)
          </Option>
          {set.niveaus.map((n) => (
            <Option key={n.nummer} value={String(n.nummer)} text={`Standaardbudget ${n.nummer}`}>
              {`Standaardbudget ${n.nummer} (${formatEuro(n.bedragCent)})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {f.gekozen !== "" && (
        <Field
          label="Reden voor het gekozen standaardbudget"
          {...veldStatus(meldingenVoor(r.meldingen, "gekozen.reden"))}
        >
          <Textarea value={f.reden} onChange={(_, d) => zet({ reden: d.value })} resize="vertical" />
        </Field>
      )}
    </>
  );
}
