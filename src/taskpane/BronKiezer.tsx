import { Button, Dropdown, Field, Option } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { bulkBronnen, type BulkBron } from "../excel/bulk";

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

/**
 * The workbook's tables and sheets, read when the tab opens in Excel and again on Lijst vernieuwen; a failure goes
 * to the tab's own message (`meld` must be stable: a state setter).
 */
export function useBronnen(inExcel: boolean, meld: (m: { intent: "error"; tekst: string }) => void) {
  const [bronnen, zetBronnen] = useState<BulkBron[]>([]);
  const laad = useCallback(async () => {
    try {
      zetBronnen(await bulkBronnen());
    } catch (fout) {
      meld({ intent: "error", tekst: `De tabellen konden niet worden gelezen: ${(fout as Error).message}` });
    }
  }, [meld]);
  useEffect(() => {
    if (inExcel) void laad();
  }, [inExcel, laad]);
  return { bronnen, laad };
}
