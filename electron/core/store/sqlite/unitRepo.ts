/**
 * SQLite rows of responsible units (责任单位) as shared records: one row per unit name however it was written
 * (full/half-width brackets, stray spaces), so one unit's tasks can be listed across every notice.
 */
import type { UnitSummary } from '../../../../shared/api/searchContract';
import { foldForSearch } from '../../archive/search/searchText';
import type { Db } from '../../db/openDatabase';
import type { ResolvedUnit } from '../../../../shared/units/resolveUnit';
import type { ResolvedUnitRow, StoredResolvedUnit, UnitMention, UnitRepository, UnitTaskRow } from '../archiveRepositories';

/** A resolved unit's row: its jurisdiction as a code and a name. */
type StoredRow<T extends StoredResolvedUnit> = Omit<T, 'jurisdiction'> & { code: string | null; jurisdictionName: string | null };

function jurisdictionOf(code: string | null, name: string | null): ResolvedUnit['jurisdiction'] {
  // The level is the code's: twelve digits, zeros after the part that names the division.
  const level = !code
    ? null
    : code.endsWith('0000000000')
      ? 'province'
      : code.endsWith('00000000')
        ? 'city'
        : code.endsWith('000000')
          ? 'county'
          : 'township';
  return code && name && level ? { code, name, level } : null;
}

/**
 * Each unit's tasks, lead tasks and notices (by the unit as written or as resolved), in a CTE named `live`:
 * counted over every notice from the unit's index alone (migration 31), less those of the few notices in the
 * recycle bin. Joining every task to its notice to drop those took seconds at 100,000 notices. A notice's
 * tasks are all in the bin or none, so its notices subtract as its tasks do.
 */
function liveCounts(column: 'unit_id' | 'resolved_unit_id'): string {
  return `
    counted AS (
      SELECT ${column} AS id, count(*) AS tasks, sum(role = 'lead') AS leads, count(DISTINCT notice_id) AS notices
      FROM clause_units WHERE ${column} IS NOT NULL GROUP BY ${column}),
    binned AS (
      SELECT cu.${column} AS id, count(*) AS tasks, sum(cu.role = 'lead') AS leads, count(DISTINCT cu.notice_id) AS notices
      FROM notices n CROSS JOIN clause_units cu ON cu.notice_id = n.id
      WHERE n.deleted_at IS NOT NULL AND cu.${column} IS NOT NULL GROUP BY cu.${column}),
    live AS (
      SELECT c.id, c.tasks - coalesce(b.tasks, 0) AS taskCount, c.leads - coalesce(b.leads, 0) AS leadCount,
        c.notices - coalesce(b.notices, 0) AS noticeCount
      FROM counted c LEFT JOIN binned b ON b.id = c.id WHERE c.tasks > coalesce(b.tasks, 0))`;
}

/** The notices in the recycle bin (few), from their index. */
const BINNED = 'SELECT id FROM notices WHERE deleted_at IS NOT NULL';

/** Unit ids by name, for the clause repository inside the same write. */
export interface UnitIds {
  /** The unit's id, created on first sight; null for a name that folds to nothing. */
  idFor(name: string): number | null;
}

