/**
 * A realistic spend sheet of N allocations, deterministic (seeded): mixed herstel/duurzaam, group and ambulant,
 * referral routes, chosen levels, declarations, and about 3% invalid rows. Uses only the public 2023 rates.
 */
export const KOPPEN = [
  "Toewijzing",
  "BSN",
  "Aanbieder",
  "Traject",
  "Verwijzer",
  "Groep dagen per week",
  "Groep uren per dag",
  "Groep weken",
  "Intensiteit",
  "Ambulant uren per week",
  "Ambulant weken",
  "Rekentarief",
  "Gekozen standaardbudget",
  "Reden",
  "Gedeclareerd",
] as const;

const AANBIEDERS = [
  "Jeugdzorg Noord",
  "Kindkracht",
  "GGZ Oost",
  "Zorgboerderij De Es",
  "Praktijk Vliet",
  "Stichting Samen",
  "Ambulant Team Zwolle",
  "Gezin Centraal",
];
const TARIEVEN = ["Overwegend begeleiding en lichte hulp", "Grote ggz instellingen / academisch"];

/** Mulberry32: small, fast, seeded. */
function willekeur(zaad: number) {
  return () => {
    zaad = (zaad + 0x6d2b79f5) | 0;
    let t = Math.imul(zaad ^ (zaad >>> 15), 1 | zaad);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A BSN that passes the elfproef (or, when `geldig` is false, one that does not). */
function bsn(r: () => number, geldig: boolean): string {
  for (;;) {
    const d = Array.from({ length: 8 }, () => Math.floor(r() * 10));
    const som = d.reduce((s, c, i) => s + (9 - i) * c, 0);
    const laatste = som % 11;
    if (laatste === 10) continue;
    return d.join("") + String(geldig ? laatste : (laatste + 1) % 10);
  }
}

export function genereerRijen(n: number, zaad = 2023): unknown[][] {
  const r = willekeur(zaad);
  const kies = <T>(lijst: readonly T[]) => lijst[Math.floor(r() * lijst.length)];
  const halve = (max: number) => Math.round(r() * max * 2) / 2;
  const rijen: unknown[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const duurzaam = r() < 0.3;
    const soort = r();
    const groep = soort < 0.35 || soort > 0.8;
    const ambulant = soort >= 0.35;
    const weken = duurzaam ? 52 : kies([8, 12, 16, 26, 39, 52]);
    const rij: unknown[] = [
      `T${String(i + 1).padStart(7, "0")}`,
      bsn(r, r() > 0.005),
      kies(AANBIEDERS),
      duurzaam ? "duurzaam" : "herstel",
      kies(["toegang", "toegang", "toegang", "medisch", "gi"]),
      groep ? kies([1, 2, 2, 3, 4]) : "",
      groep ? kies([2, 3, 3, 4, 2.5]) : "",
      groep ? weken : "",
      groep ? (r() < 0.02 ? "middel" : "licht") : "",
      ambulant ? Math.max(0.5, halve(4)) : "",
      ambulant ? weken : "",
      ambulant ? kies(TARIEVEN) : "",
      "",
      "",
      r() < 0.6 ? Math.round(r() * 900000) / 100 : "",
    ];
    if (r() < 0.05) {
      rij[12] = kies([3, 4, 5]);
      rij[13] = "afspraak toegang en aanbieder";
    }
    // About 1% of rows with typing errors a real sheet has.
    const fout = r();
    if (fout < 0.003) rij[9] = "drie";
    else if (fout < 0.006) rij[10] = duurzaam ? 26 : 120;
    else if (fout < 0.008) rij[3] = "kort";
    else if (fout < 0.01) rij[9] = "2,5";
    rijen[i] = rij;
  }
  return rijen;
}
