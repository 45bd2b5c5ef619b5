import * as vscode from 'vscode';
import { Commands, MARKDOWN_LANGUAGE } from '../constants';
import { MarkdownBlockIndex, termAtPosition } from '../core/glossary/markdownScan';
import { renderHoverMarkdown } from '../core/glossary/hoverContent';
import type { TermMatcher } from '../core/glossary/matcher';
import { hoverEnabled } from './config';

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

  constructor(
    private readonly glossary: MatcherSource,
    private readonly isEnabled: (document: vscode.TextDocument) => boolean,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    if (token.isCancellationRequested || !this.isEnabled(document)) return undefined;
    const lineText = document.lineAt(position.line).text;
    const match = termAtPosition(this.glossary.matcher, this.indexFor(document), lineText, position.line, position.character);
    if (!match || token.isCancellationRequested) return undefined;
    const argument = encodeURIComponent(JSON.stringify([match.entry.term]));
    const content = new vscode.MarkdownString(
      renderHoverMarkdown(match.entry, { compareCommandUri: `command:${Commands.openComparison}?${argument}` }),
    );
    // Only our own command may run from a hover; the glossary's text is escaped, never trusted.
    content.isTrusted = { enabledCommands: [Commands.openComparison] };
    content.supportHtml = false;
    return new vscode.Hover(content, new vscode.Range(position.line, match.start, position.line, match.end));
  }

  private indexFor(document: vscode.TextDocument): MarkdownBlockIndex {
    const cached = this.indexes.get(document);
    if (cached && cached.version === document.version) return cached.index;
    const index = new MarkdownBlockIndex((line) => document.lineAt(line).text, document.lineCount);
    this.indexes.set(document, { version: document.version, index });
    return index;
  }
}

/** Registers the glossary hover for Markdown files (any scheme: files, untitled, virtual). */
export function registerHover(glossary: MatcherSource): vscode.Disposable {
  const provider = new GlossaryHoverProvider(glossary, (document) => hoverEnabled(document));
  return vscode.languages.registerHoverProvider({ language: MARKDOWN_LANGUAGE }, provider);
}
