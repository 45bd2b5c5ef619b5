import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { lint } from 'markdownlint/sync';
import comparison from '../../src/content/comparison.json';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareQueryFor, findRow, parseComparison, REQUIRED_ROW_IDS, CONCEPT_KEYS, type Comparison } from '../../src/core/concepts/comparison';
import { blockPadding, escapeTableCell, toMarkdownTable } from '../../src/core/concepts/markdownTable';
import { parseFromWebview, parseInitialState, parseToWebview } from '../../src/protocol/comparison';
import { newNonce, renderComparisonBody, renderComparisonPage } from '../../src/features/comparison/render';
import { glossaryPlugin } from '../../src/core/glossary/markdownItPlugin';
import { TermMatcher } from '../../src/core/glossary/matcher';

/** The bundled content, parsed (the tests below fail loudly if it does not parse). */
function realModel(): Comparison {
  const { model, problems } = parseComparison(comparison);
  assert.deepEqual(problems, []);
  assert.ok(model);
  return model;
}

/** A small comparison whose cells carry the characters that must be escaped. */
function fixture(overrides: Partial<Record<string, unknown>> = {}): Record<string, unknown> {
  return {
    title: 'OL vs LO',
    intro: 'Intro with *emphasis* and <script>alert("intro")</script>',
    sides: {
      ol: { name: 'Organizational learning', tagline: 'A process', template: 'after-action-review' },
      lo: { name: 'Learning organization', tagline: 'A structure', template: 'learning-plan' },
    },
    rows: REQUIRED_ROW_IDS.map((id) => ({ id, label: `Label ${id}`, ol: `OL ${id}`, lo: `LO ${id}`, terms: [`term ${id}`] })),
    summary: 'Summary',
    sources: ['A book (1990)', 'See https://example.org/paper for more'],
    practice: {
      ol: { text: 'Review what happened.', templates: ['after-action-review', 'timeline'] },
      lo: { text: 'Plan the skills.', templates: ['learning-plan'] },
    },
    ...overrides,
  };
}

function fixtureModel(overrides: Partial<Record<string, unknown>> = {}): Comparison {
  const { model, problems } = parseComparison(fixture(overrides));
  assert.ok(model, problems.join('\n'));
  return model;
}

/** A markdown-it like the one the extension passes: raw HTML off, one glossary term marked. */
function withGlossary(definition: string): MarkdownIt {
  const matcher = TermMatcher.build([{ term: 'organizational learning', aliases: [], definition, see: [], origin: 'built-in' }]);
  return new MarkdownIt({ html: false }).use(glossaryPlugin, { getMatcher: () => matcher });
}

/** The HTML with every quoted attribute value emptied (values are escaped, so quotes pair up). */
function withoutAttributeValues(html: string): string {
  return html.replace(/"[^"]*"/g, '""');
}

/** Whether any tag carries an `on…=` attribute. */
function hasInlineHandler(html: string): boolean {
  return /<[^>]+\son[a-z]+\s*=/i.test(withoutAttributeValues(html));
}

function engine(): MarkdownIt {
  return new MarkdownIt({ html: false });
}

function page(model: Comparison, nonce = newNonce()): string {
  return renderComparisonPage({
    body: renderComparisonBody(model, engine()),
    nonce,
    cspSource: 'https://webview.example',
    scriptUri: 'https://webview.example/dist/webview/panel.js',
    styleUris: ['https://webview.example/media/base.css', 'https://webview.example/media/panel.css'],
    initialState: { focusRow: 'culture' },
  });
}

describe('comparison content (src/content/comparison.json)', () => {
  it('parses without problems', () => {
    realModel();
  });

  it('has every required row, in order, with both sides filled', () => {
    const model = realModel();
    assert.deepEqual(model.rows.map((r) => r.id), [...REQUIRED_ROW_IDS]);
    for (const row of model.rows) {
      for (const side of CONCEPT_KEYS) assert.ok(row[side].trim().length > 0, `${row.id}.${side}`);
    }
  });

  it('names a template for each side and lists it under "put it into practice"', () => {
    const model = realModel();
    for (const side of CONCEPT_KEYS) assert.ok(model.practice[side].templates.includes(model.sides[side].template), side);
  });
});

