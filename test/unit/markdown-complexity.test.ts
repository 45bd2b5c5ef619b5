// The one Markdown reader is linear in its input however the input repeats the tokens its
// grammar knows: each scanner is timed on an adversarial input of size n and 4n in one run,
// and 4× the input may cost at most 8× the time (test/unit/support/complexity.ts).
import { TermMatcher } from '../../src/core/glossary/matcher';
import {
  findFrontMatter, LineMap, MarkdownBlockIndex, readLines, scanInline, termAtPosition, wrapListItem,
} from '../../src/core/markdown';
import { parseActionItems } from '../../src/core/retro/actions';
import { parseGlossaryMarkdown } from '../../src/core/glossary/parseMarkdown';
import { growthRatio, MAX_GROWTH, type ScalingCase } from './support/complexity';
import assert from 'node:assert/strict';

/** Attempts before a case counts as super-linear: noise on a shared machine rarely lasts five; a quadratic scanner shows ~16× on each. */
const ATTEMPTS = 5;

/** assertScalesLinearly, measured again when a busy machine spoiled one run. */
function assertScalesLinearly(c: ScalingCase): void {
  const ratios: number[] = [];
  for (let k = 0; k < ATTEMPTS; k++) {
    const ratio = growthRatio(c);
    ratios.push(ratio);
    if (ratio <= MAX_GROWTH) return;
  }
  assert.fail(`${c.name}: 4× the input took ${ratios.map((r) => `${r.toFixed(1)}×`).join(', ')} the time (bound ${MAX_GROWTH}×)`);
}

/** `token` repeated to about `n` characters. */
const repeat = (token: string) => (n: number): string => token.repeat(Math.max(1, Math.ceil(n / token.length)));
/** `token` on about `n / token.length` lines. */
const lines = (token: string) => (n: number): string => `${token}\n`.repeat(Math.max(1, Math.ceil(n / (token.length + 1))));

