// `npm start`: sideload into Excel where Excel exists (Windows, macOS); elsewhere serve the task pane as a
// standalone rekenhulp on this machine only (127.0.0.1) and say where.
const { spawn } = require("node:child_process");

const POORT = 3000;
const metExcel = process.platform === "win32" || process.platform === "darwin";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function draai(args) {
  const kind = spawn(npx, args, { stdio: "inherit" });
  kind.on("exit", (code) => process.exit(code ?? 1));
}

if (metExcel) {
  console.log("Excel gevonden: de invoegtoepassing wordt gebouwd en in Excel geladen (office-addin-debugging).");
  draai(["office-addin-debugging", "start", "manifest.xml", "desktop"]);
} else {
  console.log("Geen Excel op dit systeem: de rekenhulp draait als losse webpagina.");
  console.log(`Open in uw browser: http://127.0.0.1:${POORT}/taskpane.html   (stoppen: Ctrl+C)`);
  draai(["webpack", "serve", "--mode", "development", "--env", "standalone"]);
}
