import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");

/** `npm test` builds first (pretest); a lone jest run builds when dist/ is missing. */
export function zorgVoorBuild(): void {
  if (!existsSync(join(DIST, "functions.json")) || !existsSync(join(DIST, "taskpane.html"))) {
    execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "ignore" });
  }
}