describe('the comparison and the templates', () => {
  it('names only templates that exist (the panel\'s "New" buttons run them)', () => {
    const { model } = parseComparison(comparison);
    assert.ok(model);
    const dir = path.resolve(__dirname, '../../src/content/templates');
    const ids = new Set(fs.readdirSync(dir).map((f) => /^id:\s*(\S+)/m.exec(fs.readFileSync(path.join(dir, f), 'utf8'))?.[1]));
    const named = [model.sides.ol.template, model.sides.lo.template, ...model.practice.ol.templates, ...model.practice.lo.templates];
    for (const id of named) assert.ok(ids.has(id), `template "${id}" exists`);
  });
});

describe('compareQueryFor (where the hover\'s "Compare" link goes)', () => {
  const { model } = parseComparison(comparison);
  const cases: [string, { term: string; aliases: string[]; side?: string }, string | undefined][] = [
    ['a term a row is about', { term: 'organizational memory', aliases: [], side: 'organizational-learning' }, 'organizational memory'],
    ['an alias a row is about', { term: 'our memory', aliases: ['organizational memory'] }, 'organizational memory'],
    ['a term of one side with no row: the whole panel, told the term', { term: 'double-loop learning', aliases: [], side: 'both' }, 'double-loop learning'],
    ['a practice term: no link', { term: 'ROTI', aliases: [], side: 'retrospective-practice' }, undefined],
    ['a team term without a side: no link', { term: 'flux capacitor', aliases: [] }, undefined],
  ];
  for (const [name, entry, expected] of cases) {
    it(name, () => {
      assert.ok(model);
      assert.equal(compareQueryFor(model, entry), expected);
    });
  }
});

describe('parseComparison', () => {
  const cases: [string, unknown, RegExp][] = [
    ['not an object', [], /^\$: expected an object/],
    ['a missing title', fixture({ title: undefined }), /\$\.title: expected a non-empty string/],
    ['an empty cell', fixture({ rows: [{ id: 'definition', label: 'D', ol: '', lo: 'x' }] }), /\$\.rows\[0\]\.ol/],
    ['rows that are not an array', fixture({ rows: {} }), /\$\.rows: expected an array/],
    ['a side without a template', fixture({ sides: { ol: { name: 'a', tagline: 'b' }, lo: { name: 'c', tagline: 'd', template: 'e' } } }), /\$\.sides\.ol\.template/],
    ['practice templates that are not strings', fixture({ practice: { ol: { text: 't', templates: [1] }, lo: { text: 't', templates: [] } } }), /\$\.practice\.ol\.templates\[0\]/],
    ['a row id that is not a slug', fixture({ rows: [{ id: 'Bad Id', label: 'D', ol: 'x', lo: 'y' }] }), /not a lowercase slug/],
  ];
  for (const [what, input, problem] of cases) {
    it(`rejects ${what}`, () => {
      const { model, problems } = parseComparison(input);
      assert.equal(model, undefined);
      assert.ok(problems.some((p) => problem.test(p)), problems.join('\n'));
    });
  }

  it('keeps a usable model but reports missing and duplicate rows', () => {
    const rows = [{ id: 'definition', label: 'D', ol: 'x', lo: 'y' }, { id: 'definition', label: 'D2', ol: 'x', lo: 'y' }];
    const { model, problems } = parseComparison(fixture({ rows }));
    assert.ok(model);
    assert.deepEqual(model.rows[0]?.terms, []);
    assert.ok(problems.includes('$.rows: duplicate row id "definition"'), problems.join('\n'));
    assert.ok(problems.includes('$.rows: missing the required row "building-blocks"'), problems.join('\n'));
  });
});

describe('findRow', () => {
  const model = realModel();
  const cases: [string, string | undefined][] = [
    ['culture', 'culture'],
    ['  CULTURE ', 'culture'],
    ['building-blocks', 'building-blocks'],
    ['Building blocks', 'building-blocks'],
    ['The manager', 'manager'],
    ['succession planning', 'manager'],
    ['Reactive Learning', 'stance'],
    ['detection and correction', 'stance'],
    ['organizational memory', 'building-blocks'],
    ['organisational memory', 'building-blocks'],
    ['organizational memories', 'building-blocks'],
    ['learning organizations', 'definition'],
    ['Cultures', 'culture'],
    ['no such aspect', undefined],
    ['', undefined],
    ['cult', undefined],
  ];
  for (const [query, expected] of cases) {
    it(`${JSON.stringify(query)} → ${expected ?? 'no row'}`, () => {
      assert.equal(findRow(model, query)?.id, expected);
    });
  }
});

