// A document's problems go to the output channel once, not on every edit or reindex.
import * as assert from 'node:assert/strict';
import { ProblemsListedOnce } from '../../src/core/memory/forms/listedOnce';
import type { Problem } from '../../src/core/problem';

const problem = (line: number, message: string): Problem => ({ line, column: 0, endLine: line, endColumn: 0, message, severity: 'warning' });
const messages = (problems: readonly Problem[]): string[] => problems.map((p) => `${p.line}: ${p.message}`);

describe('forms: problems listed once', () => {
  it('lists a problem the first time, not when the document is read again, even with its line moved', () => {
    const listed = new ProblemsListedOnce();
    assert.deepEqual(messages(listed.fresh('a.md', [problem(3, 'Unreadable status "soon"'), problem(3, 'Unreadable status "soon"')])), ['3: Unreadable status "soon"']);
    assert.deepEqual(listed.fresh('a.md', [problem(5, 'Unreadable status "soon"')]), []);
    assert.deepEqual(messages(listed.fresh('a.md', [problem(5, 'Unreadable status "soon"'), problem(9, 'No date')])), ['9: No date']);
    assert.deepEqual(messages(listed.fresh('b.md', [problem(1, 'No date')])), ['1: No date'], 'each document on its own');
  });

  it('lists a problem again once it was fixed and comes back, or the document was gone', () => {
    const listed = new ProblemsListedOnce();
    listed.fresh('a.md', [problem(3, 'No date')]);
    assert.deepEqual(listed.fresh('a.md', []), []);
    assert.deepEqual(messages(listed.fresh('a.md', [problem(3, 'No date')])), ['3: No date']);
    listed.forget('a.md');
    assert.deepEqual(messages(listed.fresh('a.md', [problem(3, 'No date')])), ['3: No date']);
  });
});
