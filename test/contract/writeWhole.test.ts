import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeWhole } from '../../electron/main/writeWhole';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('saving a file the clerk chose', () => {
  it('puts the whole file under the chosen name, replacing an older one, and nothing beside it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'gongwen-save-'));
    const target = join(dir, '收文登记簿-20250506.xlsx');
    writeFileSync(target, 'old');
    await writeWhole(target, new TextEncoder().encode('new workbook'));
    expect(readFileSync(target, 'utf8')).toBe('new workbook');
    expect(readdirSync(dir)).toEqual(['收文登记簿-20250506.xlsx']);
  });

  it('leaves the chosen name as it was, and no partial file, when the save fails', async () => {
    dir = mkdtempSync(join(tmpdir(), 'gongwen-save-'));
    const target = join(dir, '督办台账.xlsx');
    writeFileSync(target, 'old');
    // A target that is a folder cannot be replaced by the rename: the write reaches the disk, the save fails.
    const folder = join(dir, '台账');
    mkdirSync(join(folder, 'inside'), { recursive: true });
    await expect(writeWhole(folder, new Uint8Array([1, 2, 3]))).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['台账', '督办台账.xlsx']);
    expect(readFileSync(target, 'utf8')).toBe('old');
  });
});
