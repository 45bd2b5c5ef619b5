import * as assert from 'node:assert/strict';
import { SearchIndex, MAX_LINE_CHARS } from '../../src/core/memory/search';
import fc from 'fast-check';
import { searchTerm, tokenize, wordsByPattern } from '../../src/core/memory/searchText';
import { doc } from './support/memoryFixture';
import { assertScalesLinearly } from './support/complexity';

const A = 'file:///docs/retrospectives/2026-01-05-retro.md';
const B = 'file:///docs/postmortems/2026-02-10-database-outage.md';
const C = 'file:///docs/lessons-learned/2026-03-01-migrations.md';
const D = 'file:///docs/retrospectives/2026-03-15-notes.md';

const TEXTS: Record<string, string> = {
  [A]: ['---', 'date: 2026-01-05', 'tags: [database]', '---', '# Sprint 12 retrospective', '', '## What went well', '', '- Pairing on the release', '- The database failover drill went smoothly', '', '## Actions', '', '- [ ] Write the runbook @ana'].join('\n'),
  [B]: ['# Database outage', '', 'The primary database ran out of disk.', 'Replication lag grew for an hour', 'before anyone noticed the alerts.', '', '## Timeline', '', '- 09:12 disk alert fired', '- 09:40 failover started'].join('\n'),
  [C]: ['# Lessons from schema migrations', '', 'Run every migration on a copy first.', '', 'A database migration that locks a table blocks writes.'].join('\n'),
  [D]: ['Notes without a heading, about coffee and the café downstairs.'].join('\n'),
};

function indexed(): SearchIndex {
  const index = new SearchIndex();
  const dates: Record<string, string> = { [A]: '2026-01-05', [B]: '2026-02-10', [C]: '2026-03-01', [D]: '2026-03-15' };
  const titles: Record<string, string> = { [A]: 'Sprint 12 retrospective', [B]: 'Database outage', [C]: 'Lessons from schema migrations', [D]: '2026-03-15-notes' };
  for (const uri of [A, B, C, D]) index.set(doc({ uri, date: dates[uri] ?? '', title: titles[uri] ?? '' }), TEXTS[uri] ?? '');
  return index;
}

describe('SearchIndex ranking', () => {
  const index = indexed();
  const cases: { query: string; expected: [string, number][]; why: string }[] = [
    { query: 'database', expected: [[B, 0], [A, 9], [C, 4]], why: 'a heading outweighs body text, then the shorter chunk; each document once, at its best line; front matter is not searched' },
    { query: 'replication lag', expected: [[B, 2]], why: 'a hit in a paragraph names the line its chunk starts on' },
    { query: 'disk alert', expected: [[B, 8]], why: 'the list item with both words as typed is the line, not the paragraph with disk and alerts' },
    { query: 'migrations', expected: [[C, 0]], why: 'a title heading is found' },
    { query: 'migr', expected: [[C, 0]], why: 'prefixes of four letters or more match' },
    { query: 'cafe', expected: [[D, 0]], why: 'accents are ignored; a document without a heading is indexed from its first line' },
    { query: 'database migration', expected: [[C, 4]], why: 'every word must match when some document has them all' },
    { query: 'database zebra', expected: [[B, 0], [A, 9], [C, 4]], why: 'when no document has every word, any one does' },
    { query: 'database migr', expected: [[C, 4]], why: 'the last word, being typed, finds the words it begins' },
    { query: 'migr database', expected: [[B, 0], [A, 9], [C, 4]], why: 'an earlier word is taken as typed: it begins words but finds none' },
    { query: 'the and', expected: [], why: 'stop words alone find nothing' },
    { query: '   ', expected: [], why: 'an empty query finds nothing' },
  ];
  for (const c of cases) {
    it(`"${c.query}": ${c.why}`, () => {
      assert.deepEqual(index.search(c.query).map((r) => [r.uri, r.line]), c.expected);
    });
  }

  it('"failvoer": a typo in a long word still matches (fuzzy), at the line of the word', () => {
    assert.deepEqual(index.search('failvoer').map((r) => [r.uri, r.line]).sort(), [[B, 9], [A, 9]].sort());
  });

  it('scores fall from the first result to the last; titles come from the documents', () => {
    const results = index.search('database');
    for (let i = 1; i < results.length; i++) assert.ok((results[i - 1]?.score ?? 0) >= (results[i]?.score ?? 0));
    assert.deepEqual(results.map((r) => r.title), ['Database outage', 'Sprint 12 retrospective', 'Lessons from schema migrations']);
  });

  it('a limit keeps the first of the full ranking, ties in the same order', () => {
    const many = new SearchIndex();
    // Equal documents score alike: their order is the order they were indexed in.
    for (let i = 0; i < 40; i++) many.set(doc({ uri: `file:///docs/retrospectives/r${i}.md`, date: '2026-01-05', title: `R${i}` }), `# R${i}\n\ndeploy ${i % 3 === 0 ? 'deploy rollback' : 'review'}`);
    for (const query of ['deploy', 'deploy rollback', 'review', 'roll']) {
      const all = many.search(query, 100);
      assert.ok(all.length > 10, query);
      for (const limit of [1, 2, 7, 13]) assert.deepEqual(many.search(query, limit), all.slice(0, limit), `${query} ${limit}`);
    }
  });

  it('limit keeps the best', () => {
    assert.deepEqual(index.search('database', 1).map((r) => r.uri), [B]);
    assert.deepEqual(index.search('database', 0), []);
  });
});

