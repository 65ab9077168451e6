// Draws the add-in icons (a green tile with three rising white bars: budget levels) at the sizes the
// manifest names. Run with `npm run iconen`; the PNGs are checked in.
const fs = require("node:fs");
const path = require("node:path");
const { PNG } = require("pngjs");

const GROEN = [0x10, 0x7c, 0x41];
const MAATEN = [16, 32, 64, 80, 128];

function teken(maat) {
  const png = new PNG({ width: maat, height: maat });
  const straal = maat * 0.18;
  const balken = [0.35, 0.6, 0.85].map((hoogte, i) => ({
    x0: 0.18 + i * 0.23,
    x1: 0.18 + i * 0.23 + 0.16,
    y0: 0.85 - hoogte * 0.75,
  }));
  for (let y = 0; y < maat; y++) {
    for (let x = 0; x < maat; x++) {
      const i = (y * maat + x) * 4;
      const hx = Math.max(straal - x - 0.5, x + 0.5 - (maat - straal), 0);
      const hy = Math.max(straal - y - 0.5, y + 0.5 - (maat - straal), 0);
      const binnen = hx * hx + hy * hy <= straal * straal;
      const u = (x + 0.5) / maat;
      const v = (y + 0.5) / maat;
      const balk = balken.some((b) => u >= b.x0 && u <= b.x1 && v >= b.y0 && v <= 0.85);
      const kleur = balk ? [255, 255, 255] : GROEN;
      png.data[i] = kleur[0];
      png.data[i + 1] = kleur[1];
      png.data[i + 2] = kleur[2];
      png.data[i + 3] = binnen ? 255 : 0;
    }
  }
  return PNG.sync.write(png);
}

for (const maat of MAATEN) {
  fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${maat}.png`), teken(maat));
}
console.log(`Iconen geschreven: ${MAATEN.map((m) => `icon-${m}.png`).join(", ")}`);
