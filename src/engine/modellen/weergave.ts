import { euroNaarCenten, formatEuro } from "../geld";
import { EENHEDEN } from "../tariefset/producten";
import type { Tariefset } from "../tariefset/types";
import { MODEL_SOORT } from "./model";
import { plafondVoor } from "./productprijs";
import { formatDatum } from "../uitleg";

function regel(label: string, waarde: string): string {
  return `  ${label.length >= 27 ? `${label}  ` : label.padEnd(28)}${waarde}`;
}

/** A set of the other models as text (rekentool tarieven): every price with its source, "ontbreekt" when unknown. */
export function modelsetAlsTekst(set: Tariefset): string {
  const bron = set.bronJson;
  const regels = [
    `Tariefset ${set.naam}`,
    regel("Regio", set.regio),
    regel("Model", `${set.model} (${MODEL_SOORT[set.model]})`),
    regel("Geldig", `${formatDatum(set.geldigVanaf)} t/m ${formatDatum(set.geldigTot)}`),
    regel("Bron", set.bron),
  ];
  if (set.model === "productprijs") {
    regels.push("", "Producten (prijs per eenheid)");
    for (const p of set.producten) {
      const per = p.eenheid === null ? "eenheid onbekend" : `per ${EENHEDEN[p.eenheid]}`;
      const code = p.code === null ? "" : ` [${p.code}]`;
      if (p.tariefPerAanbieder) {
        regels.push(regel(`${p.naam}${code}`, `tarief per aanbieder, ${per}  (bron: ${p.bron})`));
        for (const a of p.aanbiederTarieven)
          regels.push(
            regel(
              `    ${a.aanbieder}`,
              a.tariefCent === null ? "ontbreekt" : `${formatEuro(a.tariefCent)}  (bron: ${a.bron})`,
            ),
          );
      } else
        regels.push(
          regel(
            `${p.naam}${code}`,
            `${p.tariefCent === null ? "ontbreekt" : formatEuro(p.tariefCent)} ${per}  (bron: ${p.bron})`,
          ),
        );
    }
    if ((bron.plafonds ?? []).length > 0) {
      regels.push("", "Plafonds per aanbieder (per jaar)");
      for (const p of bron.plafonds ?? []) regels.push(regel(p.aanbieder, formatEuro(plafondVoor(set, p.aanbieder)!)));
    }
  }
  if (set.model === "arrangement" && bron.arrangement) {
    const a = bron.arrangement;
    regels.push("", "Onderdelen");
    for (const o of a.onderdelen) regels.push(regel(`${o.nummer}`, `${o.soort}: ${o.naam}`));
    regels.push(regel("Treden", a.hoogsteTrede == null ? "hoogste trede niet bekend" : `1 t/m ${a.hoogsteTrede}`));
    regels.push(
      regel(
        "Profielen",
        a.profielen.map((p) => (p.naam === null ? `${p.nummer}` : `${p.nummer} ${p.naam}`)).join(", ") || "geen",
      ),
    );
    regels.push("", "Prijzen per onderdeel en trede");
    if (a.prijzen.length === 0) regels.push("  (geen: de prijzen zijn niet openbaar en ontbreken)");
    for (const p of a.prijzen)
      regels.push(
        regel(
          `${p.onderdeel}-${p.trede}${p.profiel === undefined ? "" : ` profiel ${p.profiel}`}`,
          p.bedrag === null
            ? "ontbreekt"
            : `${formatEuro(euroNaarCenten(p.bedrag))}${p.bron ? `  (bron: ${p.bron})` : ""}`,
        ),
      );
  }
  if (set.model === "lumpsum") {
    regels.push("", "Lumpsums per aanbieder (per jaar)");
    for (const l of bron.lumpsums ?? [])
      regels.push(
        regel(
          `${l.aanbieder}${l.gebied ? ` (${l.gebied})` : ""}`,
          `${formatEuro(euroNaarCenten(l.bedrag))}${l.clienten === undefined ? "" : ` voor ${l.clienten} cliënten`}${l.bron ? `  (bron: ${l.bron})` : ""}`,
        ),
      );
  }
  return regels.join("\n") + "\n";
}
