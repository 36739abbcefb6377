/** The command line run in this process, as `npm run cli` would run it: its exit code, stdout and stderr lines. */
import { runCli } from '../../../electron/hosts/cli/main';

export async function cli(...argv: string[]): Promise<{ code: number; out: string; log: string }> {
  const out: string[] = [];
  const log: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), log: (t) => log.push(t) });
  return { code, out: out.join('\n'), log: log.join('\n') };
}
