/** SQLite rows of the templates a clerk made (copies of the built-in ones, edited), each as JSON. */
import { templateSchema, type Template } from '../../../../shared/drafting/templates';
import type { Db } from '../../db/openDatabase';
import type { TemplateRepository } from '../draftingRepositories';

/** A stored template that no longer reads as one (written by another version) is left out, not fatal. */
function readable(json: string): Template | null {
  const parsed = templateSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

export function templateRepo(db: Db): TemplateRepository {
  const list = db.prepare('SELECT template FROM templates ORDER BY kind, name').pluck();
  const get = db.prepare('SELECT template FROM templates WHERE id = ?').pluck();
  const upsert = db.prepare(`
    INSERT INTO templates (id, kind, name, template, updated_at) VALUES (@id, @kind, @name, @template, @at)
    ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, template = excluded.template, updated_at = excluded.updated_at`);
  const remove = db.prepare('DELETE FROM templates WHERE id = ?');
  const ids = db.prepare('SELECT id FROM templates').pluck();

  return {
    list: async () => (list.all() as string[]).flatMap((json) => readable(json) ?? []),
    async get(id) {
      const json = get.get(id) as string | undefined;
      return json === undefined ? null : readable(json);
    },
    async save(template, at) {
      upsert.run({ id: template.id, kind: template.kind, name: template.name, template: JSON.stringify(template), at });
    },
    delete: async (id) => remove.run(id).changes > 0,
    ids: async () => ids.all() as string[],
  };
}
