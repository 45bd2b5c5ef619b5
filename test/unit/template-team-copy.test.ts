import * as assert from 'node:assert/strict';
import { invalidTemplateId, teamCopyText } from '../../src/core/templates/teamCopy';

describe('team template copy', () => {
  const ids: [string, ReturnType<typeof invalidTemplateId>][] = [
    ['our-retro', undefined], ['retro2', undefined], ['', 'empty'], ['  ', 'empty'],
    ['Our Retro', 'pattern'], ['a--b', 'pattern'], ['-a', 'pattern'], ['a_b', 'pattern'],
  ];
  for (const [id, expected] of ids) it(`id ${JSON.stringify(id)} → ${String(expected)}`, () => { assert.equal(invalidTemplateId(id), expected); });

  it('documents made from the copy say they come from it: the front matter\'s template: line follows the new id', () => {
    const copy = teamCopyText('---\nid: sailboat\nname: S\nkind: retrospective\n---\n---\ntemplate: sailboat\n---\ntemplate: sailboat\n', 'ours', 'sailboat');
    assert.equal(copy, '---\nlearning-loop-template:\n  id: ours\n  name: S\n  kind: retrospective\ntemplate: ours\n---\ntemplate: sailboat\n');
    assert.match(teamCopyText('---\nid: x\nname: X\nkind: retrospective\n---\n---\ntemplate: other\n---\n', 'ours', 'x'), /^template: other$/m);
  });

  it('the copy has one front matter with the header under learning-loop-template', () => {
    assert.equal(teamCopyText('---\nid: sailboat\nname: Sailboat\nkind: retrospective\n---\n---\ndate: x\n---\n# B\n', 'ours'),
      '---\nlearning-loop-template:\n  id: ours\n  name: Sailboat\n  kind: retrospective\ndate: x\n---\n# B\n');
  });
});
