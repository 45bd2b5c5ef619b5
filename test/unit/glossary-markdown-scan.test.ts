import * as assert from 'node:assert/strict';
import { TermMatcher } from '../../src/core/glossary/matcher';
import type { GlossaryEntry } from '../../src/core/glossary/entry';
import {
  MarkdownBlockIndex,
  frontMatterLineCount,
  inlineExcludedRanges,
  termAtPosition,
  type LineKind,
} from '../../src/core/markdown';

function indexOf(lines: string[]): MarkdownBlockIndex {
  return new MarkdownBlockIndex((line) => lines[line] ?? '', lines.length);
}

function kinds(markdown: string): LineKind[] {
  const lines = markdown.split('\n');
  const index = indexOf(lines);
  return lines.map((_, line) => index.kindAt(line));
}

/** The excluded parts of a line, as text. */
function excluded(line: string): string[] {
  return inlineExcludedRanges(line).map(([start, end]) => line.slice(start, end));
}

describe('MarkdownBlockIndex', () => {
  const T = 'text';
  const F = 'fenced-code';
  const I = 'indented-code';
  const Y = 'front-matter';
  const C = 'html-comment';
  const H = 'html-block';
  const rows: Array<{ name: string; markdown: string; expected: LineKind[] }> = [
    { name: 'backtick fence with an info string', markdown: 'a\n```ts\ncode\n```\nb', expected: [T, F, F, F, T] },
    { name: 'tilde fence', markdown: '~~~\ncode\n~~~\nb', expected: [F, F, F, T] },
    { name: 'a longer closing fence closes', markdown: '```\ncode\n`````\nb', expected: [F, F, F, T] },
    { name: 'a shorter or other fence does not close', markdown: '````\n```\n~~~~\n````\nb', expected: [F, F, F, F, T] },
    { name: 'fence indented up to 3 spaces', markdown: '   ```\ncode\n   ```\nb', expected: [F, F, F, T] },
    { name: 'unclosed fence runs to the end', markdown: '```\ncode\nmore', expected: [F, F, F] },
    { name: 'backticks in a backtick info string are inline code', markdown: '```a`b```\ntext', expected: [T, T] },
    { name: 'fence inside a list item', markdown: '1. Step\n   ```bash\n   run\n   ```\n2. Next', expected: [T, F, F, F, T] },
    { name: 'fence inside a block quote ends with the quote', markdown: '> ```\n> code\nafter', expected: [F, F, T] },
    { name: 'fence inside a block quote closes inside it', markdown: '> ```\n> code\n> ```\n> quoted text', expected: [F, F, F, T] },
    { name: 'a quoted fence line inside a top-level fence is code', markdown: '```\n> ```\nstill code\n```\nb', expected: [F, F, F, F, T] },
    { name: 'indented code after a blank line', markdown: 'para\n\n    code\n\tcode\n\nafter', expected: [T, T, I, I, T, T] },
    { name: 'indented code at the start and after a heading', markdown: '    code\n# H\n    code', expected: [I, T, I] },
    { name: 'an indented line continues a paragraph', markdown: 'para\n    still para', expected: [T, T] },
    { name: 'indented lines inside a list are not code', markdown: '- item\n\n    more of the item\n- next', expected: [T, T, T, T] },
    { name: 'code indented within a list item', markdown: '- item\n\n      code\n', expected: [T, T, I, T] },
    { name: 'YAML front matter', markdown: '---\ntitle: Retro\ntags: [a]\n---\nbody', expected: [Y, Y, Y, Y, T] },
    { name: 'front matter closed by ...', markdown: '---\na: 1\n...\nbody', expected: [Y, Y, Y, T] },
    { name: 'unclosed front matter is none', markdown: '---\na: 1', expected: [T, T] },
    { name: '--- later is a rule, not front matter', markdown: 'x\n---\na\n---', expected: [T, T, T, T] },
    { name: 'multi-line HTML comment', markdown: '<!--\nhidden\n-->\nshown', expected: [C, C, C, T] },
    { name: 'one-line HTML comment', markdown: '<!-- note -->\nshown', expected: [C, T] },
    { name: 'comment opened in a paragraph', markdown: 'text <!-- start\nhidden\nend -->\nshown', expected: [T, C, C, T] },
    { name: 'comment opener inside inline code is text', markdown: 'use `<!--` here\nshown', expected: [T, T] },
    { name: 'HTML block until a blank line', markdown: '<div>\ninside\n</div>\n\nafter', expected: [H, H, H, T, T] },
    { name: 'raw HTML until its closing tag', markdown: '<pre>\na\n\nb\n</pre>\nafter', expected: [H, H, H, H, H, T] },
    { name: 'no fences inside a fence', markdown: '~~~\n```\n~~~\nb', expected: [F, F, F, T] },
  ];
  for (const { name, markdown, expected } of rows) {
    it(name, () => assert.deepEqual(kinds(markdown), expected));
  }

  it('caches: each line is read once, however often it is asked about', () => {
    const lines = Array.from({ length: 1000 }, (_, k) => (k % 10 === 0 ? '```' : `line ${k}`));
    let reads = 0;
    const index = new MarkdownBlockIndex((line) => {
      reads++;
      return lines[line] ?? '';
    }, lines.length);
    index.kindAt(999);
    const afterFirst = reads;
    for (let k = 0; k < 100; k++) index.kindAt(k * 7);
    assert.equal(reads, afterFirst);
    assert.ok(afterFirst <= 1001, `${afterFirst} reads`);
  });

  it('lines out of range are text', () => {
    assert.equal(indexOf(['```']).kindAt(5), 'text');
  });

  it('frontMatterLineCount', () => {
    assert.equal(frontMatterLineCount('---\na: 1\n---\nbody'), 3);
    assert.equal(frontMatterLineCount('---\r\na: 1\r\n---\r\nbody'), 3);
    assert.equal(frontMatterLineCount('body\n---\n'), 0);
    assert.equal(frontMatterLineCount('---\nunclosed'), 0);
  });
});

