// The host side of both webview panels: messages wait for the page's `ready`, only the latest of
// each type, and one the page did not take (it hid meanwhile) waits for the next `ready`.
import * as assert from 'node:assert/strict';
import { ReadyQueue } from '../../src/features/readyQueue';

type Message = { readonly type: 'focus'; readonly row: string } | { readonly type: 'notice'; readonly text: string };

/** Every post's promise, so a test can wait for exactly those to settle (no timer). */
const deliveries: Promise<boolean>[] = [];

/** A queue whose posts are recorded; `delivered` decides what each post resolves to. */
function queue(delivered: () => boolean = () => true): { q: ReadyQueue<Message>; posted: Message[]; errors: unknown[] } {
  const posted: Message[] = [];
  const errors: unknown[] = [];
  const q = new ReadyQueue<Message>((m) => {
    posted.push(m);
    return track(Promise.resolve(delivered()));
  }, (e) => errors.push(e));
  return { q, posted, errors };
}

function track(delivery: Promise<boolean>): Promise<boolean> {
  deliveries.push(delivery);
  return delivery;
}

/**
 * Waits until every post so far has settled. The queue subscribed to each before this did, so its
 * callbacks have run by the time this returns.
 */
async function settle(): Promise<void> {
  await Promise.allSettled(deliveries.splice(0));
}

describe('ReadyQueue (features/readyQueue.ts)', () => {
  it('holds messages until `ready`, then sends the latest of each type', () => {
    const { q, posted } = queue();
    q.send({ type: 'focus', row: 'a' });
    q.send({ type: 'notice', text: 'n' });
    q.send({ type: 'focus', row: 'b' });
    assert.deepEqual(posted, []);
    assert.equal(q.tookReady({ type: 'notice' }), false);
    assert.equal(q.tookReady({ type: 'ready' }), true);
    assert.deepEqual(posted, [{ type: 'focus', row: 'b' }, { type: 'notice', text: 'n' }]);
    q.send({ type: 'notice', text: 'now' });
    assert.deepEqual(posted.at(-1), { type: 'notice', text: 'now' });
  });

  it('keeps a message the page did not take for its next `ready`', async () => {
    let takes = false;
    const { q, posted } = queue(() => takes);
    q.tookReady({ type: 'ready' });
    q.send({ type: 'focus', row: 'a' });
    await settle();
    q.notReady();
    takes = true;
    q.tookReady({ type: 'ready' });
    assert.deepEqual(posted, [{ type: 'focus', row: 'a' }, { type: 'focus', row: 'a' }]);
  });

  it('forgets what waited for an old page when told to, and reports a failed post', async () => {
    const { q, posted } = queue();
    q.send({ type: 'focus', row: 'old' });
    q.notReady(true);
    q.tookReady({ type: 'ready' });
    assert.deepEqual(posted, []);

    const errors: unknown[] = [];
    const failing = new ReadyQueue<Message>(() => track(Promise.reject(new Error('gone'))), (e) => errors.push(e));
    failing.tookReady({ type: 'ready' });
    failing.send({ type: 'notice', text: 'x' });
    await settle();
    assert.deepEqual(errors.map((e) => (e instanceof Error ? e.message : e)), ['gone']);
  });
});
