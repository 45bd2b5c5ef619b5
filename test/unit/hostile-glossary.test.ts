// Regression tests for the glossary findings of the hostile-input review (issue 11) and the
// hover/preview points of issue 13: each failed before its fix.
import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { renderHoverMarkdown } from '../../src/core/glossary/hoverContent';
import { glossaryPlugin } from '../../src/core/glossary/markdownItPlugin';
import { MAX_TERM_TOKENS, TermMatcher } from '../../src/core/glossary/matcher';
import { mergeGlossaries } from '../../src/core/glossary/merge';
import type { GlossaryEntry } from '../../src/core/glossary/entry';
import { normalizeTerm, samePhrase } from '../../src/core/glossary/normalize';
import { isHeadingLine } from '../../src/core/glossary/headingLine';
import { MAX_JSON_DEPTH, parseGlossaryJson } from '../../src/core/glossary/parseJson';

const ORIGIN = 'file:///ws/.learningloop/glossary.json';
const NESTED_ARRAYS = 50_000;

function entry(term: string, fields: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return { term, aliases: [], definition: `About ${term}.`, see: [], origin: 'built-in', ...fields };
}

function json(terms: ReadonlyArray<Record<string, unknown>>): string {
  return JSON.stringify({ terms }, null, 2);
}

describe('glossary.json on hostile input', () => {
  it(`${NESTED_ARRAYS} nested arrays do not overflow the stack: one error at the first level past ${MAX_JSON_DEPTH}`, () => {
    const text = `{"terms": [\n${'['.repeat(NESTED_ARRAYS)}${']'.repeat(NESTED_ARRAYS)}]}`;
    const { entries, problems } = parseGlossaryJson(text, ORIGIN);
    assert.deepEqual(entries, []);
    assert.deepEqual(problems.map((p) => [p.line, p.column, p.severity]), [[1, MAX_JSON_DEPTH - 2, 'error']]);
    assert.match(problems[0]?.message ?? '', /Nested more than 64 levels/);
  });

  it('brackets inside strings do not count as nesting', () => {
    const { entries, problems } = parseGlossaryJson(json([{ term: 'A', definition: '['.repeat(1000) }]), ORIGIN);
    assert.deepEqual(problems, []);
    assert.equal(entries.length, 1);
  });

  it(`a term of more than ${MAX_TERM_TOKENS} words is reported and left out; a long alias is dropped with a warning`, () => {
    const long = Array.from({ length: 5001 }, () => 'a').join(' ');
    const { entries, problems } = parseGlossaryJson(json([{ term: long, definition: 'x' }, { term: 'B', aliases: [long], definition: 'y' }]), ORIGIN);
    assert.deepEqual(entries.map((e) => [e.term, e.aliases]), [['B', []]]);
    assert.deepEqual(problems.map((p) => [p.line, p.severity]), [[3, 'error'], [9, 'warning']]);
    assert.match(problems[0]?.message ?? '', /5001 words and signs long; at most 32/);
    assert.equal(TermMatcher.build([entry(long)]).find(long).length, 0, 'the matcher never indexes one either');
  });

  const hidden: Array<[string, string, RegExp]> = [
    ['zero-width space', 'team\u200bwork', /invisible character/],
    ['right-to-left override', 'admin\u202e', /bidirectional control/],
    ['soft hyphen', 'kai\u00adzen', /invisible character/],
  ];
  for (const [name, term, message] of hidden) {
    it(`a ${name} in a term or alias gives a warning at it; the entry is kept`, () => {
      const { entries, problems } = parseGlossaryJson(json([{ term, aliases: [`x${term}`], definition: 'd' }]), ORIGIN);
      assert.equal(entries.length, 1);
      assert.deepEqual(problems.map((p) => [p.line, p.severity]), [[3, 'warning'], [5, 'warning']]);
      assert.match(problems[0]?.message ?? '', message);
      assert.match(problems[0]?.message ?? '', /<U\+[0-9A-F]{4}>/);
    });
  }
});