/** What the grammar knows, one token each: every one repeated on a line and over lines. */
const INLINE_TOKENS = [
  '`', '``', '` ``', '<', '<!--', '-->', '<!-- x', '](', '](<', '[', '(', ')', '*', '_', '>', '\\', '&', '![', '][', '[a](',
  '](a "', "](a '", '](a (', '](( ', '<a>', '<a ', '<a href="', '<code>', '</a', '<http://', '<a@', 'a@', 'a@b.', '@a.b',
  'see http://x', 'http://x)', 'www.', '.,', 'a ', '\t', '|', '~~~', '```', '---', '- ', '1. ', '    ', '[ ]', '[x]',
];
const PREFIXED_INLINE: Array<[string, (n: number) => string]> = [
  ['"a" × n then "@"', (n) => `${'a'.repeat(n)}@`],
  ['"see http://x" then ")" × n', (n) => `see http://x${')'.repeat(n)}`],
  ['"see http://x" then ".," × n then "a"', (n) => `see http://x${'.,'.repeat(n / 2)}a`],
  ['"`" then "``" × n', (n) => `\`${'``'.repeat(n / 2)}`],
  ['growing backtick runs', (n) => { let s = ''; for (let k = 1; s.length < n; k++) s += `${'`'.repeat(k)} `; return s; }],
  ['"<a x=\\"" × n', repeat('<a x="')],
  ['"](" then spaces', (n) => `](${' '.repeat(n)}`],
  ['a task then spaces', (n) => `- [ ] a${' '.repeat(n)}b`],
];

const MATCHER = TermMatcher.build([{ term: 'double-loop learning', aliases: ['retro'], definition: 'd', see: [], origin: 'built-in' }]);

/** Reads a whole document: the kind of its last line. */
function lastKind(text: string): unknown {
  const read = readLines(text);
  return read.kindAt(read.lines.length - 1);
}

function hoverLastLine(text: string): unknown {
  const all = text.split('\n');
  const index = new MarkdownBlockIndex((i) => all[i] ?? '', all.length);
  const last = all.length - 1;
  return termAtPosition(MATCHER, index, all[last] ?? '', last, Math.floor((all[last] ?? '').length / 2));
}

describe('markdown reader: linear on adversarial input', function () {
  this.timeout(120_000);

  describe('inline scan of one line', () => {
    for (const token of INLINE_TOKENS) {
      it(`${JSON.stringify(token)} × n on one line`, () => assertScalesLinearly({ name: `inline ${JSON.stringify(token)}`, generate: repeat(token), run: scanInline }));
    }
    for (const [name, generate] of PREFIXED_INLINE) {
      it(name, () => assertScalesLinearly({ name, generate, run: scanInline }));
    }
  });

  describe('block index over many lines (to the last line)', () => {
    const blockTokens = ['<!-- c -->', '<!--', '-->', '```', '~~~', '```js', '> ', '> > >', '- a', '  - a', '1. a', '    code', '---',
      '<div>', '<details>', '</details>', '<script>', '<?', '<![CDATA[', '| a | b |', '|---|---|', '- [ ] a <!-- x', '`<!--`', 'a](b', '', '\t- a'];
    for (const token of blockTokens) {
      it(`${JSON.stringify(token)} on every line`, () => assertScalesLinearly({
        name: `blocks ${JSON.stringify(token)}`, generate: lines(token), run: lastKind,
        n: 16_000,
      }));
    }
    it('lists nested one level deeper on every line', () => assertScalesLinearly({
      name: 'deep lists', n: 8000,
      generate: (n) => { const out: string[] = []; for (let d = 0, len = 0; len < n; d++) { const l = `${'  '.repeat(d % 2000)}- a`; out.push(l); len += l.length + 1; } return out.join('\n'); },
      run: (text) => { const r = readLines(text); return r.kindAt(r.lines.length - 1); },
    }));
    it('a fence opened in a quote, then quotes on every line', () => assertScalesLinearly({
      name: 'quoted fence', generate: (n) => `> \`\`\`\n${lines('> a')(n)}`, run: (text) => { const r = readLines(text); return r.kindAt(r.lines.length - 1); }, n: 16_000,
    }));
  });

  describe('whole-document readers', () => {
    const docs: Array<[string, (n: number) => string]> = [
      ['one-line comments', lines('<!-- c -->')],
      ['unclosed fences', lines('```')],
      ['tasks', lines('- [ ] a')],
      ['front matter of [x]', (n) => `---\n${lines('[x]')(n)}---\n`],
      ['front matter never closed', (n) => `---\n${lines('- [x] a')(n)}`],
      ['comments opened in inline code', lines('- [ ] a `<!--` b -->')],
    ];
    for (const [name, generate] of docs) {
      it(`front matter finder: ${name}`, () => assertScalesLinearly({ name, generate, run: findFrontMatter, n: 32_000 }));
      it(`action items via readLines: ${name}`, () => assertScalesLinearly({ name, generate, run: parseActionItems, n: 32_000 }));
      it(`line map: ${name}`, () => assertScalesLinearly({ name, generate, run: (t) => new LineMap(t).span(t.length >> 1, 1), n: 32_000 }));
    }
    it('hover on the last line below n comment lines', () => assertScalesLinearly({ name: 'hover below comments', generate: lines('text ](](]( <!-- a'), run: hoverLastLine, n: 16_000 }));
    it('hover on one line of "](" × n', () => assertScalesLinearly({ name: 'hover ](', generate: repeat(']('), run: hoverLastLine }));
    it('glossary Markdown: nested lists', () => assertScalesLinearly({
      name: 'glossary nested', generate: (n) => `## Term\n\nDefinition.\n\n${lines('> - a')(n)}\n## Later\n\nIts definition.\n`, run: (t) => parseGlossaryMarkdown(t, 'g'), n: 8000,
    }));
    it('80-column wrapper: words', () => assertScalesLinearly({ name: 'wrap words', generate: repeat('word '), run: wrapListItem, n: 16_000 }));
    it('80-column wrapper: block markers', () => assertScalesLinearly({ name: 'wrap markers', generate: repeat('- '), run: wrapListItem, n: 16_000 }));
  });
});
