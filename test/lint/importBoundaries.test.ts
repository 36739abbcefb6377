/**
 * The import boundaries of STYLE.md as eslint.config.js enforces them: each folder is linted with an
 * import it must refuse and one it may keep. Type-aware rules are off here (the probes are not files).
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: [
    {
      ...tseslint.configs.disableTypeChecked,
      languageOptions: { parserOptions: { projectService: false, project: null } },
    },
  ],
});

/** The no-restricted-imports findings of `source` linted as if it were the file at `path`. */
async function refusedImports(path: string, source: string): Promise<number> {
  const [result] = await eslint.lintText(source, { filePath: resolve(ROOT, path) });
  const fatal = result.messages.find((m) => m.fatal);
  if (fatal) throw new Error(fatal.message);
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

const probe = (...specifiers: string[]) => specifiers.map((s, i) => `import * as m${i} from '${s}';\nvoid m${i};\n`).join('');

describe('import boundaries', () => {
  it('keeps shared/ free of Node, the DOM packages, electron/ and renderer/', async () => {
    const path = 'shared/parser/probe.ts';
    await expect(refusedImports(path, probe('node:fs'))).resolves.toBe(1);
    await expect(refusedImports(path, probe('path'))).resolves.toBe(1);
    await expect(refusedImports(path, probe('fs/promises'))).resolves.toBe(1);
    await expect(refusedImports(path, probe('react'))).resolves.toBe(1);
    await expect(refusedImports(path, probe('../../electron/core/createCore'))).resolves.toBe(1);
    await expect(refusedImports(path, probe('../../renderer/app/App'))).resolves.toBe(1);
    await expect(refusedImports(path, probe('electron', 'better-sqlite3'))).resolves.toBe(2);
    await expect(refusedImports(path, probe('../domain/docNumber', 'zod'))).resolves.toBe(0);
  });

  it('keeps renderer/ free of Node and of electron/, reaching the core through shared/', async () => {
    const path = 'renderer/register/probe.tsx';
    await expect(refusedImports(path, probe('node:path', 'os'))).resolves.toBe(2);
    await expect(refusedImports(path, probe('../../electron/core/createCore', 'electron'))).resolves.toBe(2);
    await expect(refusedImports(path, probe('../../shared/api/contract', 'react', '../api/client'))).resolves.toBe(0);
  });

  it("lets only electron/main/ and electron/preload/ import 'electron'", async () => {
    await expect(refusedImports('electron/main/probe.ts', probe('electron'))).resolves.toBe(0);
    await expect(refusedImports('electron/preload/probe.ts', probe('electron'))).resolves.toBe(0);
    await expect(refusedImports('electron/core/archive/probe.ts', probe('electron'))).resolves.toBe(1);
    await expect(refusedImports('electron/hosts/cli/probe.ts', probe('electron'))).resolves.toBe(1);
    await expect(
      refusedImports('test/contract/probe.test.ts', 'import type { IpcMain } from "electron";\nexport type T = IpcMain;\n'),
    ).resolves.toBe(0);
    await expect(refusedImports('test/contract/probe.test.ts', probe('electron'))).resolves.toBe(1);
  });

  it('lets only the SQLite store, the database layer and tests import better-sqlite3', async () => {
    await expect(refusedImports('electron/core/store/sqlite/probe.ts', probe('better-sqlite3'))).resolves.toBe(0);
    await expect(refusedImports('electron/core/db/probe.ts', probe('better-sqlite3'))).resolves.toBe(0);
    await expect(refusedImports('test/core/archive/probe.test.ts', probe('better-sqlite3'))).resolves.toBe(0);
    await expect(refusedImports('electron/core/archive/services/probe.ts', probe('better-sqlite3'))).resolves.toBe(1);
    await expect(refusedImports('electron/main/probe.ts', probe('better-sqlite3'))).resolves.toBe(1);
    await expect(refusedImports('electron/hosts/http/probe.ts', probe('node:http'))).resolves.toBe(0);
  });
});
