import * as assert from 'node:assert/strict';
import { readDocument, fileName } from '../../src/core/memory/document';
import { ActionIndex } from '../../src/core/memory/actionIndex';
import { carryFromMemory, LEARNING_HEADING, NOTHING_OPEN_IN_MEMORY, POSTMORTEM_HEADING } from '../../src/core/memory/carry';
import { resolveLink } from '../../src/core/memory/links';
import { readTaskItems } from '../../src/core/memory/forms/task';
import { readLines } from '../../src/core/markdown';
import { assertScalesLinearly } from './support/complexity';

describe('memory: reading a document', () => {
  const uri = 'file:///w/docs/retrospectives/2026-11-14-4ls.md';

  it('date from front matter, else the file name; kind as given; template, title, tags', () => {
    const doc = readDocument(uri, '---\ndate: 2026-11-15\ntemplate: 4ls\ntags: [ci, "on-call"]\n---\n\n# Retro 7\n\n- [ ] a\n', { kind: 'retrospective' });
    assert.deepEqual([doc.date, doc.kind, doc.template, doc.title, doc.tags, doc.items.length, doc.problems], ['2026-11-15', 'retrospective', '4ls', 'Retro 7', ['ci', 'on-call'], 1, []]);
    const bare = readDocument(uri, 'no heading', { kind: 'postmortem' });
    assert.deepEqual([bare.date, bare.kind, bare.title, bare.tags], ['2026-11-14', 'postmortem', '2026-11-14-4ls', []]);
  });

  it('no date anywhere is a problem, not a crash', () => {
    const doc = readDocument('file:///w/notes.md', '---\ndate: soon\n---\n', { kind: 'lessons-learned' });
    assert.equal(doc.date, '');
    assert.equal(doc.problems.length, 1);
    assert.equal(doc.problems[0]?.line, 1);
  });

  it('scores 1–5 are kept; out of range or not numbers are problems at their line', () => {
    const doc = readDocument(uri, '---\nroti: 4\nhealth:\n  speed: 3\n  fun: 9\n---\n', { kind: 'retrospective' });
    assert.deepEqual(doc.scores, { roti: 4, health: { speed: 3 } });
    assert.deepEqual(doc.problems.map((p) => [p.line, p.message.startsWith('health.fun')]), [[2, true]]);
    const bad = readDocument(uri, '---\nroti: 0\n---\n', { kind: 'retrospective' });
    assert.deepEqual([bad.scores, bad.problems.length], [{}, 1]);
  });

  it('terms come from termsIn on the body, each once; broken YAML reads as none', () => {
    const doc = readDocument(uri, '---\ndate: [oops\n---\nsingle-loop single-loop', { kind: 'retrospective', termsIn: (body) => body.split(' ') });
    assert.deepEqual(doc.terms, ['single-loop']);
    assert.equal(doc.date, '2026-11-14');
  });

  it('front-matter values keep their inner spaces and lose the blanks around them (keys, maps, lists)', () => {
    const doc = readDocument(uri, '---\ntemplate: \t4ls  retro \t \ntags:\n  - \ton  call\t \n  -   ci\nhealth:  \n  speed:\t 3 \t\n---\n', { kind: 'retrospective' });
    assert.deepEqual([doc.template, doc.tags, doc.scores, doc.problems], ['4ls  retro', ['on  call', 'ci'], { health: { speed: 3 } }, []]);
  });

  // The front matter comes from an untrusted repository: a long run of blanks inside a value
  // once cost time quadratic in its length (a lazy value before `[ \t]*$`).
  for (const [name, line] of [['a key', (run: string) => `template: a${run}b`], ['a map entry', (run: string) => `health:\n  speed: a${run}b`], ['a list item', (run: string) => `tags:\n  - a${run}b`]] as const) {
    it(`front matter is read in linear time with a long run of blanks inside ${name}`, () => assertScalesLinearly({
      name: `readDocument, front matter: ${name} with blanks`,
      generate: (n) => `---\n${line(' \t'.repeat(n / 2))}\n---\n`,
      run: (text) => readDocument(uri, text, { kind: 'retrospective' }),
      n: 8000,
    }));
  }

  it('file names are decoded', () => assert.equal(fileName('file:///w/my%20retro.md'), 'my retro.md'));

  it('a 5 MB line and 50,000 items read without trouble', function () {
    // Four forms are read now, on a machine eight builds share: a hang is far past 10 s.
    this.timeout(10_000);
    assert.equal(readDocument(uri, `- [ ] ${'a'.repeat(5_000_000)}`, { kind: 'retrospective' }).items.length, 1);
    assert.equal(readDocument(uri, '- [ ] x\n'.repeat(50_000), { kind: 'retrospective' }).items.length, 50_000);
  });
});

