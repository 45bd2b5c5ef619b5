// Benchmark: the time to build the comparison panel's HTML from its JSON content, the way the
// panel does when it opens or the glossary changes: parse + render the body with a fresh
// markdown-it carrying the glossary plugin (built-in terms) + wrap it in the page.
import { performance } from 'node:perf_hooks';
import MarkdownIt from 'markdown-it';
import comparison from '../src/content/comparison.json';
import glossary from '../src/content/glossary.json';
import { parseComparison } from '../src/core/concepts/comparison';
import { newNonce, renderComparisonBody, renderComparisonPage } from '../src/features/comparison/render';
import { glossaryPlugin } from '../src/core/glossary/markdownItPlugin';
import { TermMatcher } from '../src/core/glossary/matcher';
import { parseGlossaryJson } from '../src/core/glossary/parseJson';

const RUNS = 200;
const WARM_UP = 20;

const matcher = TermMatcher.build(parseGlossaryJson(JSON.stringify(glossary), 'built-in').entries);

function buildOnce(): number {
  const { model } = parseComparison(comparison);
  if (!model) throw new Error('the comparison content does not parse');
  const body = renderComparisonBody(model, new MarkdownIt({ html: false }).use(glossaryPlugin, { getMatcher: () => matcher }));
  const html = renderComparisonPage({
    body,
    nonce: newNonce(),
    cspSource: 'https://webview.example',
    scriptUri: 'https://webview.example/dist/webview/panel.js',
    styleUris: ['https://webview.example/media/base.css', 'https://webview.example/media/panel.css'],
    initialState: { focusRow: 'culture' },
    title: model.title,
  });
  return html.length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Prints the median time to build the panel's HTML over 200 runs. */
export async function run(): Promise<void> {
  let size = 0;
  for (let i = 0; i < WARM_UP; i += 1) size = buildOnce();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    size = buildOnce();
    times.push(performance.now() - start);
  }
  console.log(`panel: build the comparison page HTML (${size} chars): median ${median(times).toFixed(3)} ms over ${RUNS} runs`);
}
