// HTML for the comparison panel. The body is built in the extension host with the caller's
// markdown-it (raw HTML off, glossary terms marked); the page wraps it in a strict CSP.
import type MarkdownIt from 'markdown-it';
import { DomIds, rowElementId, type InitialState } from '../../protocol/comparison';
import { CONCEPT_KEYS, type Comparison, type ConceptKey } from '../../core/concepts/comparison';
import { NO_TERMS_ENV } from '../../core/glossary/markdownItPlugin';
import { newNonce, renderWebviewPage, type WebviewPageParts } from '../../core/webviewPage';

export interface RenderOptions {
  /** Display name of a template id; defaults to the id in words ("after-action-review" → "After action review"). */
  readonly templateName?: (id: string) => string | undefined;
  /** The panel's own words, translated by the caller; defaults to ENGLISH_PANEL_LABELS. */
  readonly labels?: PanelLabels;
}

/** The panel's words that are not the comparison content's (`{0}`: a template name, the title). */
export interface PanelLabels {
  readonly templates: string;
  readonly newFromTemplate: string;
  readonly filterRows: string;
  readonly filterPlaceholder: string;
  readonly insertTable: string;
  readonly copyMarkdown: string;
  readonly caption: string;
  readonly aspect: string;
  readonly summary: string;
  readonly practice: string;
  readonly sources: string;
}

/** The panel's words in English (the fallback of every translation). */
export const ENGLISH_PANEL_LABELS: PanelLabels = {
  templates: 'Templates',
  newFromTemplate: 'New {0}',
  filterRows: 'Filter rows',
  filterPlaceholder: 'e.g. culture, manager',
  insertTable: 'Insert as Markdown table',
  copyMarkdown: 'Copy as Markdown',
  caption: '{0}, side by side',
  aspect: 'Aspect',
  summary: 'Summary',
  practice: 'Put it into practice',
  sources: 'Sources',
};

/** `{0}` in a label replaced by (already escaped) text. */
function fill(label: string, esc: (text: string) => string, value: string): string {
  return label.split('{0}').map(esc).join(value);
}

function humanize(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The panel's body: intro, filter, the table, summary, "put it into practice", actions, sources. */
export function renderComparisonBody(model: Comparison, md: MarkdownIt, options: RenderOptions = {}): string {
  const esc = md.utils.escapeHtml;
  const block = (markdown: string): string => md.render(markdown);
  const templateName = (id: string): string => options.templateName?.(id) ?? humanize(id);
  const sideHeadingId = (side: ConceptKey): string => `ll-practice-${side}`;
  const l = options.labels ?? ENGLISH_PANEL_LABELS;

  const head = CONCEPT_KEYS.map((side) => {
    const s = model.sides[side];
    return `<th scope="col" data-side="${side}"><span class="ll-side-name">${esc(s.name)}</span>`
      + `<span class="ll-tagline">${esc(s.tagline)}</span></th>`;
  }).join('');

  const rows = model.rows.map((row) => {
    const cells = CONCEPT_KEYS.map((side) =>
      `<td data-side="${side}" data-label="${esc(model.sides[side].name)}">${block(row[side])}</td>`).join('');
    return `<tr id="${esc(rowElementId(row.id))}" data-row="${esc(row.id)}">`
      + `<th scope="row" tabindex="-1">${esc(row.label)}</th>${cells}</tr>`;
  }).join('\n');

  const practice = CONCEPT_KEYS.map((side) => {
    const p = model.practice[side];
    const templates = p.templates.map((id) => `<li data-template="${esc(id)}">${esc(templateName(id))}</li>`).join('');
    return `<div class="ll-practice-side" data-side="${side}">`
      + `<h3 id="${sideHeadingId(side)}">${esc(model.sides[side].name)}</h3>`
      + block(p.text)
      + (templates ? `<ul class="ll-templates" aria-label="${esc(l.templates)}">${templates}</ul>` : '')
      + `<button type="button" class="ll-button" data-action="startRetro" data-side="${side}" aria-describedby="${sideHeadingId(side)}">`
      // Names what it creates: it runs New Retrospective with this side's template, no questions.
      + `${fill(l.newFromTemplate, esc, esc(templateName(model.sides[side].template)))}</button>`
      + `</div>`;
  }).join('\n');

  // Source titles are names of works, not prose: no glossary terms marked in them (issue 13.9).
  const sources = model.sources.map((s) => `<li>${md.renderInline(s, { [NO_TERMS_ENV]: true })}</li>`).join('');

  return `<header class="ll-header">
<h1>${esc(model.title)}</h1>
<div class="ll-intro">${block(model.intro)}</div>
</header>
<div class="ll-toolbar">
<div class="ll-filter">
<label for="${DomIds.filter}">${esc(l.filterRows)}</label>
<input type="search" id="${DomIds.filter}" autocomplete="off" spellcheck="false" placeholder="${esc(l.filterPlaceholder)}" aria-describedby="${DomIds.filterStatus}">
<span id="${DomIds.filterStatus}" class="ll-filter-status" role="status" aria-live="polite"></span>
</div>
<div class="ll-actions">
<button type="button" class="ll-button" data-action="insertTable">${esc(l.insertTable)}</button>
<button type="button" class="ll-button ll-button--secondary" data-action="copyMarkdown">${esc(l.copyMarkdown)}</button>
</div>
</div>
<p id="${DomIds.notice}" class="ll-notice" role="status" aria-live="polite" hidden></p>
<table id="${DomIds.table}" class="ll-comparison">
<caption>${fill(l.caption, esc, esc(model.title))}</caption>
<thead><tr><th scope="col" class="ll-aspect">${esc(l.aspect)}</th>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
<section class="ll-summary" aria-labelledby="ll-summary-heading">
<h2 id="ll-summary-heading">${esc(l.summary)}</h2>
${block(model.summary)}
</section>
<section class="ll-practice" aria-labelledby="ll-practice-heading">
<h2 id="ll-practice-heading">${esc(l.practice)}</h2>
<div class="ll-practice-sides">
${practice}
</div>
</section>
<section class="ll-sources" aria-labelledby="ll-sources-heading">
<h2 id="ll-sources-heading">${esc(l.sources)}</h2>
<ol>${sources}</ol>
</section>`;
}

/** The shell's parts (body from {@link renderComparisonBody}, dist/webview/panel.js, media/base.css + panel.css) and the page's initial state. */
export interface PageParts extends Omit<WebviewPageParts, 'bodyAttributes' | 'dataImages' | 'title'> {
  readonly initialState: InitialState;
  /** The document title; defaults to the caption's. */
  readonly title?: string;
}

/** The full page: strict CSP, one nonced script, no inline styles or handlers. */
export function renderComparisonPage(parts: PageParts): string {
  const { initialState, title, ...page } = parts;
  return renderWebviewPage({ ...page, title: title ?? 'Comparison', dataImages: true, bodyAttributes: { 'data-initial': JSON.stringify(initialState) } });
}

export { newNonce };
