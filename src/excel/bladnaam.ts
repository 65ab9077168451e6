/** A sheet name not yet taken (Excel compares names case-insensitively): "Basis", then "Basis 2", "Basis 3", ... */
export function vrijeBladnaam(bestaand: readonly string[], basis: string): string {
  const bezet = new Set(bestaand.map((b) => b.toLowerCase()));
  for (let i = 1; ; i++) {
    const naam = i === 1 ? basis : `${basis} ${i}`;
    if (!bezet.has(naam.toLowerCase())) return naam;
  }
}
