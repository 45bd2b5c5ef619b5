// The complexity guarantee as a test: a scanner must take about 4× the time on an input 4× as
// long (linear, or n·log n), never 16× (quadratic). Times are compared as a ratio inside one
// run, never against an absolute budget, so a slow or busy machine does not fail it.
import assert from 'node:assert/strict';

/** Ratio past which growth is taken as super-linear: 4× the input may cost up to 8× the time. */
export const MAX_GROWTH = 8;
const FACTOR = 4;
const ROUNDS = 7;
const ATTEMPTS = 3;
/** Repeat a run until it takes at least this long, so timer resolution does not decide. */
const MIN_SAMPLE_MS = 5;

export interface ScalingCase {
  /** What is generated, for the failure message. */
  readonly name: string;
  /** An adversarial input of about `n` characters (repetitions of one token the grammar knows). */
  readonly generate: (n: number) => string;
  /** The scanner under test. */
  readonly run: (input: string) => unknown;
  /** The smaller size; the larger is 4×. */
  readonly n?: number;
}

/** Milliseconds of CPU used by this process: unlike the wall clock, not inflated when a busy machine preempts us. */
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function timeOf(run: (input: string) => unknown, input: string, repeat: number): number {
  const start = cpuNow();
  for (let i = 0; i < repeat; i++) run(input);
  return (cpuNow() - start) / repeat;
}

/**
 * The fastest of several rounds for each size, measured small and large interleaved: noise on a
 * busy machine (other jobs, GC) only ever adds time, so the minimum is the truest figure.
 */
export function growthRatio(c: ScalingCase): number {
  const n = c.n ?? 4000;
  const small = c.generate(n);
  const large = c.generate(n * FACTOR);
  c.run(small); // warm up the JIT on the small input
  let repeat = 1;
  while (repeat < 1 << 16 && timeOf(c.run, small, repeat) * repeat < MIN_SAMPLE_MS) repeat *= 2;
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  for (let r = 0; r < ROUNDS; r++) {
    bestSmall = Math.min(bestSmall, timeOf(c.run, small, repeat));
    bestLarge = Math.min(bestLarge, timeOf(c.run, large, Math.max(1, Math.floor(repeat / FACTOR))));
  }
  return bestLarge / Math.max(bestSmall, 1e-6);
}

/**
 * Fails when 4× the input costs more than MAX_GROWTH× the time. A quadratic scanner is ~16× on
 * every attempt, a busy machine only on some: a failing ratio is measured again, up to
 * ATTEMPTS times, and only a ratio past the bound every time fails.
 */
export function assertScalesLinearly(c: ScalingCase): void {
  const ratios: number[] = [];
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const ratio = growthRatio(c);
    if (ratio <= MAX_GROWTH) return;
    ratios.push(ratio);
  }
  assert.fail(`${c.name}: ${FACTOR}× the input took ${ratios.map((r) => `${r.toFixed(1)}×`).join(', ')} the time in ${ATTEMPTS} attempts (bound ${MAX_GROWTH}×)`);
}
