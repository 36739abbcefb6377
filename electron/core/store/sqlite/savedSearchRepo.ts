/** SQLite rows of saved searches (filters as JSON). */
import type { SavedSearch, SearchFilters } from '../../../../shared/api/searchContract';
import type { Db } from '../../db/openDatabase';
import type { SavedSearchRepository } from '../archiveRepositories';

export function savedSearchRepo(db: Db): SavedSearchRepository {
  const list = db.prepare('SELECT id, name, query, filters FROM saved_searches ORDER BY name, id');
  const insert = db.prepare('INSERT INTO saved_searches (name, query, filters, created_at) VALUES (?, ?, ?, ?)');
  const remove = db.prepare('DELETE FROM saved_searches WHERE id = ?');
  return {
    list: async () =>
      (list.all() as { id: number; name: string; query: string; filters: string }[]).map((row): SavedSearch => ({
        ...row,
        filters: JSON.parse(row.filters) as SearchFilters,
      })),
    insert: async (name, query, filters, at) => Number(insert.run(name, query, JSON.stringify(filters), at).lastInsertRowid),
    remove: async (id) => remove.run(id).changes > 0,
  };
}
