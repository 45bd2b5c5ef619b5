// Every template the user can pick: the built-in ones, overridden by the team's own files
// with the same id (a team edits a copy of a built-in to make it theirs).

import { TEMPLATE_KINDS, type Template } from './template';

/** Built-in and team templates by id; team templates win over a built-in with the same id. */
export class TemplateRegistry {
  private readonly byId = new Map<string, Template>();
  private readonly teamIds = new Set<string>();

  constructor(builtIns: readonly Template[], team: readonly Template[]) {
    for (const template of builtIns) this.byId.set(template.id, template);
    // Two team files with one id: the first one read wins, the same as in the picker.
    for (const template of team) {
      if (this.teamIds.has(template.id)) continue;
      this.byId.set(template.id, template);
      this.teamIds.add(template.id);
    }
  }

  /** The template with this id, if any. */
  get(id: string): Template | undefined {
    return this.byId.get(id);
  }

  /** Every id, sorted alphabetically. */
  ids(): string[] {
    return [...this.byId.keys()].sort();
  }

  /** Team templates first, then built-ins; each grouped by kind (TEMPLATE_KINDS order), then by name. */
  all(): Template[] {
    return [...this.byId.values()].sort((a, b) => this.group(a) - this.group(b) || compareNames(a, b));
  }

  /** An error message for an id that does not exist, listing those that do. */
  unknownIdMessage(id: string): string {
    return `No template with id "${id}". Available ids: ${this.ids().join(', ')}.`;
  }

  /** Team templates form the first block; within each block, kinds keep their order. */
  private group(template: Template): number {
    const kind = TEMPLATE_KINDS.indexOf(template.kind);
    return this.teamIds.has(template.id) ? kind : TEMPLATE_KINDS.length + kind;
  }
}

function compareNames(a: Template, b: Template): number {
  return a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id);
}
