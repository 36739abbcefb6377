/**
 * An error nobody foresaw, for whoever reads the log: the clerk is told in Chinese what failed and that
 * nothing was lost, never the library's English text (which may hold paths); the details go to stderr.
 */
export function logUnexpected(where: string, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`[公文台] ${where}: ${detail}\n`);
}
