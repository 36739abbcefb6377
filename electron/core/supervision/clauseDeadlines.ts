/**
 * The deadline each clause's text names, stored with the clause when it is archived so that 今日待办 reads
 * deadlines with SQL. Clauses archived before that (migration 29) are read here once, a few notices per unit
 * of work so that other writers are not held up.
 */
import { taskDeadline } from '../../../shared/supervision/taskDeadline';
import { decodeParsed } from '../archive/parsedRecord';
import type { CoreRepositories, CoreStore } from '../store/coreRepositories';

/** Notices read per unit of work (a few ms each). */
const READ_BATCH = 32;

/** `noticeDate`: the notice's 成文日期, else the day it was archived (YYYY-MM-DD). */
export const textDuesOf = (clauseTexts: string[], noticeDate: string): (string | null)[] =>
  clauseTexts.map((text) => taskDeadline(text, noticeDate));

/** The texts of the notice's clauses, by position, from its parsed record. */
export async function clauseTextsOf(tx: CoreRepositories, noticeId: number): Promise<string[]> {
  const stored = await tx.notices.parsedOf(noticeId);
  return stored ? decodeParsed(stored.parsed, stored.originalText).clauses.map((c) => c.text) : [];
}

/** Reads and stores the text deadlines of every clause archived before they were stored. */
export async function readUnreadTextDues(store: CoreStore): Promise<void> {
  for (;;) {
    const read = await store.write(async (tx) => {
      const unread = await tx.clauses.unreadTextDues(READ_BATCH);
      for (const { noticeId, noticeDate } of unread)
        await tx.clauses.setTextDues(noticeId, textDuesOf(await clauseTextsOf(tx, noticeId), noticeDate));
      return unread.length;
    });
    if (read < READ_BATCH) return;
  }
}

/**
 * A read that counts on every clause's deadline being stored (the agenda, the ledger's filters): those of an
 * archive from before they were stored are read and stored first, once. A restore can bring unread ones back
 * between the reading and the read, hence the loop.
 */
export async function readWithTextDues<T>(store: CoreStore, read: (tx: CoreRepositories) => Promise<T>): Promise<T> {
  for (;;) {
    const done = await store.read(async (tx) => ((await tx.clauses.unreadTextDues(1)).length > 0 ? undefined : { value: await read(tx) }));
    if (done) return done.value;
    await readUnreadTextDues(store);
  }
}
