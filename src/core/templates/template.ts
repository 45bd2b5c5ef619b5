// A template file: a YAML header that names it (see templateFile.ts for its two layouts), and a
// body in snippet syntax. Every
// problem is reported at its line so the team can fix its own files; a template with an
// error is left out rather than inserted half-broken.

import { LineCounter, parseDocument, isMap, isNode, isScalar, type Pair } from 'yaml';
import type { Problem } from '../problem';
import { HEADER_KEY, splitTemplate } from './templateFile';
import { parseSnippet } from './snippetParser';
import type { SnippetNode } from './snippetAst';
import { unsafeReason } from './snippetTransform';
import { OWN_VARIABLES } from './variables';
import { position, problemAt, type Position } from '../markdown/lineMap';
import { message, type Message } from '../messages';

/** The families a template belongs to, in the order pickers show them. */
export const TEMPLATE_KINDS = ['retrospective', 'lessons-learned', 'postmortem', 'learning-organization'] as const;

/** One of {@link TEMPLATE_KINDS}. */
export type TemplateKind = typeof TEMPLATE_KINDS[number];

/** A parsed, valid template. */
export interface Template {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly kind: TemplateKind;
  /** The snippet body (front-matter header removed, leading blank lines too). */
  readonly body: string;
  /** 'built-in…' or the file's URI string. */
  readonly origin: string;
  /** 0-based line of the file where `body` starts. */
  readonly bodyLine: number;
}

/** The template (when there is no error) and every problem found. */
export interface ParsedTemplate {
  readonly template?: Template;
  readonly problems: Problem[];
}

/** Ids are lowercase words joined by hyphens, so they work in file names and command args. */
export const TEMPLATE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KNOWN_KEYS = new Set(['id', 'name', 'description', 'kind']);
/**
 * Longest header read, and its deepest `[`/`{` nesting. A header is four short keys; the YAML
 * library takes long on kilobytes of nested flow collections, so more is not parsed at all.
 */
export const MAX_HEADER_CHARS = 4096;
export const MAX_HEADER_NESTING = 16;
/** Where problems about the header as a whole go: the opening fence. */
const FENCE: Position = { line: 0, column: 0 };
const FENCE_END: Position = { line: 0, column: 3 };

type Header = Pick<Template, 'id' | 'name' | 'description' | 'kind'>;
/** 0-based file position of an offset into the YAML. */
type Locate = (offset: number) => Position;

/** Parses a template file; `origin` is recorded on the template. */
export function parseTemplate(rawText: string, origin: string): ParsedTemplate {
  // Same lines and columns as the file, without carriage returns to trip over.
  const text = rawText.replace(/\r\n?/g, '\n');
  const problems: Problem[] = [];
  const parts = splitTemplate(text);
  if (!parts) {
    const said = text.startsWith('---') ? message('templateFrontMatterOpen') : message('templateNoFrontMatter');
    problems.push(problemAt(FENCE, { line: 0, column: text.split('\n', 1)[0]?.length ?? 0 }, said));
    return { problems };
  }

  const tooBig = headerTooBig(parts.headerYaml);
  if (tooBig !== undefined) {
    problems.push(problemAt(FENCE, FENCE_END, tooBig));
    return { problems };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(parts.headerYaml, { lineCounter, prettyErrors: false });
  const at: Locate = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: parts.headerLine + line - 1, column: col - 1 };
  };
  for (const error of doc.errors) {
    problems.push(problemAt(at(error.pos[0]), at(Math.max(error.pos[1], error.pos[0] + 1)), `YAML: ${firstLine(error.message)}`));
  }
  for (const warning of doc.warnings) {
    problems.push(problemAt(at(warning.pos[0]), at(warning.pos[1]), `YAML: ${firstLine(warning.message)}`, 'warning'));
  }
  const contents = parts.layout === 'one' ? headerUnderKey(doc.contents, at, problems) : doc.contents;
  const header = doc.errors.length === 0 && contents !== null ? readHeader(contents, at, problems) : undefined;

  // The body: after the header's front matter (layout two), or the file without the header's block.
  const { body, bodyLine, toFile } = parts;
  const snippet = parseSnippet(body);
  if (snippet.error) {
    const start = position(text, toFile(snippet.error.offset));
    problems.push(problemAt(start, { line: start.line, column: start.column + 2 }, snippet.error.said));
  }
  for (const node of ownTransforms(snippet.nodes)) {
    const reason = node.transform && unsafeReason(node.transform.regex);
    if (reason === undefined) continue;
    const start = position(text, toFile(node.start));
    const end = position(text, toFile(node.end));
    problems.push(problemAt(start, end, message('templateUnsafeTransform', node.name, reason), 'warning'));
  }
  if (body.trim() === '') {
    problems.push(problemAt({ line: bodyLine, column: 0 }, { line: bodyLine, column: 0 }, message('templateNoBody'), 'warning'));
  }

  if (!header || problems.some((p) => p.severity === 'error')) return { problems };
  return { template: { ...header, body, origin, bodyLine }, problems };
}