export function unitRepo(db: Db): UnitRepository & UnitIds {
  const find = db.prepare('SELECT id FROM units WHERE name_key = ?').pluck();
  const insert = db.prepare('INSERT INTO units (name, name_key) VALUES (?, ?)');
  const TASK_SELECT = `
    SELECT n.id AS noticeId, n.doc_number AS docNumber, n.title, n.signed_date AS signedDate, c.position, c.number, c.path,
      c.heading, cu.role, cu.inherited, r.status, r.due_date AS dueDate, u.name AS unitName, cu.resolved_unit_id AS resolvedId
    FROM units u
    JOIN clause_units cu ON cu.unit_id = u.id
    JOIN clauses c ON c.notice_id = cu.notice_id AND c.position = cu.position
    JOIN notices n ON n.id = c.notice_id AND n.deleted_at IS NULL
    LEFT JOIN registrations r ON r.notice_id = n.id`;
  const ORDER = 'ORDER BY n.signed_date DESC, n.id DESC, c.position, cu.inherited, cu.seq';
  const exactTasks = db.prepare(`${TASK_SELECT} WHERE u.name_key = ? ${ORDER}`);
  const containingTasks = db.prepare(`${TASK_SELECT} WHERE instr(u.name_key, ?) > 0 ${ORDER}`);
  const resolvedTasks = db.prepare(`${TASK_SELECT} WHERE cu.resolved_unit_id IN (SELECT value FROM json_each(?)) ${ORDER}`);
  const unresolved = db.prepare(`
    SELECT cu.notice_id AS noticeId, cu.position, cu.inherited, cu.seq, u.name, n.issuer, n.agency_code AS agencyCode
    FROM clause_units cu JOIN units u ON u.id = cu.unit_id JOIN notices n ON n.id = cu.notice_id
    WHERE cu.resolved_unit_id IS NULL`);
  const anyUnresolved = db.prepare('SELECT EXISTS (SELECT 1 FROM clause_units WHERE resolved_unit_id IS NULL)').pluck();
  const findResolved = db.prepare('SELECT id FROM resolved_units WHERE key = ?').pluck();
  const insertResolved = db.prepare(`
    INSERT INTO resolved_units (key, name, kind, group_id, jurisdiction_code, jurisdiction_name, office) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const storedName = db.prepare('SELECT name FROM units WHERE name_key = ?').pluck();
  const setResolved = db.prepare(
    'UPDATE clause_units SET resolved_unit_id = ? WHERE notice_id = ? AND position = ? AND inherited = ? AND seq = ?',
  );
  const resolvedList = db.prepare(`
    WITH ${liveCounts('resolved_unit_id')}
    SELECT r.id, r.key, r.name, r.kind, r.group_id AS groupId, r.jurisdiction_code AS code, r.jurisdiction_name AS jurisdictionName,
      r.office, l.taskCount, l.leadCount, l.noticeCount
    FROM live l JOIN resolved_units r ON r.id = l.id
    ORDER BY l.taskCount DESC, r.name`);
  const summaries = db.prepare(`
    WITH ${liveCounts('unit_id')}
    SELECT u.name, l.taskCount, l.leadCount, l.noticeCount
    FROM live l JOIN units u ON u.id = l.id
    ORDER BY l.taskCount DESC, u.name`);
  // Found through each unit's own tasks (an index), not by counting every task as resolvedList does:
  // at 100,000 notices that count reads millions of index entries, and search needs only which units there are.
  // A task's notice is checked against the few in the recycle bin, listed once, not looked up in the notices.
  const liveResolvedList = db.prepare(`
    SELECT r.id, r.key, r.name, r.kind, r.group_id AS groupId, r.jurisdiction_code AS code, r.jurisdiction_name AS jurisdictionName,
      r.office
    FROM resolved_units r WHERE EXISTS (
      SELECT 1 FROM clause_units cu WHERE cu.resolved_unit_id = r.id AND cu.notice_id NOT IN (${BINNED}))`);
  const names = db
    .prepare(
      `SELECT DISTINCT u.name FROM units u
       WHERE EXISTS (SELECT 1 FROM clause_units cu WHERE cu.unit_id = u.id AND cu.notice_id NOT IN (${BINNED})) ORDER BY u.name`,
    )
    .pluck();

  const organizations = db.prepare(`
    SELECT DISTINCT u.name AS written, r.name AS organization
    FROM clause_units cu JOIN units u ON u.id = cu.unit_id JOIN resolved_units r ON r.id = cu.resolved_unit_id
    WHERE cu.notice_id = ?`);

  function resolvedIdOf(unit: ResolvedUnit): number {
    const j = unit.jurisdiction;
    return (
      (findResolved.get(unit.key) as number | undefined) ??
      Number(
        insertResolved.run(unit.key, unit.name, unit.kind, unit.groupId, j?.code ?? null, j?.name ?? null, unit.office).lastInsertRowid,
      )
    );
  }

  const taskRows = (rows: unknown[]) =>
    (rows as (Omit<UnitTaskRow, 'inherited'> & { inherited: number; resolvedId: number | null })[]).map(
      ({ resolvedId, ...row }): UnitTaskRow & { resolvedId: number | null } => ({ ...row, inherited: row.inherited === 1, resolvedId }),
    );

  return {
    organizationsOf: async (noticeId) => organizations.all(noticeId) as { written: string; organization: string }[],
    idFor(name) {
      const key = foldForSearch(name);
      if (key === '') return null;
      const id = find.get(key) as number | undefined;
      return id ?? Number(insert.run(name.trim(), key).lastInsertRowid);
    },
    async tasks(name) {
      const key = foldForSearch(name);
      const exact = exactTasks.all(key);
      return taskRows(exact.length > 0 || key === '' ? exact : containingTasks.all(key)).map(({ resolvedId: _, ...row }) => row);
    },
    async tasksOfResolved(ids) {
      return taskRows(resolvedTasks.all(JSON.stringify(ids))).map((row) => ({ ...row, resolvedId: row.resolvedId ?? 0 }));
    },
    async unresolvedMentions() {
      const rows = unresolved.all() as (Omit<UnitMention, 'inherited'> & { inherited: number })[];
      return rows.map((row) => ({ ...row, inherited: row.inherited === 1 }));
    },
    hasUnresolved: async () => anyUnresolved.get() === 1,
    async saveResolution(mentions, unit) {
      const id = resolvedIdOf(unit);
      for (const m of mentions) setResolved.run(id, m.noticeId, m.position, m.inherited ? 1 : 0, m.seq);
    },
    resolvedIdOf: async (unit) => resolvedIdOf(unit),
    async storedNames(written) {
      const byKey = new Map<string, string>();
      const stored = new Map<string, string>();
      for (const name of written) {
        const key = foldForSearch(name);
        if (key === '') continue;
        let as = byKey.get(key);
        if (as === undefined) {
          as = (storedName.get(key) as string | undefined) ?? name.trim();
          byKey.set(key, as);
        }
        stored.set(name, as);
      }
      return stored;
    },
    async clearResolutions() {
      db.exec('UPDATE clause_units SET resolved_unit_id = NULL; DELETE FROM resolved_units;');
    },
    resolvedUnits: async (): Promise<ResolvedUnitRow[]> =>
      (resolvedList.all() as StoredRow<ResolvedUnitRow>[]).map(({ code, jurisdictionName, ...row }) => ({
        ...row,
        jurisdiction: jurisdictionOf(code, jurisdictionName),
      })),
    liveResolvedUnits: async (): Promise<StoredResolvedUnit[]> =>
      (liveResolvedList.all() as StoredRow<StoredResolvedUnit>[]).map(({ code, jurisdictionName, ...row }) => ({
        ...row,
        jurisdiction: jurisdictionOf(code, jurisdictionName),
      })),
    summaries: async () => summaries.all() as UnitSummary[],
    names: async () => names.all() as string[],
  };
}
