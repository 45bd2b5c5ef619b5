// Action items written as plain list items under a heading that names them: "## Action items",
// "### Follow-ups", "**Next steps:**". The section ends at the next heading of the same or a
// higher level (a bold line's section at the next heading or bold line, or after its list);
// sub-bullets belong to their item. "What went well" or "Actions taken" never qualify.

import type { ItemOccurrence, ReadLines } from '../model';
import type { Problem } from '../../problem';
import { detach } from '../itemText';
import { BOLD_LEVEL, MAX_HEADING, bulletAt } from './blocks';
import type { FormOptions } from './content';
import { itemFromBlock } from './item';
import { collectItem, formLines } from './lines';
import { listSentence, withMarkerOwner } from './marker';

/** Heading texts that name action items, lower case, hyphens as spaces. */
export const ACTION_HEADINGS = [
  'action items', 'action item', 'actions', 'action points', 'action plan', 'follow ups', 'follow up', 'followups', 'follow up items',
  'follow up actions', 'corrective actions', 'corrective and preventive actions', 'corrective and preventative actions',
  'preventive actions', 'preventative actions', 'preventive measures', 'preventative measures', 'next steps', 'remediation',
  'remediations', 'remediation items', 'remediation actions', 'improvements', 'improvement actions', 'improvement items', 'todo',
  'todos', 'to do', 'to dos', 'tasks', 'commitments', 'what we will do', 'what we will do differently', 'agreed actions',
];
/** Words that may come before the heading's phrase ("Open action items", "Postmortem follow-ups"). */
const QUALIFIERS = new Set([
  'open', 'new', 'our', 'team', 'key', 'proposed', 'agreed', 'retro', 'retrospective', 'postmortem', 'post mortem', 'incident',
  'sprint', 'previous', 'outstanding', 'resulting', 'the', 'all', 'suggested', 'planned', 'prioritized', 'prioritised',
]);
/** Words that may follow it ("Action items for next sprint", "Action items and owners"). */
const TAIL = /^(?:for|from|and|&|with|to|by|per|owners?|\(|:|—|–|-)(?:\s|$|\()|^\(/;
const MAX_QUALIFIERS = 2;

/** Letters and digits in single spaces, starting with a letter: lower case is all `headingWords` would change. */
const PLAIN_WORDS = /^[A-Za-z][A-Za-z0-9]*(?: [A-Za-z0-9]+)*$/;

/** Lower case, emoji, numbering and punctuation around it gone, hyphens as spaces. */
export function headingWords(text: string): string {
  if (PLAIN_WORDS.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/^(?:\d+(?:\.\d+)*[.)]?\s+)/, '')
    .replace(/[\u2010-\u2011_-]/g, ' ')
    .replace(/[^\p{L}\p{N})]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** No extra headings: one array, so the verdicts for it are found again (they are kept per array). */
const NO_HEADINGS: readonly string[] = [];
/** Verdicts kept per list of extra headings: documents repeat the same few headings thousands of times. */
const verdicts = new WeakMap<readonly string[], Map<string, boolean>>();
/** At most this many verdicts per list; when full the list starts afresh (unique headings cannot grow it). */
const MAX_VERDICTS = 1024;

/** Whether a heading's text names action items, with the team's own headings added. */
export function isActionHeading(text: string, extra: readonly string[] = NO_HEADINGS): boolean {
  if (text.length > MAX_HEADING) return false;
  let known = verdicts.get(extra);
  if (!known) {
    known = new Map();
    verdicts.set(extra, known);
  }
  const verdict = known.get(text);
  if (verdict !== undefined) return verdict;
  const decided = namesActions(text, extra);
  if (known.size >= MAX_VERDICTS) known.clear();
  // A copy as the key: the heading is a slice of its document, and a kept slice keeps the whole text.
  known.set(detach(text), decided);
  return decided;
}

/** Strings grouped by their first character: only those can start a text that starts with it. */
type ByInitial = ReadonlyMap<number, readonly string[]>;

function byInitial(strings: readonly string[]): ByInitial {
  const groups = new Map<number, string[]>();
  for (const text of strings) {
    if (text === '') continue;
    const group = groups.get(text.charCodeAt(0));
    if (group) group.push(text);
    else groups.set(text.charCodeAt(0), [text]);
  }
  return groups;
}

const PHRASES = byInitial(ACTION_HEADINGS);
/** Each qualifier with the blank after it, in the set's order. */
const QUALIFIER_PREFIXES = byInitial([...QUALIFIERS].map((q) => `${q} `));
/** The phrases with a list of extra headings added, kept per list. */
const extraPhrases = new WeakMap<readonly string[], ByInitial>();

function phrasesWith(extra: readonly string[]): ByInitial {
  if (extra.length === 0) return PHRASES;
  let phrases = extraPhrases.get(extra);
  if (!phrases) {
    phrases = byInitial([...ACTION_HEADINGS, ...extra.map(headingWords)]);
    extraPhrases.set(extra, phrases);
  }
  return phrases;
}

function namesActions(text: string, extra: readonly string[]): boolean {
  const phrases = phrasesWith(extra);
  let rest = headingWords(text);
  for (let skipped = 0; skipped <= MAX_QUALIFIERS; skipped++) {
    const initial = rest.charCodeAt(0);
    for (const phrase of phrases.get(initial) ?? NO_HEADINGS) {
      if (!rest.startsWith(phrase)) continue;
      const after = rest.slice(phrase.length).trim();
      if (after === '' || TAIL.test(after)) return true;
    }
    const qualifier = firstPrefix(QUALIFIER_PREFIXES.get(initial), rest);
    if (qualifier === undefined) return false;
    rest = rest.slice(qualifier.length);
  }
  return false;
}

function firstPrefix(prefixes: readonly string[] | undefined, text: string): string | undefined {
  if (prefixes) for (const prefix of prefixes) if (text.startsWith(prefix)) return prefix;
  return undefined;
}

/** A plain line that is only an action phrase and a colon ("Action items:") opens a section like a bold line. */
const COLON = 0x3a;
const SPACE = 0x20;
const [TAB, CARRIAGE_RETURN, NO_BREAK_SPACE] = [0x09, 0x0d, 0xa0];
const WHITESPACE = /\s/;

/** Whether the last character (code `last`) is one `trimEnd` would take away. */
function endsInWhitespace(text: string, last: number): boolean {
  if (last === SPACE || (last >= TAB && last <= CARRIAGE_RETURN)) return true;
  return last >= NO_BREAK_SPACE && WHITESPACE.test(text.charAt(text.length - 1));
}
const PLAIN_LABEL = /^ {0,3}([^\s#>|*_`-][^:]{0,60}):[ \t]*$/;

/** Every list item in an action section that `claimed` (a task item, already read) does not hold. */
export function readHeadingItems(lines: ReadLines, options: FormOptions, claimed: (line: number) => boolean): { items: ItemOccurrence[]; problems: Problem[] } {
  const read = formLines(lines);
  const items: ItemOccurrence[] = [];
  const problems: Problem[] = [];
  const extra = options.headings ?? NO_HEADINGS;
  let section: { level: number; listSeen: boolean } | undefined;
  for (let line = 0; line < read.lines.length; line++) {
    if (!read.isText(line)) continue;
    const text = read.lines[line] ?? '';
    const heading = read.heading(line) ?? plainLabel(text, extra);
    if (heading) {
      if (section && heading.level <= section.level) section = undefined;
      if (!section && isActionHeading(heading.text, extra)) section = { level: heading.level, listSeen: false };
      continue;
    }
    if (!section || text.trim() === '') continue;
    // Only a line starting with `-`, `*`, `+` or a digit can be a bullet.
    const bullet = read.mayBeListOrQuote(line) ? bulletAt(text) : undefined;
    if (!bullet) {
      // A bold line's section is its list: the next paragraph ends it.
      if (section.level === BOLD_LEVEL && section.listSeen) section = undefined;
      continue;
    }
    section.listSeen = true;
    if (claimed(line)) {
      // A task item's own sub-bullets are its, not a new item's.
      line = skipDeeper(read, line, bullet.indent);
      continue;
    }
    // `- ACTION: …` under an action heading is one item of this section, its marker set aside.
    const block = collectItem(read, line, bullet.indent, listSentence(text, bullet.content), claimed);
    const item = withMarkerOwner(itemFromBlock(block, 'heading', options, problems), text);
    if (item) items.push(item);
    line = block.endLine;
  }
  return { items, problems };
}

/** `Action items:` alone on a line, when the words name actions. */
function plainLabel(text: string, extra: readonly string[]): { level: number; text: string } | undefined {
  // Most lines end in neither a colon nor a blank: no copy of them is made to find out.
  const last = text.charCodeAt(text.length - 1);
  if (last !== COLON && !endsInWhitespace(text, last)) return undefined;
  if (!text.trimEnd().endsWith(':')) return undefined;
  const m = PLAIN_LABEL.exec(text);
  return m && isActionHeading(m[1] ?? '', extra) ? { level: BOLD_LEVEL, text: m[1] ?? '' } : undefined;
}

/** The last line more indented than `indent` right after `line` (blank lines inside included). */
function skipDeeper(read: ReadLines, line: number, indent: number): number {
  let last = line;
  for (let at = line + 1; at < read.lines.length; at++) {
    const text = read.lines[at] ?? '';
    if (text.trim() === '') continue;
    if ((/^[ \t]*/.exec(text)?.[0].length ?? 0) <= indent) break;
    last = at;
  }
  return last;
}
