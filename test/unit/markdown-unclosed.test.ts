// Issues 8 and 11: a fence, HTML block or comment never closed hides the rest of the document (as
// the preview does). The reader knows where it starts; the memory and the GLOSSARY.md reader
// report it once, at that line, instead of dropping what is below it without a word.
import * as assert from 'node:assert/strict';
import { parseGlossaryMarkdown } from '../../src/core/glossary/parseMarkdown';
import { readLines, unclosedBlockProblem } from '../../src/core/markdown';
import type { Problem } from '../../src/core/problem';
import { readDocument } from '../../src/core/memory/document';
import { assertScalesLinearly } from './support/complexity';

const unclosed = (text: string) => readLines(text).unclosedBlock();
/** The reader's "never closed" warnings among a document's problems. */
const hidesRest = (p: Problem): boolean => p.id === 'unclosedFence' || p.id === 'unclosedComment' || p.id === 'unclosedHtml';

describe('the reader: blocks never closed', () => {
  const cases: Array<[string, string, ReturnType<typeof unclosed>]> = [
    ['a fence', 'a\n\n```ts\nconst x = 1;\n- [ ] hidden', { line: 2, kind: 'fenced-code' }],
    ['a tilde fence closed by backticks only', '~~~\ncode\n```\nmore', { line: 0, kind: 'fenced-code' }],
    ['a comment at the start of a line', 'text\n\n<!-- note\n- [ ] hidden\n', { line: 2, kind: 'html-comment' }],
    ['a script block', '<script>\nlet a;\n', { line: 0, kind: 'html-block' }],
    ['a fence in a list item', '- item\n\n  ```\n  code', { line: 2, kind: 'fenced-code' }],
    ['the second of two fences', '```\na\n```\n\n```\nb', { line: 4, kind: 'fenced-code' }],
    ['a fence in a quote that runs to the end', '> ```\n> code', { line: 0, kind: 'fenced-code' }],
    ['a closed fence', '```\na\n```\n- [ ] read', undefined],
    ['a closed comment', '<!--\na\n-->\n- [ ] read', undefined],
    ['a <div> block (a blank line ends it)', '<div>\na', undefined],
    ['an unclosed <!-- inside a paragraph (literal text there)', 'see <!-- this\n- [ ] read', undefined],
    ['a fence in a quote that the quote ends', '> ```\n> code\n\nafter', undefined],
    ['an empty document', '', undefined],
  ];
  for (const [name, text, expected] of cases) {
    it(`finds ${name}`, () => assert.deepEqual(unclosed(text), expected));
  }

  it('words the warning at the line where the block starts', () => {
    const problem = unclosedBlockProblem(readLines('a\n```\nb\nc\n'));
    assert.equal(problem?.id, 'unclosedFence');
    assert.equal(problem?.line, 1);
    assert.equal(problem?.severity, 'warning');
    assert.match(problem?.message ?? '', /^This code fence is never closed, so everything below it is read as code/);
    assert.ok(problem !== undefined && hidesRest(problem));
    assert.equal(unclosedBlockProblem(readLines('```\na\n```\n')), undefined);
  });

  for (const token of ['```', '<!--', '<script>', '> ```', '- a']) {
    it(`costs the block index's one scan, linear in the document: ${token} then items`, function () {
      this.timeout(30_000);
      assertScalesLinearly({
        name: `unclosed ${token}`, n: 16_000,
        generate: (n) => `${token}\n${'- [ ] a <!-- b\n'.repeat(Math.ceil(n / 15))}`,
        run: (text) => unclosedBlockProblem(readLines(text)),
      });
    });
  }
});

describe('readers that say what an unclosed block hides', () => {
  it('the memory: a document keeps the items above the fence and warns at the fence', () => {
    const text = ['---', 'date: 2026-11-01', '---', '# Retro', '', '- [ ] Above @ana', '', '```', '- [ ] Below @bob', ''].join('\n');
    const doc = readDocument('file:///ws/retros/2026-11-01.md', text, { kind: 'retrospective' });
    assert.deepEqual(doc.items.map((i) => i.text), ['Above']);
    const hidden = doc.problems.filter(hidesRest);
    assert.equal(hidden.length, 1, JSON.stringify(doc.problems));
    assert.deepEqual([hidden[0]?.line, hidden[0]?.id], [7, 'unclosedFence']);
  });

  it('the memory: a comment never closed', () => {
    const doc = readDocument('file:///ws/retros/2026-11-01.md', '# R\n\n<!-- draft\n- [ ] Below\n', { kind: 'retrospective' });
    assert.deepEqual(doc.items, []);
    assert.deepEqual(doc.problems.filter(hidesRest).map((p) => [p.line, p.id]), [[2, 'unclosedComment']]);
  });

  it('the memory: nothing to say when every block closes', () => {
    const doc = readDocument('file:///ws/retros/2026-11-01.md', '# R\n\n```\ncode\n```\n- [ ] Below\n', { kind: 'retrospective' });
    assert.deepEqual(doc.problems.filter(hidesRest), []);
  });

  it('GLOSSARY.md: the terms above the fence are kept, and the fence is reported', () => {
    const text = ['## Retro', 'A look back.', '', '## Kata', 'Practice.', '', '```', '## Hidden', 'Never read.', ''].join('\n');
    const { entries, problems } = parseGlossaryMarkdown(text, 'file:///ws/GLOSSARY.md');
    assert.deepEqual(entries.map((e) => e.term), ['Retro', 'Kata']);
    assert.deepEqual(problems.map((p) => [p.line, p.id, p.severity]), [[6, 'unclosedFence', 'warning']]);
  });

  it('GLOSSARY.md: a comment never closed', () => {
    const { entries, problems } = parseGlossaryMarkdown('## Retro\nA look back.\n\n<!-- todo\n## Hidden\nNo.\n', 'file:///ws/GLOSSARY.md');
    assert.deepEqual(entries.map((e) => e.term), ['Retro']);
    assert.deepEqual(problems.map((p) => [p.line, p.id]), [[3, 'unclosedComment']]);
  });
});
