// Benchmark of the glossary core on synthetic but realistic Markdown:
//  (a) hovers: termAtPosition with a fresh MarkdownBlockIndex per document version, then
//      repeated hovers on random lines, 5 MB vs 10 KB documents, 1,000 terms;
//  (b) preview: rendering 1 MB with markdown-it alone, with our plugin, with markdown-it-abbr;
//  (c) building the matcher for 10,000 terms: time and heap retained;
//  (d) a hover on each of issue 11's four hostile 16 KB lines, next to a plain line of the same length.
// Run: node --expose-gc --import=tsx bench/index.ts glossary
import { performance } from 'node:perf_hooks';
import MarkdownIt from 'markdown-it';
import abbr from 'markdown-it-abbr';
import { TermMatcher } from '../src/core/glossary/matcher';
import { glossaryPlugin } from '../src/core/glossary/markdownItPlugin';
import { MarkdownBlockIndex, termAtPosition } from '../src/core/markdown';
import type { GlossaryEntry } from '../src/core/glossary/entry';
import { random } from './support/random';

const KB = 1024;
const MB = 1024 * KB;
const TERMS = 1_000;
const BUILD_TERMS = 10_000;
const WARM_HOVERS = 20_000;
const COLD_VERSIONS = 30;
const RENDER_RUNS = 15;
const BUILD_RUNS = 5;
const SEED = 20_261_114;
const PREVIEW_TARGET = 1.3;
const HOSTILE_LINE = 16 * 1024;
const HOSTILE_HOVERS = 41;
const HOVER_BUDGET_MS = 50;

const FILLER = ('the a team we our and of to in for with that this on was it as is be by from at what went well ' +
  'next time sprint release incident action item owner decided because after review goal customer feedback ' +
  'problem change result learned improve keep stop start try measure data meeting people process plan').split(' ');
const SYLLABLES = ['ka', 'zen', 'lo', 'op', 'ret', 'ro', 'mi', 'gra', 'tion', 'vel', 'dor', 'sen', 'ge', 'ar', 'gy', 'ris', 'tal', 'ent', 'sys', 'tem'];

function word(rand: () => number, syllables: number): string {
  let w = '';
  for (let k = 0; k < syllables; k++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w;
}

/** `count` distinct terms: one to three words, some hyphenated. */
export function makeTerms(count: number, seed: number): string[] {
  const rand = random(seed);
  const terms = new Set<string>();
  while (terms.size < count) {
    const words = 1 + Math.floor(rand() * rand() * 3);
    const parts = Array.from({ length: words }, () => word(rand, 2 + Math.floor(rand() * 3)));
    terms.add(words > 1 && rand() < 0.2 ? parts.join('-') : parts.join(' '));
  }
  return [...terms];
}

export function entries(terms: readonly string[]): GlossaryEntry[] {
  return terms.map((term) => ({ term, aliases: [], definition: `What "${term}" means for the team <b>&</b> why.`, see: [], origin: 'built-in' }));
}

/** Markdown of about `size` characters: headings, prose with terms, lists, links, code. */
export function makeDocument(size: number, terms: readonly string[], seed: number): string {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const sentence = (): string => {
    const words: string[] = [];
    for (let k = 0, n = 8 + Math.floor(rand() * 14); k < n; k++) {
      const r = rand();
      if (r < 0.07) words.push(rand() < 0.3 ? `${pick(terms)}s` : pick(terms));
      else if (r < 0.09) words.push(`\`${pick(FILLER)}()\``);
      else if (r < 0.1) words.push(`[${pick(terms)}](https://wiki.example/${pick(FILLER)})`);
      else words.push(pick(FILLER));
    }
    return `${words.join(' ')}.`;
  };
  const out: string[] = ['---', 'title: Retrospective', 'tags: [retro, learning]', '---', ''];
  let length = 0;
  while (length < size) {
    const r = rand();
    let block: string;
    if (r < 0.1) block = `## ${sentence()}`;
    else if (r < 0.25) block = Array.from({ length: 3 }, () => `- ${sentence()}`).join('\n');
    else if (r < 0.3) block = ['```ts', ...Array.from({ length: 6 }, () => `const x = '${pick(terms)}';`), '```'].join('\n');
    else if (r < 0.32) block = `<!--\n${sentence()}\n-->`;
    else block = Array.from({ length: 2 + Math.floor(rand() * 4) }, sentence).join('\n');
    out.push(block, '');
    length += block.length + 2;
  }
  return out.join('\n');
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 0.5);
}

