// Benchmark of the one Markdown reader on hostile lines (issue 11): a hover on each of the four
// 16 KB lines that were quadratic, next to a plain line of the same length (ratio in one run),
// and a 5 MB single-line document: its first hover and the hovers after it (cached per version).
// Run: node --expose-gc --import=tsx bench/index.ts markdown
import { performance } from 'node:perf_hooks';
import { TermMatcher } from '../src/core/glossary/matcher';
import { MarkdownBlockIndex, termAtPosition } from '../src/core/markdown';

const K16 = 16_000;
const RUNS = 15;
const FIVE_MB = 5 * 1024 * 1024;
const MATCHER = TermMatcher.build([{ term: 'double-loop learning', aliases: ['retro'], definition: 'd', see: [], origin: 'built-in' }]);

/** A first hover on a fresh index (a new document version) at the end of `line`. */
function hover(line: string): number {
  const start = performance.now();
  const index = new MarkdownBlockIndex(() => line, 1);
  termAtPosition(MATCHER, index, line, 0, line.length - 3);
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const ms = (value: number): string => `${value.toFixed(2)} ms`;

/** Prints the hostile-line and long-line hover figures. */
export async function run(): Promise<void> {
  const plain = `${'word '.repeat(K16 / 5)} retro`;
  const cases: Array<[string, string]> = [
    ['"](" × 8000', `${']('.repeat(K16 / 2)} retro`],
    ['unclosed <a> repeated', `${'<a>'.repeat(K16 / 3)} retro`],
    ['"a" × 16000 then "@"', `${'a'.repeat(K16)}@ retro`],
    ['"see http://x" then ")" × 16000', `see http://x${')'.repeat(K16)} retro`],
  ];
  console.log(`\n(a) hover on one 16 KB line (fresh index each time; median of ${RUNS}, interleaved with the plain line)`);
  console.log(`  ${'line'.padEnd(34)} ${'length'.padStart(7)} ${'hover'.padStart(10)} ${'plain line'.padStart(11)} ${'ratio'.padStart(7)}`);
  for (const [name, line] of cases) {
    hover(line);
    hover(plain);
    const hostile: number[] = [];
    const calm: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      hostile.push(hover(line));
      calm.push(hover(plain));
    }
    const a = median(hostile);
    const b = median(calm);
    console.log(`  ${name.padEnd(34)} ${String(line.length).padStart(7)} ${ms(a).padStart(10)} ${ms(b).padStart(11)} ${`${(a / b).toFixed(1)}×`.padStart(7)}`);
  }

  console.log(`\n(b) a 5 MB single-line document: the first hover of the version, then hovers after it (median of ${RUNS})`);
  for (const [name, unit] of [['prose', 'a retro and the words of a plain line '], ['code spans and links', 'a retro and `code` with [a](link) ']] as const) {
    const long = unit.repeat(Math.ceil(FIVE_MB / unit.length));
    const index = new MarkdownBlockIndex(() => long, 1);
    let start = performance.now();
    termAtPosition(MATCHER, index, long, 0, 3);
    const first = performance.now() - start;
    const again: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      start = performance.now();
      termAtPosition(MATCHER, index, long, 0, Math.floor((long.length * r) / RUNS) + 3);
      again.push(performance.now() - start);
    }
    console.log(`  ${name.padEnd(22)} ${String(long.length).padStart(8)} characters: first ${ms(first).padStart(11)}, after ${ms(median(again)).padStart(9)}`);
  }
}
