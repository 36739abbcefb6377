/** SQL of the settings table: one JSON value per key. */
import type { Db } from '../../db/openDatabase';

export function settingsRepo(db: Db) {
  const get = db.prepare('SELECT value FROM settings WHERE key = ?').pluck();
  const set = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  return {
    get<T>(key: string, fallback: T): T {
      const value = get.get(key) as string | undefined;
      return value === undefined ? fallback : (JSON.parse(value) as T);
    },
    set: (key: string, value: unknown) => set.run(key, JSON.stringify(value)),
  };
}

export type SettingsRepo = ReturnType<typeof settingsRepo>;
