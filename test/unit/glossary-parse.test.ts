import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mergeGlossaries } from '../../src/core/glossary/merge';
import { SIDES, type GlossaryEntry, type Problem } from '../../src/core/glossary/entry';
import { normalizeTerm } from '../../src/core/glossary/normalize';
import { parseGlossaryJson } from '../../src/core/glossary/parseJson';
import { parseGlossaryMarkdown } from '../../src/core/glossary/parseMarkdown';

const ORIGIN = 'file:///ws/.learningloop/glossary.json';

/** Problems as "line:column severity message-fragment" for compact comparisons. */
function where(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.line}:${p.column} ${p.severity}`);
}

describe('parseGlossaryJson', () => {
  it('reads { "terms": [...] } with every field', () => {
    const text = JSON.stringify({
      $schema: './glossary.schema.json',
      terms: [{ term: 'Kaizen', aliases: ['continuous improvement'], definition: 'Small steps.', details: 'More.', see: ['PDCA'], source: 'Imai', side: 'learning-organization' }],
    }, null, 2);
    const { entries, problems } = parseGlossaryJson(text, ORIGIN);
    assert.deepEqual(problems, []);
    assert.deepEqual(entries, [{
      term: 'Kaizen', aliases: ['continuous improvement'], definition: 'Small steps.', details: 'More.', see: ['PDCA'],
      source: 'Imai', side: 'learning-organization', origin: ORIGIN, line: 3,
    }]);
  });

  it('reads a top-level array and defaults the optional lists', () => {
    const { entries, problems } = parseGlossaryJson('[{"term":"AAR","definition":"After action review."}]', ORIGIN);
    assert.deepEqual(problems, []);
    assert.deepEqual(entries.map((e) => [e.term, e.aliases, e.see, e.line]), [['AAR', [], [], 0]]);
  });

  // Each row: the file (lines joined with \n), the expected problem positions, the valid terms kept.
  const rows: Array<{ name: string; lines: string[]; problems: string[]; message: RegExp; kept: string[] }> = [
    { name: 'syntax error', lines: ['{"terms": [', '  {"term": "A", "definition": "a"}', '  {"term": "B", "definition": "b"}', ']}'], problems: ['2:2 error'], message: /expected ","/, kept: ['A', 'B'] },
    { name: 'comment', lines: ['[', '  // note', '  {"term": "A", "definition": "a"}', ']'], problems: ['1:2 error'], message: /comments are not allowed/, kept: ['A'] },
    { name: 'empty file', lines: [''], problems: ['0:0 error'], message: /empty/, kept: [] },
    { name: 'wrong top level', lines: ['"terms"'], problems: ['0:0 error'], message: /top-level/, kept: [] },
    { name: 'a misspelt "terms" is one error', lines: ['{', '  "term": []', '}'], problems: ['1:2 error'], message: /Unknown property "term": did you mean "terms"/, kept: [] },
    { name: 'another misspelling of "terms"', lines: ['{"$schema": "x", "trems": [{"term": "A", "definition": "a"}]}'], problems: ['0:17 error'], message: /"trems": did you mean "terms"/, kept: [] },
    { name: 'missing terms', lines: ['{', '  "glossary": []', '}'], problems: ['1:2 warning', '0:0 error'], message: /Missing "terms"/, kept: [] },
    { name: 'terms not an array', lines: ['{', '  "terms": {}', '}'], problems: ['1:11 error'], message: /must be an array/, kept: [] },
    { name: 'entry not an object', lines: ['[', '  "A",', '  {"term": "B", "definition": "b"}', ']'], problems: ['1:2 error'], message: /must be an object/, kept: ['B'] },
    { name: 'missing term', lines: ['[', '  {"definition": "a"},', '  {"term": "B", "definition": "b"}', ']'], problems: ['1:2 error'], message: /Missing "term"/, kept: ['B'] },
    { name: 'empty definition', lines: ['[', '  {"term": "A",', '   "definition": "  "}', ']'], problems: ['2:17 error'], message: /"definition" must not be empty/, kept: [] },
    { name: 'term of the wrong type', lines: ['[{"term": 42, "definition": "a"}]'], problems: ['0:10 error'], message: /"term" must be a string/, kept: [] },
    { name: 'aliases of the wrong type', lines: ['[{"term": "A", "definition": "a",', '  "aliases": "x"}]'], problems: ['1:13 error'], message: /"aliases" must be an array/, kept: ['A'] },
    { name: 'alias of the wrong type', lines: ['[{"term": "A", "definition": "a", "aliases": ["x", 1]}]'], problems: ['0:51 error'], message: /Each item of "aliases"/, kept: ['A'] },
    { name: 'see of the wrong type', lines: ['[{"term": "A", "definition": "a", "see": [true]}]'], problems: ['0:42 error'], message: /Each item of "see"/, kept: ['A'] },
    { name: 'details of the wrong type', lines: ['[{"term": "A", "definition": "a", "details": 1}]'], problems: ['0:45 error'], message: /"details" must be a string/, kept: ['A'] },
    { name: 'unknown side', lines: ['[{"term": "A", "definition": "a",', '  "side": "left"}]'], problems: ['1:10 error'], message: /Unknown side "left"/, kept: ['A'] },
    { name: 'a misspelt definition is one error', lines: ['[{"term": "A", "definiton": "a"}]'], problems: ['0:15 error'], message: /did you mean "definition"/, kept: [] },
    { name: 'unknown property', lines: ['[{"term": "A", "definition": "a", "defintion": "x"}]'], problems: ['0:34 warning'], message: /Unknown property "defintion"/, kept: ['A'] },
    { name: 'duplicate term, later one reported', lines: ['[', '  {"term": "Double-loop", "definition": "a"},', '  {"term": "double loop", "definition": "b"}', ']'], problems: ['2:11 error'], message: /Duplicate term "double loop": already defined as a term on line 2/, kept: ['Double-loop'] },
    { name: 'alias duplicating an earlier term', lines: ['[', '  {"term": "AAR", "definition": "a"},', '  {"term": "After action review", "definition": "b", "aliases": ["aar"]}', ']'], problems: ['2:65 warning'], message: /Duplicate alias "aar"/, kept: ['AAR', 'After action review'] },
    { name: 'term duplicating an earlier alias', lines: ['[', '  {"term": "After action review", "aliases": ["AAR"], "definition": "b"},', '  {"term": "AAR", "definition": "a"}', ']'], problems: ['2:11 error'], message: /alias of "After action review" on line 2/, kept: ['After action review'] },
  ];
  for (const row of rows) {
    it(`${row.name}: reported at the offending node, valid entries kept`, () => {
      const { entries, problems } = parseGlossaryJson(row.lines.join('\n'), ORIGIN);
      assert.deepEqual(where(problems), row.problems);
      assert.ok(problems.some((p) => row.message.test(p.message)), problems.map((p) => p.message).join(' | '));
      assert.deepEqual(entries.map((e) => e.term), row.kept);
    });
  }

  it('marks JSON syntax errors, and only them, as syntax (an open editor shows them too)', () => {
    const { problems } = parseGlossaryJson('{"terms": [\n  {"term": "A", "definition": "a"}\n  {"term": "", "definition": "b"}\n]}', ORIGIN);
    assert.deepEqual(problems.map((p) => [p.line, p.syntax === true]), [[2, true], [2, false]]);
  });

  it('drops only the duplicate alias', () => {
    const text = '[{"term": "A", "definition": "a", "aliases": ["x", "X", "a"]}]';
    const { entries, problems } = parseGlossaryJson(text, ORIGIN);
    assert.deepEqual(entries[0]?.aliases, ['x']);
    assert.equal(problems.length, 2);
  });

  it('spans cover the offending value', () => {
    const [problem] = parseGlossaryJson('[{"term": "A", "definition": "a", "side": "left"}]', ORIGIN).problems;
    assert.deepEqual(problem && [problem.line, problem.column, problem.endLine, problem.endColumn], [0, 42, 0, 48]);
  });
});

describe('parseGlossaryMarkdown', () => {
  const ORIGIN_MD = 'file:///ws/GLOSSARY.md';
  const text = [
    '# Team glossary', // 0
    '', // 1
    'Intro paragraph, ignored.', // 2
    '', // 3
    '## Double-loop learning', // 4
    '', // 5
    'Aliases: DLL, double loop', // 6
    'Questioning the *assumptions* behind [a goal](https://x.org).', // 7
    '', // 8
    'Argyris and Schön.', // 9
    '', // 10
    '```', // 11
    '## Not a term', // 12
    '```', // 13
    '', // 14
    'Side: organizational-learning', // 15
    'See: Single-loop learning', // 16
    'Source: Argyris 1978', // 17
    '', // 18
    '## Empty term', // 19
    '', // 20
    '## Single-loop learning', // 21
    'Fixing errors within the given goals.', // 22
    'Side: sideways', // 23
    '', // 24
    '## double loop', // 25
    'Duplicate.', // 26
  ].join('\n');
  const { entries, problems } = parseGlossaryMarkdown(text, ORIGIN_MD);

  it('reads each ## heading with its paragraphs and field lines', () => {
    assert.deepEqual(entries[0], {
      term: 'Double-loop learning',
      aliases: ['DLL', 'double loop'],
      definition: 'Questioning the assumptions behind a goal.',
      details: 'Argyris and Schön.',
      see: ['Single-loop learning'],
      side: 'organizational-learning',
      source: 'Argyris 1978',
      origin: ORIGIN_MD,
      line: 4,
    });
  });

  it('skips the letter sections of an A–Z glossary without complaint, keeps C++', () => {
    const result = parseGlossaryMarkdown('# Glossary\n\n## A\n\n## Action item\n\nA promise.\n\n## B–D\n\n## C++\n\nA language.\n', 'file:///g.md');
    assert.deepEqual(result.entries.map((e) => e.term), ['Action item', 'C++']);
    assert.deepEqual(result.problems, []);
  });

  it('ignores the title, the intro and headings in code blocks', () => {
    assert.deepEqual(entries.map((e) => e.term), ['Double-loop learning', 'Single-loop learning']);
  });

  it('reports a heading without a paragraph, an unknown side and a duplicate at their lines', () => {
    assert.deepEqual(problems.map((p) => [p.line, p.severity, p.message.split(':')[0]]), [
      [19, 'error', '"Empty term" has no definition'],
      [23, 'error', 'Unknown side "sideways"'],
      [25, 'error', 'Duplicate term "double loop"'],
    ]);
    assert.equal(entries[1]?.definition, 'Fixing errors within the given goals.');
  });
});

