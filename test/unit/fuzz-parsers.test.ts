// Fuzz tier: no parser or scanner of team text throws, whatever the file holds.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { renderHoverMarkdown } from '../../src/core/glossary/hoverContent';
import { glossaryPlugin } from '../../src/core/glossary/markdownItPlugin';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { mergeGlossaries } from '../../src/core/glossary/merge';
import type { GlossaryEntry } from '../../src/core/glossary/entry';
import { parseGlossaryJson } from '../../src/core/glossary/parseJson';
import { parseGlossaryMarkdown } from '../../src/core/glossary/parseMarkdown';
import { parseSnippet, renderDefaults, substituteVariables } from '../../src/core/templates/snippet';
import { parseTemplate } from '../../src/core/templates/template';
import { runs, textFrom } from './support/fuzz';

const JSON_TOKENS = ['{', '}', '[', ']', '"', '\\', ',', ':', '"terms"', '"term"', '"definition"', '"aliases"', '"see"', '"side"', '"source"', '"details"', '"both"', 'null', 'true', '1', '-', '/*', '*/', '//', '\n', ' ', '"\\u', '"\\ud800"'];
const MD_TOKENS = ['# ', '## ', '\n', '\n\n', 'Aliases: ', 'See: ', 'Side: ', 'Source: ', ', ', '- ', '> ', '```', '~~~', '    ', '<!--', '-->', '<div>', '[', '](', ')', '*', '_', '`', '---', '|', 'term', 'both'];
const SNIPPET_TOKENS = ['$', '{', '}', ':', '|', ',', '/', '\\', '$1', '${1:', '${1|', '|}', '${TEAM', '$TEAM', '${ITERATION}', '${a/', '(.*)', '${1:/upcase}', 'g', '0', 'a'];
const HEADER_TOKENS = ['---\n', 'id: ', 'name: ', 'kind: ', 'description: ', 'retrospective', 'team-retro', '\n', '"', "'", '[', '{', '#', '- ', ': ', '|', '>', '&a', '*a', '...\n'];

function entry(term: string, definition: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return { term, aliases: [], definition, see: [], origin: 'file:///ws/glossary.json', ...extra };
}

describe('fuzz: no parser throws', function () {
  this.timeout(30_000);
  it('parseGlossaryJson', () => fc.assert(fc.property(textFrom(JSON_TOKENS, 80), (text) => {
    const { entries, problems } = parseGlossaryJson(text, 'file:///g.json');
    assert.ok(Array.isArray(entries) && Array.isArray(problems));
  }), runs(600)));

  it('parseGlossaryMarkdown', () => fc.assert(fc.property(textFrom(MD_TOKENS, 80), (text) => {
    const { entries, problems } = parseGlossaryMarkdown(text, 'file:///G.md');
    assert.ok(Array.isArray(entries) && Array.isArray(problems));
  }), runs(400)));

  it('parseSnippet, renderDefaults, substituteVariables', () => fc.assert(fc.property(textFrom(SNIPPET_TOKENS, 60), textFrom(SNIPPET_TOKENS, 6), (body, team) => {
    parseSnippet(body);
    assert.equal(typeof renderDefaults(body, { TEAM: team, ITERATION: '3' }), 'string');
    assert.equal(typeof substituteVariables(body, { TEAM: team, ITERATION: '3' }), 'string');
  }), runs(600)));

  it('parseTemplate', () => fc.assert(fc.property(textFrom(HEADER_TOKENS, 40), textFrom(SNIPPET_TOKENS, 30), (header, body) => {
    const { problems } = parseTemplate(`${header}\n${body}`, 'file:///t.md');
    assert.ok(Array.isArray(problems));
  }), runs(400)));

  it('the matcher, the merge, the hover and the preview on arbitrary terms and text', () => {
    const words = ['team', 'teams', 'a', 'C++', '(a|b)', '-', ' ', '  ', 'é', 'e\u0301', '𝐀', "'s", '.', 'NET', 'analysis', 'analyses', 'ies', 's'];
    fc.assert(fc.property(fc.array(textFrom(words, 6), { minLength: 1, maxLength: 8 }), textFrom([...words, ...MD_TOKENS], 60), fc.nat(), (terms, text, at) => {
      const entries = mergeGlossaries([terms.map((t, k) => entry(t, `${t} means ${k}`, { aliases: terms.slice(0, k), see: [t] }))]);
      const matcher = TermMatcher.build(entries);
      for (const m of matcher.find(text)) assert.ok(m.start < m.end && m.end <= text.length);
      const hit = matcher.at(text, text.length === 0 ? 0 : at % text.length);
      if (hit) assert.ok(hit.start <= at % text.length && at % text.length < hit.end);
      for (const e of entries) renderHoverMarkdown(e, { compareCommandUri: 'command:x' });
      new MarkdownIt({ html: true, linkify: true }).use(glossaryPlugin, { getMatcher: () => matcher }).render(text);
    }), runs(300));
  });
});