describe('memory: links', () => {
  const cases: [string, string, string | undefined][] = [
    ['file:///w/docs/r/b.md', 'a.md', 'file:///w/docs/r/a.md'],
    ['file:///w/docs/r/b.md', '../p/x%20y.md#top', 'file:///w/docs/p/x y.md'],
    ['file:///w/docs/r/b.md', './../../../../../a.md', 'file:///a.md'],
    ['vscode-vfs://github/o/r/docs/b.md', 'a.md', 'vscode-vfs://github/o/r/docs/a.md'],
    ['ll-memfs:/workspace/docs/carry/b.md', '../postmortems/p.md', 'll-memfs:/workspace/docs/postmortems/p.md'],
    ['file:///w/b.md', 'https://example.com/a.md', undefined],
    ['file:///w/b.md', '', undefined],
  ];
  for (const [from, link, expected] of cases) it(`${link || '(empty)'} from ${from}`, () => assert.equal(resolveLink(from, link), expected));
});

describe('memory: carry-forward from the memory', () => {
  const index = new ActionIndex(() => '2026-12-01');
  const add = (path: string, kind: 'retrospective' | 'postmortem', text: string) => index.set(readDocument(`file:///w/docs/${path}`, text, { kind }));
  add('retrospectives/2026-10-01-4ls.md', 'retrospective', '- [ ] Old open one @ana due:2026-11-01\n- [x] Done one');
  add('retrospectives/2026-11-01-4ls.md', 'retrospective', '- [ ] Old open one @ana due:2026-11-01 (carried 1×) — from [x](2026-10-01-4ls.md)\n- [ ] Ask @carol to pair with @bob @bob due:2026-12-20');
  add('retrospectives/2026-11-15-4ls.md', 'retrospective', '# Nothing carried here by hand');
  add('postmortems/2026-11-03-outage.md', 'postmortem', '- [ ] Add an alert on the login error rate @dana');
  const linkTo = (uri: string) => uri.replace('file:///w/docs/', '../');
  const result = carryFromMemory({ actions: index.actions(), today: '2026-12-01', linkTo });

  it('every open action of earlier retrospectives once each, not only the last document\'s', () => assert.equal(result.retrospective, 2));
  it('postmortem follow-ups in a section of their own', () => {
    assert.equal(result.postmortem, 1);
    assert.match(result.markdown, new RegExp(`\n\n${POSTMORTEM_HEADING}\n\n- \\[ \\] Add an alert on the login error rate @dana \\(carried 1×\\)`));
  });
  it('each copy short (≤ 2 lines of ≤ 120 characters), linked to its origin, owner and due after the text', () => {
    const lines = result.markdown.split('\n\n')[0]?.split('\n') ?? [];
    assert.deepEqual(lines, [
      '- [ ] **⚠ Overdue** Old open one @ana due:2026-11-01 (carried 2×)',
      '  — from [2026-10-01](../retrospectives/2026-10-01-4ls.md)',
      '- [ ] Ask @carol to pair with @bob @bob due:2026-12-20 (carried 1×)',
      '  — from [2026-11-01](../retrospectives/2026-11-01-4ls.md)',
    ]);
    for (const line of lines) assert.ok(line.length <= 120);
  });
  it('reads back as the same actions with the same metadata', () => {
    const items = readTaskItems(readLines(result.markdown));
    assert.deepEqual(items.map((i) => [i.text, i.owner, i.due, i.carried]), [
      ['Old open one', 'ana', '2026-11-01', 2], ['Ask @carol to pair with @bob', 'bob', '2026-12-20', 1], ['Add an alert on the login error rate', 'dana', undefined, 1],
    ]);
  });
  it('nothing open: says so', () => {
    assert.equal(carryFromMemory({ actions: [], today: '2026-12-01', linkTo }).markdown, NOTHING_OPEN_IN_MEMORY);
  });
});

