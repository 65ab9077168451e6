import { formatEuro, formatGetal } from "../geld";
import type { Vergelijkingsregel, Vergelijkingsuitkomst } from "./vergelijk";
import { modelLabel } from "./vergelijk";
import { MODEL_SOORT } from "./model";

/**
 * The comparison as one self-contained HTML file: the table and an inline SVG bar chart (bars per provider per
 * model), styles inline, no script, no font, no image: it opens offline and loads nothing from anywhere.
 */

const KLEUREN = ["#1f5f8b", "#c8702a", "#3c8d4a", "#8b3f8f", "#6b6b6b", "#b03a3a"];

const esc = (t: string) =>
  t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

const bedrag = (c: number | null) => (c === null ? "" : formatEuro(c));

/** A round step for the axis: 1, 2 or 5 times a power of ten, giving about four lines. */
function stap(max: number): number {
  const ruw = max / 4;
  const macht = 10 ** Math.floor(Math.log10(ruw));
  return [1, 2, 5, 10].map((f) => f * macht).find((s) => s >= ruw) ?? ruw;
}

function grafiek(u: Vergelijkingsuitkomst): string {
  const aanbieders = [...new Set(u.regels.map((r) => r.aanbieder))];
  const n = u.modellen.length;
  const balk = 9;
  const groep = n * balk + 8;
  const links = 220;
  const breedte = 860;
  const plot = breedte - links - 30;
  // The legend on top (with 94 providers the bottom is far away), then the axis labels.
  const boven = n * 18 + 28;
  const hoogte = boven + aanbieders.length * groep + 10;
  const maxCent = Math.max(100, ...u.regels.map((r) => r.kostenCent ?? 0));
  const stapCent = stap(maxCent);
  const schaal = Math.ceil(maxCent / stapCent) * stapCent;
  const perAanbieder = new Map<string, Vergelijkingsregel[]>();
  for (const r of u.regels) perAanbieder.set(r.aanbieder, [...(perAanbieder.get(r.aanbieder) ?? []), r]);
  const delen: string[] = [];
  u.modellen.forEach((m, i) => {
    const y = 4 + i * 18;
    delen.push(
      `<rect x="${links}" y="${y}" width="12" height="12" fill="${KLEUREN[i % KLEUREN.length]}"/><text x="${links + 18}" y="${y + 10}" font-size="12">${esc(modelLabel(m.naam, m.model))}</text>`,
    );
  });
  for (let c = 0; c <= schaal; c += stapCent) {
    const x = links + (c / schaal) * plot;
    delen.push(
      `<line x1="${x.toFixed(1)}" y1="${boven - 4}" x2="${x.toFixed(1)}" y2="${hoogte - 6}" stroke="#ddd"/><text x="${x.toFixed(1)}" y="${boven - 8}" font-size="10" text-anchor="middle">${esc(formatEuro(c).replace(/,00$/, ""))}</text>`,
    );
  }
  aanbieders.forEach((naam, i) => {
    const y0 = boven + i * groep;
    delen.push(
      `<text x="${links - 8}" y="${y0 + (n * balk) / 2 + 4}" text-anchor="end" font-size="11">${esc(naam.length > 34 ? naam.slice(0, 32) + "…" : naam)}</text>`,
    );
    (perAanbieder.get(naam) ?? []).forEach((r, m) => {
      const y = y0 + m * balk;
      if (r.kostenCent === null) {
        delen.push(`<text x="${links + 4}" y="${y + balk - 1}" font-size="9" fill="#a00">geen bedrag</text>`);
        return;
      }
      const w = Math.max(r.kostenCent > 0 ? 1 : 0, (r.kostenCent / schaal) * plot);
      delen.push(
        `<rect x="${links}" y="${y}" width="${w.toFixed(1)}" height="${balk - 1}" fill="${KLEUREN[m % KLEUREN.length]}"><title>${esc(`${naam}, ${modelLabel(r.tariefset, r.model)}: ${formatEuro(r.kostenCent)}`)}</title></rect>`,
      );
    });
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${breedte}" height="${hoogte}" viewBox="0 0 ${breedte} ${hoogte}" role="img" aria-label="Kosten per aanbieder per model (staafdiagram); de bedragen staan in de tabel" font-family="Segoe UI, Arial, sans-serif">${delen.join("")}</svg>`;
}

function tabelrij(r: Vergelijkingsregel, totaal: boolean): string {
  const cellen = [
    esc(r.aanbieder),
    esc(modelLabel(r.tariefset, r.model)),
    formatGetal(r.clienten),
    bedrag(r.kostenCent),
    bedrag(r.perClientCent),
    bedrag(r.verschilCent),
    bedrag(r.geleverdCent),
    bedrag(r.overOnderCent),
    r.bovenPlafondCent > 0 ? bedrag(r.bovenPlafondCent) : "",
    esc(r.status),
  ];
  const tag = totaal ? "th" : "td";
  return `<tr${totaal ? ' class="totaal"' : ""}>${cellen.map((c, i) => `<${i === 0 && !totaal ? 'th scope="row"' : tag}${i >= 2 && i <= 8 ? ' class="getal"' : ""}>${c}</${i === 0 && !totaal ? "th" : tag}>`).join("")}</tr>`;
}

/** The report; `datum` is the day it was made, as ISO (the engine keeps no clock), shown in Dutch. */
export function vergelijkingRapport(u: Vergelijkingsuitkomst, titel: string, datumTekst: string): string {
  const koppen = [
    "Aanbieder",
    "Model",
    "Cliënten",
    "Kosten",
    "Kosten per cliënt",
    "Verschil met eerste model",
    "Geleverd (P x Q)",
    "Over- of onderbetaling",
    "Boven plafond",
    "Status",
  ];
  const modellen = u.modellen
    .map((m) => `<li><strong>${esc(m.naam)}</strong>: ${esc(MODEL_SOORT[m.model])}</li>`)
    .join("");
  const totalen = u.totalen
    .map(
      (t) =>
        `<li>${esc(modelLabel(t.tariefset, t.model))}: <strong>${t.kostenCent === null ? "niet te berekenen" : formatEuro(t.kostenCent)}</strong>${t.perClientCent === null ? "" : `, ${formatEuro(t.perClientCent)} per cliënt`}</li>`,
    )
    .join("");
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(titel)}</title>
<style>
body{font-family:"Segoe UI",Arial,sans-serif;margin:2rem;color:#1b1b1b;max-width:1100px}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}
table{border-collapse:collapse;font-size:.85rem;width:100%}
svg{max-width:100%;height:auto}
th,td{border-bottom:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:#eef2f5}
.getal{text-align:right;white-space:nowrap}
tr.totaal th{background:#f6f6f6;border-top:2px solid #444}
.uitleg{color:#444;font-size:.9rem}
@media print{body{margin:0}}
</style>
</head>
<body>
<h1>${esc(titel)}</h1>
<p class="uitleg">Gemaakt op ${esc(datumTekst)} met Rekentool Jeugdhulp. ${formatGetal(u.rijen)} rijen uit het uitgavenoverzicht, ${new Set(u.regels.map((r) => r.aanbieder)).size} aanbieders.${u.rijenZonderAanbieder > 0 ? ` ${formatGetal(u.rijenZonderAanbieder)} rijen zonder aanbieder zijn niet meegeteld.` : ""}</p>
<h2>Modellen</h2>
<ul>${modellen}</ul>
<p class="uitleg">${u.referentie === null ? "Er is geen model met productprijs in de vergelijking: de waarde van wat geleverd is (P x Q) ontbreekt." : `Geleverd (P x Q) is wat er geleverd is, gewaardeerd tegen de prijzen van ${esc(u.referentie)}, zonder plafond. Over- of onderbetaling = kosten onder het model min dat bedrag.`} Een model dat een rij niet kan prijzen, telt haar nooit als 0: de kosten blijven dan leeg en de status zegt waarom.</p>
<h2>Totalen</h2>
<ul>${totalen}</ul>
<h2>Kosten per aanbieder per model</h2>
${grafiek(u)}
<h2>Tabel</h2>
<table>
<thead><tr>${koppen.map((k) => `<th scope="col">${k}</th>`).join("")}</tr></thead>
<tbody>
${u.regels.map((r) => tabelrij(r, false)).join("\n")}
${u.totalen.map((r) => tabelrij(r, true)).join("\n")}
</tbody>
</table>
</body>
</html>
`;
}
