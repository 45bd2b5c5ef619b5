import * as vscode from 'vscode';

import type { Problem } from '../core/problem';
import { errorMessage, type LoadFailure } from '../core/loadEach';
import { problemMessage } from './coreMessages';

/**
 * Shows problems in the team's glossaries and templates as diagnostics at their line, and
 * warns once per file (until the file is fixed) so a broken file is noticed without nagging.
 */
export class ProblemReporter implements vscode.Disposable {
  private readonly diagnostics: vscode.DiagnosticCollection;
  private readonly warned = new Set<string>();

  constructor(private readonly what: string) {
    this.diagnostics = vscode.languages.createDiagnosticCollection(`learning-loop-${what}`);
  }

  /** Replaces the problems shown for `uri` (an empty list clears them). */
  report(uri: vscode.Uri, problems: readonly Problem[]): void {
    const key = uri.toString();
    if (problems.length === 0) {
      this.diagnostics.delete(uri);
      this.warned.delete(key);
      return;
    }
    this.diagnostics.set(uri, problems.map(toDiagnostic));
    if (this.warned.has(key)) return;
    this.warned.add(key);
    const name = vscode.workspace.asRelativePath(uri);
    const show = vscode.l10n.t('Show Problems');
    const message = warningFor(this.what, problems.length, name);
    void vscode.window.showWarningMessage(message, show).then((choice) => {
      if (choice === show) void vscode.commands.executeCommand('workbench.actions.view.problems');
    });
  }

  /** Reports files that could not be loaded at all, each at its first line. */
  failed(failures: readonly LoadFailure<vscode.Uri>[]): void {
    for (const { item, error } of failures) {
      const message = unreadableFor(this.what, errorMessage(error));
      this.report(item, [{ line: 0, column: 0, endLine: 0, endColumn: 1, message, severity: 'error' }]);
    }
  }

  /** Forgets a deleted file. */
  clear(uri: vscode.Uri): void {
    this.report(uri, []);
  }

  dispose(): void {
    this.diagnostics.dispose();
  }
}

/** The diagnostic of a file that could not be read, one whole sentence per kind of file. */
function unreadableFor(what: string, reason: string): string {
  switch (what) {
    case 'glossary': return vscode.l10n.t('Learning Loop could not read this glossary: {0}. The other files still load.', reason);
    case 'template': return vscode.l10n.t('Learning Loop could not read this template: {0}. The other files still load.', reason);
    default: return vscode.l10n.t('Learning Loop could not read this file: {0}. The other files still load.', reason);
  }
}

/** The warning, one whole sentence per kind of file so each translates as a sentence. */
function warningFor(what: string, count: number, name: string): string {
  switch (what) {
    case 'glossary': return vscode.l10n.t('Learning Loop: {0} problem(s) in the glossary {1}. Everything else in it still works.', count, name);
    case 'template': return vscode.l10n.t('Learning Loop: {0} problem(s) in the template {1}. Everything else in it still works.', count, name);
    default: return vscode.l10n.t('Learning Loop: {0} problem(s) in {1}. Everything else in it still works.', count, name);
  }
}

function toDiagnostic(problem: Problem): vscode.Diagnostic {
  const range = new vscode.Range(problem.line, problem.column, problem.endLine, Math.max(problem.endColumn, problem.column + 1));
  const diagnostic = new vscode.Diagnostic(
    range,
    problemMessage(problem),
    problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
  );
  diagnostic.source = 'Learning Loop';
  return diagnostic;
}
