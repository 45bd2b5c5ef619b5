// A line inside an open HTML block or comment (the block index's step for it).

import type { State } from './blockState';
import { COMMENT, HTML, TEXT, type HtmlEnd } from './blockSyntax';

/** Classifies a line inside the HTML block or comment `end` closes, and closes it there if it does. */
export function htmlLine(s: State, rest: string, end: 'comment' | HtmlEnd): number {
  if (end === 'blank') {
    if (rest.trim() !== '') return HTML;
    // A blank line ends the block and is itself a blank line of text.
    s.html = undefined;
    s.blank = true;
    s.paragraph = false;
    s.table = undefined;
    return TEXT;
  }
  if (end === 'comment' ? rest.includes('-->') : end.test(rest)) {
    s.html = undefined;
    s.paragraph = false;
    s.blank = false;
  }
  return end === 'comment' || end.source === '-->' ? COMMENT : HTML;
}
