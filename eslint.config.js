/**
 * ESLint: the recommended JavaScript and TypeScript rules, a few type-aware rules for promises (services are
 * async: a call left without await loses its errors and its order), and the import boundaries of STYLE.md.
 * Style is Prettier's job, so eslint-config-prettier comes last and no stylistic rule is on.
 */
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_'));

/** Node's built-in modules with or without `node:` (builtinModules lists subpaths such as fs/promises too). */
const noNode = (why) => ({
  paths: NODE_BUILTINS.map((name) => ({ name, message: why })),
  patterns: [{ group: ['node:*'], message: why }],
});

const NOT_ELECTRON_MAIN = "Only electron/main/** and electron/preload/** import 'electron'.";
const NOT_SQLITE =
  'better-sqlite3 belongs to the SQLite store (electron/core/store/sqlite/**) and the database layer (electron/core/db/**).';

const electronPackage = { name: 'electron', message: NOT_ELECTRON_MAIN };
const sqlitePackage = { name: 'better-sqlite3', message: NOT_SQLITE };

/** One no-restricted-imports setting made of several boundaries (the rule takes one options object). */
function restrict(...boundaries) {
  return [
    'error',
    {
      paths: boundaries.flatMap((b) => b.paths ?? []),
      patterns: boundaries.flatMap((b) => b.patterns ?? []),
    },
  ];
}

const SHARED_PURE = 'shared/ is pure TypeScript: no Node, no DOM, nothing from electron/ or renderer/.';
const RENDERER_BROWSER = 'renderer/ runs in the page: no Node and nothing from electron/; it reaches the core through the contract.';

const boundaries = {
  shared: restrict(noNode(SHARED_PURE), {
    paths: [electronPackage, sqlitePackage],
    patterns: [
      { group: ['react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/*', 'playwright-core'], message: SHARED_PURE },
      { regex: '(^|/)(electron|renderer)/', message: SHARED_PURE },
    ],
  }),
  renderer: restrict(noNode(RENDERER_BROWSER), {
    paths: [electronPackage, sqlitePackage],
    patterns: [{ regex: '(^|/)electron/', message: RENDERER_BROWSER }],
  }),
  electronMain: restrict({ paths: [sqlitePackage] }),
  sqliteOwners: restrict({ paths: [electronPackage] }),
  // Tests check the Electron shell against a stand-in, typed by Electron's own declarations.
  tests: restrict({ paths: [{ ...electronPackage, allowTypeImports: true }] }),
  elsewhere: restrict({ paths: [electronPackage, sqlitePackage] }),
};

export default defineConfig(
  { ignores: ['dist/', 'release/', 'test-artifacts/', 'node_modules/', '.vite/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      eqeqeq: ['error', 'smart'],
      // The ideographic space (U+3000) is ordinary in Chinese text: only whitespace in the code itself is wrong.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipComments: true, skipRegExps: true, skipTemplates: true, skipJSXText: true },
      ],
      'no-restricted-imports': boundaries.elsewhere,
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: globals.node, parserOptions: { projectService: false } },
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['shared/**'], rules: { 'no-restricted-imports': boundaries.shared } },
  {
    files: ['renderer/**'],
    languageOptions: { globals: globals.browser },
    rules: { 'no-restricted-imports': boundaries.renderer },
  },
  {
    files: ['electron/**', 'test/**', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },
  { files: ['electron/main/**', 'electron/preload/**'], rules: { 'no-restricted-imports': boundaries.electronMain } },
  {
    files: ['electron/core/store/sqlite/**', 'electron/core/db/**'],
    rules: { 'no-restricted-imports': boundaries.sqliteOwners },
  },
  { files: ['test/**'], rules: { 'no-restricted-imports': boundaries.tests } },
  {
    // The archive bench's baseline scans the stored texts with SQL, and the ledger bench's runs the straightforward
    // query, beside the services they measure.
    files: ['electron/tools/bench/archiveBench.ts', 'electron/tools/bench/ledgerBench.ts'],
    rules: { 'no-restricted-imports': boundaries.sqliteOwners },
  },
  prettier,
);
