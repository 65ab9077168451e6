import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { ROOT } from "./build";

/** The command line run in-process, as a user types it: its exit code and what it printed. */
export async function draai(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/**
 * The installed command (bin/rekentool.js, threads and all), with the file jobs' segments of `segment` bytes or
 * characters (REKENTOOL_SEGMENT), or the default. The summary's first line holds the run's duration: masked.
 */
export function draaiMetSegmenten(segment: number | null, ...args: string[]) {
  const env = { ...process.env };
  if (segment === null) delete env.REKENTOOL_SEGMENT;
  else env.REKENTOOL_SEGMENT = String(segment);
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "rekentool.js"), ...args], { encoding: "utf8", env });
  return { code: r.status, stdout: r.stdout.replace(/\(\d+,\d s\)/, "(t)"), stderr: r.stderr };
}