describe('inlineExcludedRanges', () => {
  const rows: Array<{ name: string; line: string; expected: string[] }> = [
    { name: 'code span', line: 'a `learning` b', expected: ['`learning`'] },
    { name: 'double backtick code span', line: 'a ``x ` y`` b', expected: ['``x ` y``'] },
    { name: 'unmatched backticks are text', line: 'a ``x` b', expected: [] },
    { name: 'escaped backtick opens nothing', line: 'a \\`x` b', expected: [] },
    { name: 'link destination and title, not link text', line: 'see [learning](https://x.org/a_(b) "Title") ok', expected: ['(https://x.org/a_(b) "Title")'] },
    { name: 'angle-bracket destination', line: '[t](<a b.md>)', expected: ['(<a b.md>)'] },
    { name: 'image source', line: '![alt](img/learning.png)', expected: ['(img/learning.png)'] },
    { name: 'reference label', line: '[text][learning-ref] and more', expected: ['[learning-ref]'] },
    { name: 'autolink', line: 'at <https://learning.example/x> ok', expected: ['<https://learning.example/x>'] },
    { name: 'e-mail autolink', line: 'mail <team@learning.org>', expected: ['<team@learning.org>'] },
    { name: 'bare URL without trailing punctuation', line: 'see https://example.com/learning.', expected: ['https://example.com/learning'] },
    { name: 'bare www URL in parentheses', line: '(www.learning.org/a)', expected: ['www.learning.org/a'] },
    { name: 'bare e-mail address', line: 'ask learning@example.com now', expected: ['learning@example.com'] },
    { name: 'reference definition', line: '[learning]: https://x.org "Learning"', expected: ['[learning]: https://x.org "Learning"'] },
    { name: 'footnote definition is prose', line: '[^1]: A learning note', expected: [] },
    { name: 'inline HTML tags, not the text between', line: 'a <span class="x">learning</span> b', expected: ['<span class="x">', '</span>'] },
    { name: 'inline HTML comment', line: 'a <!-- learning --> b', expected: ['<!-- learning -->'] },
    { name: 'inline HTML code, kbd and links with their content', line: 'a <code>learning</code> <kbd>x</kbd> <a href="u">learning</a> b', expected: ['<code>learning</code>', '<kbd>x</kbd>', '<a href="u">learning</a>'] },
    { name: 'unclosed comment runs to the end of the line', line: 'a <!-- learning', expected: ['<!-- learning'] },
    { name: 'a lone < is text', line: 'a < b and c > d', expected: [] },
    { name: 'code span wins over a link inside it', line: '`[a](b)` c', expected: ['`[a](b)`'] },
    { name: 'plain prose', line: 'just learning here', expected: [] },
  ];
  for (const { name, line, expected } of rows) {
    it(name, () => assert.deepEqual(excluded(line), expected));
  }
});

describe('termAtPosition', () => {
  const entry = (term: string): GlossaryEntry => ({ term, aliases: [], definition: term, see: [], origin: 'built-in' });
  const matcher = TermMatcher.build([entry('learning'), entry('learning organization'), entry('organization')]);
  const doc = ['---', 'title: learning', '---', 'A learning organization and `learning` code.', '```', 'learning', '```', '[learning](learning.md)'];
  const index = indexOf(doc);
  const at = (line: number, needle: string, nth = 0): string | undefined => {
    const text = doc[line] as string;
    let character = -1;
    for (let k = 0; k <= nth; k++) character = text.indexOf(needle, character + 1);
    return termAtPosition(matcher, index, text, line, character)?.entry.term;
  };
  const rows: Array<[string, number, string, number, string | undefined]> = [
    ['prose', 3, 'learning organization', 0, 'learning organization'],
    ['code span', 3, 'learning', 1, undefined],
    ['front matter', 1, 'learning', 0, undefined],
    ['fenced code', 5, 'learning', 0, undefined],
    ['link text', 7, 'learning', 0, 'learning'],
    ['link destination', 7, 'learning', 1, undefined],
  ];
  for (const [name, line, needle, nth, expected] of rows) {
    it(`${name} → ${String(expected)}`, () => assert.equal(at(line, needle, nth), expected));
  }

  it('a term does not run into a code span', () => {
    const line = '`learning` organization';
    const lines = [line];
    assert.equal(termAtPosition(matcher, indexOf(lines), line, 0, 12)?.entry.term, 'organization');
  });
});
