// `node:assert/strict` for the web worker tier: the integration suite imports it, but a web
// worker has no Node built-ins, so the browser bundle aliases it to this file. Strict semantics
// only (Object.is, deep equality that compares prototypes), as in Node's strict mode.

/** Thrown by every failed check, like Node's. */
export class AssertionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssertionError';
  }
}

type Message = string | Error | undefined;

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    return JSON.stringify(value, (_k, v: unknown) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : v)) ?? String(value);
  } catch {
    return String(value);
  }
}

function failWith(message: Message, fallback: string): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? fallback);
}

function isDeepEqual(a: unknown, b: unknown, seen = new Map<object, object>()): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (seen.get(a) === b) return true; // a cycle already being compared
  seen.set(a, b);
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  if (a instanceof RegExp) return b instanceof RegExp && String(a) === String(b);
  if (a instanceof Map) {
    const other = b as Map<unknown, unknown>;
    return a.size === other.size && [...a].every(([k, v]) => other.has(k) && isDeepEqual(v, other.get(k), seen));
  }
  if (a instanceof Set) {
    const other = b as Set<unknown>;
    return a.size === other.size && [...a].every((v) => other.has(v));
  }
  if (ArrayBuffer.isView(a)) {
    const x = a as unknown as ArrayLike<unknown>;
    const y = b as unknown as ArrayLike<unknown>;
    return x.length === y.length && Array.from(x).every((v, i) => Object.is(v, y[i]));
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) => Object.prototype.hasOwnProperty.call(b, k)
    && isDeepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], seen));
}

/** Fails unless `value` is truthy. */
export function ok(value: unknown, message?: Message): asserts value {
  if (!value) failWith(message, `expected a truthy value, got ${show(value)}`);
}

/** Fails unless `actual` and `expected` are the same value (Object.is). */
export function equal<T>(actual: unknown, expected: T, message?: Message): asserts actual is T {
  if (!Object.is(actual, expected)) failWith(message, `expected ${show(expected)}, got ${show(actual)}`);
}

/** Fails when `actual` and `expected` are the same value. */
export function notEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (Object.is(actual, expected)) failWith(message, `expected anything but ${show(expected)}`);
}

/** Fails unless both are deeply equal (same prototypes, same own keys, same values). */
export function deepEqual<T>(actual: unknown, expected: T, message?: Message): asserts actual is T {
  if (!isDeepEqual(actual, expected)) failWith(message, `not deeply equal:\n  actual:   ${show(actual)}\n  expected: ${show(expected)}`);
}

/** Fails when both are deeply equal. */
export function notDeepEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (isDeepEqual(actual, expected)) failWith(message, `expected a difference from ${show(expected)}`);
}

/** Fails unless the string matches. */
export function match(value: string, pattern: RegExp, message?: Message): void {
  if (typeof value !== 'string' || !pattern.test(value)) failWith(message, `${show(value)} does not match ${String(pattern)}`);
}

/** Fails when the string matches. */
export function doesNotMatch(value: string, pattern: RegExp, message?: Message): void {
  if (typeof value !== 'string' || pattern.test(value)) failWith(message, `${show(value)} matches ${String(pattern)}`);
}

/** Always fails. */
export function fail(message?: Message): never {
  return failWith(message, 'Failed');
}

function checkError(error: unknown, expected: RegExp | (new (...args: never[]) => unknown) | undefined, message?: Message): void {
  if (expected === undefined) return;
  if (expected instanceof RegExp) {
    if (!expected.test(error instanceof Error ? error.message : String(error))) failWith(message, `the error ${show(String(error))} does not match ${String(expected)}`);
  } else if (!(error instanceof expected)) {
    failWith(message, `the error is not a ${expected.name}: ${String(error)}`);
  }
}

/** Fails unless `run` throws (an error matching `expected`, when given). */
export function throws(run: () => unknown, expected?: RegExp | (new (...args: never[]) => unknown), message?: Message): void {
  try {
    run();
  } catch (error) {
    checkError(error, expected, message);
    return;
  }
  failWith(message, 'expected the function to throw');
}

/** Fails unless the promise (or the promise `run` returns) rejects. */
export async function rejects(run: Promise<unknown> | (() => Promise<unknown>), expected?: RegExp | (new (...args: never[]) => unknown), message?: Message): Promise<void> {
  try {
    await (typeof run === 'function' ? run() : run);
  } catch (error) {
    checkError(error, expected, message);
    return;
  }
  failWith(message, 'expected the promise to reject');
}

export const strictEqual = equal;
export const notStrictEqual = notEqual;
export const deepStrictEqual = deepEqual;
export const notDeepStrictEqual = notDeepEqual;
export default ok;
