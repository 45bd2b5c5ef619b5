import * as assert from 'node:assert/strict';
import { parseTemplate, type Template } from '../../src/core/templates/template';
import { TemplateRegistry } from '../../src/core/templates/registry';

const GOOD = [
  '---',
  'id: team-retro',
  'name: Team Retro',
  'description: Our own format.',
  'kind: retrospective',
  '---',
  '',
  '# ${TEAM} retro',
  '',
  '- [ ] ${1:what} @${2:owner}',
].join('\n');

/** GOOD with line `index` (0-based) replaced. */
function withLine(index: number, line: string): string {
  const lines = GOOD.split('\n');
  lines[index] = line;
  return lines.join('\n');
}

describe('parseTemplate', () => {
  it('reads a valid template', () => {
    const { template, problems } = parseTemplate(GOOD, 'built-in:team-retro.md');
    assert.deepEqual(problems, []);
    assert.deepEqual(template, {
      id: 'team-retro', name: 'Team Retro', description: 'Our own format.', kind: 'retrospective',
      body: '# ${TEAM} retro\n\n- [ ] ${1:what} @${2:owner}', origin: 'built-in:team-retro.md', bodyLine: 7,
    });
  });

  it('reads CRLF files with the same lines', () => {
    const { template, problems } = parseTemplate(GOOD.replace(/\n/g, '\r\n'), 'x');
    assert.deepEqual(problems, []);
    assert.equal(template?.bodyLine, 7);
    assert.ok(!template?.body.includes('\r'));
  });

  it('keeps a body that starts with its own front matter', () => {
    const text = withLine(6, '---\ndate: ${CURRENT_YEAR}\n---');
    const { template } = parseTemplate(text, 'x');
    assert.equal(template?.bodyLine, 6);
    assert.ok(template?.body.startsWith('---\ndate: ${CURRENT_YEAR}\n---\n'));
  });

  const broken: { name: string; text: string; line: number; column?: number; message: RegExp }[] = [
    { name: 'no front matter', text: '# Just a heading\n', line: 0, message: /starts with front matter/ },
    { name: 'front matter never closed', text: '---\nid: x\n# Body\n', line: 0, message: /never closed/ },
    { name: 'a YAML syntax error', text: withLine(3, 'description: Our: own'), line: 3, column: 13, message: /^YAML: Nested mappings/ },
    { name: 'a duplicate key', text: withLine(2, 'id: other'), line: 2, column: 0, message: /^YAML: Map keys must be unique/ },
    { name: 'tabs as indentation', text: withLine(2, '\tname: x'), line: 2, column: 0, message: /^YAML: Tabs/ },
    { name: 'YAML that is not a map', text: '---\n- a\n- b\n---\nbody', line: 0, message: /map of keys/ },
    { name: 'missing id', text: withLine(1, 'ident: team-retro'), line: 0, message: /Missing "id"/ },
    { name: 'an id that is not kebab-case', text: withLine(1, 'id: Team_Retro'), line: 1, column: 4, message: /Invalid id "Team_Retro"/ },
    { name: 'a numeric id', text: withLine(1, 'id: 42'), line: 1, column: 4, message: /Invalid id "42"/ },
    { name: 'an empty name', text: withLine(2, 'name: ""'), line: 2, column: 6, message: /Missing "name"/ },
    { name: 'a missing name', text: withLine(2, 'title: Team Retro'), line: 0, message: /Missing "name"/ },
    { name: 'an unknown kind', text: withLine(4, 'kind: retro'), line: 4, column: 6, message: /Unknown kind "retro".*retrospective, lessons-learned, postmortem, learning-organization/ },
    { name: 'a missing kind', text: withLine(4, 'other: 1'), line: 0, message: /Missing "kind"/ },
    { name: 'a description that is not text', text: withLine(3, 'description: [a, b]'), line: 3, column: 13, message: /must be text/ },
    { name: 'an unclosed placeholder in the body', text: withLine(9, '- [ ] ${1:what @owner'), line: 9, column: 6, message: /^Snippet syntax: Unclosed/ },
    { name: 'a bad choice in the body', text: withLine(7, '# ${1|a,b} retro'), line: 7, column: 2, message: /Snippet syntax: Unclosed choice/ },
  ];
  for (const { name, text, line, column, message } of broken) {
    it(`reports ${name} at line ${line + 1} and returns no template`, () => {
      const { template, problems } = parseTemplate(text, 'x');
      assert.equal(template, undefined);
      const problem = problems.find((p) => message.test(p.message));
      assert.ok(problem, `no problem matching ${message}: ${JSON.stringify(problems)}`);
      assert.equal(problem.severity, 'error');
      assert.equal(problem.line, line);
      if (column !== undefined) assert.equal(problem.column, column);
      assert.ok(problem.endLine > problem.line || problem.endColumn > problem.column, 'a non-empty range');
    });
  }

  it('warns about an empty body but keeps the template', () => {
    const { template, problems } = parseTemplate(GOOD.split('\n').slice(0, 6).join('\n'), 'x');
    assert.equal(template?.body, '');
    assert.deepEqual(problems.map((p) => [p.severity, p.line]), [['warning', 6]]);
  });

  it('warns about an unknown key but keeps the template', () => {
    const { template, problems } = parseTemplate(withLine(3, 'descripton: typo'), 'x');
    assert.ok(template);
    assert.equal(template.description, '');
    assert.deepEqual(problems.map((p) => [p.severity, p.line, p.column]), [['warning', 3, 0]]);
    assert.match(problems[0]?.message ?? '', /Unknown key "descripton"/);
  });
});

describe('TemplateRegistry', () => {
  const make = (id: string, name: string, kind: Template['kind'], origin = 'built-in'): Template =>
    ({ id, name, description: '', kind, body: '', origin, bodyLine: 0 });
  const builtIns = [
    make('timeline', 'Timeline', 'retrospective'),
    make('blameless-postmortem', 'Blameless Postmortem', 'postmortem'),
    make('learning-plan', 'Learning Plan', 'learning-organization'),
    make('4ls', '4Ls', 'retrospective'),
    make('lessons-learned', 'Lessons Learned', 'lessons-learned'),
  ];
  const team = [
    make('timeline', 'Our Timeline', 'retrospective', 'file:///t/timeline.md'),
    make('ours', 'Ours', 'postmortem', 'file:///t/ours.md'),
    make('ours', 'Ours again', 'postmortem', 'file:///t/ours-2.md'),
  ];
  const registry = new TemplateRegistry(builtIns, team);

  const cases: [string, () => void][] = [
    ['a team template overrides the built-in with the same id', () => assert.equal(registry.get('timeline')?.name, 'Our Timeline')],
    ['the first team file with an id wins', () => assert.equal(registry.get('ours')?.name, 'Ours')],
    ['an unknown id is undefined', () => assert.equal(registry.get('nope'), undefined)],
    ['ids are unique and sorted', () => assert.deepEqual(registry.ids(), ['4ls', 'blameless-postmortem', 'learning-plan', 'lessons-learned', 'ours', 'timeline'])],
    ['all() lists team first, then by kind, then by name', () => assert.deepEqual(registry.all().map((t) => t.id),
      ['timeline', 'ours', '4ls', 'lessons-learned', 'blameless-postmortem', 'learning-plan'])],
    ['the unknown-id message lists the ids that exist', () => {
      const message = registry.unknownIdMessage('retro');
      assert.match(message, /"retro"/);
      for (const id of registry.ids()) assert.ok(message.includes(id), id);
    }],
  ];
  for (const [name, check] of cases) it(name, check);
});
