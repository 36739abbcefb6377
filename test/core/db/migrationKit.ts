/** Helpers for migration tests: a database brought to a given version, and notice rows seeded with plain SQL. */
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
      `hash-${seed.docNumber}-${seed.title}`, issuer, issuer, seed.docNumber, agencyCode, seed.title,
      seed.importedAt ?? '2025-03-01T02:00:00.000Z', seed.deletedAt ?? null,
    );
  const id = Number(info.lastInsertRowid);
  db.prepare('INSERT INTO notice_texts (notice_id, original_text, parsed) VALUES (?, ?, ?)').run(id, text, encodeParsed(notice({ issuer, title: seed.title })));
  return id;
}
