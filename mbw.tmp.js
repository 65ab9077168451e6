const { Worker, isMainThread } = require('worker_threads');
if (isMainThread) {
  const lim = process.argv[2] ? { maxYoungGenerationSizeMb: Number(process.argv[2]) } : undefined;
  new Worker(__dirname + '/mb.tmp.js', { resourceLimits: lim });
}
