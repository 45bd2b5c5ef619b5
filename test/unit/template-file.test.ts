import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findFrontMatter } from '../../src/core/markdown/frontMatter';
import { renderDefaults } from '../../src/core/templates/snippet';
import { parseTemplate } from '../../src/core/templates/template';
import { HEADER_KEY, splitTemplate, toOneFrontMatter } from '../../src/core/templates/templateFile';
import { assertScalesLinearly } from './support/complexity';

// Issue 13, point 13: a team template reads as Markdown with one front matter; the older
// layout with a front matter of its own for the header is still read.

const folder = path.join(import.meta.dirname, '../../src/content/templates');
const builtIns = fs.readdirSync(folder).filter((name) => name.endsWith('.md')).sort()
  .map((name) => ({ name, text: fs.readFileSync(path.join(folder, name), 'utf8') }));

/** A one-front-matter template: the header block, then the body's own keys, then the body. */
const ONE = [
  '---',
  `${HEADER_KEY}:`,
  '  id: team-retro',
  '  name: Team Retro',
  '  description: Our own format.',
  '  kind: retrospective',
  'date: ${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}',
  'team: ${1:${TEAM}}',
  '---',
  '',
  '# ${TEAM} retro',
  '',
  '- [ ] ${2:what} @${3:owner}',
].join('\n');

/** ONE with line `index` (0-based) replaced. */
function withLine(index: number, line: string): string {
  const lines = ONE.split('\n');
  lines[index] = line;
  return lines.join('\n');
}

/** Whether `text` has a second front matter right after its first (the old layout's look). */
function twoBlocks(text: string): boolean {
  const first = findFrontMatter(text);
  return first !== undefined && findFrontMatter(text.slice(first.bodyOffset).replace(/^\n+/, '')) !== undefined;
}

