const { spawnSync } = require('child_process');
const { duckdbTaak } = require('./bench/out/js/bench/duckdb.js');
const fs = require('fs');
(async () => {
  for (let i = 0; i < 3; i++) {
    fs.rmSync('/tmp/uit4.csv', { force: true });
    const t = performance.now();
    spawnSync(process.execPath, ['bin/rekentool.js', 'bulk', 'bench/out/data/toewijzingen-1048576.csv', '--uit', '/tmp/uit4.csv', '--overschrijven']);
    const ons = performance.now() - t;
    const d = await duckdbTaak('bench/out/data/toewijzingen-1048576.csv', '/tmp/duck.csv');
    console.log(ons.toFixed(0), d.tijd.toFixed(0), (ons / d.tijd).toFixed(2));
  }
})();
