import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo, seedNotice } from '../db/migrationKit';

const AT = '2025-04-20T02:00:00.000Z';

function migrated() {
  const db = databaseAt(19);
  const noticeId = seedNotice(db, {
    title: '太原市人民政府关于做好2025年安全生产工作的通知',
    docNumber: '并政发〔2025〕1号',
    issuer: '太原市人民政府',
  });
  migrateTo(db, 20);
  return { db, noticeId };
}

const insertNumber = (db: ReturnType<typeof databaseAt>, serial: number, draftId: number | null = null, state = 'reserved') =>
  db
    .prepare(
      `INSERT INTO issued_numbers (agency_code, year, serial, doc_number, state, draft_id, at) VALUES ('大政发', 2025, ?, ?, ?, ?, ?)`,
    )
    .run(serial, `大政发〔2025〕${serial}号`, state, draftId, AT);

describe('migration 20: drafting', () => {
  it('adds the drafting tables and leaves the archived notices as they were', () => {
    const { db, noticeId } = migrated();
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['organization', 'unit_mappings', 'localization_rules', 'templates', 'drafts', 'issued_numbers']),
    );
    expect(db.prepare('SELECT doc_number FROM notices WHERE id = ?').pluck().get(noticeId)).toBe('并政发〔2025〕1号');
  });

  it('never stores one 文号 twice', () => {
    const { db } = migrated();
    insertNumber(db, 1);
    expect(() => insertNumber(db, 1)).toThrow(/UNIQUE/);
  });

  it('lets a draft hold one live number at a time, a voided one aside', () => {
    const { db, noticeId } = migrated();
    db.prepare("INSERT INTO drafts (id, upstream_notice_id, title, draft, created_at, updated_at) VALUES (1, ?, '草稿', '{}', ?, ?)").run(
      noticeId,
      AT,
      AT,
    );
    insertNumber(db, 1, 1);
    expect(() => insertNumber(db, 2, 1)).toThrow(/UNIQUE/);
    db.prepare("UPDATE issued_numbers SET state = 'void' WHERE serial = 1").run();
    expect(() => insertNumber(db, 2, 1)).not.toThrow();
  });

  it('keeps a draft when its upstream notice is purged', () => {
    const { db, noticeId } = migrated();
    db.prepare("INSERT INTO drafts (id, upstream_notice_id, title, draft, created_at, updated_at) VALUES (1, ?, '草稿', '{}', ?, ?)").run(
      noticeId,
      AT,
      AT,
    );
    db.prepare('DELETE FROM notices WHERE id = ?').run(noticeId);
    expect(db.prepare('SELECT upstream_notice_id FROM drafts WHERE id = 1').pluck().get()).toBeNull();
  });

  it('accepts only the known states of a number and of a draft', () => {
    const { db } = migrated();
    expect(() => insertNumber(db, 1, null, 'lost')).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO drafts (title, draft, status, created_at, updated_at) VALUES ('x', '{}', 'printed', ?, ?)").run(AT, AT),
    ).toThrow(/CHECK/);
  });
});
