import * as assert from 'node:assert/strict';
import {
  escapeSnippetText, parseSnippet, renderDefaults, stripFrontMatter, substituteVariables, type SnippetNode,
} from '../../src/core/templates/snippet';

/** A compact picture of the tree: types, names and values, no offsets. */
function shape(nodes: readonly SnippetNode[]): string {
  return nodes.map((node) => {
    switch (node.type) {
      case 'text': return JSON.stringify(node.value);
      case 'tabstop': return `$${node.index}${node.transform ? `/${node.transform.regex}/${node.transform.format}/${node.transform.flags}` : ''}`;
      case 'placeholder': return `\${${node.index}:${shape(node.children)}}`;
      case 'choice': return `\${${node.index}|${node.options.join(',')}|}`;
      case 'variable': return `\${${node.name}${node.children ? `:${shape(node.children)}` : ''}${node.transform ? `/${node.transform.regex}/${node.transform.format}/${node.transform.flags}` : ''}}`;
    }
  }).join(' ');
}

describe('parseSnippet', () => {
  const cases: { name: string; body: string; tree: string }[] = [
    { name: 'plain text', body: 'Hello', tree: '"Hello"' },
    { name: 'bare tabstops and $0', body: '$1 and $0', tree: '$1 " and " $0' },
    { name: 'braced tabstop', body: '${12}', tree: '$12' },
    { name: 'placeholder with default', body: '${1:what}', tree: '${1:"what"}' },
    { name: 'nested placeholder and variable', body: '${1:${TEAM}} ${2:a ${3:b}}', tree: '${1:${TEAM}} " " ${2:"a " ${3:"b"}}' },
    { name: 'choice', body: '${1|draft,in review,final|}', tree: '${1|draft,in review,final|}' },
    { name: 'choice with escaped comma and pipe', body: '${1|a\\,b,c\\|d|}', tree: '${1|a,b,c|d|}' },
    { name: 'bare and braced variables', body: '$TEAM-${ITERATION}', tree: '${TEAM} "-" ${ITERATION}' },
    { name: 'variable with default', body: '${TEAM:the team}', tree: '${TEAM:"the team"}' },
    { name: 'variable transform', body: '${TM_FILENAME/(.*)\\..+$/${1:/upcase}/g}', tree: '${TM_FILENAME/(.*)\\..+$/${1:/upcase}/g}' },
    { name: 'tabstop transform', body: '${1/a/b/}', tree: '$1/a/b/' },
    { name: 'escapes', body: '\\$1 \\} \\\\ \\n', tree: '"$1 } \\\\ \\\\n"' },
    { name: 'a lone $ is text', body: 'costs $ 5 or $.', tree: '"costs $ 5 or $."' },
    { name: 'a stray } is text', body: 'a } b', tree: '"a } b"' },
    { name: 'digits after a name end the tabstop', body: '$1a', tree: '$1 "a"' },
  ];
  for (const { name, body, tree } of cases) {
    it(`parses ${name}`, () => {
      const parsed = parseSnippet(body);
      assert.equal(parsed.error, undefined);
      assert.equal(shape(parsed.nodes), tree);
    });
  }

  it('keeps source offsets of nested nodes', () => {
    const body = 'a ${1:${TEAM}} b';
    const [, placeholder] = parseSnippet(body).nodes;
    assert.ok(placeholder?.type === 'placeholder');
    assert.equal(body.slice(placeholder.start, placeholder.end), '${1:${TEAM}}');
    const [team] = placeholder.children;
    assert.equal(team && body.slice(team.start, team.end), '${TEAM}');
  });

  const errors: { name: string; body: string; offset: number; message: RegExp }[] = [
    { name: 'unclosed placeholder', body: 'ab ${1:x', offset: 3, message: /Unclosed "\$\{"/ },
    { name: 'unclosed outer placeholder', body: '${1:${2:x}', offset: 0, message: /Unclosed/ },
    { name: 'unclosed choice', body: '${1|a,b', offset: 0, message: /Unclosed choice/ },
    { name: 'choice ending in | without }', body: '${1|a|b|}', offset: 5, message: /ends with "\|\}"/ },
    { name: 'empty choice', body: '${1||}', offset: 0, message: /at least one option/ },
    { name: 'space after ${', body: 'x ${ TEAM}', offset: 4, message: /tabstop number or a variable name/ },
    { name: 'bad character after a tabstop number', body: '${1!}', offset: 3, message: /after "\$\{1"/ },
    { name: 'bad character after a variable name', body: '${TEAM!}', offset: 6, message: /after "\$\{TEAM"/ },
    { name: 'unclosed transform', body: '${TEAM/a/b', offset: 0, message: /Unclosed transform/ },
    { name: 'invalid transform regex', body: '${TEAM/(/b/}', offset: 7, message: /Invalid regular expression/ },
  ];
  for (const { name, body, offset, message } of errors) {
    it(`reports ${name}`, () => {
      const { error } = parseSnippet(body);
      assert.ok(error, 'expected an error');
      assert.equal(error.offset, offset);
      assert.match(error.message, message);
    });
  }
});

