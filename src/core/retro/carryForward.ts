// Remembering what the team promised: the unchecked action items of the last retro come
// back in the next one with their owner, due date, how often they were carried and where
// they came from, and the ones that keep slipping are flagged.

import { Variables } from '../templates/variables';
import { formatActionItem, markdownLink, parseActionItems, type ActionItem } from './actions';
import { dateFromFileName, type RetroMeta } from './retroDoc';
import { nextRoster, type Roster } from './roster';

/** The retro the open actions come from. */
export interface PreviousRetro {
  readonly text: string;
  /** Link to it, relative to the new retro. */
  readonly link: string;
  /** Link text, e.g. its date or file name. */
  readonly label: string;
}

/** An open action brought into the new retro. */
export interface CarriedItem extends Pick<ActionItem, 'text' | 'owner' | 'due' | 'carried'> {
  /** Its due date is before today. */
  readonly overdue: boolean;
  /** Carried {@link FLAG_AFTER_CARRIES} times or more. */
  readonly stuck: boolean;
  /** The task written into the new retro (wrapped onto indented lines when long). */
  readonly markdown: string;
}

/** The OPEN_ACTIONS text and the items in it. */
export interface CarryResult {
  readonly markdown: string;
  readonly items: readonly CarriedItem[];
}

/** An item carried this many times is flagged: the team keeps promising and not doing it. */
export const FLAG_AFTER_CARRIES = 3;
/** OPEN_ACTIONS when there is no earlier retro. */
export const NO_PREVIOUS_RETRO = 'No earlier retrospective was found, so there are no open actions to review.';
/** OPEN_ACTIONS when the previous retro left nothing unchecked. */
export const NOTHING_OPEN = 'Everything from the previous retrospective was done: no open action items.';
/** The team name when none is configured. */
export const DEFAULT_TEAM = 'Team';
/** PREVIOUS_RETRO when there is no earlier retro. */
export const NO_PREVIOUS_LINK = 'none';

/** The template's due-date placeholder, left as it was. */
const UNFILLED_DATE = /[ \t]*\bdue:[ \t]?YYYY-MM-DD\b/i;
/** The template's owner placeholder: with the date placeholder too, the line was never filled in. */
const UNFILLED_OWNER = 'owner';
const MARKDOWN_FILE = /\.md$/i;
const NUMBERED = /-(\d+)\.md$/i;

/** `YYYY-MM-DD-<id>.md`, or with `-2`, `-3`, … when that name is taken: never an existing name. */
export function newRetroFileName(date: string, templateId: string, exists: (name: string) => boolean): string {
  const base = `${date}-${templateId}`;
  if (!exists(`${base}.md`)) return `${base}.md`;
  for (let n = 2; ; n++) {
    if (!exists(`${base}-${n}.md`)) return `${base}-${n}.md`;
  }
}

/**
 * The Markdown files that may be the previous retro, most likely first, so a caller reads
 * only as many as it needs. `dated`: names starting with a date on or before `today`, newest
 * first (the same day: the higher `-N` first). A file dated after today is not "previous" and
 * is left out. `undated`: the other `.md` names, whose date only their front matter can tell.
 * The retro being created must not be in the list yet (or be filtered out by the caller).
 */
export function orderCandidates(fileNames: readonly string[], today: string): { dated: string[]; undated: string[] } {
  const dated: { name: string; date: string; n: number }[] = [];
  const undated: string[] = [];
  for (const name of fileNames) {
    if (!MARKDOWN_FILE.test(name)) continue;
    const date = dateFromFileName(name);
    if (date === undefined) undated.push(name);
    else if (date <= today) dated.push({ name, date, n: Number(NUMBERED.exec(name.slice(date.length))?.[1] ?? 1) });
  }
  dated.sort((a, b) => compare(b.date, a.date) || b.n - a.n || compare(b.name, a.name));
  return { dated: dated.map((d) => d.name), undated: undated.sort() };
}

