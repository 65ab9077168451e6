#!/usr/bin/env node
"use strict";
// The CLI is compiled to lib/ by `npm ci` (prepare script); say so plainly when it is missing.
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch (fout) {
  if (fout && fout.code === "MODULE_NOT_FOUND") {
    process.stderr.write("rekentool: de opdrachtregel is nog niet gebouwd. Voer eerst 'npm ci' of 'npm run build:cli' uit.\n");
    process.exit(2);
  }
  throw fout;
}
cli
  .main(process.argv.slice(2), {
    stdout: (tekst) => process.stdout.write(tekst),
    stderr: (tekst) => process.stderr.write(tekst),
  })
  .then((code) => {
    process.exitCode = code;
  });
