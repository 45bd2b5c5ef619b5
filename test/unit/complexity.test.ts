// The complexity guarantee of issue 11 for the glossary and template scanners: 4× the input
// may cost at most MAX_GROWTH× the time, on adversarial inputs (repetitions of every token
// each grammar knows). Ratios are measured in one run and printed at the end.
import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { renderHoverMarkdown } from '../../src/core/glossary/hoverContent';
import { glossaryPlugin } from '../../src/core/glossary/markdownItPlugin';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { mergeGlossaries } from '../../src/core/glossary/merge';
import type { GlossaryEntry } from '../../src/core/glossary/entry';
import { parseGlossaryJson } from '../../src/core/glossary/parseJson';
import { parseGlossaryMarkdown } from '../../src/core/glossary/parseMarkdown';
import { parseSnippet, renderDefaults, substituteVariables } from '../../src/core/templates/snippet';
import { parseTemplate } from '../../src/core/templates/template';
import { growthRatio, MAX_GROWTH, type ScalingCase } from './support/complexity';

const ratios: Array<[string, number]> = [];
const ATTEMPTS = 3;

/** A quadratic scanner is ~16× on every attempt, a busy machine only on some: the best of three decides. */
function assertScalesLinearly(c: ScalingCase): void {
  const seen: number[] = [];
  for (let k = 0; k < ATTEMPTS && !(seen.length > 0 && Math.min(...seen) <= MAX_GROWTH); k++) seen.push(growthRatio(c));
  const best = Math.min(...seen);
  ratios.push([c.name, best]);
  assert.ok(best <= MAX_GROWTH, `${c.name}: 4× the input took ${seen.map((r) => r.toFixed(1)).join(', ')}× the time (bound ${MAX_GROWTH}×)`);
}

/** `token` repeated to about `n` characters. */
const repeat = (token: string) => (n: number): string => token.repeat(Math.max(1, Math.ceil(n / token.length)));

function entry(term: string, fields: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return { term, aliases: [], definition: `About ${term}.`, see: [], origin: 'built-in', ...fields };
}

const HEADER = '---\nid: t\nname: T\nkind: retrospective\n---\n';