const us = (ms: number): string => `${(ms * 1000).toFixed(1)} µs`;
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const times = (ratio: number): string => `${ratio.toFixed(2)}×`;

interface HoverFigures {
  readonly lines: number;
  readonly coldRandom: number;
  readonly coldLast: number;
  /** First hover on the last line after typing there (the index keeps the lines above). */
  readonly afterEdit: number;
  readonly median: number;
  readonly p99: number;
  readonly max: number;
  readonly hits: number;
}

/** Cold first hovers on fresh indexes (new document versions), then warm random hovers. */
function measureHovers(text: string, matcher: TermMatcher, seed: number): HoverFigures {
  const lines = text.split('\n');
  const lineAt = (line: number): string => lines[line] ?? '';
  const rand = random(seed);
  const hover = (index: MarkdownBlockIndex, line: number): number => {
    const lineText = lineAt(line);
    const character = Math.floor(rand() * Math.max(1, lineText.length));
    const started = performance.now();
    const match = termAtPosition(matcher, index, lineText, line, character);
    const elapsed = performance.now() - started;
    if (match !== undefined) hits++;
    return elapsed;
  };
  let hits = 0;
  const randomLine = (): number => Math.floor(rand() * lines.length);
  const coldRandom = median(Array.from({ length: COLD_VERSIONS }, () => hover(new MarkdownBlockIndex(lineAt, lines.length), randomLine())));
  const coldLast = median(Array.from({ length: COLD_VERSIONS }, () => hover(new MarkdownBlockIndex(lineAt, lines.length), lines.length - 1)));
  const index = new MarkdownBlockIndex(lineAt, lines.length);
  hover(index, randomLine()); // the version's first hover is the cold one measured above
  hover(index, lines.length - 1); // scanned to the end, as after a while of reading
  const last = lines.length - 1;
  const afterEdit = median(Array.from({ length: COLD_VERSIONS }, () => hover(MarkdownBlockIndex.afterEdit(index, last, lineAt, lines.length), last)));
  hits = 0;
  const warm = Array.from({ length: WARM_HOVERS }, () => hover(index, randomLine())).sort((a, b) => a - b);
  return { lines: lines.length, coldRandom, coldLast, afterEdit, median: percentile(warm, 0.5), p99: percentile(warm, 0.99), max: warm[warm.length - 1] ?? 0, hits };
}

function table(rows: readonly (readonly string[])[]): void {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  for (const row of rows) console.log(`  ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('   ')}`);
}

function benchHovers(matcher: TermMatcher, terms: readonly string[]): void {
  // Warm up the JIT on a separate document, so the first measured size is not penalised.
  measureHovers(makeDocument(200 * KB, terms, SEED + 9), matcher, SEED + 9);
  const small = measureHovers(makeDocument(10 * KB, terms, SEED + 1), matcher, SEED + 2);
  const large = measureHovers(makeDocument(5 * MB, terms, SEED + 3), matcher, SEED + 4);
  console.log(`\n(a) hover: termAtPosition, ${TERMS} terms; cold = first hover on a fresh index (new version), edit+hover = first hover after typing on the last line, warm = ${WARM_HOVERS} random hovers`);
  table([
    ['document', 'lines', 'cold (random line)', 'cold (last line)', 'edit+hover last line', 'warm median', 'warm p99', 'warm max', 'hits'],
    ['10 KB', String(small.lines), us(small.coldRandom), us(small.coldLast), us(small.afterEdit), us(small.median), us(small.p99), us(small.max), String(small.hits)],
    ['5 MB', String(large.lines), us(large.coldRandom), us(large.coldLast), us(large.afterEdit), us(large.median), us(large.p99), us(large.max), String(large.hits)],
    ['5 MB / 10 KB', '', times(large.coldRandom / small.coldRandom), times(large.coldLast / small.coldLast), times(large.afterEdit / small.afterEdit), times(large.median / small.median), times(large.p99 / small.p99), '', ''],
  ]);
}

