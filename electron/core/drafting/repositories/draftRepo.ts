/** SQL of saved drafts: the draft itself as JSON, its upstream notice, and what became of it. */
import type { Db } from '../../db/openDatabase';

export type DraftStatus = 'draft' | 'issued' | 'withdrawn';

export interface DraftRow {
  id: number;
  upstreamNoticeId: number | null;
  title: string;
  draft: string;
  status: DraftStatus;
  issuedNoticeId: number | null;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = `id, upstream_notice_id AS upstreamNoticeId, title, draft, status, issued_notice_id AS issuedNoticeId,
  created_at AS createdAt, updated_at AS updatedAt`;

export function draftRepo(db: Db) {
  const insert = db.prepare(`
    INSERT INTO drafts (upstream_notice_id, title, draft, status, created_at, updated_at)
    VALUES (@upstreamNoticeId, @title, @draft, 'draft', @at, @at)`);
  const get = db.prepare(`SELECT ${COLUMNS} FROM drafts WHERE id = ?`);
  const list = db.prepare(`SELECT ${COLUMNS} FROM drafts WHERE status <> 'withdrawn' ORDER BY updated_at DESC, id DESC`);
  const update = db.prepare('UPDATE drafts SET title = @title, draft = @draft, updated_at = @at WHERE id = @id');
  const setStatus = db.prepare('UPDATE drafts SET status = @status, issued_notice_id = @issuedNoticeId, updated_at = @at WHERE id = @id');
  return {
    insert: (row: { upstreamNoticeId: number | null; title: string; draft: string }, at: string) =>
      Number(insert.run({ ...row, at }).lastInsertRowid),
    get: (id: number) => (get.get(id) as DraftRow | undefined) ?? null,
    list: () => list.all() as DraftRow[],
    update: (id: number, title: string, draft: string, at: string) => update.run({ id, title, draft, at }),
    setStatus: (id: number, status: DraftStatus, issuedNoticeId: number | null, at: string) =>
      setStatus.run({ id, status, issuedNoticeId, at }),
  };
}

export type DraftRepo = ReturnType<typeof draftRepo>;
