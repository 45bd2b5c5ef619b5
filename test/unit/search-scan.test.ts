import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { scanText } from '../../src/core/memory/searchScan';
import { tokenize } from '../../src/core/memory/searchText';
import { findFrontMatter } from '../../src/core/markdown/frontMatter';
import { referenceScan } from './support/searchReference';
import { assertScalesLinearly } from './support/complexity';

/** What the scanner reads, as plain arrays (to compare with the reference). */
function scan(text: string, title: string, maxLine: number): { result: ReturnType<typeof referenceScan>; long: [number, number][] } {
  const front = findFrontMatter(text);
  const long: [number, number][] = [];
  const s = scanText(text, front?.bodyOffset ?? 0, front?.bodyLine ?? 0, tokenize(title), maxLine, (line, length) => long.push([line, length]));
  return { result: { lines: [...s.lines], headings: [...s.headings], starts: [...s.starts], hashes: [...s.hashes], headingTerms: s.headingTerms, textTerms: s.textTerms }, long };
}

function reference(text: string, title: string, maxLine: number): { result: ReturnType<typeof referenceScan>; long: [number, number][] } {
  const long: [number, number][] = [];
  const result = referenceScan(text, findFrontMatter(text)?.bodyLine ?? 0, tokenize(title), maxLine, (line, length) => long.push([line, length]));
  return { result, long };
}

// Pieces of lines the chunker tells apart: headings (with too many hashes, too much indent,
// closing hashes), list markers of each kind, blanks of every width, words with joiners, accents,
// surrogates, stop words, a line end with \r, front matter fences.
const PIECES = ['# ', '## ', '####### ', '    # ', '   #', '#x', ' ##', '- ', '* ', '+ ', '1. ', '12) ', '1234567890. ', '-x', '\t', ' ', '\u00a0', '\u2028', '\r', '\n', '\n\n',
  'release', 'Release', 'the', 'and', 'DB', 'on-call', "team's", 'it’s', 'café', 'Éclair', 'naïve', 'x', 'ab', 'abc', '42', '٣٣٣', '😀', '\uD835\uDC00\uD835\uDC01\uD835\uDC02', '\uD800', 'a-', '-b', "'", '’', '---\n', '...\n', 'date: 2026-01-01\n', '.', ',', '|'];

describe('search scanner', () => {
  it('reads exactly what the line-by-line reference reads: chunks, hashes, field words, cut lines', () => {
    fc.assert(fc.property(
      fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join('')),
      fc.constantFrom('', 'Sprint retro', 'the and', 'Café notes'),
      fc.constantFrom(10_000, 12, 5, 1),
      (text, title, maxLine) => {
        assert.deepEqual(scan(text, title, maxLine), reference(text, title, maxLine));
      },
    ), { numRuns: 4000 });
  });

  it('reads a document with front matter, headings, lists and paragraphs like the reference', () => {
    const text = ['---', 'date: 2026-01-05', 'tags: [database]', '---', '# Sprint 12 retrospective', '', '## What went well', '', '- Pairing on the release', '- The database failover drill went smoothly',
      'and the release notes', 'line three', 'line four', 'line five starts a new chunk', '', '## Actions ##', '', '- [ ] Write the runbook @ana', '1. first', '2) second'].join('\n');
    assert.deepEqual(scan(text, 'Sprint 12 retrospective', 10_000), reference(text, 'Sprint 12 retrospective', 10_000));
    assert.deepEqual(scan(text, '', 10_000).result.lines, [4, 6, 8, 9, 13, 15, 17, 18, 19]);
  });

  it('gives a document without a heading its title as a first heading chunk', () => {
    const { result } = scan('Notes about coffee\n\nand the café downstairs', 'Coffee notes', 10_000);
    assert.deepEqual(result.lines, [0, 0, 2]);
    assert.deepEqual(result.headings, [1, 0, 0]);
    assert.deepEqual(result.headingTerms, ['coffee', 'notes']);
    assert.deepEqual(result.textTerms, ['notes', 'about', 'coffee', 'cafe', 'downstairs']);
  });

  it('scales linearly: one long line of distinct words, and many short lines', () => {
    let k = 0;
    const word = (): string => (k++).toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? 'a');
    assertScalesLinearly({ name: 'distinct words on one line', generate: (n) => Array.from({ length: Math.ceil(n / 8) }, word).join(' '), run: (text) => scanText(text, 0, 0, [], 10_000_000), n: 40_000 });
    // Each spelling of a joined word must find its one entry in the term table, not add another.
    assertScalesLinearly({ name: 'one joined word in mixed case', generate: (n) => 'On-call on-call team\'s '.repeat(Math.ceil(n / 22)), run: (text) => scanText(text, 0, 0, [], 10_000_000), n: 40_000 });
    assertScalesLinearly({ name: 'short list items', generate: (n) => '- ab\n'.repeat(Math.ceil(n / 5)), run: (text) => scanText(text, 0, 0, [], 10_000), n: 40_000 });
  });
});