/**
 * Median render times of several renderers, interleaved so machine noise hits them alike: wall
 * time, and CPU time (process.cpuUsage, all threads), which waiting for a busy machine's cores
 * does not inflate. The heap is not collected between renders: after a full collection V8
 * shrinks the heap and the next render pays to grow it again, which adds the same cost to every
 * renderer and so makes the ratios look smaller than the work is.
 */
function timeRenders(renderers: ReadonlyArray<{ md: MarkdownIt; source: string }>): Array<{ time: number; cpu: number; best: number; marked: number }> {
  const runs = renderers.map(() => [] as number[]);
  const cpu = renderers.map(() => [] as number[]);
  const marked = renderers.map(({ md, source }) => md.render(source).split('<abbr').length - 1); // also warms up
  for (let k = 0; k < RENDER_RUNS; k++) {
    renderers.forEach(({ md, source }, r) => {
      const cpuStart = process.cpuUsage();
      const started = performance.now();
      md.render(source);
      runs[r]?.push(performance.now() - started);
      const used = process.cpuUsage(cpuStart);
      cpu[r]?.push((used.user + used.system) / 1000);
    });
  }
  return renderers.map((_, r) => ({ time: median(runs[r] ?? []), cpu: median(cpu[r] ?? []), best: Math.min(...(runs[r] ?? [])), marked: marked[r] ?? 0 }));
}

