// Fuzz tier: a carried item keeps its owner and due date, however its sentence is written.
// Items mention other people, moved due dates, links, emphasis and code around their own owner
// and due; each is carried several times through the real carry-forward code (from the memory's
// action index, and from the previous retro's text), and every copy is read back with the
// memory's document reader.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { ActionIndex } from '../../src/core/memory/actionIndex';
import { carryFromMemory } from '../../src/core/memory/carry';
import { readDocument } from '../../src/core/memory/document';
import type { ItemOccurrence } from '../../src/core/memory/model';
import { carryForward } from '../../src/core/retro/carryForward';
import { runs } from './support/fuzz';

const TODAY = '2026-12-01';
const CARRIES = 4;
const FOLDER = 'file:///ws/retros';
const OWNERS = ['ana', 'bob', 'carol', 'dee-jay', 'e.lee', 'fu_2', 'Zoë'];
const DUES = ['2026-11-30', '2026-12-20', '2027-01-05', '2026-02-28', '2028-02-29'];
const WORDS = ['fix', 'the', 'runbook', 'pair', 'with', 'on', 'database', 'after', 'review', 'ask', 'to', 'owner', 'due', 'from', 'carried'];

/** Pieces a sentence is made of besides plain words: what a team writes around its metadata. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...OWNERS).map((o) => `@${o}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...DUES), fc.constantFrom(...DUES)).map(([a, b]) => `(moved from due:${a} to due:${b})`) },
  { weight: 1, arbitrary: fc.constantFrom(...DUES).map((d) => `due:${d}`) },
  { weight: 1, arbitrary: fc.constantFrom('[the runbook](https://wiki.example/runbook)', '[@bob](https://x.example/bob)', '<https://x.example/a>', '[due:2026-01-01](d.md)') },
  { weight: 1, arbitrary: fc.constantFrom('*soon*', '**before the release**', '_ops_', '`due:2026-01-01`', '`@ci`', '~~old~~', '<!-- blocked on ops -->') },
  // Punctuation and our own metadata words inside the sentence.
  { weight: 1, arbitrary: fc.constantFrom('@ana,', '(@bob)', '@carol.', 'due: 2026-12-20', 'due:2026-12-20.', '— from [x](y.md)', '(carried 2×)', 'done:2026-11-01', 'dropped:', 'YYYY-MM-DD', '**⚠ Overdue**', 'Owner: @dee-jay', '@', 'due:') },
);

/** Where the item's own owner and due go: after the sentence, before it, or inside it. */
const PLACES = ['end', 'end-swapped', 'start', 'middle'] as const;

interface Generated {
  readonly line: string;
  /** Written after the sentence, where the reader takes them from whatever the sentence mentions. */
  readonly trailing: boolean;
  readonly owner?: string;
  readonly due?: string;
}

const item = fc.record({
  words: fc.array(piece, { minLength: 1, maxLength: 10 }),
  owner: fc.option(fc.constantFrom(...OWNERS), { nil: undefined }),
  due: fc.option(fc.constantFrom(...DUES), { nil: undefined }),
  place: fc.constantFrom(...PLACES),
});

function line(n: number, generated: { words: string[]; owner: string | undefined; due: string | undefined; place: (typeof PLACES)[number] }): Generated {
  const { words, owner, due, place } = generated;
  // A word of its own first, so no two items share a sentence (they would be one action).
  const sentence = [`task${n}`, ...words];
  const meta = [...(owner === undefined ? [] : [`@${owner}`]), ...(due === undefined ? [] : [`due:${due}`])];
  const parts = place === 'end' ? [...sentence, ...meta]
    : place === 'end-swapped' ? [...sentence, ...meta.reverse()]
      : place === 'start' ? [sentence[0] as string, ...meta, ...sentence.slice(1)]
        : [...sentence.slice(0, 2), ...meta, ...sentence.slice(2)];
  return { line: `- [ ] ${parts.join(' ')}`, trailing: place.startsWith('end'), ...(owner === undefined ? {} : { owner }), ...(due === undefined ? {} : { due }) };
}

