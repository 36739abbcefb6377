/**
 * Migration 22: 收文办理 and 督办. A registered notice moves through stages (登记 → 拟办 → 批办 → 承办/传阅 →
 * 办结), each step kept with who, when and what; every (clause × responsible unit) becomes a task with its own
 * deadline (null: follow the notice's 办理期限), status and feedback entries (an attached file optional); a
 * unit may have a contact for 催办. Existing notices get their tasks and, where a 拟办意见 was written, that step.
 */
import type { Migration } from '../migrate';

export const supervisionMigration: Migration = {
  version: 22,
  name: 'supervision',
  up(db) {
    db.exec(`
      ALTER TABLE registrations ADD COLUMN stage TEXT NOT NULL DEFAULT 'registered'
        CHECK (stage IN ('registered', 'proposed', 'instructed', 'undertaking', 'closed'));
      UPDATE registrations SET stage = CASE
        WHEN status = 'done' THEN 'closed'
        WHEN status = 'in_progress' THEN 'undertaking'
        WHEN proposal IS NOT NULL THEN 'proposed'
        ELSE 'registered' END;

      CREATE TABLE flow_steps (
        id INTEGER PRIMARY KEY,
        notice_id INTEGER NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
        step TEXT NOT NULL CHECK (step IN ('propose', 'instruct', 'undertake', 'circulate', 'close')),
        actor TEXT,
        on_date TEXT NOT NULL,
        text TEXT,
        recorded_at TEXT NOT NULL
      );
      CREATE INDEX flow_steps_notice ON flow_steps (notice_id, id);
      INSERT INTO flow_steps (notice_id, step, actor, on_date, text, recorded_at)
        SELECT notice_id, 'propose', handler, substr(updated_at, 1, 10), proposal, updated_at
        FROM registrations WHERE proposal IS NOT NULL ORDER BY notice_id;

      CREATE TABLE tasks (
        id INTEGER PRIMARY KEY,
        notice_id INTEGER NOT NULL,
        position INTEGER NOT NULL,
        unit_id INTEGER NOT NULL REFERENCES units (id),
        role TEXT NOT NULL CHECK (role IN ('lead', 'co')),
        due_date TEXT,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'in_progress', 'done')),
        updated_at TEXT NOT NULL,
        UNIQUE (notice_id, position, unit_id),
        FOREIGN KEY (notice_id, position) REFERENCES clauses (notice_id, position) ON DELETE CASCADE
      );
      CREATE INDEX tasks_unit ON tasks (unit_id, status);
      CREATE INDEX tasks_status ON tasks (status, due_date);
      INSERT INTO tasks (notice_id, position, unit_id, role, status, updated_at)
        SELECT cu.notice_id, cu.position, cu.unit_id, CASE WHEN max(cu.role = 'lead') THEN 'lead' ELSE 'co' END,
          CASE WHEN coalesce(r.status, 'pending') = 'done' THEN 'done' ELSE 'pending' END, n.imported_at
        FROM clause_units cu
        JOIN notices n ON n.id = cu.notice_id
        LEFT JOIN registrations r ON r.notice_id = cu.notice_id
        GROUP BY cu.notice_id, cu.position, cu.unit_id
        ORDER BY cu.notice_id, cu.position, min(cu.inherited), min(cu.seq);

      CREATE TABLE task_feedback (
        id INTEGER PRIMARY KEY,
        task_id INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
        on_date TEXT NOT NULL,
        text TEXT NOT NULL,
        file_name TEXT,
        file_bytes BLOB,
        recorded_at TEXT NOT NULL
      );
      CREATE INDEX task_feedback_task ON task_feedback (task_id, id);

      CREATE TABLE unit_contacts (
        unit_id INTEGER PRIMARY KEY REFERENCES units (id),
        contact TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
