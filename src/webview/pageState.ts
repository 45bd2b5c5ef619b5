// What both panel scripts share: VS Code's API for the page (acquired once, as it must be), the
// page's state kept across hide/show and window reloads (getState/setState), and the scroll
// position saved at most once a frame.

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** A change to the state: a key given as undefined is removed. */
export type StatePatch<S> = { [K in keyof S]?: S[K] | undefined };

/** A page's link to the extension: its messages out and its own state kept by VS Code. */
export interface PageLink<Out, S> {
  /** The state VS Code kept from before, as `read` understood it; undefined on a fresh page. */
  readonly saved: S | undefined;
  /** The state as last saved. */
  readonly state: () => S;
  /** Merges `patch` into the state and keeps it. */
  readonly save: (patch: StatePatch<S>) => void;
  readonly post: (message: Out) => void;
}

/** Connects the page: `read` validates what VS Code kept (untrusted), `fresh` is used without it. */
export function connectPage<Out, S extends object>(read: (kept: unknown) => S | undefined, fresh: S): PageLink<Out, S> {
  const api = acquireVsCodeApi();
  const saved = read(api.getState());
  let current: S = saved ?? fresh;
  return {
    saved,
    state: () => current,
    save: (patch) => {
      // Keys set to undefined go, so an optional field is absent rather than undefined.
      const next = Object.fromEntries(Object.entries({ ...current, ...patch }).filter(([, value]) => value !== undefined));
      current = next as S;
      api.setState(current);
    },
    post: (message) => api.postMessage(message),
  };
}

/** Saves `window.scrollY` into the page's state, at most once an animation frame. */
export function keepScrollPosition(save: (patch: { readonly scrollY: number }) => void): void {
  let scheduled = false;
  window.addEventListener('scroll', () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      save({ scrollY: Math.round(window.scrollY) });
    });
  }, { passive: true });
}
