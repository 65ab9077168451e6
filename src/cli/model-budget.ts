import {
  berekenPxq,
  formatEuro,
  formatGetal,
  perEenheid,
  metPlafond,
  plafondVoor,
  prijsArrangement,
  type Modeluitkomst,
  type Tariefset,
} from "../engine";
import { leesOpties } from "./opties";
import { GebruiksFout } from "./fouten";
import { leesTariefsets, tariefsetVoorOptie } from "./tariefbestand";
import type { Uitvoer } from "./uitvoer";

/**
 * `rekentool budget` for the other funding models (issue 18): --arrangement "1-3, 2-2" [--profiel N] with an
 * arrangement set, or --product NAAM --volume N [--aanbieder NAAM] with a productprijs set.
 */
const OPTIES = {
  arrangement: { type: "string" },
  profiel: { type: "string" },
  product: { type: "string" },
  volume: { type: "string" },
  aanbieder: { type: "string" },
  tarieven: { type: "string" },
  tariefset: { type: "string" },
  json: { type: "boolean" },
} as const;

/** True when the arguments ask for a model budget instead of a standard budget. */
export function vraagtModelbudget(args: readonly string[]): boolean {
  return args.some((a) => /^--(arrangement|product|volume|profiel|aanbieder)(=|$)/.test(a));
}

function regel(label: string, waarde: string): string {
  return `  ${label.padEnd(28)}${waarde}`;
}

function afdruk(
  uit: Uitvoer,
  json: boolean | undefined,
  r: Modeluitkomst<unknown>,
  bedragCent: number | null,
  regels: string[],
  extra: object,
): number {
  if (json) {
    uit.stdout(
      JSON.stringify({
        ...extra,
        bedrag: bedragCent === null ? null : bedragCent / 100,
        meldingen: r.ok ? [] : [{ niveau: "fout", soort: r.soort, tekst: r.tekst }],
      }) + "\n",
    );
  } else {
    uit.stdout([...regels, ...(r.ok ? [] : ["", "Melding", `  [fout] ${r.tekst}`])].join("\n") + "\n");
  }
  return r.ok ? 0 : 1;
}

export function modelbudgetOpdracht(args: string[], uit: Uitvoer): number {
  const w = leesOpties(args, OPTIES, false).values;
  const sets = leesTariefsets(w.tarieven);
  if (w.arrangement !== undefined) {
    if (w.product !== undefined || w.volume !== undefined || w.aanbieder !== undefined)
      throw new GebruiksFout("Geef --arrangement óf --product met --volume, niet beide.");
    const set = tariefsetVoorOptie(sets, w.tariefset, "arrangement");
    const r = prijsArrangement(set, w.arrangement, w.profiel);
    const regels = [`Arrangement (resultaatgericht), tariefset ${set.naam}`, ""];
    if (r.ok) {
      for (const d of r.waarde.delen)
        regels.push(regel(`${d.deel.tekst} ${d.naam}`, `${formatEuro(d.bedragCent)}  (bron: ${d.bron})`));
      if (r.waarde.profiel !== null) regels.push(regel("Profiel", String(r.waarde.profiel)));
      regels.push(regel("Budget", formatEuro(r.waarde.bedragCent)));
    }
    return afdruk(uit, w.json, r, r.ok ? r.waarde.bedragCent : null, regels, {
      model: "arrangement",
      tariefset: set.naam,
      arrangement: r.ok ? r.waarde.delen.map((d) => d.deel.tekst).join(", ") : null,
      profiel: r.ok ? r.waarde.profiel : null,
    });
  }
  if (w.profiel !== undefined) throw new GebruiksFout("--profiel hoort bij --arrangement.");
  if (w.product === undefined || w.volume === undefined)
    throw new GebruiksFout(
      "Geef bij --product ook --volume (het aantal geleverde eenheden), of gebruik --arrangement.",
    );
  const set: Tariefset = tariefsetVoorOptie(sets, w.tariefset, "productprijs");
  const r = berekenPxq(set, w.product, w.volume, w.aanbieder);
  const plafond = w.aanbieder === undefined ? null : plafondVoor(set, w.aanbieder);
  const regels = [`Productprijs (inspanningsgericht, P x Q), tariefset ${set.naam}`, ""];
  let betaald: number | null = null;
  if (r.ok) {
    const { prijs, volume, bedragCent } = r.waarde;
    const afgetopt = metPlafond(bedragCent, plafond);
    betaald = afgetopt.betaaldCent;
    regels.push(
      regel("Product", prijs.product.naam),
      regel("Prijs", `${formatEuro(prijs.prijsCent)} per ${perEenheid(prijs.product)}  (bron: ${prijs.bron})`),
      regel("Volume", formatGetal(volume)),
      regel("P x Q", formatEuro(bedragCent)),
      regel(
        "Plafond aanbieder",
        plafond === null
          ? "geen plafond in de set"
          : `${formatEuro(plafond)} per jaar${afgetopt.bovenPlafondCent > 0 ? `: ${formatEuro(afgetopt.bovenPlafondCent)} erboven wordt niet betaald` : ""}`,
      ),
      regel("Te betalen", formatEuro(betaald)),
    );
  }
  return afdruk(uit, w.json, r, betaald, regels, {
    model: "productprijs",
    tariefset: set.naam,
    product: r.ok ? r.waarde.prijs.product.naam : null,
    volume: r.ok ? r.waarde.volume : null,
    prijs: r.ok ? r.waarde.prijs.prijsCent / 100 : null,
    pxq: r.ok ? r.waarde.bedragCent / 100 : null,
    plafond: plafond === null ? null : plafond / 100,
  });
}
