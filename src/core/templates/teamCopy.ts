// A built-in template copied for the team under a name the team chooses (issue 13, point 13).

import { findFrontMatter } from '../markdown/frontMatter';
import { TEMPLATE_ID_PATTERN } from './template';
import { toOneFrontMatter } from './templateFile';

/** Why `id` cannot name a team template, or undefined when it can. */
export function invalidTemplateId(id: string): 'empty' | 'pattern' | undefined {
  if (id.trim() === '') return 'empty';
  return TEMPLATE_ID_PATTERN.test(id) ? undefined : 'pattern';
}

/**
 * The team's copy of the template file `text`: one front matter, the header's id set to `id`,
 * and a `template: <old id>` line of that front matter (what documents say they were made
 * from) set to `id` too.
 */
export function teamCopyText(text: string, id: string, sourceId?: string): string {
  const copy = toOneFrontMatter(text, id);
  const block = sourceId === undefined ? undefined : findFrontMatter(copy);
  if (!block || sourceId === undefined) return copy;
  const line = new RegExp(`^template:[ \\t]*${sourceId.replace(/[^a-z0-9]/g, '\\$&')}[ \\t]*$`, 'm');
  return copy.slice(0, block.yamlOffset) + block.yaml.replace(line, `template: ${id}`) + copy.slice(block.yamlOffset + block.yaml.length);
}
