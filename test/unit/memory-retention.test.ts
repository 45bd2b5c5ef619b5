// What the memory keeps must not keep the documents' texts alive: an engine may keep a slice of a
// string (a quoted status, a long word) as a view into the whole text. Each test indexes documents
// whose texts it then drops, collects the heap and compares what stays with the texts' size.
import * as assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ActionIndex } from '../../src/core/memory/actionIndex';
import { readDocument } from '../../src/core/memory/document';
import { SearchIndex } from '../../src/core/memory/search';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const DOCUMENTS = 40;
/** Characters of filler prose per document: the texts total about 8 MB. */
const FILLER = 200_000;
/** What may stay of the texts' size: the memory's own target is 25%, for far smaller documents this is generous. */
const KEPT_AT_MOST = 0.1;

/** A fresh, flat text of about FILLER characters, different for each `i`. */
function documentText(i: number, lines: readonly string[]): string {
  const filler = `We talked about the release train and the pager week ${i}. `.repeat(Math.ceil(FILLER / 60));
  return `${[`# Retro ${i}`, '', ...lines, '', filler].join('\n')}\n`.split('').join('');
}

/** Heap that stays after `build` ran on the texts and they were dropped, as a share of their size. */
function keptShare(build: (texts: string[]) => unknown, texts: () => string[]): { share: number; kept: unknown } {
  gc();
  const before = process.memoryUsage().heapUsed;
  let all: string[] | undefined = texts();
  const size = all.reduce((n, t) => n + t.length, 0);
  const kept = build(all);
  all = undefined;
  gc();
  return { share: (process.memoryUsage().heapUsed - before) / size, kept };
}

describe('the memory keeps no document text alive', function () {
  this.timeout(60_000);

  it('a document with one problem (an unreadable status cell, quoted in the problem)', () => {
    const { share, kept } = keptShare((texts) => {
      const index = new ActionIndex(() => '2026-12-01');
      texts.forEach((text, i) => index.set(readDocument(`file:///w/docs/retrospectives/2026-11-${String(1 + (i % 28)).padStart(2, '0')}-r${i}.md`, text, { kind: 'retrospective' })));
      return index;
    }, () => Array.from({ length: DOCUMENTS }, (_, i) => documentText(i, ['| Action | Owner | Status |', '|---|---|---|', `| Fix the flaky build ${i} | ana | somewhat in progress ${i} |`])));
    const index = kept as ActionIndex;
    const problems = index.documents().reduce((n, d) => n + d.problems.length, 0);
    assert.equal(problems, DOCUMENTS, 'each document has its one problem (else this test measures nothing)');
    assert.ok(share < KEPT_AT_MOST, `kept ${(share * 100).toFixed(1)}% of the texts' size`);
  });

  it('a search index over documents that each hold a new word of 13+ letters', () => {
    const { share, kept } = keptShare((texts) => {
      const search = new SearchIndex();
      texts.forEach((text, i) => {
        const uri = `file:///w/docs/retrospectives/r${i}.md`;
        search.set(readDocument(uri, text, { kind: 'retrospective' }), text);
      });
      return search;
    }, () => Array.from({ length: DOCUMENTS }, (_, i) => documentText(i, [`We found the ${'xyzzy'.repeat(3)}${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))} problem.`])));
    const search = kept as SearchIndex;
    assert.equal(search.search(`${'xyzzy'.repeat(3)}ab`)[0]?.uri, 'file:///w/docs/retrospectives/r26.md', 'a long word is found (else this test measures nothing)');
    assert.ok(share < KEPT_AT_MOST, `kept ${(share * 100).toFixed(1)}% of the texts' size`);
  });
});

describe('the search index does not grow with edits', function () {
  this.timeout(60_000);
  const EDITS = 1_000;
  /** What 1,000 re-reads of one ~20 KB document may add: without a vacuum they added ~54 MB. */
  const MAX_GROWTH_BYTES = 12e6;

  it(`one document read again ${EDITS} times, each edit in its own turn of the event loop`, async () => {
    const search = new SearchIndex();
    const uri = 'file:///w/docs/retrospectives/2026-11-02-edited.md';
    const texts = Array.from({ length: 2 }, (_, k) => `# Edited retro\n\n${Array.from({ length: 2_000 }, (_, i) => `word${(i * 7 + k) % 1_000}x`).join(' ')}\n`);
    search.set(readDocument(uri, texts[0] as string, { kind: 'retrospective' }), texts[0] as string);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 1; i <= EDITS; i++) {
      const text = texts[i % 2] as string;
      search.set(readDocument(uri, text, { kind: 'retrospective' }), text);
      // Edits reach the index in separate turns (debounced document events), as here.
      await new Promise((resolve) => setImmediate(resolve));
    }
    gc();
    const growth = process.memoryUsage().heapUsed - before;
    assert.equal(search.size, 1);
    assert.equal(search.search('word7x')[0]?.uri, uri, 'the edited document is still found');
    assert.ok(growth < MAX_GROWTH_BYTES, `${EDITS} edits added ${(growth / 1e6).toFixed(1)} MB`);
  });
});