describe('toMarkdownTable', () => {
  it('has a header, a delimiter and one line per row', () => {
    const model = realModel();
    const lines = toMarkdownTable(model).split('\n');
    assert.equal(lines[0], `# ${model.title}`);
    assert.equal(lines[2], '| Aspect | Organizational learning | Learning organization |');
    assert.equal(lines[3], '| --- | --- | --- |');
    const tableLines = lines.filter((l) => l.startsWith('| '));
    assert.equal(tableLines.length, model.rows.length + 2);
  });

  it('round-trips the row count through a Markdown parser', () => {
    const model = realModel();
    const tokens = engine().parse(toMarkdownTable(model), {});
    assert.equal(tokens.filter((t) => t.type === 'tr_open').length, model.rows.length + 1);
    assert.equal(tokens.filter((t) => t.type === 'th_open').length, 3);
  });

  it('keeps a cell with pipes and newlines in its own cell', () => {
    const base = fixture();
    const rows = (base['rows'] as Record<string, unknown>[]).map((r, i) => (i === 0 ? { ...r, ol: 'a | b\nnext line', lo: 'already \\| escaped' } : r));
    const model = fixtureModel({ rows });
    const markdown = toMarkdownTable(model);
    assert.ok(markdown.includes('| Label definition | a \\| b next line | already \\| escaped |'), markdown);
    const tokens = engine().parse(markdown, {});
    assert.equal(tokens.filter((t) => t.type === 'td_open').length, model.rows.length * 3);
  });

  const levels: [number | undefined, string, string][] = [[undefined, '# ', '## Sources'], [2, '## ', '### Sources']];
  for (const [headingLevel, heading, sources] of levels) {
    it(`uses heading level ${headingLevel ?? 'default (1)'}`, () => {
      const markdown = toMarkdownTable(realModel(), headingLevel === undefined ? {} : { headingLevel });
      assert.ok(markdown.startsWith(heading));
      assert.ok(markdown.includes(`\n${sources}\n`));
    });
  }

  it('passes markdownlint (default rules; table rows may be long), bare URLs included', () => {
    const base = fixture();
    const longSource = `${'word '.repeat(30)}- not a list 1. nor this # nor a heading ${'x'.repeat(90)} https://example.org/a/very/long/path`;
    for (const model of [realModel(), fixtureModel(), fixtureModel({ sources: [...(base['sources'] as string[]), longSource] })]) {
      const result = lint({ strings: { table: toMarkdownTable(model) }, config: { default: true, MD013: { tables: false } } });
      assert.deepEqual(result['table'], []);
    }
  });

  const cells: [string, string][] = [
    ['a|b', 'a\\|b'],
    ['a\\|b', 'a\\|b'],
    ['one\ntwo\r\nthree', 'one two three'],
    ['  spaced   out  ', 'spaced out'],
  ];
  for (const [input, expected] of cells) {
    it(`escapes the cell ${JSON.stringify(input)}`, () => assert.equal(escapeTableCell(input), expected));
  }
});

describe('blockPadding', () => {
  // [before, after, prefix, suffix]
  const cases: [string, string, string, string][] = [
    ['', '', '', ''],
    ['# Notes\n\n', '', '', ''],
    ['# Notes\n', '', '\n', ''],
    ['text', '', '\n\n', ''],
    ['text', '\nmore', '\n\n', ''],
    ['', 'after', '', '\n'],
    ['before\n\n', 'after', '', '\n'],
  ];
  for (const [before, after, prefix, suffix] of cases) {
    it(`${JSON.stringify(before)} ⎀ ${JSON.stringify(after)}`, () => {
      assert.deepEqual(blockPadding(before, after), { prefix, suffix });
    });
  }
});

