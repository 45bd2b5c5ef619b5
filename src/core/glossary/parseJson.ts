// Reads a team glossary written as JSON (`.learningloop/glossary.json`), reporting every
// problem at the node it concerns and still returning each valid entry.

import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { isSide, SIDES, type GlossaryEntry, type GlossaryParseResult, type Problem, type Side } from './entry';
import { withoutDuplicates, type Located } from './dedupe';
import { LineMap, problemAt, type Span } from '../markdown/lineMap';
import { BACKSLASH, CLOSE_BRACE, CLOSE_BRACKET, NEWLINE, OPEN_BRACE, OPEN_BRACKET, QUOTE } from '../charCodes';
import { message, type Message } from '../messages';

const TOP_LEVEL_KEYS: readonly string[] = ['$schema', 'terms'];
const ENTRY_KEYS: readonly string[] = ['term', 'aliases', 'definition', 'details', 'see', 'source', 'side'];
/**
 * Deepest nesting of arrays and objects read. A glossary needs three levels; the JSON parser
 * recurses once per level, so ~50,000 nested arrays would overflow the stack.
 */
export const MAX_JSON_DEPTH = 64;

// jsonc-parser's error codes, in words.
const SYNTAX_MESSAGES: Readonly<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected ","',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'expected the end of the file',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid Unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string',
};

