const fs = require('fs');
const buf = fs.readFileSync('bench/out/data/toewijzingen-1048576.csv');
for (let ronde = 0; ronde < 3; ronde++) {
  let t = Date.now(); const s = buf.toString('utf8'); const regels = s.split('\n'); let t1 = Date.now() - t;
  t = Date.now(); let n = 0; for (let i = 0; i < regels.length; i += 4096) { const blok = []; for (let r = i; r < Math.min(regels.length, i + 4096); r++) blok.push(regels[r].split(';')); n += blok.length; } let t2 = Date.now() - t;
  console.log('decode+lines', t1, 'split fields', t2);
}
