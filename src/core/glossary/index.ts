// The glossary core's public API, for the VS Code adapters in src/features.

export { BUILT_IN_ORIGIN, isSide, SIDE_LABELS, SIDES, type GlossaryEntry, type ParseResult, type Problem, type Side } from './model';
export { parseGlossaryJson } from './parseJson';
export { parseGlossaryMarkdown } from './parseMarkdown';
export { mergeGlossaries } from './merge';
export { normalizeTerm } from './normalize';
export { TermMatcher, type TermMatch } from './matcher';
export { MarkdownBlockIndex, frontMatterLineCount, inlineExcludedRanges, termAtPosition, type LineKind, type Range } from './markdownScan';
export { escapeMarkdown, renderHoverMarkdown, type HoverOptions } from './hoverContent';
export { glossaryPlugin, TERM_CLASS, type GlossaryPluginOptions } from './markdownItPlugin';
