// Loading many team files at once, where one bad file must never stop the others (issue 11):
// every load runs to its end, and what threw is handed back to be reported at its file.

/** A load that threw or rejected, with what it threw. */
export interface LoadFailure<T> {
  readonly item: T;
  readonly error: unknown;
}

/** Runs `load` on every item at once and resolves (never rejects) with the loads that failed. */
export async function loadEach<T>(items: readonly T[], load: (item: T) => Promise<void> | void): Promise<LoadFailure<T>[]> {
  // `async` turns a synchronous throw (a parser's stack overflow) into a rejection as well.
  const results = await Promise.allSettled(items.map(async (item) => load(item)));
  const failures: LoadFailure<T>[] = [];
  results.forEach((result, k) => {
    if (result.status === 'rejected') failures.push({ item: items[k] as T, error: result.reason });
  });
  return failures;
}

/** The message of whatever was thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
