// Fuzz tier: the block index kept across edits (MarkdownBlockIndex.afterEdit, the one reader's
// public API) says exactly what a fresh index of the edited document says, for every line.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { MarkdownBlockIndex } from '../../src/core/markdown';
import { runs } from './support/fuzz';

/** Lines that open, close or continue every block the index knows. */
const LINES = [
  'prose about learning', '', '```', '```ts', '~~~', '````', '    indented', '\tcode', '<!--', '-->', 'a <!-- b', 'c --> d', '<!-- one line -->',
  '<div>', '</div>', '<pre>', '</pre>', '<script>', '</script>', '---', '...', 'title: x', '# heading', '> quote', '> ```', '- item', '  - nested',
  '1. item', '   continued', '| a | b |', '| --- | --- |', '$$', '<?php', '?>', '<![CDATA[', ']]>', '===', '***',
];
const CHECKPOINT_SPAN = 2048; // lines between the index's checkpoints, so edits land on both sides of some

const documentArb = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 60 }).chain((motif) =>
  fc.integer({ min: 1, max: 3 * CHECKPOINT_SPAN }).map((length) => Array.from({ length }, (_, i) => motif[i % motif.length] as string)));

type Edit = { at: number; remove: number; insert: string[] };
const editArb: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  remove: fc.nat(40),
  insert: fc.array(fc.constantFrom(...LINES), { maxLength: 5 }),
});

function kinds(lines: readonly string[], index: MarkdownBlockIndex): string[] {
  return lines.map((_, i) => index.kindAt(i));
}

describe('fuzz: the incremental block index equals a fresh one after random edits', function () {
  this.timeout(60_000);

  it('after one to three edits anywhere, with the index scanned before each', () => {
    fc.assert(fc.property(documentArb, fc.array(editArb, { minLength: 1, maxLength: 3 }), (start, edits) => {
      let lines = start;
      let index = new MarkdownBlockIndex((i) => lines[i] ?? '', lines.length);
      for (const edit of edits) {
        kinds(lines, index); // scanned to the end: every checkpoint taken
        const at = edit.at % (lines.length + 1);
        const next = [...lines];
        next.splice(at, edit.remove, ...edit.insert);
        const current = next;
        index = MarkdownBlockIndex.afterEdit(index, at, (i) => current[i] ?? '', current.length);
        lines = current;
      }
      const fresh = new MarkdownBlockIndex((i) => lines[i] ?? '', lines.length);
      assert.deepEqual(kinds(lines, index), kinds(lines, fresh));
    }), runs(60));
  });
});
