import * as vscode from 'vscode';
import { Commands, ContextKeys, OPEN_ACTIONS_VIEW, SETTINGS_SECTION, Settings } from '../../constants';
import { localDate } from '../../core/dates';
import { countOverdue, groupActions, type ActionGroup, type DueBucket, type Grouping } from '../../core/memory/grouping';
import { fileName } from '../../core/memory/document';
import type { MemoryService } from '../../services/memoryService';
import { myHandle } from '../../services/config';
import { ActionItem, GroupItem } from './items';

// The Open Actions view: every open action of the memory, grouped from the title bar by owner,
// due date or document, overdue first; a "Mine" filter when `learningLoop.me` is set. Its badge
// and a status-bar item show the overdue count and reveal the view.

type Node = GroupItem | ActionItem;

const GROUPING_STATE = 'learningLoop.openActions.grouping';
/** The status-bar item's id (not shown: UI checks find the item by it). */
const STATUS_ITEM_ID = 'learningLoop.overdue';
const DUE_LABELS: Readonly<Record<DueBucket, string>> = {
  'overdue': vscode.l10n.t('Overdue'),
  'this-week': vscode.l10n.t('This week'),
  'later': vscode.l10n.t('Later'),
  'no-date': vscode.l10n.t('No due date'),
};

/** The tree of groups and actions. */
export class OpenActionsProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  grouping: Grouping;
  mineOnly = false;

  constructor(private readonly memory: MemoryService, private readonly state: vscode.Memento) {
    const saved = state.get<string>(GROUPING_STATE);
    this.grouping = saved === 'due' || saved === 'document' ? saved : 'owner';
  }

  /** The groups as shown now. */
  groups(): ActionGroup[] {
    const me = myHandle();
    return groupActions(this.memory.index.actions(), this.grouping, { today: localDate(new Date()), ...(me ? { me } : {}), mineOnly: this.mineOnly });
  }

  setGrouping(grouping: Grouping): void {
    this.grouping = grouping;
    void this.state.update(GROUPING_STATE, grouping);
    this.refresh();
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    return node;
  }

  getChildren(node?: Node): Node[] {
    if (node instanceof ActionItem) return [];
    const today = localDate(new Date());
    if (node instanceof GroupItem) return node.group.actions.map((a) => new ActionItem(a, today, this.title(a.latest.uri), node.id ?? ''));
    return this.groups().map((g) => new GroupItem(g, this.groupTitle(g)));
  }

  private groupTitle(group: ActionGroup): string {
    if (group.grouping === 'due') return DUE_LABELS[group.key as DueBucket];
    if (group.grouping === 'owner') return group.key === '' ? vscode.l10n.t('No owner') : `@${group.key}`;
    return this.title(group.key);
  }

  private title(uri: string): string {
    const doc = this.memory.index.document(uri);
    return doc ? `${doc.title} (${doc.date || fileName(uri)})` : fileName(uri);
  }
}

/** Registers the view, its title-bar commands, its badge and the status-bar item. */
export function registerOpenActionsView(memory: MemoryService, state: vscode.Memento): vscode.Disposable {
  const provider = new OpenActionsProvider(memory, state);
  const view = vscode.window.createTreeView(OPEN_ACTIONS_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  const status = vscode.window.createStatusBarItem(STATUS_ITEM_ID, vscode.StatusBarAlignment.Left, 0);
  status.name = vscode.l10n.t('Learning Loop: overdue actions');
  status.command = Commands.revealOpenActions;

  const update = (): void => {
    const overdue = countOverdue(memory.index.actions().filter((a) => a.status === 'open'));
    view.badge = overdue > 0 ? { value: overdue, tooltip: vscode.l10n.t('{0} overdue action items', overdue) } : undefined;
    if (overdue > 0) {
      status.text = `$(warning) ${vscode.l10n.t('{0} overdue', overdue)}`;
      status.tooltip = vscode.l10n.t('{0} overdue action items: show them', overdue);
      status.show();
    } else {
      status.hide();
    }
    void vscode.commands.executeCommand('setContext', ContextKeys.grouping, provider.grouping);
    void vscode.commands.executeCommand('setContext', ContextKeys.mineOnly, provider.mineOnly);
    provider.refresh();
  };
  const setMine = (mine: boolean): void => {
    provider.mineOnly = mine;
    view.description = mine ? vscode.l10n.t('Mine') : '';
    update();
  };
  view.message = vscode.l10n.t('Reading the team\'s memory…');
  void memory.ready().then(() => {
    view.message = '';
    update();
  });
  update();

  return vscode.Disposable.from(
    view,
    status,
    memory.onDidChange(update),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SETTINGS_SECTION}.${Settings.me}`)) update();
    }),
    vscode.commands.registerCommand(Commands.groupActionsByOwner, () => { provider.setGrouping('owner'); update(); }),
    vscode.commands.registerCommand(Commands.groupActionsByDue, () => { provider.setGrouping('due'); update(); }),
    vscode.commands.registerCommand(Commands.groupActionsByDocument, () => { provider.setGrouping('document'); update(); }),
    vscode.commands.registerCommand(Commands.showMyActions, () => {
      if (myHandle()) return setMine(true);
      void vscode.window.showInformationMessage(vscode.l10n.t('Set learningLoop.me to your handle (as in @handle) to see only your actions.'));
    }),
    vscode.commands.registerCommand(Commands.showAllActions, () => setMine(false)),
    vscode.commands.registerCommand(Commands.revealOpenActions, () => vscode.commands.executeCommand(`${OPEN_ACTIONS_VIEW}.focus`)),
  );
}
