/** SQLite rows of the settings table: one JSON value per key. */
import type { Db } from '../../db/openDatabase';
import type { SettingsRepository } from '../archiveRepositories';

export function settingsRepo(db: Db): SettingsRepository {
  const get = db.prepare('SELECT value FROM settings WHERE key = ?').pluck();
  const set = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  return {
    async get<T>(key: string, fallback: T): Promise<T> {
      const value = get.get(key) as string | undefined;
      return value === undefined ? fallback : (JSON.parse(value) as T);
    },
    async set(key, value) {
      set.run(key, JSON.stringify(value));
    },
  };
}