describe('matching beyond ASCII', () => {
  it('astral letters are word characters: 𝐀𝐁𝐂 does not match inside 𝐀𝐁𝐂𝐃, but does on its own', () => {
    const matcher = TermMatcher.build([entry('𝐀𝐁𝐂')]);
    assert.deepEqual(matcher.find('x 𝐀𝐁𝐂𝐃 y'), []);
    assert.deepEqual(matcher.find('𝐃𝐀𝐁𝐂'), []);
    assert.deepEqual(matcher.find('x 𝐀𝐁𝐂, y').map((m) => [m.start, m.end]), [[2, 8]]);
    assert.equal(matcher.at('x 𝐀𝐁𝐂 y', 3)?.entry.term, '𝐀𝐁𝐂');
  });

  it('an astral letter next to a term keeps it from matching; an emoji does not', () => {
    const matcher = TermMatcher.build([entry('team')]);
    assert.deepEqual(matcher.find('team𝐀'), []);
    assert.equal(matcher.find('team😀').length, 1);
  });

  const precomposed = 'caf\u00e9';
  const decomposed = 'cafe\u0301';
  it('precomposed and decomposed é match each other (NFC), both ways and in plurals', () => {
    for (const [term, text] of [[precomposed, decomposed], [decomposed, precomposed], [precomposed, `${decomposed}s`], [`Caf\u00c9`, `CAFE\u0301`]] as const) {
      const found = TermMatcher.build([entry(term)]).find(`a ${text} b`);
      assert.deepEqual(found.map((m) => [m.start, m.end]), [[2, 2 + text.length]], `${JSON.stringify(term)} in ${JSON.stringify(text)}`);
    }
  });

  it('precomposed and decomposed spellings are one term for duplicates and merging', () => {
    assert.equal(normalizeTerm(precomposed), normalizeTerm(decomposed));
    const { entries, problems } = parseGlossaryJson(json([{ term: precomposed, definition: 'a' }, { term: decomposed, definition: 'b' }]), ORIGIN);
    assert.equal(entries.length, 1);
    assert.match(problems[0]?.message ?? '', /Duplicate term/);
    assert.deepEqual(mergeGlossaries([[entry(precomposed)], [entry(decomposed)]]).map((e) => e.term), [decomposed]);
  });
});

describe('merging many aliases', () => {
  it('2,000 aliases taken away one by one leave the first entry with none, each new entry with its own', () => {
    const aliases = Array.from({ length: 2000 }, (_, k) => `alias ${k}`);
    const layers = [[entry('owner', { aliases })], ...aliases.map((a) => [entry(`term ${a}`, { aliases: [a] })])];
    const merged = mergeGlossaries(layers);
    assert.equal(merged.length, 2001);
    assert.deepEqual(merged[0]?.aliases, []);
    assert.deepEqual(merged[2000]?.aliases, ['alias 1999']);
  });
});

describe('the preview never marks terms where a tag would break the page', () => {
  const matcher = TermMatcher.build([entry('Kaizen'), entry('color')]);
  const md = new MarkdownIt({ html: true }).use(glossaryPlugin, { getMatcher: () => matcher });
  for (const tag of ['style', 'script', 'title', 'textarea', 'xmp', 'noscript', 'svg']) {
    it(`inline <${tag}>…</${tag}> keeps its content, and terms after it are marked`, () => {
      const html = md.render(`a <${tag}>.Kaizen { color: red }</${tag}> Kaizen`);
      assert.ok(html.includes(`<${tag}>.Kaizen { color: red }</${tag}>`), html);
      assert.equal(html.split('<abbr').length - 1, 1, html);
    });
  }
});