describe('memory: carry-forward of lessons-learned reviews and learning plans', () => {
  const index = new ActionIndex(() => '2026-12-01');
  const add = (path: string, kind: 'retrospective' | 'postmortem' | 'lessons-learned' | 'learning-organization', text: string) => index.set(readDocument(`file:///w/docs/${path}`, text, { kind }));
  add('retrospectives/2026-11-01-4ls.md', 'retrospective', '- [ ] A retro action @ana');
  add('postmortems/2026-11-03-outage.md', 'postmortem', '- [ ] A postmortem follow-up @dana');
  add('lessons-learned/2026-11-20-aar.md', 'lessons-learned', '- [ ] Invite support to every pre-mortem @jo due:2026-12-04\n- [x] Publish the review @jo');
  add('learning-plans/2026-11-25-plan.md', 'learning-organization', '- [ ] Read the chapter on double-loop learning @lena');
  add('learning-plans/2026-11-26-plan.md', 'learning-organization', '- [x] ~~A dropped idea~~ dropped:2026-11-27');
  const linkTo = (uri: string) => uri.replace('file:///w/docs/', '../');
  const first = carryFromMemory({ actions: index.actions(), today: '2026-12-01', linkTo });
  const sections = first.markdown.split('\n\n');

  it('their open actions in a section of their own, after the postmortems\' (done and dropped ones left out)', () => {
    assert.deepEqual([first.retrospective, first.postmortem, first.learning], [1, 1, 2]);
    assert.deepEqual(sections.filter((s) => s.startsWith('###')), [POSTMORTEM_HEADING, LEARNING_HEADING]);
    const learning = sections[sections.indexOf(LEARNING_HEADING) + 1] ?? '';
    assert.deepEqual(learning.split('\n'), [
      '- [ ] Invite support to every pre-mortem @jo due:2026-12-04 (carried 1×)',
      '  — from [2026-11-20](../lessons-learned/2026-11-20-aar.md)',
      '- [ ] Read the chapter on double-loop learning @lena (carried 1×)',
      '  — from [2026-11-25](../learning-plans/2026-11-25-plan.md)',
    ]);
  });
  it('carried into a retrospective, an action stays the same one, of its kind, and comes back in the same section', () => {
    index.set(readDocument('file:///w/docs/retrospectives/2026-12-01-4ls.md', first.markdown, { kind: 'retrospective' }));
    const invite = index.actions().filter((a) => a.text === 'Invite support to every pre-mortem');
    assert.equal(invite.length, 1);
    assert.equal(invite[0]?.kind, 'lessons-learned');
    assert.equal(invite[0]?.carried, 1);
    assert.equal(invite[0]?.latest.uri, 'file:///w/docs/retrospectives/2026-12-01-4ls.md');
    const next = carryFromMemory({ actions: index.actions(), today: '2026-12-15', linkTo });
    assert.deepEqual([next.retrospective, next.postmortem, next.learning], [1, 1, 2]);
    assert.match(next.markdown, new RegExp(`${LEARNING_HEADING}\n\n- \\[ \\] \\*\\*⚠ Overdue\\*\\* Invite support to every pre-mortem @jo due:2026-12-04\n {2}\\(carried 2×\\)`)); // wrapped at 80 columns
  });
});

describe('the memory\'s problems name their catalog message, so the output channel can translate them', () => {
  const cases: { name: string; text: string; id: string }[] = [
    { name: 'no date', text: '# Retro\n', id: 'memoryNoDate' },
    { name: 'a score out of range', text: '---\ndate: 2026-11-15\nroti: 9\n---\n# Retro\n', id: 'memoryBadScore' },
    { name: 'health not a map', text: '---\ndate: 2026-11-15\nhealth: 3\n---\n# Retro\n', id: 'memoryHealthNotMap' },
    { name: 'an unreadable status in a table', text: '---\ndate: 2026-11-15\n---\n# Retro\n\n| Action | Status |\n| --- | --- |\n| Fix CI | someday |\n', id: 'memoryUnreadableStatus' },
    { name: 'TOML front matter never closed', text: '+++\ndate = 2026-11-15\n# Retro\n', id: 'memoryTomlOpen' },
  ];
  for (const { name, text, id } of cases) {
    it(name, () => {
      const doc = readDocument('file:///w/docs/retrospectives/notes.md', text, { kind: 'retrospective' });
      const found = doc.problems.find((p) => p.id === id);
      assert.ok(found, `${id} in ${JSON.stringify(doc.problems.map((p) => p.id ?? p.message))}`);
      assert.ok(found.message.length > 0 && !found.message.includes('{'), found.message);
    });
  }
});
