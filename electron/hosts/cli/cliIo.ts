/** What a command line command may touch: its output streams and a way to fail with a clerk's sentence. */

export interface CliIo {
  /** Results: what the user asked for. */
  out(text: string): void;
  /** Progress and logs. */
  log(text: string): void;
}

/** A failure the user caused (missing file, bad flag): printed as one Chinese line, no stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export type CliCommand = (args: string[], io: CliIo) => Promise<number>;

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  log: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};
