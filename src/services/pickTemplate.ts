import * as vscode from 'vscode';
import type { Template, TemplateKind } from '../core/templates/template';
import type { TemplateRegistry } from '../core/templates/registry';

/** Section labels of the quick pick, by kind. */
const KIND_LABELS: Readonly<Record<TemplateKind, string>> = {
  'retrospective': vscode.l10n.t('Retrospectives'),
  'lessons-learned': vscode.l10n.t('Lessons learned'),
  'postmortem': vscode.l10n.t('Postmortems'),
  'learning-organization': vscode.l10n.t('Learning organization'),
};

interface TemplateItem extends vscode.QuickPickItem {
  readonly template?: Template;
}

/** Where a pick chooses from: the registry, or a list such as the built-in templates. */
export type TemplateSource = Pick<TemplateRegistry, 'get' | 'all' | 'ids'> & {
  /** The error for an unknown id, when the generic one (naming every id) does not fit. */
  readonly notFound?: (id: string) => string;
};

/**
 * Resolves a template: by id when the caller gave one (an unknown id is an error naming the
 * ids that exist), else through a quick pick of the templates `offer` accepts, grouped by kind
 * with the team's templates first.
 */
export async function resolveTemplate(registry: TemplateSource, id: unknown, placeHolder: string, offer: (template: Template) => boolean = () => true): Promise<Template | undefined> {
  if (typeof id === 'string' && id !== '') {
    const template = registry.get(id);
    if (!template) void vscode.window.showErrorMessage(registry.notFound?.(id) ?? vscode.l10n.t('No template with id “{0}”. Available ids: {1}.', id, registry.ids().join(', ')));
    return template;
  }
  const items: TemplateItem[] = [];
  let section: string | undefined;
  for (const template of registry.all().filter(offer)) {
    const label = template.origin.startsWith('built-in') ? KIND_LABELS[template.kind] : vscode.l10n.t('Team templates');
    if (label !== section) {
      items.push({ label, kind: vscode.QuickPickItemKind.Separator });
      section = label;
    }
    // A team template says so in its description, so one that replaces a built-in is told apart.
    const description = template.origin.startsWith('built-in') ? template.id : vscode.l10n.t('$(organization) Team · {0}', template.id);
    items.push({ label: template.name, description, detail: template.description, template });
  }
  const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: true });
  return picked?.template;
}
