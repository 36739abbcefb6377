/** SQL of the templates a clerk made (copies of the built-in ones, edited). */
import type { Db } from '../../db/openDatabase';

export interface TemplateRow {
  id: string;
  kind: string;
  name: string;
  template: string;
}

export function templateRepo(db: Db) {
  const list = db.prepare('SELECT id, kind, name, template FROM templates ORDER BY kind, name');
  const get = db.prepare('SELECT id, kind, name, template FROM templates WHERE id = ?');
  const upsert = db.prepare(`
    INSERT INTO templates (id, kind, name, template, updated_at) VALUES (@id, @kind, @name, @template, @at)
    ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, template = excluded.template, updated_at = excluded.updated_at`);
  const remove = db.prepare('DELETE FROM templates WHERE id = ?');
  const ids = db.prepare('SELECT id FROM templates').pluck();
  return {
    list: () => list.all() as TemplateRow[],
    get: (id: string) => (get.get(id) as TemplateRow | undefined) ?? null,
    upsert: (row: TemplateRow, at: string) => upsert.run({ ...row, at }),
    delete: (id: string) => remove.run(id).changes > 0,
    ids: () => ids.all() as string[],
  };
}

export type TemplateRepo = ReturnType<typeof templateRepo>;
