// One learning document as the memory keeps it: its date, kind, template, title, tags, scores,
// glossary terms and action items, read once from its text. Its items' strings may be slices of
// the text: what keeps documents (the index, keptDocument.ts) keeps its own copies of them.

import { parseDocument, isMap } from 'yaml';
import { findFrontMatter } from '../markdown/frontMatter';
import { readLines, unclosedBlockProblem } from '../markdown';
import { lineProblem, type Problem } from '../problem';
import { message } from '../messages';
import { SPACE, TAB } from '../charCodes';
import { dateFromFileName, isRealDate, readTomlFrontMatter } from './dates';
import { readItems, type FormOptions } from './forms';
import { detach, share } from './itemText';
import type { DocumentKind, MemoryDocument, Scores } from './model';

/** What {@link readDocument} needs besides the text. */
export interface ReadOptions {
  /** The kind of the folder the document sits under. */
  readonly kind: DocumentKind;
  /** Names of the glossary terms occurring in `body` (each once). */
  readonly termsIn?: (body: string) => readonly string[];
  readonly forms?: FormOptions;
}

const SCORE_MIN = 1;
const SCORE_MAX = 5;
const HEADING = /^ {0,3}#{1,6}[ \t]+(.*)$/;
/** A closing `#` sequence (ATX); applied to a trimmed heading, so it cannot backtrack over spaces. */
const CLOSING_HASHES = /(?:^|[ \t])#+$/;
const YAML_DATE = /^(\d{4}-\d{2}-\d{2})$/;

/** Reads `text` (the document at `uri`) into a {@link MemoryDocument}. Never throws on bad input. */
export function readDocument(uri: string, text: string, options: ReadOptions): MemoryDocument {
  const problems: Problem[] = [];
  const block = findFrontMatter(text);
  const fields = block ? parseFields(block.yaml) : {};
  const lineOf = (key: string): number => (block ? keyLine(block.yaml, key) + block.yamlLine : 0);
  const name = fileName(uri);

  // TOML front matter (`+++`, as Hugo writes it) when there is no YAML.
  const toml = block ? undefined : readTomlFrontMatter(text);
  if (toml?.problem) problems.push(toml.problem);
  const date = frontMatterDate(fields['date']) ?? toml?.date ?? dateFromFileName(name);
  if (date === undefined) problems.push(lineProblem(lineOf('date'), message('memoryNoDate')));
  const read = readLines(text);
  const { items, problems: itemProblems } = readItems(read, options.forms);
  problems.push(...itemProblems);
  const hidden = unclosedBlockProblem(read);
  if (hidden !== undefined) problems.push(hidden);
  const scores = readScores(fields, lineOf, problems);
  const template = typeof fields['template'] === 'string' && fields['template'].trim() !== '' ? share(fields['template'].trim()) : undefined;
  const body = block ? text.slice(block.bodyOffset) : text;
  const terms = options.termsIn ? [...new Set(options.termsIn(body))].map(share) : [];
  const tags = readTags(fields['tags']);
  return {
    uri,
    date: share(date ?? ''),
    kind: options.kind,
    ...(template === undefined ? {} : { template }),
    title: detach(firstHeading(read) ?? name.replace(/\.md$/i, '')),
    // Slices of the text: the index keeps its own compact copies of them (keptDocument.ts).
    items,
    // Most documents have none of these: one shared empty value each instead of one per document.
    tags: tags.length === 0 ? NONE : tags,
    scores: sharedScores(scores),
    terms: terms.length === 0 ? NONE : terms,
    problems: problems.length === 0 ? NONE : problems,
  };
}

const NONE: readonly never[] = Object.freeze([]);
const NO_SCORES: Scores = Object.freeze({});
/** `{ roti: n }` for the whole scores 1–5, the commonest scores of all, one object each. */
const ROTI_ONLY: readonly Scores[] = Array.from({ length: SCORE_MAX + 1 }, (_, roti) => Object.freeze({ roti }));

function sharedScores(scores: Scores): Scores {
  if (scores.health !== undefined) return scores;
  if (scores.roti === undefined) return NO_SCORES;
  return Number.isInteger(scores.roti) ? ROTI_ONLY[scores.roti] ?? scores : scores;
}

