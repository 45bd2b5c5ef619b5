// The host side of a webview's messages, shared by both panels: a page cannot hear a message
// before its script says `ready`, and a hidden page (no retainContextWhenHidden) is torn down and
// loads again, so messages wait here until the page listens. Knows no `vscode`: the panel passes
// its post in.

/** Messages to one webview page, in order, never lost to a reload: only the latest of each type waits. */
export class ReadyQueue<M extends { readonly type: string }> {
  /** The page said `ready` since it last (re)loaded. */
  private ready = false;
  /** At most one message per type: only the latest focus, notice or answer matters. */
  private readonly pending = new Map<M['type'], M>();

  /**
   * @param post delivers to the page; resolves to false when it was not delivered (no page, or it hid meanwhile).
   * @param onError shows a failed post to the user (never swallowed).
   */
  constructor(private readonly post: (message: M) => PromiseLike<boolean>, private readonly onError: (error: unknown) => void) {}

  /** The page (re)loads or hid: wait for its next `ready`. `dropQueued` forgets what waited for an old page. */
  notReady(dropQueued = false): void {
    this.ready = false;
    if (dropQueued) this.pending.clear();
  }

  /** Takes the page's `ready` and sends what waited; true when `message` was it (nothing else to do). */
  tookReady(message: { readonly type: string }): boolean {
    if (message.type !== 'ready') return false;
    this.ready = true;
    const queued = [...this.pending.values()];
    this.pending.clear();
    for (const m of queued) this.send(m);
    return true;
  }

  /** Sends now when the page listens, else keeps the message for its `ready`. */
  send(message: M): void {
    if (!this.ready) {
      this.pending.set(message.type, message);
      return;
    }
    void this.post(message).then((delivered) => {
      // A page hidden meanwhile drops the message: keep it for the next `ready`, unless a newer one waits.
      if (!delivered && !this.pending.has(message.type)) this.pending.set(message.type, message);
    }, this.onError);
  }
}
