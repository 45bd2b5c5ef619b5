// What the action index keeps: documents with packed items that read back as the reader gave
// them, a key table that keeps no key strings, an actions list patched per key that never
// changes a list already handed out, and an index kept current edit by edit that says what an
// index built afresh from the same documents says.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateMemory } from '../../bench/support/memoryCorpus';
import { ActionIndex } from '../../src/core/memory/actionIndex';
import { ActionList } from '../../src/core/memory/actionList';
import { readDocument } from '../../src/core/memory/document';
import { KeptDocument } from '../../src/core/memory/keptDocument';
import { hashKey, KeyTable } from '../../src/core/memory/keyTable';
import { keyOf } from '../../src/core/memory/itemText';
import { assertScalesLinearly } from './support/complexity';
import type { ActionRecord, ItemOccurrence, MemoryDocument } from '../../src/core/memory/model';

const TODAY = '2026-12-01';
const ROOT = 'file:///w/docs';

function read(path: string, text: string, kind: MemoryDocument['kind'] = 'retrospective'): MemoryDocument {
  return readDocument(`${ROOT}/${path}`, text, { kind });
}

/** Each action in one line, sorted: what two indexes must agree on. */
function summary(actions: readonly ActionRecord[]): string[] {
  return actions.map((a) => JSON.stringify([a.text, a.owner, a.due, a.status, a.overdue, a.raised, a.latest, a.carried, a.doneDate, a.kind, a.form])).sort();
}

