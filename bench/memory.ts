// Benchmark of the team's memory (issue 9's speed targets), side by side in one run, on a
// generated memory of 10,000 documents (~35 MB, ~30,000 items, carried chains up to 8):
// - full index vs only reading the same files in the same loop (a pool of 8 reads);
// - one edited document's update: median at 100 vs 10,000 documents;
// - the Open Actions view's children (grouping) for 5,000 open actions;
// - heap kept by the index vs the text's size;
// - activation: activate() with the 10,000 documents vs an empty workspace (bench/activation).
// Run: node --expose-gc --import=tsx bench/index.ts memory
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ActionIndex } from '../src/core/memory/actionIndex';
import { readDocument } from '../src/core/memory/document';
import { groupActions, GROUPINGS } from '../src/core/memory/grouping';
import type { ActionRecord } from '../src/core/memory/model';
import { generateMemory, type GeneratedDoc } from './support/memoryCorpus';
import { measureActivation } from './support/activation';

const DOCUMENTS = 10_000;
const SMALL = 100;
const READ_CONCURRENCY = 8;
const UPDATES = 201;
const VIEW_ACTIONS = 5_000;
const VIEW_RUNS = 21;
const INDEX_RUNS = 3;
const TODAY = '2030-01-01';
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Runs `work` on every path with at most READ_CONCURRENCY in flight, as the memory service does. */
async function pool(paths: readonly string[], work: (path: string) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, async () => {
    while (next < paths.length) await work(paths[next++] as string);
  }));
}

function uriOf(root: string, doc: GeneratedDoc): string {
  return `file://${root}/${doc.path}`;
}

function indexOf(docs: readonly GeneratedDoc[], root: string): ActionIndex {
  const index = new ActionIndex(() => TODAY);
  for (const doc of docs) index.set(readDocument(uriOf(root, doc), doc.text, { kind: doc.kind }));
  return index;
}

/**
 * Median times of one edited document's re-read, update and relink of its keys (and of the
 * actions() the view asks for after it: the whole list of every action, patched where the relink
 * changed it), in an index of each of `sizes` documents. The same document is edited in each (the middle one of the
 * smallest), and the indexes take turns edit by edit, so machine noise hits every size alike.
 */
function updateMedians(docs: readonly GeneratedDoc[], root: string, sizes: readonly number[]): { update: number; withActions: number }[] {
  const target = docs[Math.floor(Math.min(...sizes) / 2)] as GeneratedDoc;
  const uri = uriOf(root, target);
  const edited = [target.text.replace('- [ ]', '- [x]'), target.text];
  if (edited[0] === edited[1]) edited[0] = `${target.text}\n- [ ] One more action @ana due:2029-12-01\n`;
  const runs = sizes.map((size) => {
    const index = indexOf(docs.slice(0, size), root);
    index.actions();
    return { index, update: [] as number[], withActions: [] as number[] };
  });
  for (let i = 0; i < UPDATES; i++) {
    const text = edited[i % 2] as string;
    for (const run of runs) {
      const start = performance.now();
      run.index.set(readDocument(uri, text, { kind: target.kind }));
      run.index.link();
      const updated = performance.now();
      run.index.actions();
      run.withActions.push(performance.now() - start);
      run.update.push(updated - start);
    }
  }
  return runs.map((run) => ({ update: median(run.update), withActions: median(run.withActions) }));
}

function openActions(count: number): ActionRecord[] {
  const owners = ['ana', 'bo', 'cy', 'dana', 'eli', 'fay', 'gus', undefined];
  return Array.from({ length: count }, (_, i): ActionRecord => {
    const owner = owners[i % owners.length];
    const due = `2029-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const raised = { uri: `file:///w/docs/retrospectives/2029-01-${String(1 + (i % 28)).padStart(2, '0')}-r${i % 400}.md`, line: i % 50, date: '2029-01-01' };
    return { text: `Action ${i}`, ...(owner ? { owner } : {}), due, status: 'open', overdue: due < TODAY, raised, latest: raised, carried: i % 8, kind: 'retrospective', form: 'task' };
  });
}

