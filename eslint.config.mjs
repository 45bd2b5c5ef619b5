// ESLint flat config: the walls of the house (docs/ARCHITECTURE.md), as errors.
// - src/core imports nothing outside src/core (no `vscode`, no Node, no other room);
// - the webview imports nothing but src/protocol; the protocol nothing but core;
// - services serve commands and features, never the other way round;
// - no import cycles anywhere in src/, type-only imports included (lint/noTypeCycles.mjs);
// - src/ never uses Node built-ins (it runs on vscode.dev);
// - type-aware rules (floating and misused promises among them) on every TypeScript file.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import house from './lint/noTypeCycles.mjs';

const nodeBuiltins = ['fs', 'fs/promises', 'path', 'child_process', 'os', 'crypto', 'util', 'http', 'https', 'net']
  .flatMap((m) => [m, `node:${m}`]);

/** Longest code file under src/ (content is data and is not linted). */
const MAX_LINES = 300;

export default tseslint.config(
  // lint/*.d.mts only types the house plugin for its unit test (checked by `tsc -p test`).
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**', '*.vsix', 'lint/*.d.mts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // One TypeScript program per tsconfig (root, src/webview, test, bench), found per file.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX, 'learning-loop': house },
    rules: {
      // An async function without `await` is how a callback returns the promise an API asks for.
      '@typescript-eslint/require-await': 'off',
      // VS Code's API returns Thenables: an unhandled one is as lost as an unhandled Promise.
      '@typescript-eslint/no-floating-promises': ['error', { checkThenables: true }],
    },
    settings: {
      // import-x reads .ts files (for cycles) with the TypeScript parser.
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.json', 'src/webview/tsconfig.json', 'test/tsconfig.json'], noWarnOnMultipleProjects: true })],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodeBuiltins.map((name) => ({ name, message: 'src/ runs on vscode.dev too: use vscode.workspace.fs and vscode.Uri.' })),
      }],
      // Targets and sources are folders relative to the repository; `except` is relative to `from`.
      'import-x/no-restricted-paths': ['error', {
        zones: [
          { target: './src/core', from: './src', except: ['./core'], message: 'src/core is pure: it imports nothing outside src/core. Pass what it needs in.' },
          { target: './src/protocol', from: './src', except: ['./protocol', './core'], message: 'src/protocol is shared with the webview: it may build on src/core only.' },
          { target: './src/webview', from: './src', except: ['./webview', './protocol'], message: 'The webview talks to the extension through src/protocol only.' },
          { target: './src/services', from: './src/commands', message: 'Services serve commands, never the other way round.' },
          { target: './src/services', from: './src/features', message: 'Services serve features, never the other way round.' },
        ],
      }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // import-x/no-cycle skips `import type`: this one counts those too (and leaves value-only cycles to it).
      'learning-loop/no-type-cycles': 'error',
      'max-lines': ['error', { max: MAX_LINES, skipBlankLines: false, skipComments: false }],
      eqeqeq: ['error', 'always'],
      curly: ['error', 'multi-line'],
    },
  },
  // The same wall by the path as written, so an import that does not resolve (yet) fails too:
  // from a file `depth` folders below src/core, `depth + 1` steps up leave core.
  ...[0, 1, 2, 3].map((depth) => ({
    files: [`src/core/${'*/'.repeat(depth)}*.ts`],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core is pure TypeScript: pass what it needs in, adapt in src/services or src/features.' },
          ...nodeBuiltins.map((name) => ({ name, message: 'src/core is pure and runs in the browser too.' })),
        ],
        patterns: [{ regex: `^(?:\\.\\./){${depth + 1}}(?!core/)`, message: 'src/core is pure: it imports nothing outside src/core. Pass what it needs in.' }],
      }],
    },
  })),
  {
    files: ['src/webview/**/*.ts'],
    rules: {
      // Not even a package: the page's script is small and speaks only the protocol.
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '^(?!\\.\\.?/)', message: 'The webview imports nothing but src/protocol.' }],
      }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests and benchmarks read untyped JSON (the manifest, results) on purpose; the promise
    // rules and the rest of the type-aware set still hold there.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // UI tests run some functions inside the workbench page (page.evaluate).
    files: ['test/ui/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
