#!/usr/bin/env node
// `npm run l10n`: regenerates l10n/bundle.l10n.json from every vscode.l10n.t('…') in src/ (with
// @vscode/l10n-dev, the extractor VS Code's own extensions use), then lists what the German files
// still lack. Translate those lines in l10n/bundle.l10n.de.json and package.nls.de.json; the unit
// test test/unit/l10n.test.ts fails until every key has its German.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { getL10nJson } = require('@vscode/l10n-dev');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundleFile = path.join(root, 'l10n', 'bundle.l10n.json');

const sources = fs.readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts')).sort()
  .map((f) => ({ contents: fs.readFileSync(path.join(root, 'src', f), 'utf8'), extension: path.extname(f) }));
const bundle = await getL10nJson(sources);
const sorted = Object.fromEntries(Object.entries(bundle).sort(([a], [b]) => a.localeCompare(b)));
fs.mkdirSync(path.dirname(bundleFile), { recursive: true });
fs.writeFileSync(bundleFile, `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`l10n: ${Object.keys(sorted).length} strings → ${path.relative(root, bundleFile)}`);

/** Keys of `english` that `translated` lacks, and keys `translated` has that `english` no longer does. */
function compare(englishFile, translatedFile) {
  const read = (f) => (fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : {});
  const english = read(englishFile);
  const translated = read(translatedFile);
  return {
    missing: Object.keys(english).filter((k) => typeof translated[k] !== 'string' || translated[k].trim() === ''),
    stale: Object.keys(translated).filter((k) => !(k in english)),
  };
}

let todo = 0;
for (const [english, german] of [[bundleFile, path.join(root, 'l10n', 'bundle.l10n.de.json')], [path.join(root, 'package.nls.json'), path.join(root, 'package.nls.de.json')]]) {
  const { missing, stale } = compare(english, german);
  todo += missing.length;
  for (const key of missing) console.log(`  ${path.relative(root, german)}: missing ${JSON.stringify(key)}`);
  for (const key of stale) console.log(`  ${path.relative(root, german)}: no longer used, remove ${JSON.stringify(key)}`);
}
console.log(todo === 0 ? 'l10n: the German translation is complete' : `l10n: ${todo} string(s) still need German`);
