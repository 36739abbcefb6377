import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bigNoticeText, measureResponsiveness } from '../../../electron/tools/bench/responsivenessBench';
import { coreBundleEntry } from '../../cliBundle';

describe('the core process while a big file imports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-responsive-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps answering the register and search while the file is parsed', async () => {
    // 4 MB takes seconds to parse; parsed on the core's own thread, no call could be answered meanwhile.
    const run = await measureResponsiveness(join(dir, 'archive.db'), bigNoticeText(4 * 1024 * 1024), 100, coreBundleEntry());
    expect(run.imported).toBe(true);
    expect(run.waits.length).toBeGreaterThanOrEqual(3);
    // Not timed strictly (the machine is shared): most answers come long before the import ends.
    const quick = run.waits.filter((wait) => wait < run.importMs / 4);
    expect(quick.length).toBeGreaterThanOrEqual(run.waits.length / 2);
  }, 180_000);
});
