const fs = require('fs');
const { Segmentverwerker } = require('./lib/cli/bulk/csv-segment');
const E = require('./lib/engine');
const buf = fs.readFileSync('bench/out/data/toewijzingen-1048576.csv');
const h = buf.indexOf(10) + 1;
const koppen = buf.subarray(0, h - 1).toString().replace(/\r$/,'').split(';');
const v = new Segmentverwerker({ koppen, scheiding: ';', regeleinde: '\r\n', tekenset: 'utf-8' }, E.STANDAARD_TARIEFSET, undefined);
const SEG = 512 << 10;
let pos = h; const segs = [];
while (pos < buf.length) { let e = Math.min(buf.length, pos + SEG); if (e < buf.length) e = buf.lastIndexOf(10, e) + 1; segs.push(Buffer.from(buf.subarray(pos, e))); pos = e; }
for (let ronde = 0; ronde < 3; ronde++) {
  const t = Date.now(); let n = 0;
  for (const s of segs) { const u = v.verwerk(s, true); n += u.uit.length; }
  console.log('ronde', ronde, Date.now() - t, 'ms', n);
}