describe('renderDefaults', () => {
  const vars = { TEAM: 'Platform', ITERATION: '7', EMPTY: '' };
  const cases: { name: string; body: string; expected: string }[] = [
    { name: 'tabstops render empty', body: 'a$1b$0c', expected: 'abc' },
    { name: 'placeholders render their default', body: '${1:what we will do}', expected: 'what we will do' },
    { name: 'a tabstop mirrors its placeholder, before or after', body: '$1 ${1:x} $1', expected: 'x x x' },
    { name: 'choices render the first option', body: '${1|draft,final|}', expected: 'draft' },
    { name: 'known variables render their value', body: '$TEAM/${ITERATION}', expected: 'Platform/7' },
    { name: 'an empty value wins over the default', body: '${EMPTY:fallback}', expected: '' },
    { name: 'unknown variables fall back to their default', body: '${NOPE:fallback}', expected: 'fallback' },
    { name: 'unknown variables without default render empty', body: '[$NOPE]', expected: '[]' },
    { name: 'nested variable inside a placeholder', body: 'team: ${1:${TEAM}}', expected: 'team: Platform' },
    { name: 'a transform on our variable is applied', body: '${TEAM/(.*)/${1:/upcase}/}', expected: 'PLATFORM' },
    { name: 'escapes render literally', body: 'cost \\$5 \\} \\\\', expected: 'cost $5 } \\' },
    { name: 'a broken body still renders what it can', body: 'a ${1:b', expected: 'a b' },
  ];
  for (const { name, body, expected } of cases) {
    it(name, () => assert.equal(renderDefaults(body, vars), expected));
  }
});

describe('substituteVariables', () => {
  const vars = { TEAM: 'R&D $1 {x}', OPEN_ACTIONS: '- [ ] a\n- [ ] b' };
  const cases: { name: string; body: string; expected: string }[] = [
    { name: 'replaces given variables, escaped', body: 'Team: $TEAM', expected: 'Team: R&D \\$1 {x\\}' },
    { name: 'inside a placeholder', body: '${1:${TEAM}}', expected: '${1:R&D \\$1 {x\\}}' },
    { name: 'keeps other variables for VS Code', body: '${CURRENT_YEAR}-$TM_FILENAME ${OTHER:x}', expected: '${CURRENT_YEAR}-$TM_FILENAME ${OTHER:x}' },
    { name: 'replaces inside the default of another variable', body: '${OTHER:${TEAM}}', expected: '${OTHER:R&D \\$1 {x\\}}' },
    { name: 'keeps tabstops, choices and escapes', body: '$1 ${2|a,b|} \\$ $0', expected: '$1 ${2|a,b|} \\$ $0' },
    { name: 'multi-line values', body: '${OPEN_ACTIONS}', expected: '- [ ] a\n- [ ] b' },
  ];
  for (const { name, body, expected } of cases) {
    it(name, () => {
      const out = substituteVariables(body, vars);
      assert.equal(out, expected);
      // The result is still valid snippet syntax and renders to the values.
      assert.equal(parseSnippet(out).error, undefined);
    });
  }

  it('renders to the same text as rendering with the variables directly', () => {
    const body = '# ${TEAM} iteration ${1:${ITERATION}}\n\n${OPEN_ACTIONS}\n$0';
    const all = { ...vars, ITERATION: '3' };
    assert.equal(renderDefaults(substituteVariables(body, all), {}), renderDefaults(body, all));
  });
});

describe('escapeSnippetText and stripFrontMatter', () => {
  const escapes: [string, string][] = [['plain', 'plain'], ['$1', '\\$1'], ['a}b', 'a\\}b'], ['c:\\x', 'c:\\\\x'], ['', '']];
  for (const [input, expected] of escapes) {
    it(`escapes ${JSON.stringify(input)}`, () => {
      assert.equal(escapeSnippetText(input), expected);
      assert.equal(renderDefaults(expected, {}), input);
    });
  }

  const strips: { name: string; body: string; expected: string }[] = [
    { name: 'removes a leading block and blank lines', body: '---\ndate: x\n---\n\n# Title\n', expected: '# Title\n' },
    { name: 'handles CRLF', body: '---\r\na: 1\r\n---\r\n# T', expected: '# T' },
    { name: 'removes an empty block', body: '---\n---\nbody', expected: 'body' },
    { name: 'keeps a body without front matter', body: '# Title\n\n---\n', expected: '# Title\n\n---\n' },
    { name: 'keeps an unclosed block', body: '---\na: 1\n# Title', expected: '---\na: 1\n# Title' },
  ];
  for (const { name, body, expected } of strips) {
    it(`stripFrontMatter ${name}`, () => assert.equal(stripFrontMatter(body), expected));
  }
});
