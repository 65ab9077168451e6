import { makeStyles, tokens } from "@fluentui/react-components";
import { formatEuro, legUit, type BudgetResultaat, type Tariefset } from "../../engine";

const useStijl = makeStyles({
  tabel: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase300 },
  kop: { textAlign: "left", paddingTop: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
  label: { verticalAlign: "top", paddingRight: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
  waarde: { verticalAlign: "top", overflowWrap: "anywhere" },
  nadruk: { fontWeight: tokens.fontWeightBold },
  bron: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  niveaus: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    marginTop: tokens.spacingVerticalS,
  },
  berekend: { backgroundColor: tokens.colorPaletteGreenBackground2, fontWeight: tokens.fontWeightSemibold },
  gekozen: { backgroundColor: tokens.colorPaletteYellowBackground2, fontWeight: tokens.fontWeightSemibold },
});

/**
 * The record to keep: the engine's explanation (traject, verwijzer, every number with its source, the level,
 * the tariff set and the date), and the eight levels. This block alone is printed.
 */
export function Verslag({ r, set, datum }: { r: BudgetResultaat; set: Tariefset; datum: string }) {
  const stijl = useStijl();
  const regels = legUit(r, set, datum).regels.filter((u) => u.soort !== "melding" && !u.alleenVoorCel);
  return (
    <section id="verslag" aria-labelledby="kop-verslag">
      <h2 id="kop-verslag">Berekening</h2>
      <table className={stijl.tabel}>
        <tbody>
          {regels.map((u, i) =>
            u.soort === "kop" ? (
              <tr key={i}>
                <th className={stijl.kop} colSpan={2} scope="colgroup">
                  {u.tekst ? `${u.label}: ${u.tekst}` : u.label}
                </th>
              </tr>
            ) : (
              <tr key={i}>
                <th className={stijl.label} scope="row">
                  {u.label}
                </th>
                <td className={stijl.waarde}>
                  <span className={u.nadruk ? stijl.nadruk : undefined} data-testid={u.sleutel}>
                    {u.tekst}
                  </span>
                  {u.bron && <div className={stijl.bron}>bron: {u.bron}</div>}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      <table className={stijl.niveaus} aria-label="Standaardbudgetten">
        <thead>
          <tr>
            <th scope="col">Nr</th>
            <th scope="col">Bedrag</th>
            <th scope="col">Na medische verwijzing</th>
          </tr>
        </thead>
        <tbody>
          {set.niveaus.map((n) => {
            const berekend = r.standaardbudget?.nummer === n.nummer;
            const gekozen = r.gekozen?.niveau.nummer === n.nummer;
            return (
              <tr
                key={n.nummer}
                className={gekozen ? stijl.gekozen : berekend ? stijl.berekend : undefined}
                aria-current={gekozen || (berekend && !r.gekozen) ? "true" : undefined}
                data-testid={`niveau-${n.nummer}`}
              >
                <td>
                  {n.nummer}
                  {gekozen ? " (toegewezen)" : ""}
                  {berekend ? " (berekend)" : ""}
                </td>
                <td>{formatEuro(n.bedragCent)}</td>
                <td>{n.naMedischeVerwijzing ? "ja" : "nee, eerst de toegang"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
