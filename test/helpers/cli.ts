import { main } from "../../src/cli/main";

/** The command line run in-process, as a user types it: its exit code and what it printed. */
export async function draai(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}
