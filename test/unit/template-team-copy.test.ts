import * as assert from 'node:assert/strict';
import { invalidTemplateId, withTemplateId } from '../../src/core/templates/teamCopy';

describe('team template copy', () => {
  const ids: [string, ReturnType<typeof invalidTemplateId>][] = [
    ['our-retro', undefined], ['retro2', undefined], ['', 'empty'], ['  ', 'empty'],
    ['Our Retro', 'pattern'], ['a--b', 'pattern'], ['-a', 'pattern'], ['a_b', 'pattern'],
  ];
  for (const [id, expected] of ids) it(`id ${JSON.stringify(id)} → ${String(expected)}`, () => { assert.equal(invalidTemplateId(id), expected); });

  const texts: [string, string, string, string][] = [
    ['replaces the header id', '---\nid: sailboat\nname: Sailboat\n---\n---\nid: body\n---\n# B\n', 'ours', '---\nid: ours\nname: Sailboat\n---\n---\nid: body\n---\n# B\n'],
    ['adds an id to a header without one', '---\nname: X\n---\nbody\n', 'ours', '---\nid: ours\nname: X\n---\nbody\n'],
    ['leaves a text without front matter alone', '# no header\n', 'ours', '# no header\n'],
  ];
  for (const [name, text, id, expected] of texts) it(name, () => { assert.equal(withTemplateId(text, id), expected); });
});