describe('mergeGlossaries', () => {
  const e = (term: string, origin: string, aliases: string[] = []): GlossaryEntry => ({ term, aliases, definition: `${term} (${origin})`, see: [], origin });
  const builtIn = [e('Double-loop learning', 'built-in', ['DLL']), e('After action review', 'built-in', ['AAR']), e('Kaizen', 'built-in')];

  it('adds new terms and overrides by normalised term', () => {
    const merged = mergeGlossaries([builtIn, [e('double loop learning', 'team'), e('Mob review', 'team')]]);
    assert.deepEqual(merged.map((x) => x.definition), ['After action review (built-in)', 'Kaizen (built-in)', 'double loop learning (team)', 'Mob review (team)']);
  });

  it('a later alias takes the alias over', () => {
    const merged = mergeGlossaries([builtIn, [e('Action analysis report', 'team', ['aar'])]]);
    assert.deepEqual(merged.find((x) => x.term === 'After action review')?.aliases, []);
    assert.deepEqual(merged.find((x) => x.term === 'Action analysis report')?.aliases, ['aar']);
  });

  it('a later term takes an earlier alias over', () => {
    const merged = mergeGlossaries([builtIn, [e('DLL', 'team')]]);
    assert.deepEqual(merged.find((x) => x.term === 'Double-loop learning')?.aliases, []);
  });

  it('three layers: the last one wins', () => {
    const merged = mergeGlossaries([builtIn, [e('Kaizen', 'a')], [e('KAIZEN', 'b')]]);
    assert.deepEqual(merged.filter((x) => normalizeTerm(x.term) === 'kaizen').map((x) => x.origin), ['b']);
  });
});

