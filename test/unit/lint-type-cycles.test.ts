import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import house from '../../lint/noTypeCycles.mjs';

// The rule that makes `npm run lint` fail on an import cycle made (partly) of type imports,
// which import-x/no-cycle skips. It reads a file's neighbours from disk, so each case writes its
// files into a scratch folder.

function scratch(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'll-cycles-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** The rule's messages for `name` inside `dir`. */
function lintFile(dir: string, name: string): string[] {
  const linter = new Linter({ configType: 'flat', cwd: dir });
  const file = path.join(dir, name);
  const config: Linter.Config[] = [{
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { 'learning-loop': house },
    rules: { 'learning-loop/no-type-cycles': 'error' },
  }];
  return linter.verify(fs.readFileSync(file, 'utf8'), config, { filename: file }).map((m) => `${m.line}: ${m.message}`);
}

describe('lint: no import cycles, type imports included (learning-loop/no-type-cycles)', () => {
  const dirs: string[] = [];
  after(() => {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });
  const make = (files: Record<string, string>): string => {
    const dir = scratch(files);
    dirs.push(dir);
    return dir;
  };

  it('fails on a cycle of `import type` only, at the import, naming the whole chain', () => {
    const dir = make({
      'a.ts': "import type { B } from './b';\nexport interface A { readonly b?: B }\n",
      'b.ts': "import type { C } from './c/index';\nexport interface B { readonly c?: C }\n",
      'c/index.ts': "import type { A } from '../a';\nexport interface C { readonly a?: A }\n",
    });
    assert.deepEqual(lintFile(dir, 'a.ts'), ['1: Import cycle (type imports count too): a.ts → b.ts → c/index.ts → a.ts']);
    assert.deepEqual(lintFile(dir, 'c/index.ts'), ['1: Import cycle (type imports count too): c/index.ts → a.ts → b.ts → c/index.ts']);
  });

  it('fails on a value import answered by a type import, and on `typeof import()` and `export type … from`', () => {
    const dir = make({
      'value.ts': "import { T } from './typed';\nexport const v: number = T;\n",
      'typed.ts': "export type V = typeof import('./value');\nexport const T = 1;\n",
      're.ts': "export type { W } from './w';\nexport interface R { readonly x: number }\n",
      'w.ts': "import { type R } from './re';\nexport interface W { readonly r: R }\n",
    });
    assert.equal(lintFile(dir, 'value.ts').length, 1);
    assert.equal(lintFile(dir, 'typed.ts').length, 1);
    assert.equal(lintFile(dir, 're.ts').length, 1);
    assert.equal(lintFile(dir, 'w.ts').length, 1);
  });

  it('leaves a cycle of value imports to import-x/no-cycle, and a chain without a way back alone', () => {
    const dir = make({
      'x.ts': "import { y } from './y';\nexport const x = y + 1;\n",
      'y.ts': "import { x } from './x';\nexport const y = x;\n",
      'top.ts': "import type { Leaf } from './leaf';\nimport { readFileSync } from 'node:fs';\nexport type Top = Leaf | typeof readFileSync;\n",
      'leaf.ts': 'export type Leaf = string;\n',
    });
    assert.deepEqual(lintFile(dir, 'x.ts'), []);
    assert.deepEqual(lintFile(dir, 'top.ts'), []);
    assert.deepEqual(lintFile(dir, 'leaf.ts'), []);
  });
});