describe('SearchIndex as a DocumentSink', () => {
  it('set replaces a document, delete and clear remove it', () => {
    const index = indexed();
    index.set(doc({ uri: B, date: '2026-02-10', title: 'Quiet week' }), '# Quiet week\n\nNothing happened.');
    assert.deepEqual(index.search('replication').map((r) => r.uri), []);
    assert.deepEqual(index.search('quiet').map((r) => [r.uri, r.title]), [[B, 'Quiet week']]);
    index.delete(C);
    assert.deepEqual(index.search('migration').map((r) => r.uri), []);
    assert.equal(index.size, 3);
    index.clear();
    assert.equal(index.size, 0);
    assert.deepEqual(index.search('database'), []);
  });

  it('a line longer than the cap is indexed up to the cap and reported once', () => {
    const reports: [string, number, number][] = [];
    const index = new SearchIndex((uri, line, length) => reports.push([uri, line, length]));
    const long = `needle ${'x'.repeat(MAX_LINE_CHARS)} hidden`;
    index.set(doc({ uri: A, date: '2026-01-05' }), `# T\n\n${long}`);
    assert.deepEqual(reports, [[A, 2, long.length]]);
    assert.equal(index.search('needle').length, 1);
    assert.equal(index.search('hidden').length, 0);
  });

  it('indexing scales linearly with the text', () => {
    assertScalesLinearly({
      name: 'many short paragraphs',
      generate: (n) => Array.from({ length: Math.ceil(n / 40) }, (_, k) => `- item ${k} about deploys and rollbacks\n`).join(''),
      run: (text) => new SearchIndex().set(doc({ uri: A, date: '2026-01-05' }), text),
      n: 20_000,
    });
  });
});

describe('search words', () => {
  const reference = (text: string): string[] => wordsByPattern(text).map(searchTerm).filter((t): t is string => t !== null);
  // Letters of every kind the scanner treats apart: ASCII, Latin with accents, a lone surrogate,
  // an astral letter, an emoji, digits of another script, joiners, other punctuation.
  const UNITS = ['a', 'B', 'é', 'ß', 'İ', 'ǅ', '٣', '1', '-', "'", '’', ' ', '_', '.', '😀', '\uD835\uDC00', '\uD800', 'x', 'o', 'n'];
  it('the scanner finds exactly the words the pattern finds, normalised the same', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 40 }), (text) => {
      assert.deepEqual(tokenize(text), reference(text));
    }), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
      assert.deepEqual(tokenize(text), reference(text));
    }), { numRuns: 3000 });
  });
});
