import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { formatEuro, niveauMetBedrag, toegewezenTekst, type BudgetResultaat } from "../../engine";

const useStijl = makeStyles({
  kaart: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `2px solid ${tokens.colorBrandStroke1}`,
    boxShadow: tokens.shadow8,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    margin: `0 calc(-1 * ${tokens.spacingHorizontalM})`,
  },
  verborgen: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)" },
});

/** The card's two lines: the total and the level, the agreed one first. */
export function kaartTekst(r: BudgetResultaat, teVerbeteren: number): [string, string] {
  if (r.totaalCent === null) {
    return [
      "Nog niet te berekenen",
      teVerbeteren > 0
        ? `${teVerbeteren} ${teVerbeteren === 1 ? "veld" : "velden"} te verbeteren`
        : "Vul groepsaanbod, ambulante hulp of allebei in.",
    ];
  }
  const totaal = `Totaal ${formatEuro(r.totaalCent)}`;
  // A total the engine judges cannot be allocated (above the iJw maximum, above 5 after a medical referral) must not
  // read as a normal answer: the card says so, in the engine's words.
  const fout = r.meldingen.find((m) => m.niveau === "fout");
  if (fout) return [totaal, `Niet zo toe te wijzen: ${fout.tekst}`];
  // The engine words the agreed level beside the calculated one; the card only adds its own short forms.
  const toegewezen = toegewezenTekst(r);
  if (toegewezen !== null) return [totaal, toegewezen];
  return [
    totaal,
    r.standaardbudget
      ? `Standaardbudget ${niveauMetBedrag(r.standaardbudget)}`
      : "Boven het hoogste niveau: offertebudget nodig",
  ];
}

/**
 * The answer, always in view at the bottom of the pane. A screen reader hears it once typing pauses (600 ms),
 * not on every keystroke.
 */
export function Resultaatkaart({ r, teVerbeteren }: { r: BudgetResultaat; teVerbeteren: number }) {
  const stijl = useStijl();
  const [kop, regel] = kaartTekst(r, teVerbeteren);
  const [gezegd, zetGezegd] = useState("");
  useEffect(() => {
    const t = setTimeout(() => zetGezegd(`${kop}. ${regel.replace(/\.$/, "")}.`), 600);
    return () => clearTimeout(t);
  }, [kop, regel]);
  return (
    <aside className={stijl.kaart} aria-label="Uitkomst" data-testid="samenvatting">
      <Text weight="semibold" size={400}>
        {kop}
      </Text>
      <Text>{regel}</Text>
      <div className={stijl.verborgen} role="status" aria-live="polite" data-testid="voorgelezen">
        {gezegd}
      </div>
    </aside>
  );
}
