import { verbreedTabel } from "../../src/cli/bulk/xlsx-tabel";

describe("a table part grown by columns", () => {
  // As Excel 365 writes a table: revision ids on the columns, a filter range without the totals row.
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" id="3" name="Tabel1" displayName="Tabel1" ref="B2:D10" totalsRowCount="1"><autoFilter ref="B2:D9"/><tableColumns count="3"><tableColumn id="1" xr3:uid="{A}" name="Traject"/><tableColumn id="4" xr3:uid="{B}" name="Uren &amp; weken"/><tableColumn id="3" xr3:uid="{C}" name="Rekentarief" totalsRowFunction="sum"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>';

  test("range, filter range, count and new columns with ids after the highest", () => {
    const uit = verbreedTabel(xml, ["Status", "Melding & meer"]);
    expect(uit).toContain(' ref="B2:F10" totalsRowCount="1"');
    expect(uit).toContain('<autoFilter ref="B2:F9"/>');
    expect(uit).toContain('<tableColumns count="5">');
    expect(uit).toContain(
      'name="Rekentarief" totalsRowFunction="sum"/><tableColumn id="5" name="Status"/><tableColumn id="6" name="Melding &amp; meer"/></tableColumns>',
    );
    // Everything else as it was.
    expect(
      uit
        .replace(/ref="B2:F10"/, 'ref="B2:D10"')
        .replace('ref="B2:F9"', 'ref="B2:D9"')
        .replace('count="5"', 'count="3"')
        .replace(/<tableColumn id="5".*?(?=<\/tableColumns>)/, ""),
    ).toBe(xml);
  });
  test("past column Z the letters go on (AA, AB)", () => {
    expect(
      verbreedTabel(xml.replace('ref="B2:D10"', 'ref="B2:Y10"').replace('ref="B2:D9"', 'ref="B2:Y9"'), ["a", "b", "c"]),
    ).toContain(' ref="B2:AB10"');
  });
});
