import { Button, Dropdown, Field, Option } from "@fluentui/react-components";
import type { BulkBron } from "../excel/bulk";

/** How a table or a sheet's used range is named in the list. */
export const bronNaam = (b: BulkBron) =>
  b.soort === "tabel" ? `Tabel ${b.naam}` : `Gebruikt bereik van werkblad ${b.naam}`;

/**
 * The choice of a table or sheet in the workbook, with the button that reads the list again: the same in every
 * tab that works on a list of rows (Bulk, Vergelijken).
 */
export function BronKiezer(props: {
  label: string;
  bronnen: readonly BulkBron[];
  bron: BulkBron | null;
  kies: (bron: BulkBron) => void;
  vernieuw: () => void;
  bezig: boolean;
}) {
  const { label, bronnen, bron, kies, vernieuw, bezig } = props;
  return (
    <>
      <Field label={label}>
        <Dropdown
          placeholder="Kies een tabel of werkblad"
          value={bron ? bronNaam(bron) : ""}
          onOptionSelect={(_, d) => kies(bronnen[Number(d.optionValue)])}
          disabled={bezig}
        >
          {bronnen.map((b, i) => (
            <Option key={bronNaam(b)} value={String(i)} text={bronNaam(b)}>
              {bronNaam(b)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Button onClick={vernieuw} disabled={bezig}>
        Lijst vernieuwen
      </Button>
    </>
  );
}
