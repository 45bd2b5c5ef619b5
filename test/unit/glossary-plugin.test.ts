import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { glossaryPlugin, NO_TERMS_ENV } from '../../src/core/glossary/markdownItPlugin';
import type { GlossaryEntry } from '../../src/core/glossary/entry';

function entry(term: string, definition: string, aliases: string[] = []): GlossaryEntry {
  return { term, aliases, definition, see: [], origin: 'built-in' };
}

const matcher = TermMatcher.build([
  entry('learning organization', 'An organization that keeps learning.'),
  entry('Kaizen', 'Small steps.'),
  entry('AAR', 'After "action" review <b>&</b> co.'),
]);

function markdown(options: { enabled?: boolean; matcher?: TermMatcher } = {}): MarkdownIt {
  const md = new MarkdownIt({ html: true, linkify: true });
  return md.use(glossaryPlugin, { getMatcher: () => options.matcher ?? matcher, enabled: () => options.enabled ?? true });
}

const ORG = '<abbr class="ll-term" title="An organization that keeps learning.">';
const KAIZEN = '<abbr class="ll-term" title="Small steps.">';

describe('glossaryPlugin', () => {
  it('marks no term in a heading, whose text tokens stay as they were (slugs, Outline and breadcrumbs read them)', () => {
    const source = '## How a learning organization uses Kaizen';
    const tokens = markdown().parse(source, {});
    const inline = tokens.find((t) => t.type === 'inline');
    const text = (inline?.children ?? []).filter((t) => t.type === 'text' || t.type === 'code_inline').map((t) => t.content).join('');
    assert.equal(text, 'How a learning organization uses Kaizen');
    assert.equal(markdown().render(source), new MarkdownIt().render(source));
    assert.equal(markdown().render('Setext: Kaizen\n======'), '<h1>Setext: Kaizen</h1>\n');
  });

  it('keeps every word of a paragraph in its text tokens, and marks its terms', () => {
    const tokens = markdown().parse('How a learning organization uses Kaizen', {});
    const inline = tokens.find((t) => t.type === 'inline');
    assert.equal((inline?.children ?? []).map((t) => t.content).join(''), 'How a learning organization uses Kaizen');
    assert.ok(markdown().render('How a learning organization uses Kaizen').includes(ORG));
  });

  it('marks no term when the render asks for none (the panel\'s source titles)', () => {
    assert.equal(markdown().renderInline('*The Kaizen book*', { [NO_TERMS_ENV]: true }), '<em>The Kaizen book</em>');
    assert.equal(markdown().renderInline('*The Kaizen book*'), `<em>The ${KAIZEN}Kaizen</abbr> book</em>`);
  });

  const rows: Array<{ name: string; source: string; expected: string }> = [
    { name: 'marks a term as written', source: 'A Learning Organizations grows.', expected: `<p>A ${ORG}Learning Organizations</abbr> grows.</p>\n` },
    { name: 'marks several terms in one text', source: 'Kaizen in a learning organization', expected: `<p>${KAIZEN}Kaizen</abbr> in a ${ORG}learning organization</abbr></p>\n` },
    { name: 'inside emphasis', source: 'a *Kaizen*', expected: `<p>a <em>${KAIZEN}Kaizen</abbr></em></p>\n` },
    { name: 'not in inline code', source: '`Kaizen` here', expected: '<p><code>Kaizen</code> here</p>\n' },
    { name: 'not in inline HTML code', source: '<code>Kaizen</code> and <kbd>Kaizen</kbd>', expected: '<p><code>Kaizen</code> and <kbd>Kaizen</kbd></p>\n' },
    { name: 'not in fenced code', source: '```\nKaizen\n```', expected: '<pre><code>Kaizen\n</code></pre>\n' },
    { name: 'not in indented code', source: '    Kaizen', expected: '<pre><code>Kaizen\n</code></pre>\n' },
    { name: 'not in link text', source: '[Kaizen](https://x.org/Kaizen)', expected: '<p><a href="https://x.org/Kaizen">Kaizen</a></p>\n' },
    { name: 'not in a linkified URL', source: 'https://kaizen.example', expected: '<p><a href="https://kaizen.example">https://kaizen.example</a></p>\n' },
    { name: 'not in an HTML link', source: 'a <a href="k">Kaizen</a> b', expected: '<p>a <a href="k">Kaizen</a> b</p>\n' },
    { name: 'not in image alt text', source: '![Kaizen](k.png)', expected: '<p><img src="k.png" alt="Kaizen"></p>\n' },
    { name: 'not in an HTML block', source: '<div>\nKaizen\n</div>', expected: '<div>\nKaizen\n</div>' },
    { name: 'not in front matter', source: '---\ntitle: Kaizen\n---\nKaizen', expected: `<hr>\n<h2>title: Kaizen</h2>\n<p>${KAIZEN}Kaizen</abbr></p>\n` },
    { name: 'escapes the title and the text', source: 'AAR <x>', expected: '<p><abbr class="ll-term" title="After &quot;action&quot; review &lt;b&gt;&amp;&lt;/b&gt; co.">AAR</abbr> <x></p>\n' },
  ];
  for (const { name, source, expected } of rows) {
    it(name, () => assert.equal(markdown().render(source), expected));
  }

  it('does nothing when disabled, without a matcher, or without options', () => {
    const plain = new MarkdownIt().render('Kaizen');
    assert.equal(markdown({ enabled: false }).render('Kaizen'), plain);
    assert.equal(markdown({ matcher: TermMatcher.build([]) }).render('Kaizen'), plain);
    assert.equal(new MarkdownIt().use(glossaryPlugin, { getMatcher: () => undefined }).render('Kaizen'), plain);
    assert.equal(new MarkdownIt().use(glossaryPlugin).render('Kaizen'), plain);
  });

  it('marks terms when tokens parsed once are rendered with another env (as VS Code renders its cached tokens)', () => {
    const md = markdown();
    const tokens = md.parse('Kaizen in a learning organization', { source: 'parse' });
    const html = md.renderer.render(tokens, md.options, { source: 'render' });
    assert.equal(html, `<p>${KAIZEN}Kaizen</abbr> in a ${ORG}learning organization</abbr></p>\n`);
    assert.equal(md.renderer.render(tokens, md.options, {}), html);
  });

  it("keeps another plugin's meta on a text token", () => {
    const md = markdown();
    md.core.ruler.before('learning_loop_glossary', 'other', (state) => {
      for (const child of state.tokens.find((t) => t.type === 'inline')?.children ?? []) child.meta = { other: 1 };
    });
    const tokens = md.parse('Kaizen', {});
    const text = tokens.find((t) => t.type === 'inline')?.children?.[0];
    assert.equal((text?.meta as { other?: number } | null)?.other, 1);
    assert.equal(md.renderer.render(tokens, md.options, {}), `<p>${KAIZEN}Kaizen</abbr></p>\n`);
  });

  it('reads the matcher on every render', () => {
    const current: { matcher?: TermMatcher } = {};
    const md = new MarkdownIt().use(glossaryPlugin, { getMatcher: () => current.matcher });
    assert.ok(!md.render('Kaizen').includes('abbr'));
    current.matcher = matcher;
    assert.ok(md.render('Kaizen').includes(KAIZEN));
  });
});
