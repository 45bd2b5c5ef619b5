// The tree a snippet body parses into (see snippetParser.ts). Every node keeps its source
// offsets, so callers can rewrite parts of a body and leave the rest as written.

import type { Message } from '../messages';

/** Where a node sits in the body. */
export interface Span {
  /** Offset of the node's first character in the body. */
  readonly start: number;
  /** Offset just after the node's last character. */
  readonly end: number;
}

/** A `/regex/format/flags` transform, kept as written (we never apply it). */
export interface Transform {
  readonly regex: string;
  readonly format: string;
  readonly flags: string;
}

/** Literal text, escapes already resolved. */
export interface TextNode extends Span { readonly type: 'text'; readonly value: string }
/** `$1`, `${1}` or `${1/re/fmt/}`. */
export interface TabstopNode extends Span { readonly type: 'tabstop'; readonly index: number; readonly transform?: Transform }
/** `${1:default}`, whose default may nest other nodes. */
export interface PlaceholderNode extends Span { readonly type: 'placeholder'; readonly index: number; readonly children: readonly SnippetNode[] }
/** `${1|one,two|}`. */
export interface ChoiceNode extends Span { readonly type: 'choice'; readonly index: number; readonly options: readonly string[] }
/** `$NAME`, `${NAME}`, `${NAME:default}` or `${NAME/re/fmt/}`. */
export interface VariableNode extends Span {
  readonly type: 'variable';
  readonly name: string;
  readonly children?: readonly SnippetNode[];
  readonly transform?: Transform;
}

/** One node of a parsed snippet body. */
export type SnippetNode = TextNode | TabstopNode | PlaceholderNode | ChoiceNode | VariableNode;

/** The first syntax error of a body, at an offset into it: its English text, and the catalog message it was made from. */
export interface SnippetError { readonly offset: number; readonly message: string; readonly said: Message }

/** A parsed body: its nodes (best effort even when there is an error) and the first error. */
export interface ParsedSnippet { readonly nodes: SnippetNode[]; readonly error?: SnippetError }
