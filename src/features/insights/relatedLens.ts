import * as vscode from 'vscode';
import { Commands, MARKDOWN_LANGUAGE } from '../../constants';
import { readLines } from '../../core/markdown';
import { relatedDocuments, type Related } from '../../core/insights/related';
import type { MemoryReader } from '../../services/insights';

const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
/** The kinds of document that ask "what did we learn before?". */
const LOOKS_BACK = new Set(['postmortem', 'lessons-learned']);

/**
 * A CodeLens on the first heading of a postmortem or lessons-learned document: "N earlier
 * documents on the same terms", which lists them.
 */
export function registerRelatedLens(memory: MemoryReader): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const related = (uri: string): Related[] => relatedTo(memory, uri);
  const provider: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: changed.event,
    provideCodeLenses(document) {
      const found = related(document.uri.toString());
      if (found.length === 0) return [];
      const read = readLines(document.getText());
      const line = read.lines.findIndex((text, n) => read.kindAt(n) === 'text' && HEADING.test(text));
      const at = new vscode.Range(Math.max(line, 0), 0, Math.max(line, 0), 0);
      const title = found.length === 1 ? vscode.l10n.t('1 earlier document on the same terms') : vscode.l10n.t('{0} earlier documents on the same terms', found.length);
      return [new vscode.CodeLens(at, { title, command: Commands.showRelatedDocuments, arguments: [document.uri.toString()] })];
    },
  };
  return vscode.Disposable.from(
    changed,
    memory.onDidChange(() => changed.fire()),
    vscode.languages.registerCodeLensProvider({ language: MARKDOWN_LANGUAGE }, provider),
  );
}

/** The earlier documents on the same terms as the postmortem or lessons-learned document `uri` (none for other kinds). */
export function relatedTo(memory: MemoryReader, uri: string): Related[] {
  const documents = memory.documents();
  const doc = documents.find((d) => d.uri === uri);
  return doc && LOOKS_BACK.has(doc.kind) ? relatedDocuments(doc, documents) : [];
}