/** The last path segment of a URI, decoded. */
export function fileName(uri: string): string {
  const segment = uri.slice(uri.lastIndexOf('/') + 1);
  const last = segment.includes('?') || segment.includes('#') ? segment.replace(/[?#].*$/, '') : segment;
  if (!last.includes('%')) return last; // nothing to decode
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function parseFields(yaml: string): Record<string, unknown> {
  // Most front matter is plain `key: value` lines: read those directly, the YAML parser is for the rest.
  const simple = simpleFields(yaml);
  if (simple) return simple;
  try {
    const doc = parseDocument(yaml, { uniqueKeys: false });
    return isMap(doc.contents) ? ((doc.toJS({ maxAliasCount: 100 }) ?? {}) as Record<string, unknown>) : {};
  } catch {
    return {}; // an alias bomb or worse: the document is read without its front matter
  }
}

// Matched against a line whose trailing blanks are already gone: a lazy `(.*?)[ \t]*$` would try
// every split of a long run of spaces inside a value (quadratic), and a value that starts with
// a non-blank leaves the leading `[ \t]+` only one way to match.
const SIMPLE_KEY = /^([A-Za-z_][\w-]*):(?:[ \t]+([^ \t].*)?)?$/;
const SIMPLE_ENTRY = /^[ \t]+([A-Za-z_][\w-]*):[ \t]+([^ \t].*)$/;
const SIMPLE_ITEM = /^[ \t]+-[ \t]+([^ \t].*)$/;
const PLAIN = /^[^'"&*!|>%@`{}[\],#][^#]*$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;
const FLOW_LIST = /^\[([^[\]{}'"#]*)\]$/;

/**
 * The fields of front matter made only of `key: scalar` lines, block lists of scalars and maps
 * of `key: scalar` under a key; undefined for anything else (then YAML reads it).
 */
function simpleFields(yaml: string): Record<string, unknown> | undefined {
  const fields: Record<string, unknown> = {};
  let block: { key: string; list?: unknown[]; map?: Record<string, unknown> } | undefined;
  for (const line of yaml.split('\n')) {
    const text = withoutTrailingBlanks(line.endsWith('\r') ? line.slice(0, -1) : line);
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    const top = SIMPLE_KEY.exec(text);
    if (top) {
      const [, key = '', value] = top;
      if (value === undefined || value === '') {
        block = { key };
        fields[key] = null;
        continue;
      }
      const scalar = scalarOf(value);
      if (scalar === undefined) return undefined;
      fields[key] = scalar;
      block = undefined;
      continue;
    }
    const item = block && !block.map ? SIMPLE_ITEM.exec(text) : null;
    const entry = block && !block.list ? SIMPLE_ENTRY.exec(text) : null;
    const value = scalarOf(item?.[1] ?? entry?.[2] ?? '');
    if (!block || value === undefined || (!item && !entry)) return undefined;
    if (item) fields[block.key] = block.list ??= [];
    if (entry) fields[block.key] = block.map ??= {};
    if (item) block.list?.push(value);
    else if (block.map) block.map[entry?.[1] ?? ''] = value;
  }
  return fields;
}

/** `line` without the spaces and tabs at its end (one pass from the end). */
function withoutTrailingBlanks(line: string): string {
  let end = line.length;
  while (end > 0) {
    const code = line.charCodeAt(end - 1);
    if (code !== SPACE && code !== TAB) break;
    end--;
  }
  return end === line.length ? line : line.slice(0, end);
}

/** A plain or flow-list scalar as YAML reads it (numbers as numbers), undefined when unsure. */
function scalarOf(value: string): unknown {
  const flow = FLOW_LIST.exec(value);
  if (flow) return (flow[1] ?? '').split(',').map((v) => v.trim()).filter((v) => v !== '').map((v) => (NUMBER.test(v) ? Number(v) : v));
  if (!PLAIN.test(value) || /:\s/.test(value) || /^(?:true|false|null|yes|no|on|off|~)$/i.test(value)) return undefined;
  return NUMBER.test(value) ? Number(value) : value;
}

/** 0-based line of `key:` inside the YAML (0 when not found). */
function keyLine(yaml: string, key: string): number {
  const lines = yaml.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`${key}:`));
  return at < 0 ? 0 : at;
}

function frontMatterDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const match = YAML_DATE.exec(value.trim());
  return match?.[1] !== undefined && isRealDate(match[1]) ? match[1] : undefined;
}

function readTags(value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((t): t is string => typeof t === 'string')) return [];
  return [...new Set(value.map((t) => t.trim()).filter((t) => t !== ''))].map(detach);
}

function readScores(fields: Record<string, unknown>, lineOf: (key: string) => number, problems: Problem[]): Scores {
  const roti = score(fields['roti'], 'roti', lineOf, 'roti', problems);
  const healthField = fields['health'];
  let health: Record<string, number> | undefined;
  if (healthField !== undefined && healthField !== null) {
    if (typeof healthField !== 'object' || Array.isArray(healthField)) {
      problems.push(lineProblem(lineOf('health'), message('memoryHealthNotMap')));
    } else {
      health = {};
      for (const [name, value] of Object.entries(healthField as Record<string, unknown>)) {
        const n = score(value, `health.${name}`, lineOf, 'health', problems);
        if (n !== undefined) health[name] = n;
      }
    }
  }
  return { ...(roti === undefined ? {} : { roti }), ...(health === undefined ? {} : { health }) };
}

/** A score of 1–5, or undefined (and a problem at the line of `key` when it is written but is none). */
function score(value: unknown, name: string, lineOf: (key: string) => number, key: string, problems: Problem[]): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (Number.isFinite(n) && n >= SCORE_MIN && n <= SCORE_MAX) return n;
  problems.push(lineProblem(lineOf(key), message('memoryBadScore', name, SCORE_MIN, SCORE_MAX, typeof value === 'string' ? value : JSON.stringify(value))));
  return undefined;
}

function firstHeading(read: ReturnType<typeof readLines>): string | undefined {
  for (let line = 0; line < read.lines.length; line++) {
    if (read.kindAt(line) !== 'text') continue;
    const match = HEADING.exec(read.lines[line] ?? '');
    const title = match?.[1]?.trim().replace(CLOSING_HASHES, '').trim();
    if (title) return title;
  }
  return undefined;
}

