/**
 * Helpers for migration tests: a database brought to a given version, an archive file as the runner before
 * migration 21 left it, notice rows seeded with plain SQL, and the query plan of a statement.
 */
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { migrate } from '../../../electron/core/db/migrate';
import type { Db } from '../../../electron/core/db/openDatabase';
import { encodeParsed } from '../../../electron/core/archive/parsedRecord';
import { notice } from '../../shared/noticeFixture';

/** An in-memory database with migrations up to and including `version`. */
export function databaseAt(version: number): Db {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS, version);
  return db;
}

export function migrateTo(db: Db, version: number) {
  return migrate(db, MIGRATIONS, version);
}

export interface SeedNotice {
  title: string;
  docNumber: string;
  issuer?: string;
  text?: string;
  importedAt?: string;
  deletedAt?: string | null;
}

/** Inserts a notice row as migration 1 defines it; returns its id. */
export function seedNotice(db: Db, seed: SeedNotice): number {
  const issuer = seed.issuer ?? '大宁县人民政府';
  const text = seed.text ?? `${issuer}文件\n${seed.docNumber}\n${seed.title}\n各乡镇：\n一、做好燃气安全检查。`;
  const agencyCode = seed.docNumber.replace(/〔.*$/, '');
  const info = db
    .prepare(
      `INSERT INTO notices (content_hash, issuer, issuer_key, doc_number, agency_code, title, doc_kind, source_name, source_format,
         imported_at, deleted_at)
       VALUES (?, ?, ?, ?, ?, ?, '通知', 'seed.txt', 'txt', ?, ?)`,
    )
    .run(
      `hash-${seed.docNumber}-${seed.title}`,
      issuer,
      issuer,
      seed.docNumber,
      agencyCode,
      seed.title,
      seed.importedAt ?? '2025-03-01T02:00:00.000Z',
      seed.deletedAt ?? null,
    );
  const id = Number(info.lastInsertRowid);
  db.prepare('INSERT INTO notice_texts (notice_id, original_text, parsed) VALUES (?, ?, ?)').run(
    id,
    text,
    encodeParsed(notice({ issuer, title: seed.title }), text),
  );
  return id;
}

/**
 * An archive file at `version` (≤ 20) as the migration runner before migration 21 left it: a
 * schema_migrations table repeating the version, no application_id.
 */
export function legacyArchiveFile(path: string, version: number, seed: (db: Db) => void = () => undefined): void {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  migrate(db, MIGRATIONS, version);
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, '2025-01-01T00:00:00.000Z')");
  for (const m of MIGRATIONS.filter((m) => m.version <= version)) record.run(m.version, m.name);
  seed(db);
  db.close();
}

/** The details of EXPLAIN QUERY PLAN, one string per step. */
export function queryPlan(db: Db, sql: string, ...params: unknown[]): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail);
}