function retro(date: string, body: string): string {
  return ['---', `date: ${date}`, '---', '', `# Retrospective ${date}`, '', '## Open actions from last time', '', body, '', '## Action items', '', '- [ ] A new one', ''].join('\n');
}

function read(uri: string, text: string): readonly ItemOccurrence[] {
  return readDocument(uri, text, { kind: 'retrospective' }).items;
}

/** The date of the `k`th retrospective, a week apart, all before TODAY. */
function dateOf(k: number): string {
  return `2026-10-${String(1 + 7 * k).padStart(2, '0')}`;
}

const metadata = (i: ItemOccurrence | undefined): [string | undefined, string | undefined] => [i?.owner, i?.due];

/** The first read of each generated item: what every carried copy must keep. */
function firstRead(items: readonly Generated[]): { text: string; origin: readonly ItemOccurrence[] } {
  const text = retro(dateOf(0), items.map((i) => i.line).join('\n'));
  const origin = read(`${FOLDER}/${dateOf(0)}-retro.md`, text).filter((i) => i.text.startsWith('task'));
  assert.equal(origin.length, items.length, `every item is read:\n${text}`);
  items.forEach((g, k) => {
    // Written after the sentence, the owner and due are the ones the team meant, whatever it mentions.
    // (One not written may still be read from a mention in the sentence.)
    if (g.trailing && g.owner !== undefined) assert.equal(origin[k]?.owner, g.owner, g.line);
    if (g.trailing && g.due !== undefined) assert.equal(origin[k]?.due, g.due, g.line);
  });
  return { text, origin };
}

describe('fuzz: carried items keep their owner and due', function () {
  this.timeout(30_000);
  const items = fc.array(item, { minLength: 1, maxLength: 6 }).map((list) => list.map((g, n) => line(n, g)));

  it('carried from the memory (the action index), read back by the memory', () => fc.assert(fc.property(items, (generated) => {
    const { text, origin } = firstRead(generated);
    const index = new ActionIndex(() => TODAY);
    index.set(readDocument(`${FOLDER}/${dateOf(0)}-retro.md`, text, { kind: 'retrospective' }));
    for (let k = 1; k <= CARRIES; k++) {
      const carry = carryFromMemory({ actions: index.actions(), today: TODAY, linkTo: (uri) => uri.slice(FOLDER.length + 1) });
      const uri = `${FOLDER}/${dateOf(k)}-retro.md`;
      const next = retro(dateOf(k), carry.markdown);
      const copies = read(uri, next).filter((i) => i.text.startsWith('task'));
      assert.deepEqual(copies.map(metadata), origin.map(metadata), `carry ${k}:\n${next}`);
      assert.deepEqual(copies.map((c) => c.text), origin.map((o) => o.text), `carry ${k} keeps the sentences`);
      index.set(readDocument(uri, next, { kind: 'retrospective' }));
    }
    const actions = index.actions().filter((a) => a.text.startsWith('task'));
    assert.equal(actions.length, origin.length, 'each item stays one action');
    for (const o of origin) {
      const action = actions.find((a) => a.text === o.text);
      assert.deepEqual([action?.owner, action?.due, action?.carried], [o.owner, o.due, o.carried + CARRIES], o.text);
    }
  }), runs(300)));

  it('carried from the previous retro (carryForward), read back by the memory', () => fc.assert(fc.property(items, (generated) => {
    let { text } = firstRead(generated);
    const { origin } = firstRead(generated);
    for (let k = 1; k <= CARRIES; k++) {
      const carry = carryForward({ text, link: `${dateOf(k - 1)}-retro.md`, label: dateOf(k - 1) }, TODAY);
      text = retro(dateOf(k), carry.markdown);
      const copies = read(`${FOLDER}/${dateOf(k)}-retro.md`, text).filter((i) => i.text.startsWith('task'));
      assert.deepEqual(copies.map(metadata), origin.map(metadata), `carry ${k}:\n${text}`);
      assert.deepEqual(copies.map((c) => c.carried), origin.map((o) => o.carried + k), 'counted once more each time');
    }
  }), runs(300)));
});
