// A parser for VS Code's snippet syntax (tabstops, placeholders, choices, variables,
// transforms, escapes). It never throws: after the first error it reads on, treating the
// broken construct as text (or closing it at the end), so a broken body still renders.
// It is linear in the body: nesting is capped (MAX_SNIPPET_DEPTH), and a choice or transform
// that ran to the end of the body unclosed is not looked for again (see `exhausted`).

import type { ParsedSnippet, SnippetError, SnippetNode, Transform } from './snippetAst';
import { formatMessage, message, type Message } from '../messages';

const DIGIT = /[0-9]/;
const NAME_START = /[_a-zA-Z]/;
const NAME_PART = /[_a-zA-Z0-9]/;
/** Characters a backslash escapes in text, and inside a choice. */
const TEXT_ESCAPES = '$}\\';
const CHOICE_ESCAPES = ',|\\';
/** Deepest nesting of `${…:…}` read as snippet syntax; the parser recurses once per level. */
export const MAX_SNIPPET_DEPTH = 50;

/** Parses a snippet body into nodes with offsets; reports the first syntax error. */
export function parseSnippet(body: string): ParsedSnippet {
  const parser = new Parser(body);
  const nodes = parser.sequence(false);
  return parser.error ? { nodes, error: parser.error } : { nodes };
}

class Parser {
  private pos = 0;
  private depth = 0;
  /**
   * Constructs whose closing was searched for up to the end of the body in vain: a later one
   * would search the same tail again (32 KB of `${a/` would take quadratic time), so it is
   * read as text at once. The body already has an error, so it is never inserted.
   */
  private readonly exhausted = { choice: false, transform: false };
  error: SnippetError | undefined;

  constructor(private readonly src: string) {}

