/** A file that did not reach the archive, as a row of the results list: its name and the reason. */
import type { ImportOutcome } from '../../shared/api/archiveContract';

export function failedOutcome(fileName: string, message: string): ImportOutcome {
  return { fileName, status: 'failed', noticeId: null, docNumber: null, title: null, message, duplicates: [] };
}
