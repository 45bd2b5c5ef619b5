// Carry-forward from the memory: a new retrospective brings back every open action of earlier
// retrospectives, once each, and lists the open follow-ups of postmortems in a section of their
// own, then those of lessons-learned reviews and learning plans in another (a promise made there
// is reviewed in the next retrospective too, or it would only ever show in the Open Actions view). Each carried copy links to where the action was first raised and writes its owner and
// due after its text, so the next read gets the same action with the same metadata.

import { formatActionItem } from '../retro/actionFormat';
import { OVERDUE_MARKER } from '../retro/carryForward';
import { compareDocs } from './linking';
import type { ActionRecord } from './model';

/** What {@link carryFromMemory} needs. */
export interface MemoryCarryInput {
  readonly actions: readonly ActionRecord[];
  readonly today: string;
  /** The Markdown link from the new document to the document at `uri`. */
  readonly linkTo: (uri: string) => string;
  /** The document being filled in: actions only it holds are not carried into itself. */
  readonly exclude?: string;
}

/** The OPEN_ACTIONS text and how many actions of each section it holds. */
export interface MemoryCarry {
  readonly markdown: string;
  readonly retrospective: number;
  readonly postmortem: number;
  /** Actions raised in lessons-learned reviews and learning plans. */
  readonly learning: number;
}

/** OPEN_ACTIONS when nothing is open. */
export const NOTHING_OPEN_IN_MEMORY = 'No open action items from earlier retrospectives.';
/** The heading of the postmortem follow-ups (under the template's "open actions" heading). */
export const POSTMORTEM_HEADING = '### Open follow-ups from postmortems';
/** The heading of the open actions of lessons-learned reviews and learning plans. */
export const LEARNING_HEADING = '### Open actions from lessons learned and learning plans';

/** The kinds whose open actions get the {@link LEARNING_HEADING} section. */
const LEARNING_KINDS: ReadonlySet<ActionRecord['kind']> = new Set(['lessons-learned', 'learning-organization']);

/** The open actions to review in a new retrospective, written as carried task items. */
export function carryFromMemory(input: MemoryCarryInput): MemoryCarry {
  const open = input.actions
    .filter((a) => a.status === 'open' && a.raised.date <= input.today && !(a.raised.uri === input.exclude && a.latest.uri === input.exclude))
    .sort((a, b) => compareDocs(a.raised, b.raised) || a.raised.line - b.raised.line);
  const retro = open.filter((a) => a.kind === 'retrospective').map((a) => carried(a, input));
  const postmortem = open.filter((a) => a.kind === 'postmortem').map((a) => carried(a, input));
  const learning = open.filter((a) => LEARNING_KINDS.has(a.kind)).map((a) => carried(a, input));
  const sections = [retro.length > 0 ? retro.join('\n') : NOTHING_OPEN_IN_MEMORY];
  if (postmortem.length > 0) sections.push(POSTMORTEM_HEADING, postmortem.join('\n'));
  if (learning.length > 0) sections.push(LEARNING_HEADING, learning.join('\n'));
  return { markdown: sections.join('\n\n'), retrospective: retro.length, postmortem: postmortem.length, learning: learning.length };
}

/** One action as a carried copy: counted once more, linked to its origin (labelled by its date). */
export function carried(action: ActionRecord, input: Pick<MemoryCarryInput, 'today' | 'linkTo'>): string {
  const item = { done: false, text: action.text, carried: action.carried + 1, ...ownerDue(action) };
  const overdue = action.due !== undefined && action.due < input.today;
  return formatActionItem(item, { ...(overdue ? { marker: OVERDUE_MARKER } : {}), from: { label: action.raised.date, link: input.linkTo(action.raised.uri) } });
}

function ownerDue(action: ActionRecord): { owner?: string; due?: string } {
  return { ...(action.owner === undefined ? {} : { owner: action.owner }), ...(action.due === undefined ? {} : { due: action.due }) };
}
