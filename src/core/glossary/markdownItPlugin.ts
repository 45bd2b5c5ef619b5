// Marks glossary terms in the Markdown preview as <abbr class="ll-term" title="definition">.
//
// Fast in the common case: a core rule decides once per parse which matcher applies and marks
// the prose text tokens with it (one object shared by all of them: nothing is allocated per
// token); the text renderer rule scans each marked token once with the matcher (whose
// first-word filter rejects most words after one hash) and writes the tags around its terms.
// Matches live only while their token is rendered, so the garbage collector never copies them.
// No token is created, split or copied, so every other rule and plugin sees the text as it was.

import type { PluginWithOptions, StateCore, Token } from 'markdown-it';
import type { TermMatcher } from './matcher';
import type { GlossaryEntry } from './entry';
import { frontMatterLineCount } from '../markdown/frontMatter';

/** Options of glossaryPlugin: read on every render, so setting or glossary changes apply at once. */
export interface GlossaryPluginOptions {
  readonly getMatcher: () => TermMatcher | undefined;
  readonly enabled?: () => boolean;
}

/** An `env` key: `md.render(text, { [NO_TERMS_ENV]: true })` marks no terms (titles in a source list). */
export const NO_TERMS_ENV = 'learningLoopNoTerms';
const RULE_NAME = 'learning_loop_glossary';
/** Class on every marked term; media/preview.css styles it. */
export const TERM_CLASS = 'll-term';
/**
 * Inline HTML whose content is no prose: links and code, raw text (`<style>`, `<script>`,
 * `<textarea>`, `<title>`…, where a tag would corrupt CSS or show as text) and SVG/MathML.
 */
const NO_TERMS_INSIDE = 'a|code|kbd|samp|pre|style|script|title|textarea|xmp|iframe|noembed|noframes|noscript|svg|math';
const HTML_OPEN = new RegExp(`^<(?:${NO_TERMS_INSIDE})[\\s>]`, 'i');
const HTML_CLOSE = new RegExp(`^</(?:${NO_TERMS_INSIDE})\\s*>`, 'i');
const CLOSE_TAG = '</abbr>';
/** The characters markdown-it's escapeHtml replaces. */
const NEEDS_ESCAPE = /[&<>"]/;

/** markdown-it plugin: a core rule after 'inline' that marks prose text tokens, and a text rule that finds and marks their terms. */
export const glossaryPlugin: PluginWithOptions<GlossaryPluginOptions> = (md, options) => {
  if (options === undefined) return;
  const { getMatcher, enabled = () => true } = options;
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
  // Last in the core chain: after linkify (URLs are already links, skipped below) and after
  // text_join (escaped characters are merged back into their text).
  md.core.ruler.push(RULE_NAME, (state) => {
    const matcher = enabled() ? getMatcher() : undefined;
    const env = state.env as Record<string, unknown> | undefined;
    if (matcher !== undefined && matcher.size > 0 && env?.[NO_TERMS_ENV] !== true) markProse(state, { learningLoopMatcher: matcher });
  });
  const escape = md.utils.escapeHtml;
  const renderText = md.renderer.rules.text;
  md.renderer.rules.text = (tokens, idx, opts, env, self) => {
    const token = tokens[idx] as Token;
    const matcher = matcherOf(token);
    const matches = matcher?.find(token.content);
    if (matches === undefined || matches.length === 0) return renderText ? renderText(tokens, idx, opts, env, self) : escape(token.content);
    const text = token.content;
    // Most prose has nothing to escape: one test for the whole token instead of two per term.
    const plain = !NEEDS_ESCAPE.test(text);
    let out = '';
    let pos = 0;
    for (const m of matches) {
      const before = text.slice(pos, m.start);
      const term = text.slice(m.start, m.end);
      out += plain ? `${before}${openTag(m.entry)}${term}${CLOSE_TAG}` : `${escape(before)}${openTag(m.entry)}${escape(term)}${CLOSE_TAG}`;
      pos = m.end;
    }
    const rest = text.slice(pos);
    return out + (plain ? rest : escape(rest));
  };
};

/** Marks the text tokens of every prose block (code, fences and HTML blocks have none; headings are titles, not prose). */
function markProse(state: StateCore, mark: ProseMeta): void {
  // Without a front-matter plugin the YAML would be parsed as Markdown: skip its lines.
  const frontMatterLines = frontMatterLineCount(state.src);
  const blocks = state.tokens;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as Token;
    if (block.type !== 'inline' || block.children === null) continue;
    if (b > 0 && (blocks[b - 1] as Token).type === 'heading_open') continue;
    if (frontMatterLines > 0 && (block.map?.[0] ?? 0) < frontMatterLines) continue;
    markChildren(block.children, mark);
  }
}

/**
 * What a prose text token keeps in its `meta` (markdown-it's place for a plugin's data): the
 * matcher its render uses, under a fixed key written as a literal so every such object has one shape.
 */
interface ProseMeta {
  learningLoopMatcher?: TermMatcher;
}

function matcherOf(token: Token): TermMatcher | undefined {
  return (token.meta as ProseMeta | null | undefined)?.learningLoopMatcher;
}

function mark(token: Token, prose: ProseMeta): void {
  const meta = token.meta as ProseMeta | null | undefined;
  // Another plugin's data stays: only then does the token get an object of its own.
  token.meta = meta === null || meta === undefined ? prose : { ...meta, ...prose };
}

function markChildren(children: readonly Token[], prose: ProseMeta): void {
  let skipDepth = 0;
  for (const child of children) {
    switch (child.type) {
      case 'text':
        if (skipDepth <= 0) mark(child, prose);
        break;
      case 'link_open': skipDepth++; break;
      case 'link_close': skipDepth--; break;
      case 'html_inline':
        if (HTML_OPEN.test(child.content)) skipDepth++;
        else if (HTML_CLOSE.test(child.content)) skipDepth--;
        break;
      default: break;
    }
  }
}