/**
 * The map under `learning-loop-template:`, or null (reported) when it is not a map. Its YAML
 * is that key's block alone: the body's own keys hold snippet syntax and are not parsed.
 */
function headerUnderKey(contents: unknown, at: Locate, problems: Problem[]): unknown {
  const pair = isMap(contents) ? contents.items[0] : undefined;
  if (isMap(pair?.value)) return pair.value;
  const range = (isNode(pair?.key) ? pair.key : undefined)?.range;
  const said = message('templateHeaderNotMap', HEADER_KEY);
  problems.push(range ? problemAt(at(range[0]), at(range[1]), said) : problemAt(FENCE, FENCE_END, said));
  return null;
}

/** Why the header is not parsed (too long, nested too deep), or undefined. */
function headerTooBig(yaml: string): Message | undefined {
  if (yaml.length > MAX_HEADER_CHARS) return message('templateHeaderTooLong', yaml.length, MAX_HEADER_CHARS);
  let depth = 0;
  for (let i = 0; i < yaml.length; i++) {
    const ch = yaml[i];
    if (ch === '[' || ch === '{') depth++;
    else if ((ch === ']' || ch === '}') && depth > 0) depth--;
    if (depth > MAX_HEADER_NESTING) return message('templateHeaderTooDeep', MAX_HEADER_NESTING);
  }
  return undefined;
}

/** Variables of ours written with a transform, at any depth. */
function ownTransforms(nodes: readonly SnippetNode[]): Array<SnippetNode & { type: 'variable' }> {
  const found: Array<SnippetNode & { type: 'variable' }> = [];
  for (const node of nodes) {
    if (node.type === 'variable' && node.transform && OWN_VARIABLES.has(node.name)) found.push(node);
    if (node.type === 'placeholder' || node.type === 'variable') found.push(...ownTransforms(node.children ?? []));
  }
  return found;
}

/** Checks the header's keys; the header when they are all valid. */
function readHeader(contents: unknown, at: Locate, problems: Problem[]): Header | undefined {
  if (!isMap(contents)) {
    problems.push(problemAt(FENCE, FENCE_END, message('templateHeaderKeys')));
    return undefined;
  }
  const pairOf = (key: string): Pair | undefined => contents.items.find((p) => isScalar(p.key) && p.key.value === key);
  const valueOf = (key: string): unknown => {
    const value = pairOf(key)?.value;
    return isScalar(value) ? value.value : isNode(value) ? value.toJSON() : undefined;
  };
  // Point at the value when there is one, else at the key, else at the opening fence.
  const report = (key: string, said: Message): void => {
    const pair = pairOf(key);
    const range = (isNode(pair?.value) ? pair.value : isNode(pair?.key) ? pair.key : undefined)?.range;
    problems.push(range ? problemAt(at(range[0]), at(range[1]), said) : problemAt(FENCE, FENCE_END, said));
  };

  const id = valueOf('id');
  if (id === undefined || id === null) report('id', message('templateMissingId'));
  else if (typeof id !== 'string' || !TEMPLATE_ID_PATTERN.test(id)) report('id', message('templateBadId', shown(id)));
  const name = valueOf('name');
  if (typeof name !== 'string' || name.trim() === '') report('name', message('templateMissingName'));
  const description = valueOf('description');
  if (description !== undefined && description !== null && typeof description !== 'string') report('description', message('templateDescriptionText'));
  const kind = valueOf('kind');
  if (!isKind(kind)) report('kind', kind === undefined || kind === null ? message('templateMissingKind', TEMPLATE_KINDS.join(', ')) : message('templateUnknownKind', shown(kind), TEMPLATE_KINDS.join(', ')));
  for (const { key } of contents.items) {
    if (isScalar(key) && typeof key.value === 'string' && !KNOWN_KEYS.has(key.value) && key.range) {
      problems.push(problemAt(at(key.range[0]), at(key.range[1]), message('templateUnknownKey', key.value, [...KNOWN_KEYS].join(', ')), 'warning'));
    }
  }

  if (typeof id !== 'string' || !TEMPLATE_ID_PATTERN.test(id) || typeof name !== 'string' || name.trim() === '' || !isKind(kind)) return undefined;
  return { id, name: name.trim(), description: typeof description === 'string' ? description.trim() : '', kind };
}

/** Whether `value` is a known template kind. */
export function isKind(value: unknown): value is TemplateKind {
  return typeof value === 'string' && (TEMPLATE_KINDS as readonly string[]).includes(value);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/** A YAML value quoted back in a message: text as is, anything else as JSON (never `[object Object]`). */
function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
}
