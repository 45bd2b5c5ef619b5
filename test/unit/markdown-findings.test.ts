// Regression tests for the Markdown findings of the hostile-input review (issue 11) and the
// reader disagreements of issue 8. Times are compared as ratios inside one run, never absolute.
import assert from 'node:assert/strict';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { parseGlossaryMarkdown } from '../../src/core/glossary/parseMarkdown';
import { findFrontMatter, LONG_LINE, MarkdownBlockIndex, readLines, termAtPosition } from '../../src/core/markdown';
import { parseActionItems } from '../../src/core/retro/actions';

const MATCHER = TermMatcher.build([{ term: 'double-loop learning', aliases: ['retro'], definition: 'd', see: [], origin: 'built-in' }]);
const K16 = 16_000;
/**
 * A hostile line may cost this many times a plain line of the same length: it holds thousands
 * of constructs where the plain one holds none, so a linear scan pays a few times more; the
 * quadratic scans these tests were written against paid 1,000–5,000× (0.3–1.1 s against 0.2 ms).
 */
const MAX_SLOWDOWN = 50;
const ROUNDS = 7;

function hover(lines: readonly string[], line: number, character: number, index = new MarkdownBlockIndex((i) => lines[i] ?? '', lines.length)): string | undefined {
  const match = termAtPosition(MATCHER, index, lines[line] ?? '', line, character);
  return match === undefined ? undefined : (lines[line] ?? '').slice(match.start, match.end);
}

/** Median over interleaved rounds of time(hostile) / time(plain), each run repeated `repeat` times. */
function slowdown(hostile: () => unknown, plain: () => unknown, repeat = 5): number {
  hostile();
  plain();
  const ratios: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    let start = performance.now();
    for (let k = 0; k < repeat; k++) hostile();
    const a = performance.now() - start;
    start = performance.now();
    for (let k = 0; k < repeat; k++) plain();
    const b = performance.now() - start;
    ratios.push(a / Math.max(b, 1e-3));
  }
  return ratios.sort((x, y) => x - y)[ROUNDS >> 1] as number;
}

/** A line of about K16 characters ending in " retro", and the column of that word. */
function lineEndingInTerm(body: string): [string, number] {
  const line = `${body} retro`;
  return [line, line.length - 3];
}

describe('markdown findings: one hostile line', function () {
  this.timeout(60_000);
  const plain = lineEndingInTerm('word '.repeat(K16 / 5));
  const shapes: Array<[string, string]> = [
    ['"](" × 8000', ']('.repeat(8000)],
    ['an unclosed <a> repeated', '<a>'.repeat(K16 / 3)],
    ['"a" × 16000 then "@"', `${'a'.repeat(K16)}@`],
    ['"see http://x" then ")" × 16000', `see http://x${')'.repeat(K16)}`],
  ];
  for (const [name, body] of shapes) {
    it(`${name}: the hover still answers, at the cost of a plain line (≤ ${MAX_SLOWDOWN}×)`, () => {
      const [line, at] = lineEndingInTerm(body);
      assert.equal(hover([line], 0, at), 'retro');
      const ratio = slowdown(() => hover([line], 0, at), () => hover([plain[0]], 0, plain[1]));
      assert.ok(ratio <= MAX_SLOWDOWN, `${name}: ${ratio.toFixed(1)}× a plain line`);
    });
  }

  it('lines holding <!-- are not a tax on every hover below them', () => {
    // Each line is read inline while the index is built (it holds a comment): 16 KB of `](` against 16 KB of words.
    const hostile = [...Array.from({ length: 4 }, () => `${']('.repeat(K16 / 2)} <!-- note -->`), 'a retro'];
    const calm = [...Array.from({ length: 4 }, () => `${'word '.repeat(K16 / 5)} <!-- note -->`), 'a retro'];
    assert.equal(hover(hostile, 4, 3), 'retro');
    const ratio = slowdown(() => hover(hostile, 4, 3), () => hover(calm, 4, 3));
    assert.ok(ratio <= MAX_SLOWDOWN, `${ratio.toFixed(1)}× the calm document`);
  });

  it('a 5 MB single-line document: the line is scanned once per version, not once per hover', () => {
    const line = `${'a retro and `code` with [a](link) '.repeat(150_000)}`;
    const index = new MarkdownBlockIndex(() => line, 1);
    const first = performance.now();
    assert.equal(hover([line], 0, 3, index), 'retro');
    const firstTime = performance.now() - first;
    const again = performance.now();
    for (let k = 0; k < 10; k++) assert.equal(hover([line], 0, line.length - 30, index), 'retro');
    const againTime = (performance.now() - again) / 10;
    assert.ok(againTime * 4 <= firstTime, `a hover again took ${againTime.toFixed(2)} ms, the first ${firstTime.toFixed(2)} ms`);
  });

  it(`a line over ${LONG_LINE} characters still gets its hover at both ends; a 16 KB line is matched whole`, () => {
    const long = `retro ${'word '.repeat(LONG_LINE / 4)}retro`;
    assert.equal(hover([long], 0, 1), 'retro');
    assert.equal(hover([long], 0, long.length - 2), 'retro');
    const line = `${'`code` '.repeat(K16 / 7)}retro`;
    assert.equal(hover([line], 0, line.length - 2), 'retro');
  });
});

describe('markdown findings: documents', () => {
  it('a task with a comment inside keeps its line ("<!-- blocked on ops --> @ana" is prose around)', () => {
    const read = readLines('- [ ] Upgrade the database <!-- blocked on ops --> @ana due:2026-12-15\n');
    assert.equal(read.kindAt(0), 'text');
  });

  it('`<!--` in inline code and a later --> hide nothing', () => {
    const doc = ['- [ ] one `<!--`', '- [ ] two', '- [ ] three', '- [ ] four -->'].join('\n');
    const read = readLines(doc);
    assert.deepEqual(read.lines.map((_, i) => read.kindAt(i)), ['text', 'text', 'text', 'text']);
    assert.equal(parseActionItems(doc).length, 4);
  });

  it('front matter after a UTF-8 BOM, with CRLF: every reader finds the same three lines', () => {
    const doc = '\uFEFF---\r\ndate: 2026-11-30\r\n---\r\n- [ ] after\r\n';
    assert.equal(findFrontMatter(doc)?.bodyLine, 3);
    const read = readLines(doc);
    assert.equal(read.frontMatterLines, 3);
    assert.deepEqual([0, 1, 2, 3].map((i) => read.kindAt(i)), ['front-matter', 'front-matter', 'front-matter', 'text']);
    assert.deepEqual(parseActionItems(doc).map((i) => i.line), [3]);
  });

  it('GLOSSARY.md: terms after a list nested over 100 deep are kept, and the deep list is reported once', () => {
    const deep = Array.from({ length: 120 }, (_, d) => `${'  '.repeat(d)}- a`).join('\n');
    const result = parseGlossaryMarkdown(`## One\n\nFirst.\n\n${deep}\n\n## Two\n\nSecond.\n`, 'GLOSSARY.md');
    assert.deepEqual(result.entries.map((e) => e.term), ['One', 'Two']);
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0]?.message ?? '', /nested more than/);
    assert.equal(result.problems[0]?.line, 44);
  });

  it('GLOSSARY.md: front matter is not a term (markdown-it alone reads "title: x" under --- as a heading)', () => {
    const result = parseGlossaryMarkdown('\uFEFF---\r\ntitle: x\r\n---\r\n## Term\r\n\r\nDefinition.\r\n', 'GLOSSARY.md');
    assert.deepEqual(result.entries.map((e) => [e.term, e.line]), [['Term', 3]]);
  });
});
