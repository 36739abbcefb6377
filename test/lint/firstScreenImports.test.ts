/**
 * What the window loads before its first screen (今日待办 or the register) shows: the renderer's static
 * imports from its entries, the code in the one bundle every start parses and runs. zod is not among them:
 * it was a fifth of that bundle, reached through one constant the register took from a contract.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const ENTRIES = ['renderer/main.tsx', 'renderer/boot.ts'];

/** The specifiers a file imports for their values (type-only imports are erased from the bundle). */
function valueImports(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  const out: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const named = clause?.namedBindings;
      const typesOnly =
        clause?.isTypeOnly ||
        (clause && !clause.name && named && ts.isNamedImports(named) && named.elements.every((element) => element.isTypeOnly));
      if (!typesOnly) out.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      out.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return out;
}

function resolveFile(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((path) => existsSync(path) && !path.endsWith('.css')) ?? null;
}

/** Each package the entries reach, with the chain of files that reaches it first. */
function packagesReached(): Map<string, string[]> {
  const packages = new Map<string, string[]>();
  const seen = new Set<string>();
  const queue = ENTRIES.map((entry) => [resolve(ROOT, entry)]);
  while (queue.length > 0) {
    const chain = queue.shift()!;
    const file = chain.at(-1)!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of valueImports(file)) {
      if (!specifier.startsWith('.')) {
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
        if (!packages.has(name))
          packages.set(
            name,
            [...chain, specifier].map((p) => (p.startsWith('/') ? relative(ROOT, p) : p)),
          );
        continue;
      }
      const next = resolveFile(file, specifier);
      if (next) queue.push([...chain, next]);
    }
  }
  return packages;
}

describe('the first screen’s code', () => {
  it('reaches React and the table libraries but not the validation library', () => {
    const packages = packagesReached();
    expect([...packages.keys()]).toEqual(
      expect.arrayContaining(['react', 'react-dom', '@tanstack/react-table', '@tanstack/react-virtual']),
    );
    expect(packages.get('zod') ?? null).toBeNull();
  });
});
