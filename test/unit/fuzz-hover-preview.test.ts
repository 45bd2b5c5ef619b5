// Fuzz tier: glossary text never becomes markup. The hover's Markdown renders to no link, image
// or HTML that we did not write; the preview's HTML with the plugin is the plain HTML plus our
// own <abbr> wrappers, so glossary text opens no tag and no attribute.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { commandUri, renderHoverMarkdown } from '../../src/core/glossary/hoverContent';
import { glossaryPlugin, TERM_CLASS } from '../../src/core/glossary/markdownItPlugin';
import { TermMatcher } from '../../src/core/glossary/matcher';
import type { GlossaryEntry, Side } from '../../src/core/glossary/entry';
import { runs, textFrom } from './support/fuzz';

/** Everything Markdown, HTML, URLs and e-mail addresses are made of. */
const MARKUP = [
  '<', '>', '</', '/>', '<a href="x">', '<img src=x onerror=alert(1)>', '<script>', '<b>', '&amp;', '&#x3C;', '&', '"', "'", '=',
  '[', ']', '(', ')', '](', '![', '](command:evil)', '](javascript:alert(1))', '<http://x.org>', 'http://x.org', 'www.x.org', 'a@b.org',
  'command:learningLoop.openComparison', '*', '**', '_', '`', '```', '~~~', '\\', '#', '- ', '1. ', '> ', '|', '---', '===', '\n', '\n\n', '    ', '\t',
  '[x]: http://x', '^', '~', '$', '{', '}', 'text', ' ',
];
const SIDES: readonly Side[] = ['organizational-learning', 'learning-organization', 'both', 'retrospective-practice'];
const COMPARE = 'command:learningLoop.openComparison?%5B%22x%22%5D';
const SHOW = 'learningLoop.showTerm';
const OPEN = 'learningLoop.openGlossaryEntry';
/** Tags markdown-it makes from the hover's own structure. */
const HOVER_TAGS = new Set(['p', 'strong', 'em', 'hr', 'br', 'a']);

const text = textFrom(MARKUP, 30);
const entryArb: fc.Arbitrary<GlossaryEntry> = fc.record({
  term: text, definition: text, details: text, source: text, see: fc.array(text, { maxLength: 3 }),
  side: fc.constantFrom(...SIDES), origin: fc.oneof(fc.constant('built-in'), text.map((t) => `file:///ws/${t}`)),
}).map((e) => ({ ...e, aliases: [] }));

describe('fuzz: glossary text never becomes markup', function () {
  this.timeout(30_000);

  it('hover Markdown renders to no link, image or HTML but ours', () => {
    const md = new MarkdownIt({ html: true, linkify: true });
    fc.assert(fc.property(entryArb, (entry) => {
      const html = md.render(renderHoverMarkdown(entry, {
        compareCommandUri: COMPARE,
        showTermUri: (term) => commandUri(SHOW, [term]),
        openEntryUri: commandUri(OPEN, [entry.term]),
      }));
      for (const [, tag] of html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)) assert.ok(HOVER_TAGS.has(tag?.toLowerCase() ?? ''), `tag <${tag}> in ${html}`);
      const hrefs = [...html.matchAll(/<a\s([^>]*)>/g)].map(([, attrs]) => attrs ?? '');
      for (const attrs of hrefs) assert.match(attrs, /^href="command:learningLoop\.(?:openComparison|showTerm|openGlossaryEntry)(?:\?[^"]*)?"$/, attrs);
      const ourLinks = 1 + entry.see.length + (entry.origin === 'built-in' ? 0 : 1);
      assert.equal(hrefs.length, ourLinks, html);
    }), runs(500));
  });

  it('the preview adds only our <abbr> wrappers to the plain HTML', () => {
    const plain = new MarkdownIt({ html: true, linkify: true });
    const doc = textFrom([...MARKUP, 'Kaizen', 'team', 'teams', ' Kaizen ', '# Kaizen\n'], 60);
    fc.assert(fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 4 }), doc, (definitions, source) => {
      const entries: GlossaryEntry[] = definitions.map(([term, definition], k) => ({ term: k === 0 ? 'Kaizen' : `team${term}`, aliases: k === 0 ? ['team'] : [], definition, see: [], origin: 'built-in' }));
      const matcher = TermMatcher.build(entries);
      const ours = new MarkdownIt({ html: true, linkify: true }).use(glossaryPlugin, { getMatcher: () => matcher }).render(source);
      const wrapper = new RegExp(`<abbr class="${TERM_CLASS}" title="([^"<>]*)">|</abbr>`, 'g');
      for (const [, title] of ours.matchAll(wrapper)) if (title !== undefined) assert.doesNotMatch(title, /&(?!amp;|lt;|gt;|quot;)/, title);
      const without = ours.replace(wrapper, '');
      // Text outside our wrappers is exactly plain markdown-it's: no tag, no attribute came from the glossary.
      const plainHtml = plain.render(source);
      assert.equal(without, plainHtml.replace(/<\/abbr>/g, '').replace(wrapper, ''));
    }), runs(400));
  });
});
