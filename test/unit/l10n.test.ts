// The translation check: every string the code shows is in the l10n bundle, and German has
// every key of the bundle and of package.nls.json with the same placeholders. When it fails,
// run `npm run l10n` (regenerates l10n/bundle.l10n.json and lists what German lacks).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';

const root = path.resolve(__dirname, '../..');
const FIX = 'run `npm run l10n`, then translate what it lists';

function readJson(file: string): Record<string, unknown> {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    return assert.fail(`${file} is not valid JSON (${String(error)}): VS Code would ignore it`);
  }
}

/** `src/…` files that can call vscode.l10n.t. */
function sourceFiles(): string[] {
  return fs.readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts')).sort().map((f) => path.join('src', f));
}

/** `{0}`, `${TEAM}`, `command:…` links and `code`: what a translation must keep as is. */
function invariants(text: string): string[] {
  const found = [...text.matchAll(/\{\d+\}|\$\{[A-Z_]+\}|\(command:[^)]+\)|`[^`]+`/g)].map((m) => m[0]);
  return found.filter((f) => !f.startsWith('`') || !/[a-z]{3,} [a-z]{3,}/.test(f)).sort(); // prose in backticks may be translated
}

function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  return at < 0 ? 0 : text.slice(0, at).split('\n').length;
}

describe('translations (l10n)', function () {
  this.timeout(30_000);

  it('has every vscode.l10n.t string of src/ in l10n/bundle.l10n.json, and nothing stale', async () => {
    const bundle = readJson('l10n/bundle.l10n.json');
    const texts = sourceFiles().map((file) => ({ file, text: fs.readFileSync(path.join(root, file), 'utf8') })).filter(({ text }) => text.includes('l10n.t('));
    // One extraction for all files (the extractor starts a parser per call); the file is found afterwards.
    const used = new Set(Object.keys(await getL10nJson(texts.map(({ file, text }) => ({ contents: text, extension: path.extname(file) })))));
    const missing = [...used].filter((key) => !(key in bundle)).map((key) => {
      const quoted = [`'${key}'`, `"${key}"`, `\`${key}\``];
      const where = texts.find(({ text }) => quoted.some((q) => text.includes(q)));
      return `${where ? `${where.file}:${lineOf(where.text, key)}` : 'src'}: ${JSON.stringify(key)}`;
    });
    assert.deepEqual(missing, [], `strings missing from l10n/bundle.l10n.json (${FIX}):\n  ${missing.join('\n  ')}`);
    const stale = Object.keys(bundle).filter((k) => !used.has(k));
    assert.deepEqual(stale, [], `l10n/bundle.l10n.json has strings no code uses (${FIX})`);
  });

  it('passes only string literals to vscode.l10n.t (the extractor cannot see anything else)', () => {
    const offenders = sourceFiles().flatMap((file) => fs.readFileSync(path.join(root, file), 'utf8').split('\n')
      .map((line, i) => (/l10n\.t\(\s*(?!['"`{]|$)/.test(line) ? `${file}:${i + 1}: ${line.trim()}` : undefined))
      .filter((x): x is string => x !== undefined));
    assert.deepEqual(offenders, []);
  });

  it('shows no hard-coded English in messages, pickers and status lines', () => {
    const shown = /\b(show(Information|Warning|Error)Message|setStatusBarMessage|showInputBox|createStatusBarItem)\(\s*['"`]|\b(placeHolder|prompt|tooltip):\s*['"`][A-Za-z]/;
    const offenders = sourceFiles().flatMap((file) => fs.readFileSync(path.join(root, file), 'utf8').split('\n')
      .map((line, i) => (shown.test(line) ? `${file}:${i + 1}: ${line.trim()}` : undefined))
      .filter((x): x is string => x !== undefined));
    assert.deepEqual(offenders, [], 'wrap these in vscode.l10n.t(…)');
  });

  it('points the manifest at the bundle folder', () => {
    const manifest = readJson('package.json');
    assert.equal(manifest['l10n'], './l10n');
  });

  // [English file, German file]
  const pairs: [string, string][] = [['l10n/bundle.l10n.json', 'l10n/bundle.l10n.de.json'], ['package.nls.json', 'package.nls.de.json']];
  for (const [englishFile, germanFile] of pairs) {
    it(`has German for every key of ${englishFile}, keeping placeholders, links and code`, () => {
      const english = readJson(englishFile);
      const german = readJson(germanFile);
      const missing = Object.keys(english).filter((k) => typeof german[k] !== 'string' || (german[k]).trim() === '');
      assert.deepEqual(missing, [], `${germanFile} lacks these keys (${FIX})`);
      const stale = Object.keys(german).filter((k) => !(k in english));
      assert.deepEqual(stale, [], `${germanFile} has keys ${englishFile} no longer has`);
      const broken = Object.entries(english)
        .filter(([key, value]) => typeof value === 'string' && invariants(value).join(' ') !== invariants(german[key] as string).join(' '))
        .map(([key]) => `${JSON.stringify(key)}: ${JSON.stringify(invariants(english[key] as string))} vs ${JSON.stringify(invariants(german[key] as string))}`);
      assert.deepEqual(broken, [], `${germanFile}: a translation lost or changed a placeholder, link or code`);
    });
  }
});