  /** Nodes up to the end of input, or up to (not past) a `}` when `nested`. */
  sequence(nested: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    let textStart = this.pos;
    const flush = (): void => {
      if (text !== '') nodes.push({ type: 'text', value: text, start: textStart, end: this.pos });
      text = '';
    };
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos] ?? '';
      if (ch === '}' && nested) break;
      if (ch === '\\' && TEXT_ESCAPES.includes(this.src[this.pos + 1] ?? '')) {
        if (text === '') textStart = this.pos;
        text += this.src[this.pos + 1];
        this.pos += 2;
        continue;
      }
      if (ch === '$') {
        const start = this.pos;
        const node = this.dollar();
        if (node) {
          this.pos = start;
          flush();
          nodes.push(node);
          this.pos = node.end;
          continue;
        }
        this.pos = start; // not a snippet construct: a literal `$`
      }
      if (text === '') textStart = this.pos;
      text += ch;
      this.pos++;
    }
    flush();
    return nodes;
  }

  /** The construct starting at the `$` at `pos`, or undefined when it is literal text. */
  private dollar(): SnippetNode | undefined {
    const start = this.pos;
    const next = this.src[start + 1] ?? '';
    if (DIGIT.test(next)) {
      this.pos = start + 1;
      return { type: 'tabstop', index: this.int(), start, end: this.pos };
    }
    if (NAME_START.test(next)) {
      this.pos = start + 1;
      return { type: 'variable', name: this.name(), start, end: this.pos };
    }
    return next === '{' ? this.braced(start) : undefined;
  }

  /** `${…}` starting at `start`. */
  private braced(start: number): SnippetNode | undefined {
    if (this.depth >= MAX_SNIPPET_DEPTH) {
      return this.fail(start, message('snippetTooDeep', MAX_SNIPPET_DEPTH));
    }
    this.pos = start + 2;
    const first = this.src[this.pos] ?? '';
    if (DIGIT.test(first)) return this.bracedTabstop(start, this.int());
    if (NAME_START.test(first)) return this.bracedVariable(start, this.name());
    return this.fail(this.pos, message('snippetExpectedName'));
  }

  private bracedTabstop(start: number, index: number): SnippetNode | undefined {
    const ch = this.src[this.pos];
    if (ch === '}') return { type: 'tabstop', index, start, end: ++this.pos };
    if (ch === ':') {
      this.pos++;
      const children = this.nested();
      return { type: 'placeholder', index, children, start, end: this.close(start) };
    }
    if (ch === '|') return this.choice(start, index);
    if (ch === '/') {
      const transform = this.transform(start);
      return transform && { type: 'tabstop', index, transform, start, end: this.pos };
    }
    return this.fail(this.pos, message('snippetAfterTabstop', index));
  }

  private bracedVariable(start: number, name: string): SnippetNode | undefined {
    const ch = this.src[this.pos];
    if (ch === '}') return { type: 'variable', name, start, end: ++this.pos };
    if (ch === ':') {
      this.pos++;
      const children = this.nested();
      return { type: 'variable', name, children, start, end: this.close(start) };
    }
    if (ch === '/') {
      const transform = this.transform(start);
      return transform && { type: 'variable', name, transform, start, end: this.pos };
    }
    return this.fail(this.pos, message('snippetAfterVariable', name));
  }

  /** The children of a placeholder or variable default, one level deeper. */
  private nested(): SnippetNode[] {
    this.depth++;
    const children = this.sequence(true);
    this.depth--;
    return children;
  }

  /** `|a,b|}` after `${1`. */
  private choice(start: number, index: number): SnippetNode | undefined {
    if (this.exhausted.choice) return this.fail(start, message('snippetUnclosedChoice'));
    const options: string[] = [];
    let option = '';
    this.pos++;
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos] ?? '';
      if (ch === '\\' && CHOICE_ESCAPES.includes(this.src[this.pos + 1] ?? '')) {
        option += this.src[this.pos + 1];
        this.pos += 2;
      } else if (ch === ',') {
        options.push(option);
        option = '';
        this.pos++;
      } else if (ch === '|') {
        if (this.src[this.pos + 1] !== '}') return this.fail(this.pos, message('snippetChoiceEnd'));
        options.push(option);
        this.pos += 2;
        if (options.every((o) => o === '')) return this.fail(start, message('snippetEmptyChoice'));
        return { type: 'choice', index, options, start, end: this.pos };
      } else {
        option += ch;
        this.pos++;
      }
    }
    this.exhausted.choice = true;
    return this.fail(start, message('snippetUnclosedChoice'));
  }

  /** `/regex/format/flags}` after `${1` or `${NAME`; leaves `pos` after the `}`. */
  private transform(start: number): Transform | undefined {
    if (this.exhausted.transform) return this.fail(start, message('snippetUnclosedTransform'));
    this.pos++;
    const regexStart = this.pos;
    const regex = this.until('/', false);
    const format = regex === undefined ? undefined : this.until('/', true);
    const flags = format === undefined ? undefined : this.until('}', false);
    if (regex === undefined || format === undefined || flags === undefined) {
      this.exhausted.transform = true;
      this.fail(start, message('snippetUnclosedTransform'));
      return undefined;
    }
    try {
      new RegExp(regex, flags);
    } catch {
      this.fail(regexStart, message('snippetBadRegex', `/${regex}/${flags}`));
      return undefined;
    }
    return { regex, format, flags };
  }

  /** Raw text up to an unescaped `stop` (consumed); `${…}` groups are skipped when `nesting`. */
  private until(stop: string, nesting: boolean): string | undefined {
    const from = this.pos;
    let depth = 0;
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      if (ch === '\\') {
        this.pos += 2;
        continue;
      }
      if (nesting && ch === '$' && this.src[this.pos + 1] === '{') {
        depth++;
        this.pos += 2;
        continue;
      }
      if (depth > 0 && ch === '}') depth--;
      else if (depth === 0 && ch === stop) return this.src.slice(from, this.pos++).replace(/\\\//g, '/');
      this.pos++;
    }
    return undefined;
  }

  /** Consumes the `}` closing the construct at `start`; at the end of input, reports it. */
  private close(start: number): number {
    if (this.src[this.pos] === '}') return ++this.pos;
    this.fail(start, message('snippetUnclosed'));
    return this.pos;
  }

  private int(): number {
    const from = this.pos;
    while (DIGIT.test(this.src[this.pos] ?? '')) this.pos++;
    return Number(this.src.slice(from, this.pos));
  }

  private name(): string {
    const from = this.pos;
    while (NAME_PART.test(this.src[this.pos] ?? '')) this.pos++;
    return this.src.slice(from, this.pos);
  }

  /** Records the first error; the construct is then read as literal text. */
  private fail(offset: number, said: Message): undefined {
    this.error ??= { offset, message: formatMessage(said.id, said.args), said };
    return undefined;
  }
}