describe('the built-in glossary (src/content/glossary.json)', () => {
  const path = new URL('../../src/content/glossary.json', import.meta.url);
  it('parses with zero problems, has at least 40 entries, and every "see" resolves', function () {
    if (!existsSync(path)) this.skip();
    const { entries, problems } = parseGlossaryJson(readFileSync(path, 'utf8'), 'built-in');
    assert.deepEqual(problems, []);
    assert.ok(entries.length >= 40, `${entries.length} entries`);
    const known = new Set(entries.flatMap((x) => [x.term, ...x.aliases].map(normalizeTerm)));
    const dangling = entries.flatMap((x) => x.see.filter((s) => !known.has(normalizeTerm(s))).map((s) => `${x.term} → ${s}`));
    assert.deepEqual(dangling, []);
  });
});

describe('schemas/glossary.schema.json', () => {
  interface SchemaNode { description?: string; properties?: Record<string, SchemaNode>; enum?: string[]; $ref?: string }
  const schema = JSON.parse(readFileSync(new URL('../../schemas/glossary.schema.json', import.meta.url), 'utf8')) as {
    $schema: string;
    definitions: { entry: SchemaNode; side: SchemaNode };
  };

  it('is draft-07 and describes every field of an entry', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    const fields = Object.entries(schema.definitions.entry.properties ?? {});
    assert.deepEqual(fields.map(([name]) => name), ['term', 'aliases', 'definition', 'details', 'see', 'source', 'side']);
    for (const [name, field] of fields) assert.ok(field.description ?? (field.$ref && schema.definitions.side.description), name);
  });

  it('leaves missing and unknown keys to our own checks, so one mistake is one Problems entry', () => {
    const text = readFileSync(new URL('../../schemas/glossary.schema.json', import.meta.url), 'utf8');
    assert.doesNotMatch(text, /"required"|"additionalProperties"/);
  });

  it('lists the same sides as the model', () => {
    assert.deepEqual(schema.definitions.side.enum, [...SIDES]);
  });
});
