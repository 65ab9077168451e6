import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./build";

/** What a fresh clone has that building and starting need; no dist/, so nothing is left over from a build. */
const DELEN = [
  "src",
  "scripts",
  "assets",
  "hosting",
  "manifest.xml",
  "package.json",
  "webpack.config.js",
  "tsconfig.json",
];

/**
 * A copy of the project as a fresh clone has it after `npm ci`: the sources, no dist/, and the installed
 * node_modules linked in (installing again would only test npm).
 */
export function verseKopie(): { map: string; opruimen: () => void } {
  const map = mkdtempSync(join(tmpdir(), "rekentool-kopie-"));
  for (const deel of DELEN) cpSync(join(ROOT, deel), join(map, deel), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(map, "node_modules"), "dir");
  return { map, opruimen: () => rmSync(map, { recursive: true, force: true }) };
}
