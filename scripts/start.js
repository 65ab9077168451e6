// `npm start`: sideload into Excel where Excel exists (Windows, macOS); elsewhere serve the task pane as a
// standalone rekenhulp on this machine only (127.0.0.1). The address is printed only once the page answers:
// the dev server accepts connections long before its first build is done, and an address that hangs when
// opened is worse than none.
"use strict";
const { spawn } = require("node:child_process");
const http = require("node:http");
const net = require("node:net");

const STANDAARD_POORT = 3000;
const WACHT_MS = 180_000;
const metExcel = process.platform === "win32" || process.platform === "darwin";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function poortUitOmgeving() {
  const tekst = process.env.REKENTOOL_POORT;
  if (tekst === undefined || tekst === "") return STANDAARD_POORT;
  const poort = Number(tekst);
  if (!Number.isInteger(poort) || poort < 1024 || poort > 65535) {
    console.error(`REKENTOOL_POORT moet een heel getal van 1024 t/m 65535 zijn, niet '${tekst}'.`);
    process.exit(2);
  }
  return poort;
}

/** Resolves to null when the port can be used, or to the error code (EADDRINUSE, EACCES) when it cannot. */
function poortBezet(poort, host) {
  return new Promise((klaar) => {
    const proef = net.createServer();
    proef.once("error", (fout) => klaar(fout.code || "onbekend"));
    proef.listen({ port: poort, host, exclusive: true }, () => proef.close(() => klaar(null)));
  });
}

function meldBezettePoort(poort, code, andereKeuze) {
  const reden =
    code === "EADDRINUSE"
      ? "is al in gebruik (door een ander programma, of een 'npm start' die nog draait)"
      : `kan niet worden gebruikt (${code})`;
  console.error(`Poort ${poort} ${reden}.`);
  console.error(andereKeuze);
  process.exit(1);
}

/** Asks for the page until it answers 200; each try may wait for the first build to finish. */
function wachtOpPagina(url, kind) {
  const einde = Date.now() + WACHT_MS;
  return new Promise((klaar, mislukt) => {
    const probeer = () => {
      if (kind.exitCode !== null) return mislukt(new Error("de server is gestopt voordat de pagina klaar was"));
      if (Date.now() > einde) return mislukt(new Error(`de pagina antwoordde niet binnen ${WACHT_MS / 1000} seconden`));
      const verzoek = http.get(url, { timeout: 30_000 }, (antwoord) => {
        antwoord.resume();
        if (antwoord.statusCode === 200) klaar();
        else setTimeout(probeer, 500);
      });
      verzoek.on("timeout", () => verzoek.destroy());
      verzoek.on("error", () => setTimeout(probeer, 500));
    };
    probeer();
  });
}

async function losseRekenhulp() {
  const poort = poortUitOmgeving();
  const host = "127.0.0.1";
  const code = await poortBezet(poort, host);
  if (code) {
    meldBezettePoort(
      poort,
      code,
      `Kies een andere poort, bijvoorbeeld: REKENTOOL_POORT=${poort + 1} npm start   (Windows PowerShell: $env:REKENTOOL_POORT=${poort + 1}; npm start)`,
    );
  }
  console.log("Geen Excel op dit systeem: de rekenhulp draait als losse webpagina.");
  console.log("Bezig met bouwen...");
  // webpack itself as the child (not through npx): a stop signal then reaches the server, not only a wrapper that
  // would leave it running on the port.
  const webpack = require.resolve("webpack-cli/bin/cli.js");
  const kind = spawn(process.execPath, [webpack, "serve", "--mode", "development", "--env", "standalone"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, REKENTOOL_POORT: String(poort) },
  });
  const stop = () => kind.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  // A process manager that stops only `npm start` leaves this script orphaned: stop the server with it.
  const ouder = process.ppid;
  setInterval(() => process.ppid !== ouder && stop(), 1000).unref();
  kind.on("exit", (exitCode, signaal) => process.exit(exitCode ?? (signaal ? 0 : 1)));
  const url = `http://${host}:${poort}/taskpane.html`;
  try {
    await wachtOpPagina(url, kind);
  } catch (fout) {
    console.error(`De rekenhulp start niet: ${fout.message}. De meldingen van de bouw staan hierboven.`);
    stop();
    process.exitCode = 1;
    return;
  }
  console.log(`Klaar. Open in uw browser: ${url}   (stoppen: Ctrl+C)`);
}

async function inExcel() {
  // The development manifest.xml points at https://localhost:3000, so only that port works for sideloading.
  const code = await poortBezet(STANDAARD_POORT, "localhost");
  if (code) {
    meldBezettePoort(
      STANDAARD_POORT,
      code,
      "Stop het programma dat de poort gebruikt (een eerdere sessie: npm stop). Voor Excel moet het 3000 zijn: manifest.xml wijst daarheen.",
    );
  }
  console.log("Excel gevonden: de invoegtoepassing wordt gebouwd en in Excel geladen (office-addin-debugging).");
  const kind = spawn(npx, ["office-addin-debugging", "start", "manifest.xml", "desktop"], { stdio: "inherit" });
  kind.on("exit", (exitCode) => process.exit(exitCode ?? 1));
}

(metExcel ? inExcel() : losseRekenhulp()).catch((fout) => {
  console.error(`npm start mislukt: ${fout && fout.message ? fout.message : fout}`);
  process.exit(1);
});
