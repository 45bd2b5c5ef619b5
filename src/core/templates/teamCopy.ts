// A built-in template copied for the team under a name the team chooses (issue 13, point 13).

import { TEMPLATE_ID_PATTERN } from './template';
import { toOneFrontMatter } from './templateFile';

/** Why `id` cannot name a team template, or undefined when it can. */
export function invalidTemplateId(id: string): 'empty' | 'pattern' | undefined {
  if (id.trim() === '') return 'empty';
  return TEMPLATE_ID_PATTERN.test(id) ? undefined : 'pattern';
}

/** The team's copy of the template file `text`: one front matter, the header's id set to `id`. */
export function teamCopyText(text: string, id: string): string {
  return toOneFrontMatter(text, id);
}
