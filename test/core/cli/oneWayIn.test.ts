import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localContract } from '../../../shared/api/localContract';
import { METHOD_LIST } from '../../../shared/api/methodNames';

const CLI_DIR = resolve(import.meta.dirname, '../../../electron/hosts/cli');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('the command line is a host like the others', () => {
  it('calls the core only through the contract: no service is called directly', () => {
    for (const file of sources(CLI_DIR)) {
      const text = readFileSync(file, 'utf8');
      expect(text, relative(CLI_DIR, file)).not.toMatch(
        /\bcore\.(archive|search|units|backup|registration|filing|documents|drafting|organization|templates|issuance)\b/,
      );
      expect(text, relative(CLI_DIR, file)).not.toMatch(/core\/(archive|drafting)\/services|core\/backup\/backupService|core\/store/);
    }
  });

  it('opens the core in one place, behind the in-process client', () => {
    const opening = sources(CLI_DIR).filter((file) => /createCore\(/.test(readFileSync(file, 'utf8')));
    expect(opening.map((file) => relative(CLI_DIR, file))).toEqual([join('commands', 'archiveCore.ts')]);
  });

  it('keeps the methods that take local paths away from the window and the browser', () => {
    for (const name of Object.keys(localContract)) expect(METHOD_LIST as readonly string[]).not.toContain(name);
  });
});
