// The comparison panel's message handling, driven through its host seam: each message the
// webview can send, and the messages the extension queues until the page is ready.
import * as assert from 'node:assert/strict';
import comparison from '../../src/content/comparison.json';
import { parseComparison, type Comparison } from '../../src/core/concepts/comparison';
import { toMarkdownTable } from '../../src/core/concepts/markdownTable';
import { PanelController, type PanelHost } from '../../src/features/comparison/controller';
import type { ToWebview } from '../../src/protocol/comparison';

type Call = readonly [string, ...unknown[]];

/** A host that records every call; `delivered` decides what a post resolves to. */
function fakeHost(options: { delivered?: boolean; fail?: string } = {}): PanelHost & { calls: Call[]; posted: ToWebview[] } {
  const calls: Call[] = [];
  const posted: ToWebview[] = [];
  const act = (name: string, ...args: unknown[]): Promise<void> => {
    calls.push([name, ...args]);
    return options.fail === name ? Promise.reject(new Error(`${name} failed`)) : Promise.resolve();
  };
  return {
    calls,
    posted,
    post: (message) => {
      posted.push(message);
      return Promise.resolve(options.delivered ?? true);
    },
    startRetrospective: (templateId) => act('startRetrospective', templateId),
    insertTable: (shown) => act('insertTable', shown.rows.map((row) => row.id)),
    copyMarkdown: (markdown) => act('copyMarkdown', markdown),
    showError: (error) => {
      calls.push(['showError', error instanceof Error ? error.message : String(error)]);
    },
  };
}

/** Lets the controller's post callbacks run. */
async function settle(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
}

describe('comparison panel controller (through its host seam)', () => {
  const parsed = parseComparison(comparison);
  assert.ok(parsed.model, parsed.problems.join('; '));
  const model: Comparison = parsed.model;

  it('"New …" (startRetro) starts New Retrospective with the template of the side clicked', async () => {
    for (const side of ['ol', 'lo'] as const) {
      const host = fakeHost();
      await new PanelController(model, host).receive({ type: 'startRetro', side });
      assert.deepEqual(host.calls, [['startRetrospective', model.sides[side].template]]);
    }
    assert.notEqual(model.sides.ol.template, model.sides.lo.template);
  });

  it('"Insert as Markdown table" (insertTable) asks the host to insert', async () => {
    const host = fakeHost();
    await new PanelController(model, host).receive({ type: 'insertTable' });
    assert.deepEqual(host.calls, [['insertTable', model.rows.map((row) => row.id)]]);
  });

  it('Copy and Insert take only the rows a filter left, in the comparison\'s order', async () => {
    const host = fakeHost();
    const controller = new PanelController(model, host);
    await controller.receive({ type: 'copyMarkdown', rows: ['manager', 'culture', 'no-such-row'] });
    await controller.receive({ type: 'insertTable', rows: ['manager'] });
    const filtered = { ...model, rows: model.rows.filter((row) => row.id === 'culture' || row.id === 'manager') };
    assert.deepEqual(host.calls, [['copyMarkdown', toMarkdownTable(filtered)], ['insertTable', ['manager']]]);
    assert.doesNotMatch(String(host.calls[0]?.[1]), /\| Definition \|/);
  });

  it('"Copy as Markdown" (copyMarkdown) copies the whole comparison table', async () => {
    const host = fakeHost();
    await new PanelController(model, host).receive({ type: 'copyMarkdown' });
    assert.deepEqual(host.calls, [['copyMarkdown', toMarkdownTable(model)]]);
  });

  it('holds focus and notice messages until the page is ready, then sends the latest of each', async () => {
    const host = fakeHost();
    const controller = new PanelController(model, host);
    controller.loading(true);
    controller.send({ type: 'focusRow', rowId: 'focus' });
    controller.send({ type: 'notice', text: 'first' });
    controller.send({ type: 'focusRow', rowId: 'nature' });
    controller.send({ type: 'notice', text: '' });
    assert.deepEqual(host.posted, [], 'nothing goes out before ready');
    await controller.receive({ type: 'ready' });
    assert.deepEqual(host.posted, [{ type: 'focusRow', rowId: 'nature' }, { type: 'notice', text: '' }]);
    controller.send({ type: 'focusRow', rowId: 'focus' });
    assert.deepEqual(host.posted.at(-1), { type: 'focusRow', rowId: 'focus' }, 'a ready page gets messages at once');
  });

  it('queues again while the page is hidden, and keeps a message the hidden page dropped', async () => {
    const host = fakeHost({ delivered: false });
    const controller = new PanelController(model, host);
    await controller.receive({ type: 'ready' });
    controller.send({ type: 'focusRow', rowId: 'focus' });
    await settle();
    controller.hidden();
    controller.send({ type: 'notice', text: 'later' });
    assert.equal(host.posted.length, 1);
    await controller.receive({ type: 'ready' });
    assert.deepEqual(host.posted.slice(1), [{ type: 'focusRow', rowId: 'focus' }, { type: 'notice', text: 'later' }]);
  });

  it('a new panel drops what was queued for the old one; a re-render of the same panel keeps it', async () => {
    const host = fakeHost();
    const controller = new PanelController(model, host);
    controller.send({ type: 'notice', text: 'old panel' });
    controller.loading(true);
    controller.send({ type: 'focusRow', rowId: 'focus' });
    controller.loading(false);
    await controller.receive({ type: 'ready' });
    assert.deepEqual(host.posted, [{ type: 'focusRow', rowId: 'focus' }]);
  });

  it('ignores anything that is not exactly one of its messages', async () => {
    const host = fakeHost();
    const controller = new PanelController(model, host);
    for (const raw of [undefined, null, 'ready', 42, [], {}, { type: 'startRetro' }, { type: 'startRetro', side: 'both' }, { type: 'insertTable ' }, { type: 'focusRow', rowId: 'focus' }]) {
      await controller.receive(raw);
    }
    assert.deepEqual(host.calls, []);
    controller.send({ type: 'notice', text: 'still waiting' });
    assert.deepEqual(host.posted, [], 'a malformed "ready" did not mark the page ready');
  });

  it('shows a failed action to the user instead of swallowing it', async () => {
    const host = fakeHost({ fail: 'copyMarkdown' });
    await new PanelController(model, host).receive({ type: 'copyMarkdown' });
    assert.deepEqual(host.calls.at(-1), ['showError', 'copyMarkdown failed']);
  });
});
