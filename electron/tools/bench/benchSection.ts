/** A section of `npm run bench`: prints readable figures through `say` and returns its keys for --json. */
export interface BenchContext {
  /** Print one human-readable line (to stdout, or stderr under --json so the JSON stays last). */
  say(line: string): void;
  /** Folder of the team's corpus (../shared/corpus beside the project). */
  corpusDir: string;
  /** A scratch folder removed after the run. */
  tmpDir: string;
}

export type BenchSection = (ctx: BenchContext) => Promise<Record<string, unknown>>;
