import * as vscode from 'vscode';
import { Commands, MARKDOWN_LANGUAGE } from '../constants';
import { MarkdownBlockIndex, termAtPosition } from '../core/markdown';
import { commandUri, renderHoverMarkdown, type HoverLabels } from '../core/glossary/hoverContent';
import { isHeadingLine } from '../core/glossary/headingLine';
import type { TermMatcher } from '../core/glossary/matcher';
import { BUILT_IN_ORIGIN, type GlossaryEntry, type Side } from '../core/glossary/entry';
import { hoverEnabled } from '../services/config';

/** What the hover needs from the glossary: the current matcher. */
export interface MatcherSource {
  readonly matcher: TermMatcher;
}

/**
 * Explains glossary terms under the mouse in Markdown. It looks at the hovered line only;
 * whether that line is inside code or front matter comes from a per-document block index
 * that is built lazily once per document version.
 */
export class GlossaryHoverProvider implements vscode.HoverProvider {
  private readonly indexes = new WeakMap<vscode.TextDocument, { version: number; index: MarkdownBlockIndex }>();
  /** The first line changed since a document's index was built: the index above it still holds. */
  private readonly firstChanged = new WeakMap<vscode.TextDocument, number>();

  constructor(
    private readonly glossary: MatcherSource,
    private readonly isEnabled: (document: vscode.TextDocument) => boolean,
    /** What "Compare the two concepts" opens for an entry: a row query, '' (the panel), or no link. */
    private readonly compareQuery: (entry: GlossaryEntry) => string | undefined,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    if (token.isCancellationRequested || !this.isEnabled(document)) return undefined;
    const lineText = document.lineAt(position.line).text;
    const next = position.line + 1 < document.lineCount ? document.lineAt(position.line + 1).text : undefined;
    if (isHeadingLine(lineText, next)) return undefined;
    const match = termAtPosition(this.glossary.matcher, this.indexFor(document), lineText, position.line, position.character);
    if (!match || token.isCancellationRequested) return undefined;
    const { entry } = match;
    const content = new vscode.MarkdownString(renderHoverMarkdown(entry, {
      compareCommandUri: compareUri(this.compareQuery(entry)),
      labels: hoverLabels(),
      sideLabel,
      showTermUri: (term) => commandUri(Commands.showTerm, [term]),
      ...(entry.origin !== BUILT_IN_ORIGIN && { openEntryUri: commandUri(Commands.openGlossaryEntry, [entry.term]) }),
    }));
    // Only our own commands may run from a hover; the glossary's text is escaped, never trusted.
    content.isTrusted = { enabledCommands: [Commands.openComparison, Commands.showTerm, Commands.openGlossaryEntry] };
    content.supportHtml = false;
    return new vscode.Hover(content, new vscode.Range(position.line, match.start, position.line, match.end));
  }

  /** Remembers where a document changed, so its next index can keep the lines above. */
  noteChange(event: vscode.TextDocumentChangeEvent): void {
    if (!this.indexes.has(event.document) || event.contentChanges.length === 0) return;
    const first = Math.min(...event.contentChanges.map((c) => c.range.start.line));
    this.firstChanged.set(event.document, Math.min(first, this.firstChanged.get(event.document) ?? first));
  }

  private indexFor(document: vscode.TextDocument): MarkdownBlockIndex {
    const cached = this.indexes.get(document);
    if (cached && cached.version === document.version) return cached.index;
    const lineAt = (line: number): string => document.lineAt(line).text;
    const changed = this.firstChanged.get(document);
    const index = cached && changed !== undefined
      ? MarkdownBlockIndex.afterEdit(cached.index, changed, lineAt, document.lineCount)
      : new MarkdownBlockIndex(lineAt, document.lineCount);
    this.firstChanged.delete(document);
    this.indexes.set(document, { version: document.version, index });
    return index;
  }
}

/** The hover's words in the display language (read once: it is fixed for the session). */
let labels: HoverLabels | undefined;
function hoverLabels(): HoverLabels {
  labels ??= {
    side: vscode.l10n.t('Side'),
    related: vscode.l10n.t('Related'),
    source: vscode.l10n.t('Source'),
    fromTeamGlossary: vscode.l10n.t('From: team glossary {0}', '{0}'),
    compare: vscode.l10n.t('Compare the two concepts'),
  };
  return labels;
}

/** A side's label in the display language. */
function sideLabel(side: Side): string {
  switch (side) {
    case 'organizational-learning': return vscode.l10n.t('Organizational learning (reactive process)');
    case 'learning-organization': return vscode.l10n.t('Learning organization (proactive design)');
    case 'both': return vscode.l10n.t('Both concepts');
    case 'retrospective-practice': return vscode.l10n.t('Retrospective practice');
  }
}

/** The command URI for a compare query ('' when there is no link to show). */
function compareUri(query: string | undefined): string {
  if (query === undefined) return '';
  return query === '' ? commandUri(Commands.openComparison) : commandUri(Commands.openComparison, [query]);
}

/** Registers the glossary hover for Markdown files (any scheme: files, untitled, virtual). */
export function registerHover(glossary: MatcherSource, compareQuery: (entry: GlossaryEntry) => string | undefined): vscode.Disposable {
  const provider = new GlossaryHoverProvider(glossary, (document) => hoverEnabled(document), compareQuery);
  return vscode.Disposable.from(
    vscode.languages.registerHoverProvider({ language: MARKDOWN_LANGUAGE }, provider),
    vscode.workspace.onDidChangeTextDocument((event) => provider.noteChange(event)),
  );
}
