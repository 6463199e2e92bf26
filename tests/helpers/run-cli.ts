/** Runs the CLI in-process through main() with collecting streams: its exit code, stdout and stderr. */
import { main } from "../../lib/cli/main";

export async function runCli(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main([...argv], { write: (s: string) => ((stdout += s), true) } as never, { write: (s: string) => ((stderr += s), true) } as never);
  return { code, stdout, stderr };
}
