// What we do with a template body written in snippet syntax: render it to plain text
// (new files, tests, the bench), or fill in only our own variables and hand the rest to
// `editor.insertSnippet` so VS Code keeps the tabstops and resolves its own variables.

import { findFrontMatter } from '../markdown/frontMatter';
import type { SnippetNode } from './snippetAst';
import { parseSnippet } from './snippetParser';

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
  // First pass: each tabstop number's default, so `$1` can mirror `${1:text}` wherever it is.
  const defaults = new Map<number, string>();
  collectDefaults(nodes, variables, defaults);
  return render(nodes, variables, defaults);
}

/**
 * The body with only the given variables replaced by their values (escaped for snippet
 * syntax); tabstops, choices and every other variable are left exactly as written.
 */
export function substituteVariables(body: string, variables: SnippetVariables): string {
  const { nodes } = parseSnippet(body);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (list: readonly SnippetNode[]): void => {
    for (const node of list) {
      if (node.type === 'variable' && has(variables, node.name)) {
        edits.push({ start: node.start, end: node.end, text: escapeSnippetText(variables[node.name] ?? '') });
      } else if (node.type === 'placeholder' || (node.type === 'variable' && node.children)) {
        visit(node.children ?? []);
      }
    }
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

function collectDefaults(nodes: readonly SnippetNode[], variables: SnippetVariables, into: Map<number, string>): void {
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

function render(nodes: readonly SnippetNode[], variables: SnippetVariables, defaults: ReadonlyMap<number, string>): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text': out += node.value; break;
      case 'tabstop': out += defaults.get(node.index) ?? ''; break;
      case 'placeholder': out += render(node.children, variables, defaults); break;
      case 'choice': out += node.options[0] ?? ''; break;
      case 'variable':
        // A transform is shown as the plain value: templates use them for looks only.
        if (has(variables, node.name)) out += variables[node.name] ?? '';
        else if (node.children) out += render(node.children, variables, defaults);
        break;
    }
  }
  return out;
}
