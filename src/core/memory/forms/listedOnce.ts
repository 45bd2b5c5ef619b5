// A document's problems (an unreadable status or due date, a date the TOML would roll over, no
// date at all) are listed once: the memory reads a document again on every edit and every
// reindex, and the same problem must not fill the output channel each time.

import type { Problem } from '../../problem';
import { detach } from '../itemText';

/** Remembers, per document, which problems were listed (by their message: an edit above moves the line). */
export class ProblemsListedOnce {
  private readonly listed = new Map<string, Set<string>>();

  /** The problems of `uri` not listed before, each message once; what is no longer there may be listed again later. */
  fresh(uri: string, problems: readonly Problem[]): Problem[] {
    const before = this.listed.get(uri);
    const now = new Set<string>();
    const fresh: Problem[] = [];
    for (const problem of problems) {
      if (now.has(problem.message)) continue;
      // A copy: the message quotes a slice of the document, and a kept slice keeps the whole text.
      now.add(detach(problem.message));
      if (!before?.has(problem.message)) fresh.push(problem);
    }
    if (now.size === 0) this.listed.delete(uri);
    else this.listed.set(uri, now);
    return fresh;
  }

  /** Forgets a document that is gone: if it comes back, its problems are listed again. */
  forget(uri: string): void {
    this.listed.delete(uri);
  }
}
