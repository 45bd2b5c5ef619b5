import * as assert from 'node:assert/strict';
import { errorMessage, loadEach } from '../../src/core/loadEach';

describe('loadEach: one bad file never stops the others (issue 11)', () => {
  it('loads every other item when one throws synchronously and one rejects, and resolves with both failures', async () => {
    const loaded: string[] = [];
    const failures = await loadEach(['a.json', 'deep.json', 'GLOSSARY.md', 'gone.json'], async (name) => {
      if (name === 'deep.json') throw new RangeError('Maximum call stack size exceeded');
      if (name === 'gone.json') return Promise.reject(new Error('ENOENT'));
      await Promise.resolve();
      loaded.push(name);
    });
    assert.deepEqual(loaded.sort(), ['GLOSSARY.md', 'a.json']);
    assert.deepEqual(failures.map((f) => [f.item, errorMessage(f.error)]), [['deep.json', 'Maximum call stack size exceeded'], ['gone.json', 'ENOENT']]);
  });

  it('a synchronous loader that throws is a failure too, not an exception', async () => {
    const failures = await loadEach([1, 2], (n) => {
      if (n === 2) throw new Error('bad');
    });
    assert.deepEqual(failures.map((f) => f.item), [2]);
    assert.equal(errorMessage('plain'), 'plain');
  });
});
