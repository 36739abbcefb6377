/**
 * What makes a SQLite file one of our archives, decided before anything writes to it. New archives carry
 * our PRAGMA application_id from the moment they exist (migration 21 marks older ones); an archive from
 * before that mark is recognised by what the old runner always left: a schema_migrations table beside
 * the notices, with a user_version it knows. Anything else — another program's database, an empty or a
 * text file, an archive of a newer version — is refused with a Chinese sentence naming only the file.
 */
import Database from 'better-sqlite3';
import { closeSync, copyFileSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** "GWDT" in the file header (offset 68), so a file says what it is even to tools that know nothing else. */
export const ARCHIVE_APPLICATION_ID = 0x47574454;

/** The last version an archive could reach without the mark (migration 21 sets it). */
const LAST_UNMARKED_VERSION = 20;

const SQLITE_MAGIC = 'SQLite format 3\0';
const HEADER_SIZE = 100;

export type ArchiveIdentity =
  | { kind: 'archive'; version: number }
  | { kind: 'refused'; reason: 'empty' | 'not-sqlite' | 'foreign' | 'newer' | 'unreadable'; message: string };

function refused(
  reason: Exclude<ArchiveIdentity, { kind: 'archive' }>['reason'],
  path: string,
  latest: number,
  version = 0,
): ArchiveIdentity {
  const name = `“${basename(path)}”`;
  const message = {
    empty: `文件${name}是空文件，不是公文台档案，未作任何改动。`,
    'not-sqlite': `文件${name}不是数据库文件，不是公文台档案，未作任何改动。`,
    foreign: `文件${name}是其他程序的数据库，不是公文台档案，未作任何改动。`,
    newer: `档案${name}来自更新版本的公文台（版本${version}，本程序支持到${latest}），请升级公文台后再打开，未作任何改动。`,
    unreadable: `无法读取文件${name}（可能已损坏或没有读取权限），未作任何改动。`,
  }[reason];
  return { kind: 'refused', reason, message };
}

function readHeader(path: string): Buffer {
  const header = Buffer.alloc(HEADER_SIZE);
  const fd = openSync(path, 'r');
  try {
    return header.subarray(0, readSync(fd, header, 0, HEADER_SIZE, 0));
  } finally {
    closeSync(fd);
  }
}

/** Whether committed pages wait in the -wal file, so the main file's header may be behind. */
function hasWalFrames(path: string): boolean {
  try {
    return statSync(`${path}-wal`).size > 0;
  } catch {
    return false;
  }
}

/** The version and tables as of the last commit, through a read-only connection. */
function readSchema(path: string): { version: number; tables: Set<string> } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
    return { version, tables };
  } finally {
    db.close();
  }
}

/**
 * The schema of a file that has no -wal beside it, read from a private copy: a read-only connection to a
 * WAL-mode file creates -wal and -shm files beside it, and another program's folder must stay as it was.
 */
function readSchemaOfCopy(path: string): { version: number; tables: Set<string> } {
  const folder = mkdtempSync(join(tmpdir(), 'gongwen-identify-'));
  try {
    const copy = join(folder, 'copy.db');
    copyFileSync(path, copy);
    return readSchema(copy);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Decides without writing a byte, from the file's header where it can, asking SQLite only when the header
 * cannot answer: an unmarked file whose version an old archive could have (read from a copy: an archive
 * is opened this way once, before migration 21 marks it), or commits still waiting in the -wal file.
 * `latest` is the newest version this program knows.
 */
export function identifyArchive(path: string, latest: number): ArchiveIdentity {
  let header: Buffer;
  try {
    header = readHeader(path);
  } catch {
    return refused('unreadable', path, latest);
  }
  if (header.length === 0) return refused('empty', path, latest);
  if (header.length < HEADER_SIZE || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) return refused('not-sqlite', path, latest);
  const applicationId = header.readUInt32BE(68);
  if (applicationId !== 0 && applicationId !== ARCHIVE_APPLICATION_ID) return refused('foreign', path, latest);
  const walFrames = hasWalFrames(path);
  const headerVersion = header.readUInt32BE(60);
  const couldBeUnmarkedArchive = walFrames || (headerVersion >= 1 && headerVersion <= LAST_UNMARKED_VERSION);
  if (applicationId === 0 && !couldBeUnmarkedArchive) return refused('foreign', path, latest);
  let version = headerVersion;
  if (applicationId === 0 || walFrames) {
    try {
      const schema = walFrames ? readSchema(path) : readSchemaOfCopy(path);
      version = schema.version;
      const unmarkedArchive =
        schema.tables.has('schema_migrations') && schema.tables.has('notices') && version >= 1 && version <= LAST_UNMARKED_VERSION;
      if (applicationId === 0 && !unmarkedArchive) return refused('foreign', path, latest);
    } catch {
      return refused('unreadable', path, latest);
    }
  }
  if (version > latest) return refused('newer', path, latest, version);
  return { kind: 'archive', version };
}
