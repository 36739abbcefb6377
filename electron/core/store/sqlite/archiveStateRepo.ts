/** The archive's generation, from the archive_state row (backup/archiveState.ts owns its meaning). */
import { readGeneration } from '../../backup/archiveState';
import type { Db } from '../../db/openDatabase';
import type { ArchiveStateRepository } from '../archiveRepositories';

export function archiveStateRepo(db: Db): ArchiveStateRepository {
  return {
    generation: async () => readGeneration(db),
  };
}
