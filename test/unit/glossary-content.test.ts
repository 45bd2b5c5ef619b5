import * as assert from 'node:assert/strict';
import glossary from '../../src/content/glossary.json';

// A hover is read on its own, by someone who has seen no other hover and no article: its text must
// not lean on what the reader has not seen (issue 13, point 8).
const LEANING = [
  { pattern: /\bthe comparison article\b/i, why: 'an article the reader has not seen' },
  { pattern: /\b(?:first|second|third|fourth|fifth)\s+construct\b/i, why: 'a numbered construct without the list' },
  { pattern: /\bto stay with\b|\bthe \w+ picture\b/i, why: 'a picture drawn in another hover' },
  // "the other four: a, b, c and d" or "the other four disciplines (a, b, …)" name them
  { pattern: /\bthe other (?:four|three|two)\b(?!:| \w+ \()/i, why: '"the other four" without naming them' },
];
/** A quoted title in a source must say who wrote it, or that no author is named. */
const QUOTED_TITLE = /"[^"]+"(?!\s*\()/;

describe('built-in glossary: each hover stands on its own', () => {
  for (const entry of glossary.terms) {
    it(entry.term, () => {
      const text = [entry.definition, 'details' in entry ? entry.details : ''].join(' ');
      for (const { pattern, why } of LEANING) assert.doesNotMatch(text, pattern, `${entry.term}: ${why}`);
      const source = 'source' in entry ? entry.source : '';
      assert.doesNotMatch(source ?? '', QUOTED_TITLE, `${entry.term}: a source title with no author: ${source}`);
    });
  }

  it('catches the texts it was written against', () => {
    const old = [
      "It is Huber's fourth construct.",
      'To stay with the thermostat picture, it asks whether the set temperature is right at all.',
      'The comparison article gives managers in a learning organization the job of developing a successor.',
      'Senge calls it the fifth discipline because it ties the other four together.',
    ];
    for (const text of old) assert.ok(LEANING.some(({ pattern }) => pattern.test(text)), text);
    assert.match('"Difference Between Organizational Learning and Learning Organization"; Huber (1991)', QUOTED_TITLE);
  });
});
