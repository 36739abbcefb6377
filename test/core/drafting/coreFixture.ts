/** A core over a fresh archive in a temporary folder, with a fixed clock, for the drafting tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../../electron/core/createCore';
import { organizationSchema, type Organization } from '../../../shared/drafting/organization';

/** 本机关 as the contract hands it to the core: checked, defaults filled. */
export const DANING_ORG: Organization = organizationSchema.parse({
  name: '大宁县人民政府',
  issuerMark: '大宁县人民政府文件',
  agencyCode: '大政发',
  adminLevel: 'county',
  recipients: ['各乡镇', '县直各部门'],
  cc: ['县委办', '县人大办', '县政协办'],
  printer: '大宁县人民政府办公室',
});

export interface CoreFixture {
  core: Core;
  dir: string;
  dbPath: string;
  close(): void;
}

export function openCore(now = '2025-04-20T02:00:00.000Z'): CoreFixture {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-drafting-'));
  const dbPath = join(dir, 'archive.db');
  const core = createCore({ dbPath, clock: () => new Date(now) });
  return {
    core,
    dir,
    dbPath,
    close() {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
