// The memory bench's generated corpus holds what it claims: all four forms of action item, each
// read with its owner and due date, closed ones in each form's own words, nothing else read as an
// action (timeline tables, "What went well" bullets), and carried chains linked to their origin.
import * as assert from 'node:assert/strict';
import { generateMemory } from '../../bench/support/memoryCorpus';
import { ActionIndex } from '../../src/core/memory/actionIndex';
import { readDocument } from '../../src/core/memory/document';

const DOCUMENTS = 400;
const ORIGIN = /^Action (\d+)\.[01]: [a-z -]+$/;

describe('bench: the generated memory mixes the four forms', () => {
  const docs = generateMemory(DOCUMENTS);
  const read = docs.map((d) => readDocument(`file:///w/docs/${d.path}`, d.text, { kind: d.kind }));

  it('reads every raised item once, in every form and state, with its owner and due date', () => {
    const seen = new Set<string>();
    for (const [n, doc] of read.entries()) {
      assert.deepEqual(doc.problems, [], docs[n]?.path);
      for (const item of doc.items) {
        assert.match(item.text, ORIGIN, `${docs[n]?.path}:${item.line}`);
        if (item.carried > 0) continue;
        seen.add(`${item.form} ${item.status}`);
        // A dropped task line is struck by the drop edit's own words, owner and due left out.
        if (item.form === 'task' && item.status === 'dropped') continue;
        assert.ok(item.owner !== undefined && item.due !== undefined, `${docs[n]?.path}:${item.line} ${item.text}`);
      }
    }
    for (const form of ['task', 'heading', 'marker', 'table']) {
      for (const status of ['open', 'done', 'dropped']) assert.ok(seen.has(`${form} ${status}`), `${form} ${status}`);
    }
    const raised = docs.reduce((n, d) => n + [...d.text.matchAll(/Action \d+\.[01]:/g)].length, 0);
    assert.equal(read.reduce((n, d) => n + d.items.length, 0), raised);
  });

  it('links each carried copy to the action raised in its origin document', () => {
    const index = new ActionIndex(() => '2030-01-01');
    for (const doc of read) index.set(doc);
    const actions = index.actions();
    const origins = new Set(docs.flatMap((d) => [...d.text.matchAll(/Action (\d+\.[01]):/g)].map((m) => m[1])));
    assert.equal(actions.length, origins.size);
    const carried = actions.filter((a) => a.carried > 0);
    assert.ok(carried.length > actions.length / 3, `${carried.length} of ${actions.length} carried`);
    for (const action of carried) {
      const raisedIn = ORIGIN.exec(action.text)?.[1];
      assert.ok(action.raised.uri.endsWith(`-${raisedIn}.md`), `${action.text} raised in ${action.raised.uri}`);
    }
  });
});
