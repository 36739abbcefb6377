/** Reads the team's corpus (../shared/corpus beside the project root) and the repository's own fixtures. */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../shared/corpus');
export const FIXTURES_DIR = resolve(import.meta.dirname, 'fixtures');

export const CORPUS_NAMES = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''))
  .sort();

/** The five notices exactly as clerks receive them (the folder's subfolders hold other sets). */
export const CORPUS_FILES = CORPUS_NAMES.map((name) => resolve(CORPUS_DIR, `${name}.txt`));

export function corpusText(name: string): string {
  return readFileSync(resolve(CORPUS_DIR, `${name}.txt`), 'utf8');
}

export function fixtureText(relativePath: string): string {
  return readFileSync(resolve(FIXTURES_DIR, relativePath), 'utf8');
}