/** Parses a JSON glossary: `{ "terms": [ … ] }` (optionally with "$schema") or a top-level array. */
export function parseGlossaryJson(text: string, origin: string): GlossaryParseResult {
  const lines = new LineMap(text);
  const problems: Problem[] = [];
  const tooDeep = offsetPastDepth(text, MAX_JSON_DEPTH);
  if (tooDeep !== undefined) {
    return { entries: [], problems: [problemAt(lines.span(tooDeep, 1), message('jsonTooDeep', MAX_JSON_DEPTH))] };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
  for (const e of errors) {
    const code = printParseErrorCode(e.error);
    problems.push({ ...problemAt(lines.span(e.offset, e.length), message('invalidJson', SYNTAX_MESSAGES[code] ?? code)), syntax: true });
  }
  if (root === undefined) {
    if (errors.length === 0) problems.push(problemAt(lines.span(0, 0), message('emptyGlossary')));
    return { entries: [], problems };
  }
  const located: Located[] = [];
  const ctx: Context = { lines, problems, origin };
  for (const item of termNodes(root, ctx)) {
    const entry = readEntry(item, ctx);
    if (entry !== undefined) located.push(entry);
  }
  return { entries: withoutDuplicates(located, problems), problems };
}

/** Offset of the first bracket nested deeper than `max` (strings skipped), in one pass. */
function offsetPastDepth(text: string, max: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE || code === NEWLINE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (code === OPEN_BRACKET || code === OPEN_BRACE) {
      if (++depth > max) return i;
    } else if ((code === CLOSE_BRACKET || code === CLOSE_BRACE) && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

interface Context {
  readonly lines: LineMap;
  readonly problems: Problem[];
  readonly origin: string;
}

function spanOf(node: Node, ctx: Context): Span {
  return ctx.lines.span(node.offset, node.length);
}

function report(node: Node, said: Message, ctx: Context, severity: Problem['severity'] = 'error'): void {
  ctx.problems.push(problemAt(spanOf(node, ctx), said, severity));
}

/** Reports at an object's opening brace: for fields that are missing altogether. */
function reportAtStart(node: Node, said: Message, ctx: Context): void {
  ctx.problems.push(problemAt(ctx.lines.span(node.offset, 1), said));
}

/** The array items that should be entries, after checking the top-level shape. */
function termNodes(root: Node, ctx: Context): readonly Node[] {
  if (root.type === 'array') return root.children ?? [];
  if (root.type !== 'object') {
    report(root, message('wrongTopLevel'), ctx);
    return [];
  }
  let terms: Node | undefined;
  const unknown: Node[] = [];
  for (const [key, value] of properties(root)) {
    if (key.value === 'terms') terms = value;
    else if (!TOP_LEVEL_KEYS.includes(String(key.value))) unknown.push(key);
  }
  // A misspelt "terms" is one mistake: one error at the key, not also "missing" at the brace.
  const misspelt = terms === undefined ? unknown.find((key) => nearMiss(String(key.value), 'terms')) : undefined;
  for (const key of unknown) {
    if (key === misspelt) report(key, message('didYouMeanTerms', String(key.value)), ctx);
    else report(key, message('unknownProperty', String(key.value)), ctx, 'warning');
  }
  if (terms === undefined) {
    if (misspelt === undefined) reportAtStart(root, message('missingTerms'), ctx);
    return [];
  }
  if (terms.type !== 'array') {
    report(terms, message('termsNotArray'), ctx);
    return [];
  }
  return terms.children ?? [];
}

/** An object node's properties as [key node, value node] pairs (skipping broken ones). */
function properties(object: Node): Array<[Node, Node]> {
  const pairs: Array<[Node, Node]> = [];
  for (const property of object.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key !== undefined && value !== undefined) pairs.push([key, value]);
  }
  return pairs;
}

function readEntry(node: Node, ctx: Context): Located | undefined {
  if (node.type !== 'object') {
    report(node, message('termNotObject'), ctx);
    return undefined;
  }
  const fields = new Map<string, Node>();
  const unknown: [Node, string][] = [];
  for (const [key, value] of properties(node)) {
    const name = String(key.value);
    if (ENTRY_KEYS.includes(name)) fields.set(name, value);
    else unknown.push([key, name]);
  }
  // A misspelt required key is one mistake: one error at the key, not also "missing" at the brace.
  const misspelt = new Set<string>();
  for (const [key, name] of unknown) {
    const meant = REQUIRED_KEYS.find((required) => !fields.has(required) && !misspelt.has(required) && nearMiss(name, required));
    if (meant === undefined) { report(key, message('unknownProperty', name), ctx, 'warning'); continue; }
    misspelt.add(meant);
    report(key, message('didYouMean', name, meant), ctx);
  }
  const termNode = fields.get('term');
  const term = misspelt.has('term') ? undefined : requiredString(node, termNode, 'term', ctx);
  const definition = misspelt.has('definition') ? undefined : requiredString(node, fields.get('definition'), 'definition', ctx);
  const aliasNodes = stringArray(fields.get('aliases'), 'aliases', ctx);
  const see = stringArray(fields.get('see'), 'see', ctx).map((n) => (n.value as string).trim());
  const details = optionalString(fields.get('details'), 'details', ctx);
  const source = optionalString(fields.get('source'), 'source', ctx);
  const side = readSide(fields.get('side'), ctx);
  if (term === undefined || definition === undefined || termNode === undefined) return undefined;
  const entry: GlossaryEntry = {
    term,
    aliases: aliasNodes.map((n) => (n.value as string).trim()),
    definition,
    see,
    origin: ctx.origin,
    line: ctx.lines.lineOf(node.offset),
    ...(details !== undefined && { details }),
    ...(source !== undefined && { source }),
    ...(side !== undefined && { side }),
  };
  return { entry, termSpan: spanOf(termNode, ctx), aliasSpans: aliasNodes.map((n) => spanOf(n, ctx)) };
}

/** The keys every entry needs. */
const REQUIRED_KEYS = ['term', 'definition'];
/** Longer keys are never a misspelling of ours (and keep the comparison cheap). */
const MAX_NEAR_MISS_LENGTH = 32;

/** True when `typed` is at most two edits (insert, delete, change) from `key`. */
function nearMiss(typed: string, key: string): boolean {
  if (typed.length > MAX_NEAR_MISS_LENGTH || Math.abs(typed.length - key.length) > 2) return false;
  let previous = Array.from({ length: key.length + 1 }, (_, i) => i);
  for (let i = 1; i <= typed.length; i++) {
    const current = [i];
    for (let j = 1; j <= key.length; j++) {
      const change = (previous[j - 1] ?? 0) + (typed[i - 1] === key[j - 1] ? 0 : 1);
      current.push(Math.min(change, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return (previous[key.length] ?? 0) <= 2;
}

function requiredString(entry: Node, node: Node | undefined, name: string, ctx: Context): string | undefined {
  if (node === undefined) {
    reportAtStart(entry, message('missingField', name), ctx);
    return undefined;
  }
  if (node.type !== 'string') {
    report(node, message('mustBeString', name), ctx);
    return undefined;
  }
  const value = (node.value as string).trim();
  if (value === '') report(node, message('mustNotBeEmpty', name), ctx);
  return value === '' ? undefined : value;
}

function optionalString(node: Node | undefined, name: string, ctx: Context): string | undefined {
  if (node === undefined) return undefined;
  if (node.type === 'string') return (node.value as string).trim() || undefined;
  report(node, message('mustBeStringIgnored', name), ctx);
  return undefined;
}

/** The non-empty string items of an optional string array; everything else is reported. */
function stringArray(node: Node | undefined, name: string, ctx: Context): Node[] {
  if (node === undefined) return [];
  if (node.type !== 'array') {
    report(node, message('mustBeStringArray', name), ctx);
    return [];
  }
  const items: Node[] = [];
  for (const item of node.children ?? []) {
    if (item.type !== 'string') report(item, message('itemMustBeString', name), ctx);
    else if ((item.value as string).trim() === '') report(item, message('emptyItem', name), ctx, 'warning');
    else items.push(item);
  }
  return items;
}

function readSide(node: Node | undefined, ctx: Context): Side | undefined {
  if (node === undefined) return undefined;
  if (isSide(node.value)) return node.value;
  const wanted = SIDES.map((s) => `"${s}"`).join(', ');
  report(node, node.type === 'string' ? message('unknownSide', node.value as string, wanted) : message('sideNotString', wanted), ctx);
  return undefined;
}