describe('renderComparisonBody', () => {
  it('builds an accessible table: caption, column and row headers, one row per aspect', () => {
    const model = realModel();
    const html = renderComparisonBody(model, engine());
    assert.match(html, /<caption>[^<]+<\/caption>/);
    assert.equal(html.match(/<th scope="col"/g)?.length, 3);
    assert.equal(html.match(/<th scope="row"/g)?.length, model.rows.length);
    for (const row of model.rows) assert.ok(html.includes(`data-row="${row.id}"`), row.id);
    assert.match(html, /<label for="ll-filter">[^<]+<\/label>\s*<input type="search" id="ll-filter"/);
  });

  it('has the actions and the "put it into practice" section with template names', () => {
    const html = renderComparisonBody(fixtureModel(), engine(), { templateName: (id) => (id === 'timeline' ? 'Timeline retro' : undefined) });
    for (const side of CONCEPT_KEYS) assert.ok(html.includes(`data-action="startRetro" data-side="${side}"`), side);
    assert.equal(html.match(/data-action="startRetro"[^>]*>New [^<]+<\/button>/g)?.length, 2);
    assert.ok(html.includes('data-action="insertTable">Insert as Markdown table<'));
    assert.ok(html.includes('data-action="copyMarkdown">Copy as Markdown<'));
    assert.ok(html.includes('Put it into practice'));
    assert.ok(html.includes('>Timeline retro</li>'), 'a name from the option');
    assert.ok(html.includes('>After action review</li>'), 'an id in words when no name is known');
  });

  it('escapes HTML and script in cells, labels, names, intro and sources', () => {
    const evil = '<img src=x onerror=alert(1)> "quoted" <script>alert(2)</script>';
    const base = fixture();
    const rows = (base['rows'] as Record<string, unknown>[]).map((r, i) => (i === 0 ? { ...r, label: evil, ol: evil, lo: `**${evil}**` } : r));
    const model = fixtureModel({
      rows,
      sides: { ol: { name: evil, tagline: evil, template: 'x' }, lo: { name: 'LO', tagline: 'y', template: 'z' } },
      sources: [evil],
      practice: { ol: { text: evil, templates: [evil] }, lo: { text: 't', templates: [] } },
    });
    const html = renderComparisonBody(model, engine());
    assert.ok(!/<script/i.test(html), 'no script element');
    assert.ok(!/<img/i.test(html), 'no img element');
    assert.ok(!hasInlineHandler(html), 'no inline handler');
    assert.ok(!html.includes('"quoted"'), 'no quote that could end an attribute');
    assert.ok(html.includes('&lt;script&gt;alert(2)&lt;/script&gt;'));
  });

  it('marks glossary terms, keeping a definition with HTML inside an escaped title attribute', () => {
    const definition = '"><script>alert(1)</script><b title="';
    const html = renderComparisonBody(realModel(), withGlossary(definition));
    const mark = '<abbr class="ll-term" title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;b title=&quot;">';
    assert.ok(html.includes(`${mark}Organizational learning</abbr>`), 'the intro marks the term');
    assert.ok(!/<script/i.test(html), 'no script element');
    assert.ok(!/<b\b/i.test(html), 'no element from the definition');
  });
});

describe('renderComparisonPage', () => {
  const model = realModel();

  it('sets a CSP that allows nothing by default and only the nonced script', () => {
    const nonce = newNonce();
    const html = page(model, nonce);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp, 'a CSP meta tag');
    assert.match(csp, /^default-src 'none';/);
    assert.ok(csp.includes(`script-src 'nonce-${nonce}'`), csp);
    assert.ok(csp.includes('style-src https://webview.example;'), csp);
    assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'), csp);
  });

  it('links the shared base stylesheet first, then the panel\'s own, both from the CSP\'s style source', () => {
    const links = [...page(model).matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]);
    assert.deepEqual(links, ['https://webview.example/media/base.css', 'https://webview.example/media/panel.css']);
  });

  it('has exactly one script, carrying the CSP nonce', () => {
    const html = page(model);
    const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)];
    assert.equal(scripts.length, 1);
    const nonce = /\bnonce="([^"]+)"/.exec(scripts[0]?.[1] ?? '')?.[1];
    assert.ok(nonce);
    assert.ok(html.includes(`'nonce-${nonce}'`));
  });

  it('uses a different nonce on every render', () => {
    const nonceOf = (html: string): string | undefined => /<script nonce="([^"]+)"/.exec(html)?.[1];
    const [a, b] = [nonceOf(page(model)), nonceOf(page(model))];
    assert.ok(a && b);
    assert.notEqual(a, b);
    assert.match(a, /^[0-9a-f]{32}$/);
  });

  it('has no inline handlers, inline styles or style elements', () => {
    const html = page(model);
    assert.ok(!hasInlineHandler(html), 'inline on*= handler');
    assert.ok(!/<[^>]+\sstyle\s*=/i.test(withoutAttributeValues(html)), 'style attribute');
    assert.ok(!/<style/i.test(html), 'style element');
  });

  it('carries the initial state in an escaped data attribute', () => {
    const html = page(model);
    const attribute = /<body data-initial="([^"]*)">/.exec(html)?.[1];
    assert.equal(attribute, '{&quot;focusRow&quot;:&quot;culture&quot;}');
    const decoded = attribute?.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    assert.deepEqual(parseInitialState(decoded), { focusRow: 'culture' });
  });

  it('escapes hostile URIs and titles', () => {
    const html = renderComparisonPage({
      body: '', nonce: 'abc', cspSource: 'x', scriptUri: '"><script>alert(1)</script>', styleUris: ['s'], initialState: {}, title: '</title><script>',
    });
    assert.equal(html.match(/<script/g)?.length, 1);
  });
});