export async function run(): Promise<void> {
  const docs = generateMemory(DOCUMENTS);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const root = mkdtempSync(join(tmpdir(), 'll-memory-bench-'));
  try {
    // The workspace folder: the documents under docs/, where the kind folders are by default.
    for (const doc of docs) {
      mkdirSync(dirname(join(root, 'docs', doc.path)), { recursive: true });
      writeFileSync(join(root, 'docs', doc.path), doc.text);
    }
    const paths = docs.map((d) => join(root, 'docs', d.path));
    const kinds = new Map(docs.map((d) => [join(root, 'docs', d.path), d.kind]));
    const decoder = new TextDecoder();
    let items = 0;
    let actions = 0;
    // Full index vs read-only, interleaved so machine noise hits both.
    const readTimes: number[] = [];
    const indexTimes: number[] = [];
    for (let r = 0; r < INDEX_RUNS; r++) {
      let start = performance.now();
      let chars = 0;
      await pool(paths, async (path) => { chars += decoder.decode(await readFile(path)).length; });
      readTimes.push(performance.now() - start);
      if (chars === 0) throw new Error('read nothing');
      gc();
      start = performance.now();
      const index = new ActionIndex(() => TODAY);
      await pool(paths, async (path) => {
        const text = decoder.decode(await readFile(path));
        index.set(readDocument(`file://${path}`, text, { kind: kinds.get(path) ?? 'retrospective' }));
      });
      actions = index.actions().length;
      indexTimes.push(performance.now() - start);
      items = index.documents().reduce((n, d) => n + d.items.length, 0);
      gc();
    }
    const read = median(readTimes);
    const full = median(indexTimes);
    console.log(`memory: ${docs.length} documents, ${(bytes / 1e6).toFixed(1)} MB, ${items} items → ${actions} actions`);
    console.log(`full index ${full.toFixed(0)} ms vs read only ${read.toFixed(0)} ms (same files, same pool of ${READ_CONCURRENCY}): ${(full / read).toFixed(2)}× (target ≤ 2×)`);

    // Heap kept by the index: built from texts read from the files as the service reads them, each
    // dropped after its document is read (a slice kept by the index would keep its whole text).
    gc();
    const before = process.memoryUsage().heapUsed;
    let kept: ActionIndex | undefined = new ActionIndex(() => TODAY);
    for (const path of paths) kept.set(readDocument(`file://${path}`, decoder.decode(readFileSync(path)), { kind: kinds.get(path) ?? 'retrospective' }));
    kept.actions();
    gc();
    const heap = process.memoryUsage().heapUsed - before;
    console.log(`heap kept by the index ${(heap / 1e6).toFixed(1)} MB for ${(bytes / 1e6).toFixed(1)} MB of text: ${((heap / bytes) * 100).toFixed(1)}% (target ≤ 25%)`);
    kept = undefined;
    gc();

    const [small, large] = updateMedians(docs, root, [SMALL, DOCUMENTS]) as [{ update: number; withActions: number }, { update: number; withActions: number }];
    console.log(`one-document update (the same document, edits taking turns), median of ${UPDATES}: ${small.update.toFixed(3)} ms at ${SMALL} docs, ${large.update.toFixed(3)} ms at ${DOCUMENTS}: ${(large.update / small.update).toFixed(2)}× (targets ≤ 2 ms, ≤ 1.5×)`);
    console.log(`  with the actions() the view reads after it: ${small.withActions.toFixed(3)} ms at ${SMALL}, ${large.withActions.toFixed(3)} ms at ${DOCUMENTS}: ${(large.withActions / small.withActions).toFixed(2)}×`);

    const open = openActions(VIEW_ACTIONS);
    for (const grouping of GROUPINGS) {
      const times: number[] = [];
      for (let i = 0; i < VIEW_RUNS; i++) {
        const start = performance.now();
        const groups = groupActions(open, grouping, { today: TODAY });
        times.push(performance.now() - start);
        if (groups.reduce((n, g) => n + g.actions.length, 0) !== VIEW_ACTIONS) throw new Error('lost rows');
      }
      console.log(`view children for ${VIEW_ACTIONS} open actions, grouped by ${grouping}: median ${median(times).toFixed(2)} ms (target ≤ 20 ms)`);
    }
    await measureActivation(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
