/** The command registry: one lazily loaded module per command, so start-up stays quick. */
import type { CliCommand } from './cliIo';

export interface CommandEntry {
  summary: string;
  load: () => Promise<CliCommand>;
}

export const COMMANDS: Record<string, CommandEntry> = {
  parse: {
    summary: 'parse FILE [--json]    解析一份公文并校对',
    load: async () => (await import('./commands/parse')).parseCommand,
  },
};