describe('message protocol', () => {
  const fromWebview: [string, unknown, unknown][] = [
    ['ready', { type: 'ready' }, { type: 'ready' }],
    ['startRetro ol', { type: 'startRetro', side: 'ol' }, { type: 'startRetro', side: 'ol' }],
    ['startRetro lo, extra fields dropped', { type: 'startRetro', side: 'lo', evil: 1 }, { type: 'startRetro', side: 'lo' }],
    ['insertTable', { type: 'insertTable' }, { type: 'insertTable' }],
    ['copyMarkdown', { type: 'copyMarkdown' }, { type: 'copyMarkdown' }],
    ['copyMarkdown of the filtered rows', { type: 'copyMarkdown', rows: ['culture', 'manager'] }, { type: 'copyMarkdown', rows: ['culture', 'manager'] }],
    ['insertTable of no rows', { type: 'insertTable', rows: [] }, { type: 'insertTable', rows: [] }],
    ['rows that are not an array', { type: 'copyMarkdown', rows: 'culture' }, undefined],
    ['a row id that is not a slug', { type: 'insertTable', rows: ['culture', '<img>'] }, undefined],
    ['more row ids than the cap', { type: 'copyMarkdown', rows: Array.from({ length: 101 }, () => 'culture') }, undefined],
    ['startRetro with an unknown side', { type: 'startRetro', side: 'xx' }, undefined],
    ['startRetro without a side', { type: 'startRetro' }, undefined],
    ['an unknown type', { type: 'runShell', command: 'rm' }, undefined],
    ['a type that is not a string', { type: 1 }, undefined],
    ['a string', 'ready', undefined],
    ['null', null, undefined],
    ['an array', [{ type: 'ready' }], undefined],
    ['a message meant for the webview', { type: 'focusRow', rowId: 'culture' }, undefined],
  ];
  for (const [what, message, expected] of fromWebview) {
    it(`from the webview: ${what}`, () => assert.deepEqual(parseFromWebview(message), expected));
  }

  const toWebview: [string, unknown, unknown][] = [
    ['focusRow', { type: 'focusRow', rowId: 'building-blocks' }, { type: 'focusRow', rowId: 'building-blocks' }],
    ['notice', { type: 'notice', text: 'No row matches “x”.' }, { type: 'notice', text: 'No row matches “x”.' }],
    ['focusRow with a selector in it', { type: 'focusRow', rowId: '"] , body' }, undefined],
    ['focusRow with a number', { type: 'focusRow', rowId: 3 }, undefined],
    ['notice without text', { type: 'notice' }, undefined],
    ['an unknown type', { type: 'eval', code: '1' }, undefined],
  ];
  for (const [what, message, expected] of toWebview) {
    it(`to the webview: ${what}`, () => assert.deepEqual(parseToWebview(message), expected));
  }

  const initial: [string | undefined, unknown][] = [
    [undefined, {}],
    ['not json', {}],
    ['{"focusRow":"culture"}', { focusRow: 'culture' }],
    ['{"focusRow":"<b>"}', {}],
    ['[1]', {}],
  ];
  for (const [json, expected] of initial) {
    it(`initial state ${JSON.stringify(json)}`, () => assert.deepEqual(parseInitialState(json), expected));
  }
});
