/** SQLite rows of saved drafts: the draft itself as JSON, its upstream notice, and what became of it. */
import type { DraftSummary } from '../../../../shared/api/draftingContract';
import { draftSchema, type Draft } from '../../../../shared/drafting/draft';
import type { Db } from '../../db/openDatabase';
import type { DraftRepository, DraftStatus, StoredDraft } from '../draftingRepositories';

interface DraftRow extends Omit<StoredDraft, 'draft'> {
  title: string;
  draft: string;
}

const COLUMNS = `id, upstream_notice_id AS upstreamNoticeId, title, draft, status, issued_notice_id AS issuedNoticeId,
  created_at AS createdAt, updated_at AS updatedAt`;

export function draftRepo(db: Db): DraftRepository {
  const insert = db.prepare(`
    INSERT INTO drafts (upstream_notice_id, title, draft, status, created_at, updated_at)
    VALUES (@upstreamNoticeId, @title, @draft, 'draft', @at, @at)`);
  const get = db.prepare(`SELECT ${COLUMNS} FROM drafts WHERE id = ?`);
  const list = db.prepare(`SELECT ${COLUMNS} FROM drafts WHERE status <> 'withdrawn' ORDER BY updated_at DESC, id DESC`);
  const update = db.prepare('UPDATE drafts SET title = @title, draft = @draft, updated_at = @at WHERE id = @id');
  const setStatus = db.prepare('UPDATE drafts SET status = @status, issued_notice_id = @issuedNoticeId, updated_at = @at WHERE id = @id');

  return {
    async insert(entry: { upstreamNoticeId: number | null; draft: Draft }, at: string) {
      const row = { upstreamNoticeId: entry.upstreamNoticeId, title: entry.draft.title, draft: JSON.stringify(entry.draft), at };
      return Number(insert.run(row).lastInsertRowid);
    },
    async get(id: number) {
      const row = get.get(id) as DraftRow | undefined;
      // Parsed, not cast: the schema fills fields that drafts saved by earlier versions lack.
      return row ? { ...row, draft: draftSchema.parse(JSON.parse(row.draft)) } : null;
    },
    async list() {
      return (list.all() as DraftRow[]).map((row): DraftSummary => {
        const draft = JSON.parse(row.draft) as Draft;
        return {
          id: row.id,
          title: row.title,
          docNumber: draft.docNumber,
          upstreamDocNumber: draft.upstream?.docNumber ?? null,
          updatedAt: row.updatedAt,
          issuedNoticeId: row.issuedNoticeId,
        };
      });
    },
    async update(id: number, draft: Draft, at: string) {
      update.run({ id, title: draft.title, draft: JSON.stringify(draft), at });
    },
    async setStatus(id: number, status: DraftStatus, issuedNoticeId: number | null, at: string) {
      setStatus.run({ id, status, issuedNoticeId, at });
    },
  };
}