/**
 * The OPEN_ACTIONS block: every unchecked item of `previous`, carried once more and linked
 * back. The template's own untouched line (`@owner due:YYYY-MM-DD`) is not a promise and is
 * skipped; a real item whose date was left as `YYYY-MM-DD` is carried without that date.
 */
export function carryForward(previous: PreviousRetro | undefined, today: string): CarryResult {
  if (!previous) return { markdown: NO_PREVIOUS_RETRO, items: [] };
  const from = { label: previous.label, link: previous.link };
  const items: CarriedItem[] = [];
  const seen = new Map<string, number>();
  for (const parsed of parseActionItems(previous.text)) {
    const item = UNFILLED_DATE.test(parsed.raw) ? withoutDatePlaceholder(parsed) : parsed;
    if (!item || item.done) continue;
    const carried = item.carried + 1;
    const overdue = item.due !== undefined && item.due < today;
    const stuck = carried >= FLAG_AFTER_CARRIES;
    const next = { ...item, carried };
    const markdown = formatActionItem(next, { ...flag(overdue), from });
    const carriedItem: CarriedItem = {
      text: item.text, carried, overdue, stuck, markdown,
      ...(item.owner === undefined ? {} : { owner: item.owner }),
      ...(item.due === undefined ? {} : { due: item.due }),
    };
    // The same promise listed twice (under open actions and again as an action) comes back once.
    const key = `${item.text.toLowerCase().replace(/\s+/g, ' ')}\u0000${item.owner ?? ''}`;
    const earlier = seen.get(key);
    if (earlier === undefined) {
      seen.set(key, items.length);
      items.push(carriedItem);
    } else if ((items[earlier]?.carried ?? 0) < carried) {
      items[earlier] = carriedItem;
    }
  }
  return { markdown: items.length > 0 ? items.map((i) => i.markdown).join('\n') : NOTHING_OPEN, items };
}

/** `item` without the unfilled date, or undefined when the owner was never filled in either. */
function withoutDatePlaceholder(item: ActionItem): ActionItem | undefined {
  if (item.owner === UNFILLED_OWNER) return undefined;
  const [reparsed] = parseActionItems(item.raw.replace(UNFILLED_DATE, ''));
  return reparsed && { ...reparsed, line: item.line, endLine: item.endLine };
}

/** The iteration after the previous retro's, or "1" when it has none. */
export function nextIteration(previous: RetroMeta | undefined): string {
  return previous?.iteration === undefined ? '1' : String(previous.iteration + 1);
}

/** What {@link buildVariables} needs; `iteration` and `carried` are computed when left out. */
export interface VariableInput {
  readonly team: string;
  readonly today: string;
  readonly previous: PreviousRetro | undefined;
  readonly iteration?: string;
  readonly carried?: CarryResult;
  /** Who takes part and facilitates (default: the templates' placeholders). */
  readonly roster?: Roster;
}

/** TEAM, ITERATION, PREVIOUS_RETRO, OPEN_ACTIONS, FACILITATOR and PARTICIPANTS for a new retro. */
export function buildVariables(input: VariableInput): Record<string, string> {
  const { previous } = input;
  const roster = input.roster ?? nextRoster(undefined);
  return {
    [Variables.team]: input.team.trim() || DEFAULT_TEAM,
    [Variables.iteration]: input.iteration ?? '1',
    [Variables.previousRetro]: previous ? markdownLink(previous.label, previous.link) : NO_PREVIOUS_LINK,
    [Variables.openActions]: (input.carried ?? carryForward(previous, input.today)).markdown,
    [Variables.facilitator]: roster.facilitator,
    [Variables.participants]: roster.participants,
  };
}

/** The bold warning before an overdue item. */
export const OVERDUE_MARKER = '**⚠ Overdue**';

/** The bold warning before an item that is overdue, if any. */
function flag(overdue: boolean): { marker?: string } {
  // The carried count is written after the text already: the flag says only what it does not.
  return overdue ? { marker: OVERDUE_MARKER } : {};
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
