import * as assert from 'node:assert/strict';
import { TermMatcher } from '../../src/core/glossary/matcher';
import type { GlossaryEntry } from '../../src/core/glossary/entry';
import { normalizeTerm, singulars } from '../../src/core/glossary/normalize';

function entry(term: string, aliases: string[] = []): GlossaryEntry {
  return { term, aliases, definition: `About ${term}.`, see: [], origin: 'built-in' };
}

const matcher = TermMatcher.build([
  entry('learning'),
  entry('learning organization'),
  entry('organizational learning'),
  entry('double-loop learning'),
  entry('retrospective'),
  entry('process'),
  entry('policy'),
  entry('analysis'),
  entry('After action review', ['AAR']),
  entry('team'),
  entry('C++'),
  entry('(a|b)'),
  entry('.*'),
  entry('.NET'),
  entry('Kaizen'),
  entry('Lernende Organisation'),
  entry('ΟΔΟΣ'),
  entry('İzmir'),
]);

/** Each found match as "text as written → entry term". */
function found(text: string): string[] {
  return matcher.find(text).map((m) => `${text.slice(m.start, m.end)} → ${m.entry.term}`);
}

describe('TermMatcher', () => {
  const rows: Array<{ rule: string; text: string; expected: string[] }> = [
    { rule: 'case-insensitive', text: 'KAIZEN and kaizen', expected: ['KAIZEN → Kaizen', 'kaizen → Kaizen'] },
    { rule: 'plural -s', text: 'two retrospectives', expected: ['retrospectives → retrospective'] },
    { rule: 'plural -es', text: 'our processes', expected: ['processes → process'] },
    { rule: 'plural -ies', text: 'the policies', expected: ['policies → policy'] },
    { rule: 'plural -ses', text: 'root-cause analyses', expected: ['analyses → analysis'] },
    { rule: 'plural of an abbreviation', text: 'three AARs', expected: ['AARs → After action review'] },
    { rule: "possessive 's", text: "the team's goal", expected: ["team's → team"] },
    { rule: "possessive s'", text: "the teams' goals", expected: ['teams → team'] },
    { rule: 'possessive ’s', text: 'the team’s goal', expected: ['team’s → team'] },
    { rule: 'multi-word, plural and possessive', text: "learning organizations' habits", expected: ['learning organizations → learning organization'] },
    { rule: 'hyphen in the term, space in the text', text: 'double loop learning', expected: ['double loop learning → double-loop learning'] },
    { rule: 'hyphen in the text, space in the term', text: 'organizational-learning', expected: ['organizational-learning → organizational learning'] },
    { rule: 'longest term wins', text: 'a learning organization', expected: ['learning organization → learning organization'] },
    { rule: 'shorter term when the longer one is broken', text: 'learning, organization', expected: ['learning → learning'] },
    { rule: 'single spaces only', text: 'learning  organization', expected: ['learning → learning'] },
    { rule: 'one line only', text: 'learning\norganization', expected: ['learning → learning'] },
    { rule: 'whole words: not inside a word', text: 'unlearning and learnings', expected: ['learnings → learning'] },
    { rule: 'whole words: not glued to more letters', text: 'organizational-learningX', expected: [] },
    { rule: 'whole words: digits count as letters', text: 'learning2', expected: [] },
    { rule: 'markdown emphasis is not a word character', text: '_kaizen_ and **Kaizen**', expected: ['kaizen → Kaizen', 'Kaizen → Kaizen'] },
    { rule: 'regex characters: C++', text: 'we write C++, not C', expected: ['C++ → C++'] },
    { rule: 'regex characters: (a|b)', text: 'match (a|b) or a|b', expected: ['(a|b) → (a|b)'] },
    { rule: 'regex characters: .*', text: 'glob .* here', expected: ['.* → .*'] },
    { rule: 'punctuation edge needs a boundary', text: 'ASP.NET and .NET', expected: ['.NET → .NET'] },
    { rule: 'punctuation is not a gap', text: 'C ++ and C+ +', expected: [] },
    { rule: 'non-ASCII letters', text: 'die lernende Organisation', expected: ['lernende Organisation → Lernende Organisation'] },
    { rule: 'context-dependent lower case (final sigma)', text: 'ΟΔΟΣ οδος', expected: ['ΟΔΟΣ → ΟΔΟΣ', 'οδος → ΟΔΟΣ'] },
    { rule: 'lower case longer than the letter (İ)', text: 'İZMIR and İzmir', expected: ['İZMIR → İzmir', 'İzmir → İzmir'] },
    { rule: 'non-overlapping, left to right', text: 'organizational learning organization', expected: ['organizational learning → organizational learning'] },
  ];
  for (const { rule, text, expected } of rows) {
    it(`${rule}: ${JSON.stringify(text)}`, () => {
      assert.deepEqual(found(text), expected);
    });
  }

  it('at() returns the match covering an offset, and nothing between terms', () => {
    const text = 'a learning organization grows';
    assert.equal(matcher.at(text, 2)?.entry.term, 'learning organization');
    assert.equal(matcher.at(text, 22)?.entry.term, 'learning organization');
    assert.equal(matcher.at(text, 23), undefined);
    assert.equal(matcher.at(text, 0), undefined);
  });

  it('at() looks only at the line of the offset and reports whole-text offsets', () => {
    const text = 'first line\nsecond kaizen line';
    const m = matcher.at(text, 20);
    assert.deepEqual(m && [m.start, m.end], [18, 24]);
  });

  it('a later entry wins a shared spelling', () => {
    const later = TermMatcher.build([entry('AAR'), entry('Action analysis report', ['AAR'])]);
    assert.equal(later.find('AAR')[0]?.entry.term, 'Action analysis report');
  });

  // How fast it builds is measured in `npm run bench` (a ratio, side by side), never timed here.
  it('builds 10,000 terms and still matches all of them', () => {
    const entries = Array.from({ length: 10_000 }, (_, k) => entry(`term${k} word${k % 97}`));
    const big = TermMatcher.build(entries);
    assert.equal(big.size, 10_000);
    assert.equal(big.find('see Term9999 word8 here')[0]?.entry.term, 'term9999 word8');
  });

  it('an empty matcher finds nothing', () => {
    assert.deepEqual(TermMatcher.build([]).find('learning'), []);
  });
});

describe('normalizeTerm and singulars', () => {
  const same: Array<[string, string]> = [
    ['Double-loop learning', 'double loop  learning'],
    ['C++', 'c++'],
    ['  Learning\tOrganization ', 'learning organization'],
  ];
  for (const [a, b] of same) {
    it(`${JSON.stringify(a)} = ${JSON.stringify(b)}`, () => assert.equal(normalizeTerm(a), normalizeTerm(b)));
  }
  it('keeps punctuation that is not a joining hyphen', () => {
    assert.notEqual(normalizeTerm('C++'), normalizeTerm('C'));
    assert.notEqual(normalizeTerm('C--'), normalizeTerm('C'));
  });
  it('offers singular candidates only for words ending in s', () => {
    assert.deepEqual(singulars('policies'), ['policie', 'polici', 'policy']);
    assert.deepEqual(singulars('team'), []);
  });
});
