// A built-in template copied for the team under a name the team chooses (issue 13, point 13).

import { findFrontMatter } from '../markdown/frontMatter';
import { TEMPLATE_ID_PATTERN } from './template';

/** Why `id` cannot name a team template, or undefined when it can. */
export function invalidTemplateId(id: string): 'empty' | 'pattern' | undefined {
  if (id.trim() === '') return 'empty';
  return TEMPLATE_ID_PATTERN.test(id) ? undefined : 'pattern';
}

/** The template file `text` with its header's `id:` set to `id` (only the header's, never the body's). */
export function withTemplateId(text: string, id: string): string {
  const block = findFrontMatter(text);
  if (!block) return text;
  const yaml = /^id:.*$/m.test(block.yaml) ? block.yaml.replace(/^id:.*$/m, `id: ${id}`) : `id: ${id}\n${block.yaml}`;
  return text.slice(0, block.yamlOffset) + yaml + text.slice(block.yamlOffset + block.yaml.length);
}
