import * as vscode from 'vscode';
import { localDate } from '../core/dates';
import { editItem, itemAt } from '../core/memory/edits';
import { readItems } from '../core/memory/forms';
import { keyOf } from '../core/memory/itemText';
import type { ActionEditKind, ActionRecord, ActionStatus } from '../core/memory/model';
import { readLines } from '../core/markdown';
import { formOptions } from './config';
import type { MemoryService } from './memoryService';

// What the action commands share: turning their argument (an action as the API gives it, a tree
// item, `{ uri, line }` with a Uri or its string, or nothing: a quick pick) into one item's place,
// and editing that item's own lines in one WorkspaceEdit, saved unless the document was dirty.

/** One item's place, and its text when the caller knows it (then the line must still hold it). */
export interface ActionTarget {
  readonly uri: vscode.Uri;
  readonly line: number;
  readonly key?: string;
}

/** The place `arg` names, or undefined (with a message) when it names none. */
export function targetOf(arg: unknown): ActionTarget | undefined {
  const value = isRecord(arg) && isRecord(arg['action']) ? arg['action'] : arg; // a tree item
  if (isRecord(value) && isRecord(value['latest']) && typeof value['text'] === 'string') {
    const place = placeOf(value['latest']);
    return place && { ...place, key: keyOf(value['text']) };
  }
  return isRecord(value) ? placeOf(value) : undefined;
}

function placeOf(value: Record<string, unknown>): ActionTarget | undefined {
  const { uri, line } = value;
  if (typeof line !== 'number' || !Number.isInteger(line) || line < 0) return undefined;
  if (uri instanceof vscode.Uri) return { uri, line };
  if (typeof uri !== 'string' || uri === '') return undefined;
  try {
    return { uri: vscode.Uri.parse(uri, true), line };
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The target of `arg`, else the user's pick among actions of `statuses`; undefined when none. */
export async function resolveTarget(memory: MemoryService, arg: unknown, statuses: readonly ActionStatus[], placeHolder: string): Promise<ActionTarget | undefined> {
  if (arg !== undefined) {
    const target = targetOf(arg);
    if (!target) void vscode.window.showErrorMessage(vscode.l10n.t('Not an action item: pass an action, a row of the Open Actions view, or {0}.', '{ uri, line }'));
    return target;
  }
  await memory.ready();
  const actions = memory.actions().filter((a) => statuses.includes(a.status)).sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.due ?? '9999').localeCompare(b.due ?? '9999'));
  if (actions.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('There are no action items to choose from.'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(actions.map((action) => pickItem(action)), { placeHolder, matchOnDescription: true, matchOnDetail: true });
  return picked && targetOf(picked.action);
}

function pickItem(action: ActionRecord): vscode.QuickPickItem & { action: ActionRecord } {
  const description = [action.owner && `@${action.owner}`, action.due && (action.overdue ? vscode.l10n.t('overdue since {0}', action.due) : vscode.l10n.t('due {0}', action.due))].filter(Boolean).join(' · ');
  return { label: action.text, description, detail: vscode.workspace.asRelativePath(vscode.Uri.parse(action.latest.uri)), action };
}

/** Applies `kind` to the item at `target`; true when the file changed. A message says why not otherwise. */
export async function applyActionEdit(memory: MemoryService, target: ActionTarget, kind: ActionEditKind, reason?: string): Promise<boolean> {
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(target.uri);
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not read {0}: {1}. Nothing was changed.', vscode.workspace.asRelativePath(target.uri), error instanceof Error ? error.message : String(error)));
    return false;
  }
  const wasDirty = document.isDirty;
  const read = readLines(document.getText());
  const forms = formOptions(document.uri);
  const { items } = readItems(read, forms);
  const item = target.key === undefined ? items.find((i) => i.line === target.line) : itemAt(items, target.line, target.key);
  if (!item) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Line {0} of {1} no longer holds that action item (was it edited?). Nothing was changed.', target.line + 1, vscode.workspace.asRelativePath(target.uri)));
    return false;
  }
  const result = editItem(read.lines, item, kind, { today: localDate(new Date()), forms, ...(reason === undefined ? {} : { reason }) });
  if ('error' in result) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Nothing was changed: {0}', result.error));
    return false;
  }
  const { startLine, endLine, text } = result.edit;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(startLine, 0, endLine, document.lineAt(endLine).text.length), text);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The editor refused the change to {0}. Nothing was changed.', vscode.workspace.asRelativePath(target.uri)));
    return false;
  }
  if (!wasDirty) await document.save();
  await memory.refresh(document.uri);
  return true;
}
