// The comparison model: organizational learning vs the learning organization, row by row.
// The content lives in src/content/comparison.json; this file types it, checks it and finds rows.
import { isRowId, type ConceptKey } from './keys';
import { samePhrase } from '../glossary/normalize';

export { CONCEPT_KEYS, type ConceptKey } from './keys';

/** One side of the comparison, as its column header shows it. */
export interface ComparisonSide {
  readonly name: string;
  readonly tagline: string;
  /** Id of the retrospective template that puts this side into practice. */
  readonly template: string;
}

/** One aspect compared across both sides; cells are Markdown. */
export interface ComparisonRow {
  readonly id: string;
  readonly label: string;
  readonly ol: string;
  readonly lo: string;
  /** Glossary terms that lead to this row (e.g. from a hover's "compare" link). */
  readonly terms: readonly string[];
}

/** How a team applies one side: Markdown text and the ids of the templates that serve it. */
export interface ComparisonPractice {
  readonly text: string;
  readonly templates: readonly string[];
}

/** The whole comparison, as validated by {@link parseComparison}. */
export interface Comparison {
  readonly title: string;
  readonly intro: string;
  readonly sides: Readonly<Record<ConceptKey, ComparisonSide>>;
  readonly rows: readonly ComparisonRow[];
  readonly summary: string;
  readonly sources: readonly string[];
  readonly practice: Readonly<Record<ConceptKey, ComparisonPractice>>;
}

/** The rows the comparison must have, in the order the seed article sets them out. */
export const REQUIRED_ROW_IDS = [
  'definition', 'focus', 'nature', 'stance', 'emphasis', 'culture', 'learner', 'manager', 'building-blocks', 'relationship',
] as const;

/** What {@link parseComparison} returns: the model when its shape is usable, and every problem found. */
export interface ComparisonParseResult {
  /** Present when the shape is usable; `problems` may still list content gaps (e.g. a missing row). */
  readonly model?: Comparison;
  readonly problems: string[];
}

type Fields = Readonly<Record<string, unknown>>;

/** Collects problems with JSON-path-like locations while reading one document. */
class Reader {
  readonly problems: string[] = [];

  object(value: unknown, at: string): Fields | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Fields;
    this.problems.push(`${at}: expected an object`);
    return undefined;
  }

  text(value: unknown, at: string): string | undefined {
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.problems.push(`${at}: expected a non-empty string`);
    return undefined;
  }

  texts(value: unknown, at: string): string[] | undefined {
    if (!Array.isArray(value)) {
      this.problems.push(`${at}: expected an array of strings`);
      return undefined;
    }
    const out = value.map((v, i) => this.text(v, `${at}[${i}]`));
    return out.every((v): v is string => v !== undefined) ? out : undefined;
  }
}

function readSide(r: Reader, value: unknown, at: string): ComparisonSide | undefined {
  const o = r.object(value, at);
  if (!o) return undefined;
  const name = r.text(o['name'], `${at}.name`);
  const tagline = r.text(o['tagline'], `${at}.tagline`);
  const template = r.text(o['template'], `${at}.template`);
  return name !== undefined && tagline !== undefined && template !== undefined ? { name, tagline, template } : undefined;
}

function readPractice(r: Reader, value: unknown, at: string): ComparisonPractice | undefined {
  const o = r.object(value, at);
  if (!o) return undefined;
  const text = r.text(o['text'], `${at}.text`);
  const templates = r.texts(o['templates'], `${at}.templates`);
  return text !== undefined && templates !== undefined ? { text, templates } : undefined;
}

function readRow(r: Reader, value: unknown, at: string): ComparisonRow | undefined {
  const o = r.object(value, at);
  if (!o) return undefined;
  const id = r.text(o['id'], `${at}.id`);
  const slug = id === undefined || isRowId(id);
  if (!slug) r.problems.push(`${at}.id: "${String(id)}" is not a lowercase slug`);
  const label = r.text(o['label'], `${at}.label`);
  const ol = r.text(o['ol'], `${at}.ol`);
  const lo = r.text(o['lo'], `${at}.lo`);
  // Terms are optional: a row without them is still found by its id and label.
  const terms = o['terms'] === undefined ? [] : r.texts(o['terms'], `${at}.terms`);
  if (id === undefined || !isRowId(id) || label === undefined || ol === undefined || lo === undefined || terms === undefined) {
    return undefined;
  }
  return { id, label, ol, lo, terms };
}

