// Core's catalog messages (src/core/messages.ts) are translatable: the adapter shows each through
// vscode.l10n.t with the very same template, so the l10n bundle (extracted from those calls) and
// its German hold every one of them.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseGlossaryJson } from '../../src/core/glossary/parseJson';
import { parseGlossaryMarkdown } from '../../src/core/glossary/parseMarkdown';
import { formatMessage, MESSAGES, type MessageId } from '../../src/core/messages';

const root = path.resolve(__dirname, '../..');
const bundle = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, string>;

describe('core messages (translatable)', () => {
  const english = bundle('l10n/bundle.l10n.json');
  const german = bundle('l10n/bundle.l10n.de.json');
  const adapter = fs.readFileSync(path.join(root, 'src/services/coreMessages.ts'), 'utf8');

  for (const [id, template] of Object.entries(MESSAGES) as Array<[MessageId, string]>) {
    it(`${id}: in the bundle word for word, with German, shown by the adapter under its id`, () => {
      assert.ok(template in english, `not in l10n/bundle.l10n.json (the adapter's template differs?): ${template}`);
      assert.ok((german[template] ?? '').trim() !== '', `no German for: ${template}`);
      assert.ok(adapter.includes(`  ${id}: (a) => vscode.l10n.t(${JSON.stringify(template)}, ...a),`), `services/coreMessages.ts does not show ${id} with its own template`);
    });
  }

  it('fills placeholders in order, and repeats one used twice', () => {
    assert.equal(formatMessage('missingField', ['term']), 'Missing "term": every term needs a non-empty "term".');
    assert.equal(formatMessage('aliasIsAlias', ['DLL', 'Double-loop learning', 4]), 'Duplicate alias "DLL": already defined as an alias of "Double-loop learning" on line 4.');
  });

  it('the glossary parsers write catalog messages: an id and its arguments beside the English', () => {
    const json = parseGlossaryJson('{ "terms": [ { "term": "Kata", "definitoin": "x" } ] }', 'file:///g.json').problems;
    assert.ok(json.length > 0 && json.every((p) => p.id !== undefined), JSON.stringify(json));
    const meant = json.find((p) => p.id === 'didYouMean');
    assert.deepEqual(meant?.args, ['definitoin', 'definition']);
    assert.equal(meant?.message, 'Unknown property "definitoin": did you mean "definition"? The term is left out until it is fixed.');
    const md = parseGlossaryMarkdown('## Kata\n\n## Kata\nPractice.\nSide: up\n', 'file:///G.md').problems;
    assert.deepEqual(md.map((p) => p.id).sort(), ['noDefinition', 'unknownSide'].sort());
  });
});
