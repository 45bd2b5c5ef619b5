import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { escapeMarkdown, renderHoverMarkdown } from '../../src/core/glossary/hoverContent';
import type { GlossaryEntry } from '../../src/core/glossary/entry';

const COMPARE = 'command:learningLoop.openComparison?%5B%22Kaizen%22%5D';
// The most permissive renderer: raw HTML and autolinking on. If text is inert here, it is inert.
const md = new MarkdownIt({ html: true, linkify: true });

function entry(fields: Partial<GlossaryEntry>): GlossaryEntry {
  return { term: 'Kaizen', aliases: [], definition: 'Small steps.', see: [], origin: 'built-in', ...fields };
}

/** The rendered hover's HTML. */
function render(e: GlossaryEntry): string {
  return md.render(renderHoverMarkdown(e, { compareCommandUri: COMPARE }));
}

describe('renderHoverMarkdown', () => {
  it('shows term, definition, details, side, related, source, origin and the compare link', () => {
    const text = renderHoverMarkdown(entry({
      details: 'Continuous improvement.',
      side: 'learning-organization',
      see: ['PDCA', 'Gemba'],
      source: 'Imai 1986',
      origin: 'file:///ws/.learningloop/my%20glossary.json',
    }), { compareCommandUri: COMPARE });
    assert.equal(text, [
      '**Kaizen**',
      'Small steps\\.',
      '---',
      'Continuous improvement\\.',
      'Side: Learning organization \\(proactive design\\)  \nRelated: PDCA · Gemba  \nSource: Imai 1986  \nFrom: team glossary my glossary\\.json',
      `[Compare the two concepts](${COMPARE})`,
    ].join('\n\n'));
  });

  it('leaves out "From" for built-in entries and uses a custom side label', () => {
    const text = renderHoverMarkdown(entry({ side: 'both' }), { compareCommandUri: COMPARE, sideLabel: (s) => `<${s}>` });
    assert.ok(!text.includes('From:'));
    assert.ok(text.includes('Side: \\<both\\>'));
  });

  // Each row puts a hostile string in one field; the rendered HTML must show it as text only.
  const hostile: Array<[string, string]> = [
    ['script tag', '<script>alert(1)</script>'],
    ['image', '![x](https://evil.example/track.png)'],
    ['inline link', '[click](https://evil.example)'],
    ['command link', '[run](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D)'],
    ['reference link', '[click][r]\n\n[r]: https://evil.example'],
    ['autolink', '<https://evil.example>'],
    ['bare URL', 'see https://evil.example and www.evil.example'],
    ['e-mail', 'mail evil@evil.example'],
    ['html entity', '&lt;b&gt; &#60;img&#62;'],
    ['html attribute', '<img src=x onerror=alert(1)>'],
    ['heading and rule', '# Big\n\n---'],
  ];
  for (const [name, text] of hostile) {
    for (const field of ['term', 'definition', 'details', 'source'] as const) {
      it(`${name} in ${field} renders inert`, () => {
        const html = render(entry({ [field]: text, see: [text] }));
        assert.equal((html.match(/<a /g) ?? []).length, 1, html); // only our compare link
        assert.ok(html.includes(`<a href="${COMPARE}">Compare the two concepts</a>`), html);
        assert.equal((html.match(/<hr/g) ?? []).length, 1, html); // only our separator
        for (const tag of ['<script', '<img', '<h1', 'evil.example"']) assert.ok(!html.includes(tag), `${tag} in ${html}`);
      });
    }
  }

  it('text still reads as written once rendered, paired emphasis as emphasis', () => {
    const html = render(entry({ definition: 'Use C++ (a|b) & .* _x_ *y* 1. ok' }));
    assert.ok(html.includes('Use C++ (a|b) &amp; .* <em>x</em> <em>y</em> 1. ok'), html);
  });

  // Emphasis is given back after escaping; nothing else is.
  const emphasis: [string, string][] = [
    ['It is a *process*.', 'It is a <em>process</em>.'],
    ['*[a link](https://example.com)*', '<em>[a link](https://example.com)</em>'],
    ['*<b>bold</b>*', '<em>&lt;b&gt;bold&lt;/b&gt;</em>'],
    ['2 * 3 * 4', '2 * 3 * 4'],
  ];
  for (const [definition, expected] of emphasis) {
    it(`renders ${JSON.stringify(definition)} as ${JSON.stringify(expected)}`, () => {
      const html = render(entry({ definition }));
      assert.ok(html.includes(expected), html);
      assert.ok(!/<a |<b>/.test(html.replace(/<a href="command:[^"]*">Compare the two concepts<\/a>/, '')), html);
    });
  }

  it('a compare URI cannot break out of its link', () => {
    const text = renderHoverMarkdown(entry({}), { compareCommandUri: 'command:x?["(a) b"]' });
    assert.ok(text.endsWith('(command:x?["%28a%29%20b"])'), text);
  });
});

describe('escapeMarkdown', () => {
  it('escapes every Markdown punctuation character', () => {
    assert.equal(escapeMarkdown('\\`*_[]()<>#+-.!|{}&'), '\\\\\\`\\*\\_\\[\\]\\(\\)\\<\\>\\#\\+\\-\\.\\!\\|\\{\\}\\&');
  });
  it('leaves letters, digits, spaces and non-ASCII alone', () => {
    assert.equal(escapeMarkdown('Lernende Organisation 2 · Schön'), 'Lernende Organisation 2 · Schön');
  });
});
