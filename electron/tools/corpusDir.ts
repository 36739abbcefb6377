/** Where the team's corpus lives: ../shared/corpus beside the project root (GONGWEN_CORPUS overrides). */
import { resolve } from 'node:path';

export function corpusDir(): string {
  return process.env.GONGWEN_CORPUS ?? resolve(import.meta.dirname, '../../../shared/corpus');
}
