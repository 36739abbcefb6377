/** SQL of saved searches. */
import type { SavedSearch, SearchFilters } from '../../../../shared/api/searchContract';
import type { Db } from '../../db/openDatabase';

export function savedSearchRepo(db: Db) {
  const list = db.prepare('SELECT id, name, query, filters FROM saved_searches ORDER BY name, id');
  const insert = db.prepare('INSERT INTO saved_searches (name, query, filters, created_at) VALUES (?, ?, ?, ?)');
  const remove = db.prepare('DELETE FROM saved_searches WHERE id = ?');
  return {
    list: () =>
      (list.all() as { id: number; name: string; query: string; filters: string }[]).map(
        (row): SavedSearch => ({ ...row, filters: JSON.parse(row.filters) as SearchFilters }),
      ),
    insert: (name: string, query: string, filters: SearchFilters, at: string) =>
      Number(insert.run(name, query, JSON.stringify(filters), at).lastInsertRowid),
    remove: (id: number) => remove.run(id).changes > 0,
  };
}

export type SavedSearchRepo = ReturnType<typeof savedSearchRepo>;