describe('hover Markdown renders the glossary text as one paragraph of literal text', () => {
  const md = new MarkdownIt();
  const render = (e: GlossaryEntry): string => md.render(renderHoverMarkdown(e, { compareCommandUri: '' }));
  it('a definition "* note*" is text, not a list; "*real* emphasis" stays emphasis', () => {
    assert.ok(!render(entry('K', { definition: '* note*' })).includes('<li>'));
    assert.ok(render(entry('K', { definition: '* note*' })).includes('* note*'));
    assert.ok(render(entry('K', { definition: 'a *real* one' })).includes('<em>real</em>'));
  });

  for (const field of ['term', 'source', 'see', 'definition', 'details'] as const) {
    it(`four spaces after a blank line in the ${field} are not a code block`, () => {
      const text = 'first\n\n    indented code?';
      const html = render(entry('K', field === 'see' ? { see: [text] } : { [field]: text }));
      assert.ok(!html.includes('<pre>') && !html.includes('<code>'), html);
      assert.ok(html.includes('indented code?'), html);
    });
  }
});

describe('hover links are ours only (issue 13.8)', () => {
  const show = (term: string): string => `command:learningLoop.showTerm?${encodeURIComponent(JSON.stringify([term]))}`;
  it('"Related:" terms link to our show-term command; "From:" links to the entry', () => {
    const text = renderHoverMarkdown(entry('K', { see: ['PDCA', 'a](javascript:x)'], origin: ORIGIN }), {
      compareCommandUri: '', showTermUri: show, openEntryUri: 'command:learningLoop.openGlossaryEntry?%5B%22K%22%5D',
    });
    const html = new MarkdownIt({ html: true, linkify: true }).render(text);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => decodeURIComponent(m[1] ?? ''));
    assert.deepEqual(hrefs, ['command:learningLoop.showTerm?["PDCA"]', 'command:learningLoop.showTerm?["a](javascript:x)"]', 'command:learningLoop.openGlossaryEntry?["K"]']);
    assert.ok(html.includes('>glossary.json</a>'));
  });

  it('without the command URIs, related terms and the file stay plain text', () => {
    const html = new MarkdownIt().render(renderHoverMarkdown(entry('K', { see: ['PDCA'], origin: ORIGIN }), { compareCommandUri: '' }));
    assert.ok(!html.includes('<a'), html);
  });
});

describe('no hover in headings (issue 13.9)', () => {
  const cases: Array<[string, string | undefined, boolean]> = [
    ['# Action items', undefined, true],
    ['### A retrospective', 'text', true],
    ['   # indented up to three', undefined, true],
    ['> ## quoted heading', undefined, true],
    ['- # heading in a list item', undefined, true],
    ['#hashtag is not a heading', undefined, false],
    ['    # indented code', undefined, false],
    ['Setext retrospective', '====', true],
    ['Setext two', '---', true],
    ['- a list item', '---', false],
    ['', '---', false],
    ['plain prose', 'more prose', false],
  ];
  for (const [line, next, heading] of cases) {
    it(`${JSON.stringify(line)} before ${JSON.stringify(next)} is ${heading ? '' : 'not '}a heading`, () => assert.equal(isHeadingLine(line, next), heading));
  }
});

describe('one singulariser for the matcher and the comparison (samePhrase)', () => {
  const pairs: Array<[string, string, boolean]> = [
    ['teams', 'team', true], ['processes', 'process', true], ['policies', 'policy', true], ['analyses', 'analysis', true],
    ['Organizational memories', 'organizational memory', true], ['double-loop learnings', 'double loop learning', true],
    ['learning organizations grow', 'learning organization', false], ['cult', 'culture', false], ['C++', 'c++', true],
  ];
  for (const [a, b, same] of pairs) {
    it(`${a} ${same ? '=' : '≠'} ${b}, in the matcher as in samePhrase`, () => {
      assert.equal(samePhrase(a, b), same);
      assert.equal(samePhrase(b, a), same);
      // The matcher agrees wherever the plural is the last word.
      if (same) assert.equal(TermMatcher.build([entry(b)]).find(a).length, 1, a);
    });
  }
});