describe('complexity: every glossary and template scanner is linear in its input', function () {
  this.timeout(120_000);

  after(() => {
    console.log('\n    growth for 4× the input (best of up to three runs; bound 8×):');
    for (const [name, ratio] of ratios) console.log(`      ${ratio.toFixed(2).padStart(6)}×  ${name}`);
  });

  describe('glossary.json', () => {
    const tokens = ['[', '{', '"', '\\', ',', '"a":', '{"term":"a","definition":"b"},', '"\\u00', '// x\n'];
    for (const token of tokens) {
      it(`× ${JSON.stringify(token)}`, () => assertScalesLinearly({ name: `parseGlossaryJson × ${JSON.stringify(token)}`, generate: (n) => `{"terms": [${repeat(token)(n)}`, run: (t) => parseGlossaryJson(t, 'x') }));
    }
    it('many valid entries with aliases', () => assertScalesLinearly({
      name: 'parseGlossaryJson: entries with aliases',
      generate: (n) => JSON.stringify({ terms: Array.from({ length: Math.ceil(n / 60) }, (_, k) => ({ term: `term ${k}`, aliases: [`t${k}`, `alias ${k}`], definition: 'd' })) }),
      run: (t) => parseGlossaryJson(t, 'x'),
    }));
  });

  describe('GLOSSARY.md', () => {
    const tokens = ['## a\nb\n\n', 'Aliases: a, b\n', '- ', '```\n', '](', '<a>', '*'];
    for (const token of tokens) {
      it(`× ${JSON.stringify(token)}`, () => assertScalesLinearly({ name: `parseGlossaryMarkdown × ${JSON.stringify(token)}`, generate: (n) => `# G\n\n## Start\n\nDef.\n\n${repeat(token)(n)}`, run: (t) => parseGlossaryMarkdown(t, 'x'), n: 2000 }));
    }
  });

  describe('the matcher', () => {
    const matcher = TermMatcher.build([
      entry('a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a b'), entry('C++'), entry('team'), entry('double-loop learning'),
      entry('caf\u00e9'), entry('𝐀𝐁𝐂'), entry('analysis'), entry('(a|b)'),
    ]);
    const texts = ['a ', 'a-', 'C+', "teams's ", 'double-loop ', 'cafe\u0301 ', '𝐀𝐁𝐂𝐃 ', '\ud835', 'analyses ', '(a|', '\u00a0'];
    for (const text of texts) {
      it(`find × ${JSON.stringify(text)}`, () => assertScalesLinearly({ name: `matcher.find × ${JSON.stringify(text)}`, generate: repeat(text), run: (t) => matcher.find(t) }));
    }
    it('at() on the last character of one long line', () => assertScalesLinearly({ name: 'matcher.at, long line', generate: repeat('a a teams '), run: (t) => matcher.at(t, t.length - 1) }));
    it('many terms (build, then find)', () => assertScalesLinearly({
      name: 'TermMatcher.build: n/10 terms',
      generate: (n) => Array.from({ length: Math.ceil(n / 10) }, (_, k) => `term${k} x${k}`).join('\n'),
      run: (t) => TermMatcher.build(t.split('\n').map((term) => entry(term))).find('term1 x1 and term2'),
    }));
    it('one long term', () => assertScalesLinearly({
      name: 'a term of n characters against itself',
      generate: repeat('ab'),
      run: (t) => TermMatcher.build([entry(t)]).find(`${t} ${t}`),
    }));
    it('a 5,001-word term against `a a a` (capped at 32 tokens)', () => {
      const long = TermMatcher.build([entry(Array.from({ length: 5001 }, () => 'a').join(' ')), entry(Array.from({ length: 32 }, () => 'a').join(' '))]);
      assertScalesLinearly({ name: '5,001-word term vs "a a a"', generate: repeat('a '), run: (t) => long.find(t) });
    });
  });

  describe('snippets', () => {
    const tokens = ['${a/', '${1:', '${1|,', '${1/', '$1', '$TEAM', '\\$', '}', '${TEAM/(.*)/', '${1|a\\,'];
    for (const token of tokens) {
      it(`× ${JSON.stringify(token)}`, () => {
        assertScalesLinearly({ name: `parseSnippet × ${JSON.stringify(token)}`, generate: repeat(token), run: (t) => parseSnippet(t) });
        assertScalesLinearly({ name: `renderDefaults+substituteVariables × ${JSON.stringify(token)}`, generate: repeat(token), run: (t) => substituteVariables(t, { TEAM: 'Ops: SRE' }) + renderDefaults(t, { TEAM: 'a' }) });
      });
    }
    it('variables in front matter', () => assertScalesLinearly({
      name: 'front-matter values quoted',
      generate: (n) => `---\n${repeat('team: ${1:${TEAM}}\n')(n)}---\n`,
      run: (t) => substituteVariables(t, { TEAM: 'Ops: SRE' }),
    }));
  });

  describe('template files', () => {
    const headerTokens = ['[x]', 'a: b\n', '{', '"', '*a '];
    for (const token of headerTokens) {
      it(`header × ${JSON.stringify(token)}`, () => assertScalesLinearly({ name: `parseTemplate, header × ${JSON.stringify(token)}`, generate: (n) => `---\nid: t\nname: T\nkind: retrospective\nx: ${repeat(token)(n)}\n---\nbody\n`, run: (t) => parseTemplate(t, 'x'), n: 2000 }));
    }
    for (const token of ['${TEAM/(a+)+$/x/} ', '${1:', '---\n']) {
      it(`body × ${JSON.stringify(token)}`, () => assertScalesLinearly({ name: `parseTemplate, body × ${JSON.stringify(token)}`, generate: (n) => HEADER + repeat(token)(n), run: (t) => parseTemplate(t, 'x') }));
    }
  });

  describe('merge and duplicates', () => {
    it('aliases taken over one by one', () => assertScalesLinearly({
      name: 'mergeGlossaries: n/10 aliases taken one by one',
      generate: (n) => String(Math.ceil(n / 10)),
      run: (count) => {
        const aliases = Array.from({ length: Number(count) }, (_, k) => `alias ${k}`);
        return mergeGlossaries([[entry('owner', { aliases })], ...aliases.map((a) => [entry(`t ${a}`, { aliases: [a] })])]);
      },
    }));
    it('one entry replaced over and over', () => assertScalesLinearly({
      name: 'mergeGlossaries: one term redefined n/10 times',
      generate: (n) => String(Math.ceil(n / 10)),
      run: (count) => mergeGlossaries(Array.from({ length: Number(count) }, (_, k) => [entry('same', { aliases: [`a${k}`, 'shared'] })])),
    }));
    it('duplicate aliases in one file', () => assertScalesLinearly({
      name: 'parseGlossaryJson: n/8 duplicate aliases',
      generate: (n) => JSON.stringify([{ term: 'a', definition: 'b', aliases: Array.from({ length: Math.ceil(n / 8) }, () => 'dup') }]),
      run: (t) => parseGlossaryJson(t, 'x'),
    }));
  });

  describe('the preview plugin', () => {
    const matcher = TermMatcher.build([entry('Kaizen'), entry('learning organization'), entry('C++')]);
    const md = new MarkdownIt({ html: true, linkify: true }).use(glossaryPlugin, { getMatcher: () => matcher });
    const tokens = ['Kaizen ', 'learning organizations ', '<style>Kaizen</style>', '<a>Kaizen ', '# Kaizen\n', 'C++ ', 'a\n'];
    for (const token of tokens) {
      it(`render × ${JSON.stringify(token)}`, () => assertScalesLinearly({ name: `preview render × ${JSON.stringify(token)}`, generate: repeat(token), run: (t) => md.render(t) }));
    }
  });

  describe('hover content', () => {
    const tokens = ['\\*', '*a', '* ', '**', '\n\n', '    ', '](', 'a*b_'];
    for (const token of tokens) {
      it(`definition × ${JSON.stringify(token)}`, () => assertScalesLinearly({
        name: `renderHoverMarkdown × ${JSON.stringify(token)}`,
        generate: repeat(token),
        run: (t) => renderHoverMarkdown(entry(t, { definition: t, details: t, see: [t], source: t }), { compareCommandUri: 'command:x', showTermUri: (s) => `command:y?${encodeURIComponent(s)}` }),
      }));
    }
  });
});
