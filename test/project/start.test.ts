import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { get } from "node:http";
import { createServer, type AddressInfo, type Server } from "node:net";
import { join } from "node:path";
import { verseKopie } from "../helpers/kopie";

/** A port that is free right now, on the address the standalone rekenhulp uses. */
async function vrijePoort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((klaar) => s.listen(0, "127.0.0.1", klaar));
  const { port } = s.address() as AddressInfo;
  await new Promise((klaar) => s.close(klaar));
  return port;
}

/** Runs `npm start` as a user does, in its own process group so that the server it starts stops with it. */
function npmStart(
  map: string,
  poort: number,
): { kind: ChildProcess; uitvoer: () => string; klaar: Promise<number | null> } {
  let tekst = "";
  const kind = spawn("npm", ["start"], {
    cwd: map,
    detached: true,
    env: { ...process.env, REKENTOOL_POORT: String(poort), CI: "true" },
  });
  kind.stdout!.on("data", (d) => (tekst += d));
  kind.stderr!.on("data", (d) => (tekst += d));
  const klaar = new Promise<number | null>((k) => kind.on("exit", (code) => k(code)));
  return { kind, uitvoer: () => tekst, klaar };
}

function stopGroep(kind: ChildProcess): void {
  try {
    process.kill(-kind.pid!, "SIGTERM");
  } catch {
    // already gone
  }
}

/** A timer that does not keep jest waiting once the test is over. */
function slaap(ms: number): Promise<void> {
  return new Promise((k) => setTimeout(k, ms).unref());
}

/** One GET without keep-alive (a pooled socket would outlive the server this test stops). */
function haal(url: string): Promise<{ status: number; tekst: string }> {
  return new Promise((klaar, mislukt) => {
    const verzoek = get(url, { agent: false, timeout: 10_000 }, (antwoord) => {
      let tekst = "";
      antwoord.setEncoding("utf8");
      antwoord.on("data", (d) => (tekst += d));
      antwoord.on("end", () => klaar({ status: antwoord.statusCode ?? 0, tekst }));
    });
    verzoek.on("timeout", () => verzoek.destroy(new Error(`${url} antwoordde niet binnen 10 s`)));
    verzoek.on("error", mislukt);
  });
}

async function wachtOp(voorwaarde: () => boolean, ms: number): Promise<boolean> {
  const einde = Date.now() + ms;
  while (Date.now() < einde) {
    if (voorwaarde()) return true;
    await new Promise((k) => setTimeout(k, 200));
  }
  return voorwaarde();
}

describe("npm start on a fresh clone (no dist/), as a user meets it", () => {
  test("prints 'Bezig met bouwen...', then within 60 s an address that serves the pane, functions and office.js", async () => {
    const kopie = verseKopie();
    const poort = await vrijePoort();
    expect(existsSync(join(kopie.map, "dist"))).toBe(false);
    const start = npmStart(kopie.map, poort);
    try {
      const begin = Date.now();
      const adresGezien = await wachtOp(() => /Open in uw browser: (\S+)/.test(start.uitvoer()), 60_000);
      expect([adresGezien, start.uitvoer()]).toEqual([true, expect.any(String)]);
      const seconden = (Date.now() - begin) / 1000;
      expect(seconden).toBeLessThan(60);
      const uitvoer = start.uitvoer();
      const adres = /Open in uw browser: (\S+)/.exec(uitvoer)![1];
      expect(adres).toBe(`http://127.0.0.1:${poort}/taskpane.html`);
      // "Bezig met bouwen..." comes first, and no address is shown before the page answers.
      expect(uitvoer.indexOf("Bezig met bouwen...")).toBeGreaterThanOrEqual(0);
      expect(uitvoer.indexOf("Bezig met bouwen...")).toBeLessThan(uitvoer.indexOf("Open in uw browser"));
      expect(uitvoer.match(new RegExp(`127\\.0\\.0\\.1:${poort}`, "g"))).toHaveLength(1);
      const basis = adres.replace(/taskpane\.html$/, "");
      for (const [bestand, inhoud] of [
        ["taskpane.html", /<script[^>]+office-js\/office\.js/],
        ["functions.js", /standaardbudget/i],
        ["functions.json", /"STANDAARDBUDGET"/],
        ["office-js/office.js", /Office/],
      ] as const) {
        const antwoord = await haal(basis + bestand);
        expect([bestand, antwoord.status]).toEqual([bestand, 200]);
        expect(antwoord.tekst).toMatch(inhoud);
      }
      // The dev server serves from memory: nothing was written to disk that a later run could mistake for a build.
      expect(existsSync(join(kopie.map, "dist"))).toBe(false);
    } finally {
      stopGroep(start.kind);
      await Promise.race([start.klaar, slaap(5000)]);
      kopie.opruimen();
    }
  }, 90_000);

  test("stopping the start script alone (not its process group) stops the server: the port is free again", async () => {
    const kopie = verseKopie();
    const poort = await vrijePoort();
    const kind = spawn(process.execPath, ["scripts/start.js"], {
      cwd: kopie.map,
      env: { ...process.env, REKENTOOL_POORT: String(poort) },
    });
    let tekst = "";
    kind.stdout.on("data", (d) => (tekst += d));
    try {
      expect(await wachtOp(() => tekst.includes("Open in uw browser"), 60_000)).toBe(true);
      kind.kill("SIGINT");
      const vrij = async () => {
        const s = createServer();
        const gelukt = await new Promise<boolean>((k) => {
          s.once("error", () => k(false));
          s.listen(poort, "127.0.0.1", () => k(true));
        });
        if (gelukt) await new Promise((k) => s.close(k));
        return gelukt;
      };
      let isVrij = false;
      for (let i = 0; i < 25 && !isVrij; i++) {
        isVrij = await vrij();
        if (!isVrij) await slaap(200);
      }
      expect(isVrij).toBe(true);
    } finally {
      kind.kill("SIGKILL");
      kopie.opruimen();
    }
  }, 90_000);

  test("a port already in use gets a message naming it and how to choose another, and no hang", async () => {
    const kopie = verseKopie();
    const bezet: Server = createServer();
    await new Promise<void>((klaar) => bezet.listen(0, "127.0.0.1", klaar));
    const poort = (bezet.address() as AddressInfo).port;
    const start = npmStart(kopie.map, poort);
    try {
      const code = await Promise.race([start.klaar, slaap(20_000).then(() => "hangt")]);
      expect(code).not.toBe("hangt");
      expect(code).not.toBe(0);
      expect(start.uitvoer()).toContain(`Poort ${poort} is al in gebruik`);
      expect(start.uitvoer()).toContain(`REKENTOOL_POORT=${poort + 1} npm start`);
      expect(start.uitvoer()).not.toMatch(/Open in uw browser|at .*\.js:\d+/);
    } finally {
      stopGroep(start.kind);
      bezet.close();
      kopie.opruimen();
    }
  }, 30_000);

  test("a REKENTOOL_POORT that is not a port number is refused in Dutch", async () => {
    const kopie = verseKopie();
    const kind = spawn("node", ["scripts/start.js"], {
      cwd: kopie.map,
      env: { ...process.env, REKENTOOL_POORT: "drieduizend" },
    });
    let tekst = "";
    kind.stderr.on("data", (d) => (tekst += d));
    const code = await new Promise((k) => kind.on("exit", k));
    kopie.opruimen();
    expect(code).toBe(2);
    expect(tekst).toContain("REKENTOOL_POORT moet een heel getal van 1024 t/m 65535 zijn");
  });
});
