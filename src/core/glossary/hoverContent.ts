// The Markdown shown in a hover. Glossary text comes from the team's files, so every piece of
// it is escaped to render as literal text: no links, images, HTML or command URIs can get in.

import { BUILT_IN_ORIGIN, SIDE_LABELS, type GlossaryEntry, type Side } from './model';

/** Options for renderHoverMarkdown. */
export interface HoverOptions {
  /** A `command:` URI that opens the comparison for this term (built by the caller). */
  readonly compareCommandUri: string;
  /** Human label of a side; defaults to SIDE_LABELS. */
  readonly sideLabel?: (side: Side) => string;
}

/** Every ASCII punctuation character: CommonMark and marked accept a backslash before each. */
const MARKDOWN_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;
/** Characters that would end or break a link destination. */
const UNSAFE_IN_DESTINATION = /[\s()<>]/g;
const COMPARE_LINK_TEXT = 'Compare the two concepts';
const RELATED_SEPARATOR = ' · ';

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
  const blocks = [`**${escapeMarkdown(entry.term)}**`, paragraphs(entry.definition), '---'];
  if (entry.details !== undefined && entry.details.trim() !== '') blocks.push(paragraphs(entry.details));
  const facts: string[] = [];
  if (entry.side !== undefined) facts.push(`Side: ${escapeMarkdown(label(entry.side))}`);
  if (entry.see.length > 0) facts.push(`Related: ${entry.see.map(escapeMarkdown).join(RELATED_SEPARATOR)}`);
  if (entry.source !== undefined && entry.source.trim() !== '') facts.push(`Source: ${escapeMarkdown(entry.source)}`);
  if (entry.origin !== BUILT_IN_ORIGIN) facts.push(`From: team glossary ${escapeMarkdown(fileName(entry.origin))}`);
  if (facts.length > 0) blocks.push(facts.join('  \n')); // trailing double space: a line break
  if (opts.compareCommandUri !== '') blocks.push(`[${COMPARE_LINK_TEXT}](${safeDestination(opts.compareCommandUri)})`);
  return blocks.join('\n\n');
}

/** `\*words\*` after escaping: emphasis the glossary asked for. */
const ESCAPED_EMPHASIS = /\\([*_])((?:[^*_\\]|\\[^*_])+?)\\\1/g;

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