describe('template files with one front matter', () => {
  it('reads the header under the reserved key and inserts the body\'s front matter without it', () => {
    const { template, problems } = parseTemplate(ONE, 'x');
    assert.deepEqual(problems, []);
    assert.deepEqual([template?.id, template?.name, template?.description, template?.kind], ['team-retro', 'Team Retro', 'Our own format.', 'retrospective']);
    assert.equal(template?.body, '---\ndate: ${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}\nteam: ${1:${TEAM}}\n---\n\n# ${TEAM} retro\n\n- [ ] ${2:what} @${3:owner}');
  });

  it('takes the header from anywhere in the front matter, and a flow map too', () => {
    const last = ['---', 'team: ${1:${TEAM}}', `${HEADER_KEY}: { id: x, name: X, kind: postmortem }`, '---', '# B'].join('\n');
    const { template, problems } = parseTemplate(last, 'x');
    assert.deepEqual(problems, []);
    assert.equal(template?.kind, 'postmortem');
    assert.equal(template?.body, '---\nteam: ${1:${TEAM}}\n---\n# B');
  });

  it('a front matter with the header alone is left out of what is inserted', () => {
    const text = ['---', `${HEADER_KEY}:`, '  id: x', '  name: X', '', '  kind: lessons-learned', '---', '', '', '# Lessons'].join('\n');
    const { template, problems } = parseTemplate(text, 'x');
    assert.deepEqual(problems, []);
    assert.equal(template?.body, '# Lessons');
    assert.equal(template?.bodyLine, 9);
  });

  const broken: { name: string; text: string; line: number; column: number; message: RegExp }[] = [
    { name: 'an invalid id, at its line in the file', text: withLine(2, '  id: Team_Retro'), line: 2, column: 6, message: /Invalid id "Team_Retro"/ },
    { name: 'an unknown kind', text: withLine(5, '  kind: retro'), line: 5, column: 8, message: /Unknown kind "retro"/ },
    { name: 'a YAML error in the header', text: withLine(4, '  description: Our: own'), line: 4, column: 15, message: /^YAML:/ },
    { name: 'a header that is not a map', text: ['---', `${HEADER_KEY}: team-retro`, 'team: x', '---', '# B'].join('\n'), line: 1, column: 0, message: /must hold the template's id/ },
    { name: 'a snippet error below the header, at its own line', text: `${ONE}\n\${4:unclosed`, line: 13, column: 0, message: /^Snippet syntax/ },
    { name: 'a snippet error in the body\'s front matter above the header', text: ['---', 'team: ${1:oops', `${HEADER_KEY}:`, '  id: x', '  name: X', '  kind: retrospective', '---', '# B'].join('\n'), line: 1, column: 6, message: /^Snippet syntax/ },
  ];
  for (const row of broken) {
    it(`${row.name}: reported at the file's line and column`, () => {
      const { template, problems } = parseTemplate(row.text, 'x');
      assert.equal(template, undefined);
      const found = problems.find((p) => row.message.test(p.message));
      assert.ok(found, problems.map((p) => `${p.line}:${p.column} ${p.message}`).join(' | '));
      assert.deepEqual([found.line, found.column], [row.line, row.column], found.message);
    });
  }

  it('splitTemplate maps every body offset back to the same character of the file', () => {
    const parts = splitTemplate(ONE);
    assert.ok(parts);
    for (let i = 0; i < parts.body.length; i++) assert.equal(ONE[parts.toFile(i)], parts.body[i], `offset ${i}`);
  });
});

describe('template files with one front matter, hostile sizes', () => {
  const frontMatter = (keys: string[]): string => ['---', ...keys, '---', '# B'].join('\n');
  it('is linear in the body\'s front-matter lines around the header', () => assertScalesLinearly({
    name: 'parseTemplate, one front matter × body keys',
    generate: (n) => frontMatter([...Array.from({ length: n }, (_, i) => `k${i}: \${${i % 9 + 1}:v}`), `${HEADER_KEY}:`, '  id: x', '  name: X', '  kind: retrospective', ...Array.from({ length: n }, (_, i) => `z${i}: v`)]),
    run: (t) => parseTemplate(t, 'x'),
    n: 2000,
  }));
  it('is linear in the lines of the header block (blank and indented ones)', () => assertScalesLinearly({
    name: 'splitTemplate, header block × lines',
    generate: (n) => frontMatter([`${HEADER_KEY}:`, ...Array.from({ length: n }, (_, i) => (i % 2 === 0 ? '' : `  k${i}: v`)), 'team: x']),
    run: (t) => splitTemplate(t),
    n: 5000,
  }));
});

describe('Create Team Template\'s copy: toOneFrontMatter', () => {
  for (const { name, text } of builtIns) {
    it(`${name}: one front matter, the same template under the new id`, () => {
      const copy = toOneFrontMatter(text, 'team-copy');
      assert.ok(!twoBlocks(copy), copy.slice(0, 400));
      const before = parseTemplate(text, 'x').template;
      const after = parseTemplate(copy, 'y');
      assert.deepEqual(after.problems, []);
      assert.deepEqual(after.template && { ...after.template, origin: 'x', bodyLine: 0 }, before && { ...before, id: 'team-copy', bodyLine: 0 });
      assert.doesNotMatch(renderDefaults(after.template?.body ?? '', {}), new RegExp(HEADER_KEY));
    });
  }

  it('writes the header first in the body\'s front matter, indented under the reserved key', () => {
    const copy = toOneFrontMatter('---\nid: sailboat\nname: Sailboat\nkind: retrospective\n---\n---\ndate: x\n---\n# B\n', 'ours');
    assert.equal(copy, `---\n${HEADER_KEY}:\n  id: ours\n  name: Sailboat\n  kind: retrospective\ndate: x\n---\n# B\n`);
  });

  it('gives a body without front matter one for the header', () => {
    assert.equal(toOneFrontMatter('---\nname: X\nkind: postmortem\n---\n\n# B\n', 'ours'), `---\n${HEADER_KEY}:\n  id: ours\n  name: X\n  kind: postmortem\n---\n\n# B\n`);
  });

  it('sets the id of a file already in the new layout, and leaves a text without front matter alone', () => {
    assert.equal(toOneFrontMatter(ONE, 'ours'), ONE.replace('  id: team-retro', '  id: ours'));
    assert.equal(toOneFrontMatter('# no header\n', 'ours'), '# no header\n');
  });
});
