// ESLint flat config. The rules that matter most here are the two walls:
// src/core never talks to VS Code, and src/ never uses Node built-ins (it runs on vscode.dev).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['fs', 'fs/promises', 'path', 'child_process', 'os', 'crypto', 'util', 'http', 'https', 'net']
  .flatMap((m) => [m, `node:${m}`]);

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**', '*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodeBuiltins.map((name) => ({ name, message: 'src/ runs on vscode.dev too: use vscode.workspace.fs and vscode.Uri.' })),
      }],
      eqeqeq: ['error', 'always'],
      curly: ['error', 'multi-line'],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core is pure TypeScript: pass what it needs in, adapt in src/features.' },
          ...nodeBuiltins.map((name) => ({ name, message: 'src/core is pure and runs in the browser too.' })),
        ],
      }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // UI tests run some functions inside the workbench page (page.evaluate).
    files: ['test/ui/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
