#!/usr/bin/env node
"use strict";
// `bulk` runs in a second process that this one watches: killed outright (SIGKILL, out of memory), the run cannot
// remove its temporary file (which holds BSNs), so this process does. If that cannot start, it runs as it is.
// (The run computes on threads of its own, which set their own memory; the second process needs no flags.)
const SIGNALEN = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
if (process.argv[2] === "bulk" && !process.env.REKENTOOL_STARTER) {
  const { spawn } = require("node:child_process");
  // The run writes its temporary file under this process's id, so this process can remove it if the run dies.
  const kind = spawn(process.execPath, [...process.execArgv, __filename, ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, REKENTOOL_STARTER: String(process.pid) },
  });
  // A signal to this process goes to the run too: it removes its half file and says so (exit 128 + signal).
  for (const signaal of Object.keys(SIGNALEN)) process.on(signaal, () => kind.kill(signaal));
  // Could not start a second process: run here, as it is.
  kind.on("error", draaiHier);
  kind.on("exit", (code, signaal) => {
    if (signaal) {
      // Killed outright (SIGKILL, out of memory): it could not clean up, so this process does.
      let tijdelijk = null;
      try {
        tijdelijk = require("../lib/cli/bulk-opdracht.js").tijdelijkBestand(process.argv.slice(3));
      } catch {
        // lib/ missing: there was no run to clean up after.
      }
      // Only a run that was still writing (its temporary file exists) made no output; one killed while printing its
      // summary had already put its output in place.
      const halfweg = tijdelijk !== null && require("node:fs").existsSync(tijdelijk);
      if (halfweg) require("node:fs").rmSync(tijdelijk, { force: true });
      process.stderr.write(
        `rekentool bulk: afgebroken (${signaal})${halfweg ? "; er is geen uitvoerbestand gemaakt" : ""}.\n`,
      );
      process.exit(SIGNALEN[signaal] ?? 137);
    }
    process.exit(code ?? 1);
  });
  return;
}
draaiHier();

/** The command in this process. */
function draaiHier() {
  // The CLI is compiled to lib/ by `npm ci` (prepare script); say so plainly when it is missing.
  let cli;
  try {
    cli = require("../lib/cli/main.js");
  } catch (fout) {
    if (fout && fout.code === "MODULE_NOT_FOUND") {
      process.stderr.write(
        "rekentool: de opdrachtregel is nog niet gebouwd. Voer eerst 'npm ci' of 'npm run build:cli' uit.\n",
      );
      process.exit(2);
    }
    throw fout;
  }
  // A reader that stops early (`| head`) closes the pipe: that is no error of the run.
  process.stdout.on("error", (fout) => {
    if (fout && fout.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw fout;
  });
  cli
    .main(process.argv.slice(2), {
      stdout: (tekst) => process.stdout.write(tekst),
      stderr: (tekst) => process.stderr.write(tekst),
    })
    .then((code) => {
      process.exitCode = code;
    });
}