function readPair<T>(r: Reader, value: unknown, at: string, read: (r: Reader, v: unknown, at: string) => T | undefined): Record<ConceptKey, T> | undefined {
  const o = r.object(value, at);
  if (!o) return undefined;
  const ol = read(r, o['ol'], `${at}.ol`);
  const lo = read(r, o['lo'], `${at}.lo`);
  return ol !== undefined && lo !== undefined ? { ol, lo } : undefined;
}

/** Validates the comparison content; every problem names where it is. */
export function parseComparison(json: unknown): ComparisonParseResult {
  const r = new Reader();
  const root = r.object(json, '$');
  if (!root) return { problems: r.problems };
  const title = r.text(root['title'], '$.title');
  const intro = r.text(root['intro'], '$.intro');
  const summary = r.text(root['summary'], '$.summary');
  const sources = r.texts(root['sources'], '$.sources');
  const sides = readPair(r, root['sides'], '$.sides', readSide);
  const practice = readPair(r, root['practice'], '$.practice', readPractice);
  let rows: ComparisonRow[] | undefined;
  if (!Array.isArray(root['rows'])) {
    r.problems.push('$.rows: expected an array of rows');
  } else {
    const read = root['rows'].map((row, i) => readRow(r, row, `$.rows[${i}]`));
    rows = read.every((row): row is ComparisonRow => row !== undefined) ? read : undefined;
  }
  // Content gaps: reported, but they do not make the model unusable.
  if (rows) {
    const seen = new Set<string>();
    for (const row of rows) {
      if (seen.has(row.id)) r.problems.push(`$.rows: duplicate row id "${row.id}"`);
      seen.add(row.id);
    }
    for (const id of REQUIRED_ROW_IDS) {
      if (!seen.has(id)) r.problems.push(`$.rows: missing the required row "${id}"`);
    }
  }
  if (title === undefined || intro === undefined || summary === undefined || sources === undefined
    || sides === undefined || practice === undefined || rows === undefined) {
    return { problems: r.problems };
  }
  return { model: { title, intro, sides, rows, summary, sources, practice }, problems: r.problems };
}

/** British -isation spelling and underscores folded; case, hyphens and plurals are samePhrase's. */
function fold(text: string): string {
  return text.replace(/isation/gi, 'ization').replace(/_/g, ' ');
}

/**
 * The row a query points at: its id, its label or one of its terms, compared case-insensitively
 * and tolerant of plurals, hyphens and British spelling. `undefined` when nothing matches.
 */
export function findRow(model: Comparison, query: string): ComparisonRow | undefined {
  const q = query.trim();
  if (q === '') return undefined;
  const byId = model.rows.find((row) => row.id === q.toLowerCase());
  if (byId) return byId;
  const n = fold(q);
  return model.rows.find((row) => samePhrase(fold(row.label), n) || row.terms.some((t) => samePhrase(fold(t), n)));
}

/** Sides of the glossary that the comparison is about (practice terms are not). */
const COMPARED_SIDES: ReadonlySet<string> = new Set(['organizational-learning', 'learning-organization', 'both']);

/**
 * What the hover's "Compare the two concepts" link should open for a glossary entry: the row
 * about its term or an alias, else the term itself when the entry belongs to one of the two
 * concepts (the panel opens at its top and says it has no row about it), else nothing
 * (undefined: no link).
 */
export function compareQueryFor(model: Comparison, entry: { term: string; aliases: readonly string[]; side?: string }): string | undefined {
  const query = [entry.term, ...entry.aliases].find((q) => findRow(model, q) !== undefined);
  if (query !== undefined) return query;
  // no row of its own: the panel opens at the top and names the term (a notice)
  return entry.side !== undefined && COMPARED_SIDES.has(entry.side) ? entry.term : undefined;
}
