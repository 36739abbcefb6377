/**
 * Migration 33: the 督办台账's 责任单位 filter counted from an index alone, with or without a deadline. The unit
 * index held each task's status but not its deadline, so counting a unit's tasks that are 逾期 or due within
 * 30 days read every one of its tasks from the table (or walked the whole ledger): 0.7 s at 100,000 notices.
 * The index now holds the stored deadline too (migration 30), after the status: open tasks (the two statuses
 * other than done) due in a range are then two ranges per unit. Same name: an index of more columns serves
 * every lookup the narrower one did. Rebuilt, it is packed (the one an import grew was not): 4.8 million
 * tasks' deadlines add about 20 MB.
 */
import type { Migration } from '../migrate';

export const unitDeadlinesMigration: Migration = {
  version: 33,
  name: 'unit-deadlines',
  up(db) {
    db.exec(`
      DROP INDEX tasks_unit;
      CREATE INDEX tasks_unit ON tasks (unit_id, status, due);
    `);
  },
};
