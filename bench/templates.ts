// Benchmark of "New Retrospective" as the adapter runs it, on folders of 20, 200 and 2,000
// retros (~10 KB each, ~20 MB at 2,000): list names → orderCandidates → read only the files
// needed → readRetroMeta → carryForward → buildVariables → renderDefaults of a template.
// The time should barely grow with the folder: only the listing and the sort see every name.
// Run: node --expose-gc --import=tsx bench/index.ts templates
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildVariables, carryForward, nextIteration, orderCandidates } from '../src/core/retro/carryForward';
import { readRetroMeta } from '../src/core/retro/retroDoc';
import { renderDefaults } from '../src/core/templates/snippet';
import { parseTemplate } from '../src/core/templates/template';
import { dateVariables } from '../src/core/templates/variables';

const FOLDER_SIZES = [20, 200, 2_000];
const TARGET_FILE_BYTES = 10 * 1024;
const RUNS = 41;
const WARM_UP = 5;
const TODAY = '2026-11-20';
const DAY_MS = 24 * 60 * 60 * 1000;
const FORMATS = ['start-stop-continue', '4ls', 'mad-sad-glad', 'sailboat', 'daki'];
const TEMPLATE_FILE = resolve(__dirname, '../src/content/templates/start-stop-continue.md');

/** YYYY-MM-DD, `days` before TODAY. */
function daysBefore(days: number): string {
  return new Date(Date.parse(`${TODAY}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

/** A realistic retro of about 10 KB: front matter, notes, and open and done action items. */
function retroText(iteration: number, date: string): string {
  const lines = ['---', `date: ${date}`, `iteration: ${iteration}`, 'team: Platform', 'template: start-stop-continue', '---', '',
    `# Start, Stop, Continue: Platform, iteration ${iteration}`, '', '## Open actions from last time', '',
    `- [ ] Write the on-call handover checklist @dana due:${date} (carried 2×) — from [previous](previous.md)`,
    '- [x] Book the room for the next retrospective @lee', ''];
  for (const section of ['Start', 'Stop', 'Continue', 'Insights']) {
    lines.push(`## ${section}`, '');
    for (let i = 0; i < 12; i++) lines.push(`- Note ${i} about ${section.toLowerCase()}: the release went out late because the checklist was not shared with the new people on the team.`);
    lines.push('');
  }
  lines.push('## Action items', '');
  for (let i = 0; i < 8; i++) lines.push(`- [${i % 3 === 0 ? 'x' : ' '}] Action ${i} of iteration ${iteration} @owner${i} due:${date}`);
  lines.push('', '## Notes', '');
  let text = lines.join('\n');
  while (text.length < TARGET_FILE_BYTES) text += '\nMore discussion notes: what we saw, what we think it means, and who follows up on it.';
  return `${text}\n`;
}

/** A folder of `count` retros, one every 3 days back from TODAY, plus a README. */
function makeFolder(root: string, count: number): { folder: string; bytes: number } {
  const folder = join(root, String(count));
  mkdirSync(folder);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const date = daysBefore(1 + i * 3);
    const text = retroText(count - i, date);
    writeFileSync(join(folder, `${date}-${FORMATS[i % FORMATS.length]}.md`), text);
    bytes += text.length;
  }
  writeFileSync(join(folder, 'README.md'), '# Retrospectives\n\nOne file per retro.\n');
  return { folder, bytes };
}

/** The adapter's pipeline on Node's fs: files read, text rendered, and the time spent listing and ordering names. */
async function newRetro(folder: string, templateBody: string): Promise<{ reads: number; length: number; listMs: number }> {
  const started = performance.now();
  const names = await readdir(folder);
  const { dated, undated } = orderCandidates(names, TODAY);
  const listMs = performance.now() - started;
  let reads = 0;
  let best: { name: string; text: string; date: string } | undefined;
  for (const name of dated) {
    const text = await readFile(join(folder, name), 'utf8');
    reads++;
    best = { name, text, date: readRetroMeta(text).date ?? name.slice(0, 10) };
    break;
  }
  for (const name of undated) {
    const text = await readFile(join(folder, name), 'utf8');
    reads++;
    const date = readRetroMeta(text).date;
    if (date && date <= TODAY && (!best || date > best.date)) best = { name, text, date };
  }
  const previous = best && { text: best.text, link: encodeURI(best.name), label: best.name.replace(/\.md$/i, '') };
  const variables = buildVariables({
    team: 'Platform', today: TODAY, previous,
    iteration: nextIteration(best ? readRetroMeta(best.text) : undefined), carried: carryForward(previous, TODAY),
  });
  return { reads, listMs, length: renderDefaults(templateBody, { ...dateVariables(TODAY), ...variables }).length };
}

/** A full GC between runs when node runs with --expose-gc, so one run does not pay for another's garbage. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Prints the median pipeline time per folder size, the growth 2,000 vs 20, and the files read. */
export async function run(): Promise<void> {
  const { template } = parseTemplate(readFileSync(TEMPLATE_FILE, 'utf8'), 'built-in:start-stop-continue.md');
  if (!template) throw new Error('start-stop-continue.md does not parse');
  const root = mkdtempSync(join(tmpdir(), 'learning-loop-bench-'));
  try {
    const medians = new Map<number, number>();
    for (const size of FOLDER_SIZES) {
      const { folder, bytes } = makeFolder(root, size);
      let result = { reads: 0, length: 0, listMs: 0 };
      for (let i = 0; i < WARM_UP; i++) result = await newRetro(folder, template.body);
      const times: number[] = [];
      const listTimes: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        collectGarbage();
        const start = performance.now();
        result = await newRetro(folder, template.body);
        times.push(performance.now() - start);
        listTimes.push(result.listMs);
      }
      medians.set(size, median(times));
      console.log(`templates: new retro in a folder of ${String(size).padStart(5)} retros (${(bytes / 1024 / 1024).toFixed(1)} MB): ` +
        `median ${median(times).toFixed(3)} ms over ${RUNS} runs (listing + ordering names ${median(listTimes).toFixed(3)} ms), ` +
        `${result.reads} file(s) read, ${result.length} chars rendered`);
    }
    const first = medians.get(FOLDER_SIZES[0] ?? 0) ?? 1;
    const last = medians.get(FOLDER_SIZES[FOLDER_SIZES.length - 1] ?? 0) ?? 0;
    console.log(`templates: growth ${FOLDER_SIZES[FOLDER_SIZES.length - 1]} vs ${FOLDER_SIZES[0]} retros: ×${(last / first).toFixed(2)} ` +
      `(folder ×${(FOLDER_SIZES[FOLDER_SIZES.length - 1] ?? 0) / (FOLDER_SIZES[0] ?? 1)})`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
