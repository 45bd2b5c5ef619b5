// Fuzz tier: insert → parse round trips for templates. What we hand to VS Code's snippet
// engine reads back as what we meant: the same text as rendering the body with our values, no
// new syntax error, and a front matter whose team and iteration read back as given.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'yaml';
import { parseSnippet, renderDefaults, substituteVariables } from '../../src/core/templates/snippet';
import { parseTemplate } from '../../src/core/templates/template';
import { runs, textFrom } from './support/fuzz';

/** Well-formed snippet pieces around our variables (each closes what it opens). */
const PIECES = ['$1', '$2', '${1}', '${3:x}', '${1|a,b|}', '$TM_FILENAME_BASE', '${CURRENT_YEAR}', '$TEAM', '${TEAM}', '$ITERATION', '${ITERATION}', '${1:${TEAM}}', '${TEAM/(.*)/${1:/upcase}/}', '$$', '\\$', '\\}', '\\\\', 'a', '0', ' ', '-', '{', ':', '\n', '# '];
const NAME_TOKENS = [':', ' ', '-', '@', '*', '&', '!', '#', '[', ']', '{', '}', '"', "'", '|', '>', '%', '`', '$', '\\', '\n', 'Ops', 'SRE', 'true', 'null', '1', '~', '? ', ', '];

describe('fuzz: insert → parse round trips', function () {
  this.timeout(30_000);

  it('substituting our variables gives the text rendering them would, and no new syntax error', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), textFrom(NAME_TOKENS, 8), fc.nat(99), (pieces, team, iteration) => {
      const body = pieces.join('');
      const values = { TEAM: team, ITERATION: String(iteration) };
      const inserted = substituteVariables(body, values);
      if (parseSnippet(body).error === undefined) assert.equal(parseSnippet(inserted).error, undefined);
      // VS Code resolves its own variables; rendered without them, both read the same.
      assert.equal(renderDefaults(inserted, {}), renderDefaults(body, values));
    }), runs(800));
  });

  it('the team name in a template\'s front matter reads back as itself, and nothing else changes', () => {
    const body = '---\ndate: ${CURRENT_YEAR}\nteam: ${1:${TEAM}}\niteration: ${2:${ITERATION}}\nplain: $TEAM\n---\n\n# Retro of ${TEAM}\n';
    fc.assert(fc.property(textFrom(NAME_TOKENS, 10), fc.nat(999), (team, iteration) => {
      const values = { TEAM: team, ITERATION: String(iteration), CURRENT_YEAR: '2026' };
      for (const text of [renderDefaults(body, values), renderDefaults(substituteVariables(body, values), { CURRENT_YEAR: '2026' })]) {
        const [, yaml = ''] = text.split('---\n');
        assert.deepEqual(parse(yaml), { date: 2026, team, iteration, plain: team });
        assert.ok(text.endsWith(`# Retro of ${team}\n`));
      }
    }), runs(800));
  });

  it('a template written with YAML-quoted header values parses back to them', () => {
    const value = textFrom(NAME_TOKENS, 8).filter((v) => v.trim() !== '');
    fc.assert(fc.property(value, value, fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }), (name, description, pieces) => {
      const header = `---\nid: team-retro\nname: ${JSON.stringify(name)}\ndescription: ${JSON.stringify(description)}\nkind: retrospective\n---\n`;
      const body = `# ${pieces.join('')}x\n`;
      const { template, problems } = parseTemplate(header + body, 'file:///t.md');
      if (parseSnippet(body).error !== undefined) return;
      assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
      assert.equal(template?.name, name.trim());
      assert.equal(template?.description, description.trim());
      assert.equal(template?.body, body);
    }), runs(500));
  });
});
