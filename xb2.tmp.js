const fs = require('fs');
const { XlsxSegmentverwerker } = require('./lib/cli/bulk/xlsx-segment');
const { gedeeldeTeksten } = require('./lib/cli/bulk/xlsx-delen');
const { Rijsnijder } = require('./lib/cli/bulk/xlsx-segmenten');
const E = require('./lib/engine');
const xml = fs.readFileSync('/tmp/xl100k/xl/worksheets/sheet1.xml', 'utf8');
const gedeeld = gedeeldeTeksten({ 'xl/sharedStrings.xml': fs.readFileSync('/tmp/xl100k/xl/sharedStrings.xml') });
const start = xml.indexOf('</row>') + 6;
const kop = ['Toewijzing','BSN','Aanbieder','Traject','Verwijzer','Groep dagen per week','Groep uren per dag','Groep weken','Intensiteit','Ambulant uren per week','Ambulant weken','Rekentarief','Gekozen standaardbudget','Reden','Gedeclareerd'];
(async () => {
  const chunks = []; const rest = xml.slice(start); for (let i = 0; i < rest.length; i += 262144) chunks.push(rest.slice(i, i + 262144));
  let k = 0; const bron = { next: async () => k < chunks.length ? { done: false, value: chunks[k++] } : { done: true, value: undefined } };
  const s = new Rijsnijder('', bron, '', 1, 1 << 20); const segs = []; for (let x = await s.volgende(); x; x = await s.volgende()) segs.push(x);
  for (let r = 0; r < 4; r++) {
    const v = new XlsxSegmentverwerker({ koppen: kop, gedeeld: gedeeld.geheugen, stijl: { euro: 1, procent: 2 }, laatsteRij: Infinity, totalen: [] }, E.STANDAARD_TARIEFSET, undefined);
    const t = Date.now(); let n = 0;
    for (const seg of segs) { const u = v.verwerk(seg); n += u.uit.length; }
    if (r > 0) console.log('segmenten', Date.now() - t, 'ms', n);
  }
})();
