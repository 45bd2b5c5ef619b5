// The Markdown shown in a hover. Glossary text comes from the team's files, so every piece of
// it is escaped to render as literal text: no links, images, HTML or command URIs can get in.
// The only links are ours, to our own commands (built by the caller).

import { BUILT_IN_ORIGIN, SIDE_LABELS, type GlossaryEntry, type Side } from './entry';

/** Options for renderHoverMarkdown. */
export interface HoverOptions {
  /** A `command:` URI that opens the comparison for this term (built by the caller). */
  readonly compareCommandUri: string;
  /** Human label of a side; defaults to SIDE_LABELS. */
  readonly sideLabel?: (side: Side) => string;
  /** A `command:` URI that shows a related term, or undefined to show it as plain text. */
  readonly showTermUri?: (term: string) => string | undefined;
  /** A `command:` URI that opens the entry in its team glossary file. */
  readonly openEntryUri?: string;
  /** The hover's own words, translated by the caller; defaults to ENGLISH_HOVER_LABELS. */
  readonly labels?: HoverLabels;
}

/** The words of a hover that are not the glossary's (`{0}` is the file name in `fromTeamGlossary`). */
export interface HoverLabels {
  readonly side: string;
  readonly related: string;
  readonly source: string;
  readonly fromTeamGlossary: string;
  readonly compare: string;
}

/** The hover's words in English (the fallback of every translation). */
export const ENGLISH_HOVER_LABELS: HoverLabels = {
  side: 'Side',
  related: 'Related',
  source: 'Source',
  fromTeamGlossary: 'From: team glossary {0}',
  compare: 'Compare the two concepts',
};

/** Every ASCII punctuation character: CommonMark and marked accept a backslash before each. */
const MARKDOWN_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;
/** Characters that would end or break a link destination. */
const UNSAFE_IN_DESTINATION = /[\s()<>]/g;
const RELATED_SEPARATOR = ' · ';

/** A lone UTF-16 surrogate: encodeURIComponent throws on one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A `command:` URI for one of our commands with JSON arguments (a lone surrogate in them becomes U+FFFD, never an exception). */
export function commandUri(command: string, args?: readonly unknown[]): string {
  if (args === undefined) return `command:${command}`;
  return `command:${command}?${encodeURIComponent(JSON.stringify(args).replace(LONE_SURROGATE, '\ufffd'))}`;
}

/**
 * Escapes text so Markdown renders it literally. Escaping `:` `/` `.` `@` as well defeats
 * autolinking of bare URLs and e-mail addresses; `&` stops entity references.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_PUNCTUATION, '\\$&');
}

/** Markdown for a hover over `entry`. */
export function renderHoverMarkdown(entry: GlossaryEntry, opts: HoverOptions): string {
  const label = opts.sideLabel ?? ((side: Side) => SIDE_LABELS[side]);
  const words = opts.labels ?? ENGLISH_HOVER_LABELS;
  // Translations are text too: escaped like the glossary's (a colon of ours stays bare).
  const own = (text: string): string => escapeMarkdown(text).replace(/\\:/g, ':');
  const fact = (name: string, value: string): string => `${own(name)}: ${value}`;
  const blocks = [`**${inline(entry.term)}**`, paragraphs(entry.definition), '---'];
  if (entry.details !== undefined && entry.details.trim() !== '') blocks.push(paragraphs(entry.details));
  const facts: string[] = [];
  if (entry.side !== undefined) facts.push(fact(words.side, inline(label(entry.side))));
  if (entry.see.length > 0) facts.push(fact(words.related, entry.see.map((term) => link(inline(term), opts.showTermUri?.(term))).join(RELATED_SEPARATOR)));
  if (entry.source !== undefined && entry.source.trim() !== '') facts.push(fact(words.source, inline(entry.source)));
  if (entry.origin !== BUILT_IN_ORIGIN) {
    const [before = '', after = ''] = words.fromTeamGlossary.split('{0}');
    facts.push(`${own(before)}${link(inline(fileName(entry.origin)), opts.openEntryUri)}${own(after)}`);
  }
  if (facts.length > 0) blocks.push(facts.join('  \n')); // trailing double space: a line break
  if (opts.compareCommandUri !== '') blocks.push(`[${own(words.compare)}](${safeDestination(opts.compareCommandUri)})`);
  return blocks.join('\n\n');
}

/**
 * `\*words\*` after escaping: emphasis the glossary asked for. Only where CommonMark reads
 * emphasis (no space inside the markers): `* note*` would otherwise come back as a list item.
 */
const ESCAPED_EMPHASIS = /\\([*_])(?!\s)((?:[^*_\\]|\\[^*_])+?)(?<!\s)\\\1/g;

/** One line of escaped text: any run of white space is one space (no break, no indented code). */
function inline(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' ').trim());
}

/** Escaped `text` as a link to one of our own command URIs, or plain when there is none. */
function link(text: string, uri: string | undefined): string {
  return uri === undefined || uri === '' ? text : `[${text}](${safeDestination(uri)})`;
}

/**
 * Escaped text keeping its paragraph breaks; single line breaks become spaces. Paired `*` or
 * `_` emphasis is given back: it can only make text italic, never a link or HTML.
 */
function paragraphs(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => escapeMarkdown(p.replace(/\s+/g, ' ').trim()).replace(ESCAPED_EMPHASIS, '$1$2$1'))
    .join('\n\n');
}

/** The caller's URI with anything that could end the link destination percent-encoded. */
function safeDestination(uri: string): string {
  return uri.replace(UNSAFE_IN_DESTINATION, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** The last path segment of a URI string, decoded when possible. */
function fileName(origin: string): string {
  const segment = origin.replace(/[?#].*$/, '').split('/').pop() ?? origin;
  try {
    return decodeURIComponent(segment) || origin;
  } catch {
    return segment || origin;
  }
}
