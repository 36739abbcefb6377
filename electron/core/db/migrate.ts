/**
 * The migration runner: numbered, forward-only migrations tracked by `PRAGMA user_version` alone, each
 * applied in one transaction together with the new version number. Numbers may have gaps (1–5, then 20 and
 * up), must be strictly increasing; that a new migration is numbered above every shipped one is held by the
 * migration list's test (migrations/index.ts). Each migration is frozen: its own SQL, importing nothing live.
 */
import type { Db } from './openDatabase';

export interface Migration {
  version: number;
  /** Short kebab-case name, the file's name without its number. */
  name: string;
  up(db: Db): void;
  /**
   * Rebuilds a table others reference: foreign keys are switched off around its transaction (SQLite's
   * own procedure; inside a transaction the switch is ignored), and checked before it commits.
   */
  rebuildsTable?: boolean;
}

/** A database this program cannot safely use: written by a newer version, or a broken migration list. */
export class MigrationError extends Error {}

/** Throws on an empty, unnumbered, duplicated or out-of-order list: a programming error, caught by tests. */
export function checkMigrationList(migrations: readonly Migration[]): void {
  let previous = 0;
  for (const migration of migrations) {
    if (!Number.isInteger(migration.version) || migration.version < 1) {
      throw new Error(`Migration "${migration.name}" has an invalid version ${migration.version}.`);
    }
    if (migration.version === previous) throw new Error(`Migration version ${migration.version} appears twice.`);
    if (migration.version < previous) {
      throw new Error(
        `Migration ${migration.version} ("${migration.name}") comes after ${previous}: the list must be in increasing order.`,
      );
    }
    previous = migration.version;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export interface MigrationOutcome {
  from: number;
  to: number;
  applied: number[];
}

/** Brings the database up to the last migration of the list (or to `target`). */
export function migrate(db: Db, migrations: readonly Migration[], target?: number): MigrationOutcome {
  checkMigrationList(migrations);
  const from = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) {
    throw new MigrationError(`数据库版本（${from}）比本程序支持的版本（${latest}）新，请升级公文台后再打开。`);
  }
  const applied: number[] = [];
  for (const migration of migrations) {
    if (migration.version <= from || (target !== undefined && migration.version > target)) continue;
    const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
    if (migration.rebuildsTable) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        migration.up(db);
        if (migration.rebuildsTable && (db.pragma('foreign_key_check') as unknown[]).length > 0) {
          throw new MigrationError(`Migration ${migration.version} would leave broken references.`);
        }
        db.pragma(`user_version = ${migration.version}`);
      }).immediate();
    } finally {
      if (migration.rebuildsTable) db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
    }
    applied.push(migration.version);
  }
  return { from, to: schemaVersion(db), applied };
}