function benchRender(matcher: TermMatcher, terms: readonly string[]): void {
  const doc = makeDocument(MB, terms, SEED + 5);
  const definitions = entries(terms).map((e) => `*[${e.term}]: ${e.definition}`).join('\n');
  const [plain, ours, theirs] = timeRenders([
    { md: new MarkdownIt(), source: doc },
    { md: new MarkdownIt().use(glossaryPlugin, { getMatcher: () => matcher }), source: doc },
    { md: new MarkdownIt().use(abbr), source: `${doc}\n\n${definitions}\n` },
  ]);
  if (plain === undefined || ours === undefined || theirs === undefined) return;
  console.log(`\n(b) preview: render a 1 MB document, ${TERMS} terms (${RENDER_RUNS} interleaved runs each)`);
  const row = (name: string, r: typeof plain, marked: string): string[] => [name, ms(r.time), times(r.time / plain.time), ms(r.cpu), times(r.cpu / plain.cpu), ms(r.best), times(r.best / plain.best), marked];
  table([
    ['renderer', 'median', 'vs plain', 'CPU median', 'vs plain', 'best', 'vs plain', 'terms marked'],
    row('markdown-it', plain, '0'), row('+ glossaryPlugin', ours, String(ours.marked)), row('+ markdown-it-abbr', theirs, String(theirs.marked)),
  ]);
  console.log(`  added by the glossary (median): ours ${ms(ours.time - plain.time)}, markdown-it-abbr ${ms(theirs.time - plain.time)}; ` +
    `abbr/ours ${times(theirs.time / ours.time)} overall. (abbr marks exact-case singular spellings only, so it marks fewer.)`);
  console.log(`  preview ratio to plain markdown-it (median, same run, same document; target ≤ ${times(PREVIEW_TARGET)}): ` +
    `glossaryPlugin ${times(ours.time / plain.time)} wall, ${times(ours.cpu / plain.cpu)} CPU; markdown-it-abbr ${times(theirs.time / plain.time)} wall, ${times(theirs.cpu / plain.cpu)} CPU`);
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function heapUsed(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

function benchBuild(): void {
  const many = entries(makeTerms(BUILD_TERMS, SEED + 6));
  TermMatcher.build(many); // warm-up
  const runs: number[] = [];
  for (let k = 0; k < BUILD_RUNS; k++) {
    const started = performance.now();
    TermMatcher.build(many);
    runs.push(performance.now() - started);
  }
  // Heap retained by one matcher: collect garbage before and after building it.
  const before = heapUsed();
  const kept = TermMatcher.build(many);
  const retained = heapUsed() - before;
  const hasGc = typeof (globalThis as { gc?: unknown }).gc === 'function';
  console.log(`\n(c) build: TermMatcher for ${BUILD_TERMS} terms`);
  table([
    ['terms', 'build (median)', 'heap retained'],
    [String(kept.size), ms(median(runs)), hasGc ? `${(retained / MB).toFixed(2)} MB` : 'n/a (run with --expose-gc)'],
  ]);
}

/** Issue 11's four line shapes that made the inline scan quadratic, each 16 KB. */
function hostileLines(): Array<[string, string]> {
  const fill = (token: string, prefix = ''): string => prefix + token.repeat(Math.ceil((HOSTILE_LINE - prefix.length) / token.length)).slice(0, HOSTILE_LINE - prefix.length);
  return [
    ['"](" × 8000', fill('](')],
    ['unclosed <a> repeated', fill('<a href="x">learning organization ')],
    ['"a" × 16000 then "@"', `${'a'.repeat(HOSTILE_LINE - 1)}@`],
    ['"see http://x" then ")" × 16000', fill(')', 'see http://x ')],
  ];
}

/** One cold hover (fresh index, as after each keystroke) at the line's end and middle; median over runs. */
function hoverOnLine(matcher: TermMatcher, line: string): number {
  const runs: number[] = [];
  for (let k = 0; k < HOSTILE_HOVERS; k++) {
    const character = k % 2 === 0 ? line.length - 1 : line.length >> 1;
    const started = performance.now();
    termAtPosition(matcher, new MarkdownBlockIndex(() => line, 1), line, 0, character);
    runs.push(performance.now() - started);
  }
  return median(runs);
}

function benchHostileLines(matcher: TermMatcher, terms: readonly string[]): void {
  const rand = random(SEED + 7);
  let plainLine = '';
  while (plainLine.length < HOSTILE_LINE) plainLine += `${rand() < 0.07 ? terms[Math.floor(rand() * terms.length)] : FILLER[Math.floor(rand() * FILLER.length)]} `;
  plainLine = plainLine.slice(0, HOSTILE_LINE);
  hoverOnLine(matcher, plainLine); // warm-up
  const plain = hoverOnLine(matcher, plainLine);
  console.log(`\n(d) hover on one 16 KB line (cold index, median of ${HOSTILE_HOVERS}; budget ${HOVER_BUDGET_MS} ms): issue 11's hostile lines next to plain prose of the same length`);
  const rows = [['line', 'hover', 'vs plain', `under ${HOVER_BUDGET_MS} ms`], ['plain prose', us(plain), times(1), plain < HOVER_BUDGET_MS ? 'yes' : 'NO']];
  for (const [name, line] of hostileLines()) {
    const time = hoverOnLine(matcher, line);
    rows.push([name, us(time), times(time / plain), time < HOVER_BUDGET_MS ? 'yes' : 'NO']);
  }
  table(rows);
}

/** Prints the hover, preview and build figures of the glossary core. */
export async function run(): Promise<void> {
  const terms = makeTerms(TERMS, SEED);
  const matcher = TermMatcher.build(entries(terms));
  benchHovers(matcher, terms);
  benchRender(matcher, terms);
  benchBuild();
  benchHostileLines(matcher, terms);
}
