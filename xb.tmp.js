const fs = require('fs');
const { Bladherschrijver, celXml } = require('./lib/cli/bulk/xlsx-blad');
const { gedeeldeTeksten, kolomLetters } = require('./lib/cli/bulk/xlsx-delen');
const E = require('./lib/engine');
const xml = fs.readFileSync('/tmp/xl100k/xl/worksheets/sheet1.xml', 'utf8');
const gedeeld = gedeeldeTeksten({ 'xl/sharedStrings.xml': fs.readFileSync('/tmp/xl100k/xl/sharedStrings.xml') });
const start = xml.indexOf('</row>') + 6; // after header
const kop = ['Toewijzing','BSN','Aanbieder','Traject','Verwijzer','Groep dagen per week','Groep uren per dag','Groep weken','Intensiteit','Ambulant uren per week','Ambulant weken','Rekentarief','Gekozen standaardbudget','Reden','Gedeclareerd'];
const plan = E.maakBulkplan(kop).plan;
const letters = plan.kolommen.map(kolomLetters);
const SEG = Number(process.env.SEG || 1 << 20);
const einde = xml.lastIndexOf('</row>') + 6;
const segs = []; let p = start;
while (p < einde) { let e = Math.min(einde, p + SEG); e = xml.lastIndexOf('</row>', e - 1) + 6; if (e <= p) e = xml.indexOf('</row>', p) + 6; segs.push(xml.slice(p, e)); p = e; }
(async () => {
for (let ronde = 0; ronde < 3; ronde++) {
  const run = new E.Bulkrun(plan.kaart, E.STANDAARD_TARIEFSET);
  let uit; const cellen = []; let bytes = 0; const t = Date.now();
  for (const seg of segs) {
    const it = (async function* () { yield seg; })();
    const lezer = new Bladherschrijver(it, gedeeld);
    const rijen = await lezer.volgende(Infinity);
    const waarden = rijen.map(r => r.waarden);
    uit = run.rekenBlok(waarden, uit); run.telBlok(waarden, uit);
    rijen.forEach((rij, i) => { uit.cellen(i, cellen); const nieuw = new Map(); for (let k = 0; k < cellen.length; k++) nieuw.set(plan.kolommen[k], celXml(`${letters[k]}${rij.nr}`, cellen[k], undefined, rij.prefix)); lezer.vul(rij, nieuw); });
    const out = await lezer.rest(); bytes += out.length;
  }
  console.log('ronde', ronde, Date.now() - t, 'ms', segs.length, 'segmenten', bytes);
}
})();
