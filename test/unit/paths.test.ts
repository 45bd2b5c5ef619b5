import * as assert from 'node:assert/strict';
import { relativePath } from '../../src/core/paths';

describe('relativePath', () => {
  const cases: [string, string, string][] = [
    ['/ws/docs/retros', '/ws/docs/retros/2026-11-01-4ls.md', '2026-11-01-4ls.md'],
    ['/ws/notes', '/ws/docs/retros/a.md', '../docs/retros/a.md'],
    ['/ws', '/ws/docs/retros/a.md', 'docs/retros/a.md'],
    ['/ws/docs/retros/old', '/ws/docs/retros/a.md', '../a.md'],
    ['/ws/a/b/c', '/ws/x.md', '../../../x.md'],
  ];
  for (const [fromDir, to, expected] of cases) {
    it(`${to} from ${fromDir} is ${expected}`, () => assert.equal(relativePath(fromDir, to), expected));
  }
});
