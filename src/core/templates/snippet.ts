// What we do with a template body written in snippet syntax: render it to plain text
// (new files, tests, the bench), or fill in only our own variables and hand the rest to
// `editor.insertSnippet` so VS Code keeps the tabstops and resolves its own variables.

import { stringify } from 'yaml';
import { findFrontMatter } from '../markdown/frontMatter';
import type { SnippetNode, VariableNode } from './snippetAst';
import { parseSnippet } from './snippetParser';
import { applyTransform } from './snippetTransform';
import { NUMBER_VARIABLES, OWN_VARIABLES } from './variables';

export { parseSnippet } from './snippetParser';
export type * from './snippetAst';

/** Variable name → value. */
export type SnippetVariables = Readonly<Record<string, string>>;

/**
 * The body as plain text: tabstops show their default (mirrors repeat it), choices their
 * first option, variables the value given, else their default, else nothing.
 */
export function renderDefaults(body: string, variables: SnippetVariables): string {
  const { nodes } = parseSnippet(body);
  const values = new Values(variables, yamlValueNodes(body, nodes));
  // First pass: each tabstop number's default, so `$1` can mirror `${1:text}` wherever it is.
  const defaults = new Map<number, string>();
  collectDefaults(nodes, values, defaults);
  return render(nodes, values, defaults);
}

/**
 * The body with only the given variables replaced by their values (escaped for snippet
 * syntax); tabstops, choices and every other variable are left exactly as written.
 */
export function substituteVariables(body: string, variables: SnippetVariables): string {
  const { nodes } = parseSnippet(body);
  const values = new Values(variables, yamlValueNodes(body, nodes));
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (list: readonly SnippetNode[]): void => {
    list.forEach((node, k) => {
      if (node.type === 'variable' && has(variables, node.name)) {
        const text = escapeSnippetText(values.of(node));
        const before = list[k - 1];
        // The value must not extend what precedes it: `$1` + "3" is not `$13`, `$` + "3" not `$3`.
        if (before !== undefined && before.end === node.start && edits.at(-1)?.start !== before.start) {
          const guard = separated(body, before, text);
          if (guard !== undefined) edits.push({ start: before.start, end: before.end, text: guard });
        }
        edits.push({ start: node.start, end: node.end, text });
      } else if (node.type === 'placeholder' || (node.type === 'variable' && node.children)) {
        visit(node.children ?? []);
      }
    });
  };
  visit(nodes);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += body.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + body.slice(at);
}

/** The body without a leading front-matter block (and the blank lines after it). */
export function stripFrontMatter(body: string): string {
  const block = findFrontMatter(body);
  return block ? body.slice(block.bodyOffset).replace(/^(?:[ \t]*\r?\n)+/, '') : body;
}

/** `text` escaped so a snippet shows it literally (`$`, `}` and `\` get a backslash). */
export function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

function has(variables: SnippetVariables, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(variables, name);
}

/** A starting character that would continue a bare `$1` / `$NAME`, or make a `$` one. */
const CONTINUES_NAME = /^[_a-zA-Z0-9]/;
const STARTS_CONSTRUCT = /^[_a-zA-Z0-9{]/;

/**
 * The node before a substituted value rewritten so the value cannot merge with it (a bare
 * tabstop or variable gets braces, a text ending in a literal `$` escapes it), or undefined.
 */
function separated(body: string, before: SnippetNode, value: string): string | undefined {
  const bare = (before.type === 'tabstop' || before.type === 'variable') && body[before.start + 1] !== '{';
  if (bare && CONTINUES_NAME.test(value)) return `\${${body.slice(before.start + 1, before.end)}}`;
  if (before.type === 'text' && before.value.endsWith('$') && STARTS_CONSTRUCT.test(value)) return escapeSnippetText(before.value);
  return undefined;
}

/** Whole front-matter values are written as YAML: a number variable stays bare, anything else is quoted when it needs it. */
const YAML_NUMBER = /^(?:0|[1-9][0-9]*)$/;
/** `key: ` at the start of a front-matter line, before the value. */
const YAML_KEY = /^[ \t]*(?:- )?[A-Za-z0-9_-]+:[ \t]+$/;
const LINE_REST = /^[ \t]*(?:\r?\n|$)/;
/** Always one line: a line break is written `\n` inside quotes, never folded onto a line of its own (found by the fuzz tier). */
const YAML_ONE_LINE = { lineWidth: 0, blockQuote: false, singleQuote: false, doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER } as const;

/** Our variables' values: transformed as the body asks, YAML-quoted where they are a front-matter value. */
class Values {
  constructor(private readonly variables: SnippetVariables, private readonly yaml: ReadonlySet<VariableNode>) {}

  of(node: VariableNode): string {
    const raw = this.variables[node.name] ?? '';
    const value = node.transform ? applyTransform(raw, node.transform) ?? raw : raw;
    const bare = NUMBER_VARIABLES.has(node.name) && YAML_NUMBER.test(value);
    return this.yaml.has(node) && !bare ? stringify(value, YAML_ONE_LINE).replace(/\n$/, '') : value;
  }

  has(name: string): boolean {
    return has(this.variables, name);
  }
}

/** Our variables that are the whole value of a `key:` line in the body's front matter (alone or as a placeholder's only content). */
function yamlValueNodes(body: string, nodes: readonly SnippetNode[]): Set<VariableNode> {
  const found = new Set<VariableNode>();
  const block = findFrontMatter(body);
  if (block === undefined) return found;
  const yamlEnd = block.yamlOffset + block.yaml.length;
  const visit = (list: readonly SnippetNode[], outer: SnippetNode | undefined): void => {
    for (const node of list) {
      if (node.start >= yamlEnd) return;
      const whole = outer ?? node;
      if (node.type === 'variable' && !node.children && OWN_VARIABLES.has(node.name) && YAML_KEY.test(body.slice(body.lastIndexOf('\n', whole.start - 1) + 1, whole.start)) && LINE_REST.test(body.slice(whole.end, whole.end + 2))) {
        found.add(node);
      } else if (node.type === 'placeholder' || node.type === 'variable') {
        const children = node.children ?? [];
        visit(children, children.length === 1 ? whole : undefined);
      }
    }
  };
  visit(nodes, undefined);
  return found;
}

function collectDefaults(nodes: readonly SnippetNode[], variables: Values, into: Map<number, string>): void {
  for (const node of nodes) {
    if (node.type === 'placeholder') {
      if (!into.has(node.index)) into.set(node.index, render(node.children, variables, new Map()));
      collectDefaults(node.children, variables, into);
    } else if (node.type === 'choice' && !into.has(node.index)) {
      into.set(node.index, node.options[0] ?? '');
    } else if (node.type === 'variable' && node.children) {
      collectDefaults(node.children, variables, into);
    }
  }
}

function render(nodes: readonly SnippetNode[], variables: Values, defaults: ReadonlyMap<number, string>): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text': out += node.value; break;
      case 'tabstop': out += defaults.get(node.index) ?? ''; break;
      case 'placeholder': out += render(node.children, variables, defaults); break;
      case 'choice': out += node.options[0] ?? ''; break;
      case 'variable':
        if (variables.has(node.name)) out += variables.of(node);
        else if (node.children) out += render(node.children, variables, defaults);
        break;
    }
  }
  return out;
}
