// Marks glossary terms in the Markdown preview as <abbr class="ll-term" title="definition">.

import type { PluginWithOptions, StateCore, Token } from 'markdown-it';
import type { TermMatch, TermMatcher } from './matcher';
import type { GlossaryEntry } from './model';
import { frontMatterLineCount } from '../markdown/frontMatter';

/** Options of glossaryPlugin: read on every render, so setting or glossary changes apply at once. */
export interface GlossaryPluginOptions {
  readonly getMatcher: () => TermMatcher | undefined;
  readonly enabled?: () => boolean;
}

const RULE_NAME = 'learning_loop_glossary';
/** Class on every marked term; media/preview.css styles it. */
export const TERM_CLASS = 'll-term';
/** Inline HTML whose content is a link or code: no terms inside. */
const HTML_LINK_OPEN = /^<(?:a|code|kbd|samp)[\s>]/i;
const HTML_LINK_CLOSE = /^<\/(?:a|code|kbd|samp)\s*>/i;
const NO_MATCHES: readonly TermMatch[] = [];
const CLOSE_TAG = '</abbr>';

/** markdown-it plugin: a core rule after 'inline' that wraps terms found in prose text tokens. */
export const glossaryPlugin: PluginWithOptions<GlossaryPluginOptions> = (md, options) => {
  if (options === undefined) return;
  const { getMatcher, enabled = () => true } = options;
  // Last in the core chain: after linkify (URLs are already links, skipped below) and after
  // text_join (escaped characters are merged back into their text).
  // Definitions repeat on every use of a term: build each opening tag once.
  const openTags = new WeakMap<GlossaryEntry, string>();
  const openTag = (entry: GlossaryEntry): string => {
    let tag = openTags.get(entry);
    if (tag === undefined) {
      tag = `<abbr class="${TERM_CLASS}" title="${md.utils.escapeHtml(entry.definition)}">`;
      openTags.set(entry, tag);
    }
    return tag;
  };
  md.core.ruler.push(RULE_NAME, (state) => {
    const matcher = enabled() ? getMatcher() : undefined;
    if (matcher !== undefined && matcher.size > 0) markTerms(state, matcher, openTag);
  });
};

/** Rewrites the inline tokens of every prose block (code, fences and HTML blocks have none). */
function markTerms(state: StateCore, matcher: TermMatcher, openTag: (entry: GlossaryEntry) => string): void {
  // Without a front-matter plugin the YAML would be parsed as Markdown: skip its lines.
  const frontMatterLines = frontMatterLineCount(state.src);
  for (const block of state.tokens) {
    if (block.type !== 'inline' || block.children === null) continue;
    if (frontMatterLines > 0 && (block.map?.[0] ?? 0) < frontMatterLines) continue;
    const children = markChildren(state, block.children, matcher, openTag);
    if (children !== undefined) block.children = children;
  }
}

/**
 * New children with terms wrapped, or undefined when nothing matched (the common case). The
 * term stays a plain `text` token between two `html_inline` tags: whatever reads a heading's
 * text tokens (slugs for links, the Outline, breadcrumbs) still sees every word.
 */
function markChildren(state: StateCore, children: Token[], matcher: TermMatcher, openTag: (entry: GlossaryEntry) => string): Token[] | undefined {
  let out: Token[] | undefined;
  let linkDepth = 0;
  for (let k = 0; k < children.length; k++) {
    const child = children[k] as Token;
    if (child.type === 'link_open') linkDepth++;
    else if (child.type === 'link_close') linkDepth--;
    else if (child.type === 'html_inline') {
      if (HTML_LINK_OPEN.test(child.content)) linkDepth++;
      else if (HTML_LINK_CLOSE.test(child.content)) linkDepth--;
    }
    const matches = child.type === 'text' && linkDepth <= 0 ? matcher.find(child.content) : NO_MATCHES;
    if (matches.length === 0) {
      out?.push(child);
      continue;
    }
    out ??= children.slice(0, k);
    let pos = 0;
    for (const m of matches) {
      if (m.start > pos) out.push(textToken(state, child, child.content.slice(pos, m.start)));
      out.push(textToken(state, child, openTag(m.entry), 'html_inline'));
      out.push(textToken(state, child, child.content.slice(m.start, m.end)));
      out.push(textToken(state, child, CLOSE_TAG, 'html_inline'));
      pos = m.end;
    }
    if (pos < child.content.length) out.push(textToken(state, child, child.content.slice(pos)));
  }
  return out;
}

function textToken(state: StateCore, like: Token, content: string, type = 'text'): Token {
  const token = new state.Token(type, '', 0);
  token.content = content;
  token.level = like.level;
  return token;
}
