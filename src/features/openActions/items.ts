import * as vscode from 'vscode';
import type { ActionGroup, Grouping } from '../../core/memory/grouping';
import { daysBetween } from '../../core/memory/grouping';
import type { ActionRecord } from '../../core/memory/model';
import { FLAG_AFTER_CARRIES } from '../../core/retro/carryForward';
import { Commands } from '../../constants';

// The rows of the Open Actions view: a group (owner, due bucket, document) and an action. Ids
// are stable (`group:<grouping>:<key>`, `action:<uri>#<line>`) so tests and UI checks find them.

/** A group row. */
export class GroupItem extends vscode.TreeItem {
  constructor(readonly group: ActionGroup, title: string) {
    super(title, vscode.TreeItemCollapsibleState.Expanded);
    this.id = `group:${group.id}`;
    this.contextValue = 'learningLoop.actionGroup';
    this.description = group.overdue > 0
      ? vscode.l10n.t('{0} open, {1} overdue', group.actions.length, group.overdue)
      : vscode.l10n.t('{0} open', group.actions.length);
    this.iconPath = new vscode.ThemeIcon(ICONS[group.grouping], group.overdue > 0 ? new vscode.ThemeColor('list.warningForeground') : undefined);
  }
}

const ICONS: Readonly<Record<Grouping, string>> = { owner: 'person', due: 'calendar', document: 'file' };

/** An action row: its text, then owner, due, age and carried count. */
export class ActionItem extends vscode.TreeItem {
  constructor(readonly action: ActionRecord, today: string, documentTitle: string, parentId: string) {
    super(action.text, vscode.TreeItemCollapsibleState.None);
    this.id = `${parentId}/action:${action.latest.uri}#${action.latest.line}`;
    this.contextValue = 'learningLoop.action';
    this.description = describe(action, today);
    this.tooltip = tooltip(action, today, documentTitle);
    this.accessibilityInformation = { label: `${action.text}, ${this.description}` };
    this.iconPath = action.overdue
      ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.errorForeground'))
      : action.carried >= FLAG_AFTER_CARRIES ? new vscode.ThemeIcon('history', new vscode.ThemeColor('list.warningForeground')) : new vscode.ThemeIcon('circle-large-outline');
    this.command = { command: Commands.openAction, title: vscode.l10n.t('Open'), arguments: [action] };
  }
}

/** `@ana · due 2026-12-15 · 3w old · carried 2×`. */
function describe(action: ActionRecord, today: string): string {
  const parts: string[] = [];
  if (action.owner) parts.push(`@${action.owner}`);
  if (action.due) parts.push(action.overdue ? vscode.l10n.t('overdue since {0}', action.due) : vscode.l10n.t('due {0}', action.due));
  parts.push(age(daysBetween(action.raised.date, today)));
  if (action.carried > 0) parts.push(vscode.l10n.t('carried {0}×', action.carried));
  return parts.join(' · ');
}

const DAYS_PER_WEEK = 7;
const DAYS_PER_MONTH = 30;
/** Below this many days an age is counted in days, below the next in weeks, then months. */
const WEEKS_FROM_DAYS = 14;
const MONTHS_FROM_DAYS = 60;

function age(days: number): string {
  if (!Number.isFinite(days) || days < 0) return vscode.l10n.t('new');
  if (days < WEEKS_FROM_DAYS) return vscode.l10n.t('{0}d old', days);
  if (days < MONTHS_FROM_DAYS) return vscode.l10n.t('{0}w old', Math.floor(days / DAYS_PER_WEEK));
  return vscode.l10n.t('{0}mo old', Math.floor(days / DAYS_PER_MONTH));
}

function tooltip(action: ActionRecord, today: string, documentTitle: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.supportHtml = false;
  md.isTrusted = false;
  md.appendText(action.text);
  md.appendMarkdown('\n\n');
  const rows = [
    [vscode.l10n.t('Owner'), action.owner ? `@${action.owner}` : vscode.l10n.t('nobody yet')],
    [vscode.l10n.t('Due'), action.due ? `${action.due}${action.overdue ? ` (${vscode.l10n.t('overdue by {0} days', daysBetween(action.due, today))})` : ''}` : vscode.l10n.t('no date')],
    [vscode.l10n.t('Raised'), `${action.raised.date}`],
    [vscode.l10n.t('Carried'), vscode.l10n.t('{0} times', action.carried)],
    [vscode.l10n.t('Latest in'), `${documentTitle} (${action.latest.date}, ${vscode.l10n.t('line {0}', action.latest.line + 1)})`],
  ];
  for (const [label, value] of rows) {
    md.appendMarkdown('- **');
    md.appendText(label ?? '');
    md.appendMarkdown(':** ');
    md.appendText(value ?? '');
    md.appendMarkdown('\n');
  }
  return md;
}
