// The fixture workspace of the four forms, one document each, read as the memory reads it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readDocument } from '../../src/core/memory/document';
import type { DocumentKind, ItemOccurrence } from '../../src/core/memory/model';

const root = path.resolve(__dirname, '../fixtures/forms-workspace/docs');
type Seen = [form: string, text: string, status: string, owner?: string, due?: string];

function read(folder: string, name: string, kind: DocumentKind): { date: string; items: Seen[] } {
  const text = fs.readFileSync(path.join(root, folder, name), 'utf8');
  const doc = readDocument(`file:///w/docs/${folder}/${name}`, text, { kind });
  assert.deepEqual(doc.problems, []);
  return { date: doc.date, items: doc.items.map((i: ItemOccurrence) => [i.form, i.text, i.status, ...(i.owner || i.due ? [i.owner, i.due] : [])] as Seen) };
}

describe('forms: the fixture workspace, one document per form', () => {
  it('reads bullets under an action heading, not those under "What went well"', () => {
    assert.deepEqual(read('retrospectives', '2026-10-02-heading-form.md', 'retrospective'), {
      date: '2026-10-02',
      items: [
        ['heading', 'Set a review time box of one day', 'open', 'ana', '2026-10-16'],
        ['heading', 'Write down how we pair', 'open', 'Bo Marsh', '2026-10-23'],
        ['heading', 'Move the flaky login test into quarantine', 'done', 'cy', undefined],
        ['heading', 'Try a silent hour every morning', 'dropped'],
      ],
    });
  });

  it('reads marker lines, and its date from TOML front matter', () => {
    assert.deepEqual(read('retrospectives', '2026-10-09-marker-form.md', 'retrospective'), {
      date: '2026-10-09',
      items: [
        ['marker', 'Add the hand-over checklist to the wiki', 'open', 'dee', '2026-10-20'],
        ['marker', 'clean up the old alert rules', 'open', 'eli', '2026-10-30'],
        ['marker', 'ask finance for the new budget codes', 'done'],
      ],
    });
  });

  it("reads an action table's rows, not the timeline's", () => {
    assert.deepEqual(read('postmortems', '2026-10-14-table-form.md', 'postmortem'), {
      date: '2026-10-14',
      items: [
        ['table', 'Alert on consumer lag', 'open', 'ana', '2026-10-28'],
        ['table', "Raise the queue's disk quota", 'done', 'Bo Marsh', '2026-10-21'],
        ['table', 'Rewrite the consumer in another language', 'dropped'],
      ],
    });
  });

  it("reads task items, not the template's own checklist", () => {
    assert.deepEqual(read('retrospectives', '2026-10-21-task-form.md', 'retrospective'), {
      date: '2026-10-21',
      items: [
        ['task', 'Share the pairing notes with the other team', 'open', 'bo', '2026-11-04'],
        ['task', 'Book the room for the planning day', 'done', 'cy', undefined],
      ],
    });
  });
});
