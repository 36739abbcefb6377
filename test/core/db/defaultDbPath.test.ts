import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDbPath } from '../../../electron/core/db/defaultDbPath';

describe('where the archive lives by default', () => {
  it("is the desktop app's file in the user's data folder, per platform", () => {
    expect(defaultDbPath({ APPDATA: 'C:\\Users\\clerk\\AppData\\Roaming' }, 'win32')).toBe(
      join('C:\\Users\\clerk\\AppData\\Roaming', '公文台', 'gongwen.db'),
    );
    expect(defaultDbPath({}, 'linux')).toBe(join(homedir(), '.config', '公文台', 'gongwen.db'));
    expect(defaultDbPath({ XDG_CONFIG_HOME: '/data/config' }, 'linux')).toBe(join('/data/config', '公文台', 'gongwen.db'));
    expect(defaultDbPath({}, 'darwin')).toBe(join(homedir(), 'Library', 'Application Support', '公文台', 'gongwen.db'));
  });

  it('can be moved with GONGWEN_DB', () => {
    expect(defaultDbPath({ GONGWEN_DB: '/srv/archive.db' }, 'linux')).toBe('/srv/archive.db');
  });
});
