import * as assert from 'node:assert/strict';
import { MarkdownBlockIndex } from '../../src/core/markdown';

// After an edit the index keeps what it knew above the change; it must then say exactly what a
// fresh index of the edited document says, for every line.

const PIECES = [
  'Plain prose about organizational learning.',
  '',
  '```ts',
  'const learning = true;',
  '```',
  '- a list item',
  '  continued item text',
  '',
  '    indented code after a blank line',
  '<!-- a comment',
  'still the comment -->',
  '> quoted prose',
  '<div>',
  'html block',
  '</div>',
  '',
  '## A heading',
];

function documentOf(lines: number, frontMatter: boolean): string[] {
  const out = frontMatter ? ['---', 'date: 2026-11-29', '---'] : [];
  for (let i = 0; out.length < lines; i++) out.push(PIECES[i % PIECES.length] as string);
  return out;
}

function kinds(lines: readonly string[], index: MarkdownBlockIndex): string[] {
  return lines.map((_, i) => index.kindAt(i));
}

function fresh(lines: readonly string[]): MarkdownBlockIndex {
  return new MarkdownBlockIndex((i) => lines[i] ?? '', lines.length);
}

describe('MarkdownBlockIndex.afterEdit', () => {
  // [what, first changed line, the edit]
  const edits: [string, number, (lines: string[]) => void][] = [
    ['an unclosed fence opened near the end', 2900, (l) => l.splice(2900, 0, '~~~')],
    ['an unclosed fence opened early', 40, (l) => l.splice(40, 0, '```')],
    ['a comment opened in the middle', 1500, (l) => l.splice(1500, 0, '<!--')],
    ['lines deleted across a checkpoint', 1020, (l) => l.splice(1020, 30)],
    ['a line typed at the very end', 2999, (l) => l.push('more prose')],
    ['a line typed on the first line', 0, (l) => l.splice(0, 1, '---')],
    ['the document cut short above the old checkpoints', 600, (l) => l.splice(600)],
  ];
  for (const frontMatter of [false, true]) {
    for (const [what, first, edit] of edits) {
      it(`${what}${frontMatter ? ', with front matter' : ''}: same kinds as a fresh index`, () => {
        const before = documentOf(3000, frontMatter);
        const previous = fresh(before);
        kinds(before, previous); // scanned to the end, checkpoints taken
        const after = [...before];
        edit(after);
        const reused = MarkdownBlockIndex.afterEdit(previous, first, (i) => after[i] ?? '', after.length);
        assert.deepEqual(kinds(after, reused), kinds(after, fresh(after)));
      });
    }
  }

  it('really reuses: lines above the change are not read again', () => {
    const before = documentOf(3000, false);
    const previous = fresh(before);
    kinds(before, previous);
    const read = new Set<number>();
    const reused = MarkdownBlockIndex.afterEdit(previous, 2900, (i) => {
      read.add(i);
      return before[i] ?? '';
    }, before.length);
    reused.kindAt(2950);
    // Line 0 is looked at once (could the edit have made it front matter?), then nothing above the checkpoint.
    const rescanned = [...read].filter((line) => line > 0);
    assert.ok(Math.min(...rescanned) >= 2048, `first line read again: ${Math.min(...rescanned)}`);
  });
});
