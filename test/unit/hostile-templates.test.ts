// Regression tests for the template findings of the hostile-input review (issue 11): each
// failed before its fix.
import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { parseSnippet, renderDefaults, substituteVariables } from '../../src/core/templates/snippet';
import { MAX_SNIPPET_DEPTH } from '../../src/core/templates/snippetParser';
import { applyTransform, unsafeReason } from '../../src/core/templates/snippetTransform';
import { parseTemplate } from '../../src/core/templates/template';

const HEADER = '---\nid: team-retro\nname: Team retro\nkind: retrospective\n---\n';
const NESTED = 3000;

describe('snippet parser on hostile bodies', () => {
  it(`~${NESTED} nested "\${1:" neither overflow the stack nor throw: capped at ${MAX_SNIPPET_DEPTH} with an error`, () => {
    const body = '${1:'.repeat(NESTED) + 'x' + '}'.repeat(NESTED);
    const parsed = parseSnippet(body);
    assert.match(parsed.error?.message ?? '', new RegExp(`nested more than ${MAX_SNIPPET_DEPTH} deep`));
    assert.equal(parsed.error?.offset, MAX_SNIPPET_DEPTH * '${1:'.length);
  });

  it('a team template nested too deep is reported at its line, not silently left out', () => {
    const { template, problems } = parseTemplate(`${HEADER}# Retro\n${'${1:'.repeat(NESTED)}x${'}'.repeat(NESTED)}\n`, 'file:///t.md');
    assert.equal(template, undefined);
    assert.deepEqual(problems.map((p) => [p.line, p.severity]), [[6, 'error']]);
    assert.match(problems[0]?.message ?? '', /nested more than/);
  });
});

describe('substituteVariables keeps each value apart from what precedes it', () => {
  const vars = { ITERATION: '3', TEAM: 'Orbit' };
  const cases: Array<{ body: string; expected: string; why: string }> = [
    { body: '$1$ITERATION', expected: '${1}3', why: 'not tabstop $13' },
    { body: '$TM_FILENAME_BASE$TEAM', expected: '${TM_FILENAME_BASE}Orbit', why: 'not the unknown variable $TM_FILENAME_BASEOrbit' },
    { body: '$${ITERATION}', expected: '\\$3', why: 'a literal $ stays literal, not tabstop $3' },
    { body: 'cost: $$ITERATION', expected: 'cost: \\$3', why: 'the same without braces' },
    { body: '${1:a}$ITERATION', expected: '${1:a}3', why: 'a braced tabstop needs nothing' },
    { body: '$ITERATION$ITERATION', expected: '33', why: 'two values side by side' },
  ];
  for (const { body, expected, why } of cases) {
    it(`${body} → ${expected} (${why})`, () => {
      const out = substituteVariables(body, vars);
      assert.equal(out, expected);
      // What VS Code will read: the same text as rendering the original body.
      assert.equal(renderDefaults(out, {}), renderDefaults(body, vars));
    });
  }
});

describe('transforms on our variables', () => {
  it('${TEAM/…/${1:/upcase}/} is applied when inserting and when rendering', () => {
    const body = 'Team ${TEAM/(.*)/${1:/upcase}/}';
    assert.equal(substituteVariables(body, { TEAM: 'Orbit' }), 'Team ORBIT');
    assert.equal(renderDefaults(body, { TEAM: 'Orbit' }), 'Team ORBIT');
  });

  it('format options: +if, ?if:else, -else, capitalize, pascalcase, global replace', () => {
    const t = (regex: string, format: string, flags = ''): string | undefined => applyTransform('blue team', { regex, format, flags });
    assert.equal(t('(blue)', '${1:+B}'), 'B team');
    assert.equal(t('(red)?blue', '${1:?R:N}'), 'N team');
    assert.equal(t('(red)?blue', '${1:-none}'), 'none team');
    assert.equal(t('.*', '${0:/capitalize}'), 'Blue team');
    assert.equal(t('.*', '${0:/pascalcase}'), 'BlueTeam');
    assert.equal(t(' ', '-', 'g'), 'blue-team');
  });

  it('a regular expression that could backtrack for ages is not run, and the template says so', () => {
    for (const regex of ['(a+)+$', '(a*)*b', 'a*a*a*b', '(?=a)a', '(a)\\1']) assert.notEqual(unsafeReason(regex), undefined, regex);
    assert.equal(applyTransform('a'.repeat(40), { regex: '(a+)+$', format: 'x', flags: '' }), undefined);
    assert.equal(renderDefaults('${TEAM/(a+)+$/x/}', { TEAM: 'aaaa' }), 'aaaa');
    const { template, problems } = parseTemplate(`${HEADER}# \${TEAM/(a+)+$/x/}\n`, 'file:///t.md');
    assert.ok(template !== undefined, 'still a usable template');
    assert.deepEqual(problems.map((p) => [p.line, p.column, p.severity]), [[5, 2, 'warning']]);
    assert.match(problems[0]?.message ?? '', /transform on \$\{TEAM\} is not applied/);
  });
});

describe('the team name in YAML front matter', () => {
  const body = '---\nteam: ${1:${TEAM}}\niteration: ${2:${ITERATION}}\nplain: $TEAM\n---\n# Retro of ${TEAM}\n';
  const names = [`${'long '.repeat(20)}\nname`, '\n"Σ', 'Ops: SRE', '@team', '- a', '*alias', '#1 Team', '[core]', 'a\nb: injected', 'Orbit', '2026', 'true', '"quoted"', "it's", '{x}', 'a # b'];
  for (const name of names) {
    it(`${JSON.stringify(name)} reads back as itself, iteration as a number, no key injected`, () => {
      for (const rendered of [renderDefaults(body, { TEAM: name, ITERATION: '3' }), renderDefaults(substituteVariables(body, { TEAM: name, ITERATION: '3' }), {})]) {
        const yaml = rendered.split('---\n')[1] ?? '';
        assert.deepEqual(parse(yaml), { team: name, iteration: 3, plain: name });
        assert.ok(rendered.endsWith(`# Retro of ${name}\n`), 'the body keeps the name as written');
      }
    });
  }

  it('a plain name stays unquoted', () => {
    assert.equal(renderDefaults(body, { TEAM: 'Orbit', ITERATION: '3' }).split('\n')[1], 'team: Orbit');
  });
});

describe('template headers the YAML library would take long on', () => {
  it('a header over 4 KB or nested over 16 brackets is reported at the fence and not parsed', () => {
    for (const value of ['x'.repeat(5000), '{'.repeat(8000), '[x]'.repeat(4000), `${'['.repeat(17)}a`]) {
      const { template, problems } = parseTemplate(`---\nid: t\nname: T\nkind: retrospective\nx: ${value}\n---\nbody\n`, 'file:///t.md');
      assert.equal(template, undefined);
      assert.deepEqual(problems.map((p) => [p.line, p.severity]), [[0, 'error']]);
      assert.match(problems[0]?.message ?? '', /characters long|more than 16 deep/);
    }
  });
});