describe('memory: what the index keeps', () => {
  it('a kept document reads back every item and field as the reader gave them', () => {
    const doc = read('retrospectives/2026-10-01-4ls.md', [
      '---', 'date: 2026-10-01', 'template: 4ls', 'roti: 4', 'tags: [ci, pairing]', '---', '# Retro', '',
      '- [ ] Fix CI @ana due:2026-10-09 (carried 2×) — from [a](2026-09-01-4ls.md)',
      '- [x] Write the runbook @bo done:2026-09-30',
      '- [x] ~~Drop the old board~~ dropped:2026-10-01 — nobody reads it',
      `- [ ] Counted a lot (carried ${2 ** 25}×)`,
      '- [ ] Wrapped over', '  many lines', ...Array.from({ length: 70 }, () => '  and more'),
      '## Action items', '', '- Pair on the release @cy', '  - Due: 2026-11-02',
      '| Action | Owner | Due | Status |', '| --- | --- | --- | --- |', '| Alert on lag | @dee | 2026-10-20 | Done |',
      // Far down: a line number too large for the packed bits.
      ...Array.from({ length: 300_000 }, () => ''), '- [ ] Far down @eli',
    ].join('\n'));
    assert.ok(doc.items.length >= 6 && doc.items.some((i) => i.line > 2 ** 18), 'the fixture holds every kind of field');
    const kept = new KeptDocument(doc, []);
    const fields = (i: ItemOccurrence): unknown => ({ ...i, key: i.key });
    assert.deepEqual(kept.items.map(fields), doc.items.map(fields));
    assert.deepEqual([kept.uri, kept.date, kept.kind, kept.template, kept.title, kept.tags, kept.scores, kept.terms, kept.problems], [doc.uri, doc.date, doc.kind, doc.template, doc.title, doc.tags, doc.scores, doc.terms, doc.problems]);
  });

  it("every reader's key is keyOf(text): the index finds a kept item's entry again from its text", () => {
    const forms = path.resolve(__dirname, '../fixtures/forms-workspace/docs');
    const fixtures = fs.readdirSync(forms, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'))
      .map((f) => read(f, fs.readFileSync(path.join(forms, f), 'utf8'), f.startsWith('postmortems') ? 'postmortem' : 'retrospective'));
    const corpus = generateMemory(300).map((d) => read(d.path, d.text, d.kind));
    const items = [...fixtures, ...corpus].flatMap((d) => d.items);
    assert.ok(items.length > 500 && new Set(items.map((i) => i.form)).size === 4, 'items of every form');
    assert.deepEqual(items.filter((i) => i.key !== keyOf(i.text)).map((i) => i.text), []);
  });

  it('copies of one action share their strings with the copy named', () => {
    const first = new KeptDocument(read('retrospectives/a.md', '- [ ] Fix CI @ana due:2026-10-09'), []);
    const copy = new KeptDocument(read('retrospectives/b.md', '- [ ] Fix CI @ana due:2026-10-09 (carried 1×)'), [first.stringsAt(0)]);
    assert.equal(copy.textAt(0), 'Fix CI');
    assert.deepEqual(copy.stringsAt(0), first.stringsAt(0));
  });

  it('the key table finds each key, keeps none of their strings, and forgets a deleted one', () => {
    const keys = Array.from({ length: 5_000 }, (_, i) => `action ${i}`);
    const live = new Map<number, string>();
    const table = new KeyTable((id, key) => live.get(id) === key);
    keys.forEach((key, id) => {
      live.set(id, key);
      table.add(id, hashKey(key));
    });
    assert.ok(keys.every((key, id) => table.find(key, hashKey(key)) === id));
    for (let id = 0; id < keys.length; id += 2) table.delete(id);
    assert.ok(keys.every((key, id) => table.find(key, hashKey(key)) === (id % 2 === 0 ? -1 : id)));
    // Two keys of one hash are told apart by the keys their entries give.
    table.add(0, hashKey('action 1'));
    live.set(0, 'another text');
    assert.deepEqual([table.find('action 1', hashKey('action 1')), table.find('another text', hashKey('action 1'))], [1, 0]);
  });

  it('after midnight what is overdue is read again; a list handed out stays as it was', () => {
    let today = '2026-11-30';
    const index = new ActionIndex(() => today);
    index.set(read('retrospectives/2026-11-01-a.md', '- [ ] Fix CI due:2026-11-30\n- [ ] Pair more due:2026-12-24'));
    const before = index.actions();
    today = '2026-12-01';
    const after = index.actions();
    assert.deepEqual([before.map((a) => a.overdue), after.map((a) => [a.text, a.overdue])], [[false, false], [['Fix CI', true], ['Pair more', false]]]);
  });

  it('a list handed out is never changed by a later change', () => {
    const record = (text: string): ActionRecord => ({ text, status: 'open', overdue: false, raised: { uri: 'u', line: 0, date: TODAY }, latest: { uri: 'u', line: 0, date: TODAY }, carried: 0, kind: 'retrospective', form: 'task' });
    const list = new ActionList();
    list.set(0, [record('a')]);
    list.set(1, [record('b'), record('c')]);
    list.set(2, [record('d')]);
    const before = list.all();
    const texts = (l: readonly ActionRecord[]): string[] => l.map((r) => r.text).sort();
    list.set(0, []);
    list.set(1, [record('e')]);
    list.set(3, [record('f'), record('g'), record('h')]);
    assert.deepEqual(texts(before), ['a', 'b', 'c', 'd']);
    assert.deepEqual(texts(list.all()), ['d', 'e', 'f', 'g', 'h']);
    list.set(3, []);
    list.set(1, [record('i'), record('j')]);
    assert.deepEqual(texts(list.all()), ['d', 'i', 'j']);
  });
});

describe('memory: the index in time linear in what it holds (hostile documents)', () => {
  /** Indexes `docs` (texts of retrospectives, one a day), reads the actions, edits the middle one twice, deletes them all. */
  function churn(texts: readonly string[]): number {
    const index = new ActionIndex(() => TODAY);
    const uriOf = (i: number): string => `${ROOT}/retrospectives/2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}-r${i}.md`;
    texts.forEach((text, i) => index.set(readDocument(uriOf(i), text, { kind: 'retrospective' })));
    let seen = index.actions().length;
    const middle = Math.floor(texts.length / 2);
    for (const text of [`${texts[middle] ?? ''}\n- [ ] One more`, texts[middle] ?? '']) {
      index.set(readDocument(uriOf(middle), text, { kind: 'retrospective' }));
      seen += index.actions().length;
    }
    texts.forEach((_, i) => index.delete(uriOf(i)));
    return seen + index.actions().length;
  }
  const cases: [string, (n: number) => string[]][] = [
    ['one text n times in one document', (n) => ['- [ ] Same @ana\n'.repeat(n / 16)]],
    ['n different texts in one document', (n) => [Array.from({ length: n / 16 }, (_, i) => `- [ ] Item ${i}`).join('\n')]],
    ['one action carried through n documents', (n) => Array.from({ length: n / 40 }, (_, i) => `- [ ] Carried on @bo (carried ${i}×)`)],
  ];
  for (const [name, docs] of cases) {
    it(name, function () {
      this.timeout(60_000); // three attempts of seven rounds at two sizes
      assertScalesLinearly({ name: `ActionIndex: ${name}`, generate: (n) => docs(n).join('\f'), run: (all) => churn(all.split('\f')), n: 16_000 });
    });
  }

  it('a document the index handed out, set again (its items are built each time they are read)', function () {
    this.timeout(60_000);
    const uri = `${ROOT}/retrospectives/2026-11-01-r.md`;
    assertScalesLinearly({
      name: 'ActionIndex: set(index.document(uri))',
      generate: (n) => Array.from({ length: n / 16 }, (_, i) => `- [ ] Item ${i}`).join('\n'),
      run: (text) => {
        const index = new ActionIndex(() => TODAY);
        index.set(readDocument(uri, text, { kind: 'retrospective' }));
        const handedOut = index.document(uri);
        if (handedOut) index.set(handedOut);
        return index.actions().length;
      },
      n: 16_000,
    });
  });
});

/** A small memory: retros A..D and a postmortem, whose items carry, copy and close a few texts. */
const PATHS = ['retrospectives/2026-10-01-a.md', 'retrospectives/2026-10-08-b.md', 'retrospectives/2026-10-15-c.md', 'retrospectives/2026-10-22-d.md', 'postmortems/2026-10-05-p.md'];
const LINES = [
  '- [ ] Fix CI @ana due:2026-10-20',
  '- [x] Fix CI @ana',
  '- [ ] fix  ci @bo (carried 1×)',
  '- [x] Fix CI done:2026-10-12 (carried 2×) — from [a](2026-10-01-a.md)',
  '- [ ] Fix CI (carried 1×) — from [p](../postmortems/2026-10-05-p.md)',
  '- [ ] Pair more due:2026-11-30',
  '- [x] ~~Pair more~~ dropped:2026-10-09 — no time',
  '- [ ] Pair more (carried 3×)',
  'ACTION: Write the runbook @cy',
  '- [ ] Write the runbook (carried 1×) — from [b](2026-10-08-b.md)',
];

const edit = fc.record({
  doc: fc.nat({ max: PATHS.length - 1 }),
  lines: fc.array(fc.constantFrom(...LINES), { maxLength: 3 }),
  remove: fc.boolean(),
  look: fc.boolean(),
  // A date in front matter moves the document in the date order (else its file name's date).
  date: fc.option(fc.constantFrom('2026-09-30', '2026-10-12', '2026-10-30'), { nil: undefined }),
});

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;
// A copy without a link belongs to the retrospective before it: a retro put in (or taken out)
// between the closed origin and the copy (or moved by its date) relinks the copy, though it holds
// no item of that text.
const ORIGIN_CLOSED: Edit = { doc: 0, lines: ['- [x] Fix CI @ana'], remove: false, look: false, date: undefined };
const COPY: Edit = { doc: 2, lines: ['- [ ] fix  ci @bo (carried 1×)'], remove: false, look: true, date: undefined };
const BETWEEN: Edit = { doc: 1, lines: ['- [ ] Pair more due:2026-11-30'], remove: false, look: false, date: undefined };
const ORDER_CHANGED_BY_A_NEW_RETRO: Edit[] = [ORIGIN_CLOSED, COPY, BETWEEN];
const ORDER_CHANGED_BY_A_DELETED_RETRO: Edit[] = [ORIGIN_CLOSED, BETWEEN, COPY, { ...BETWEEN, remove: true }];
const ORDER_CHANGED_BY_A_NEW_DATE: Edit[] = [ORIGIN_CLOSED, BETWEEN, COPY, { ...BETWEEN, date: '2026-10-30' }];

describe('memory: an index kept current edit by edit', () => {
  it('says what an index built afresh from the same documents says', function () {
    this.timeout(30_000); // a hundred memories of up to 25 edits, each read by the four forms' readers
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 25 }), (edits) => {
      const index = new ActionIndex(() => TODAY);
      const now = new Map<string, string>();
      const seen: { list: readonly ActionRecord[]; summary: string[] }[] = [];
      for (const e of edits) {
        const path = PATHS[e.doc] as string;
        const kind = path.startsWith('postmortems') ? 'postmortem' : 'retrospective';
        if (e.remove) {
          index.delete(`${ROOT}/${path}`);
          now.delete(path);
        } else {
          const text = [...(e.date === undefined ? [] : ['---', `date: ${e.date}`, '---']), ...e.lines].join('\n');
          index.set(read(path, text, kind));
          now.set(path, text);
        }
        if (e.look) {
          const list = index.actions();
          seen.push({ list, summary: summary(list) });
        }
      }
      const fresh = new ActionIndex(() => TODAY);
      for (const [path, text] of now) fresh.set(read(path, text, path.startsWith('postmortems') ? 'postmortem' : 'retrospective'));
      assert.deepEqual(summary(index.actions()), summary(fresh.actions()));
      assert.equal(index.documents().length, now.size);
      for (const s of seen) assert.deepEqual(summary(s.list), s.summary, 'a list handed out stays as it was');
    }), { numRuns: 100, examples: [[ORDER_CHANGED_BY_A_NEW_RETRO], [ORDER_CHANGED_BY_A_DELETED_RETRO], [ORDER_CHANGED_BY_A_NEW_DATE]] });
  });
});
