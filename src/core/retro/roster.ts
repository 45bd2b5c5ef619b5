// Who is in the next retrospective and who runs it (issue 13, point 12): the last retro's
// participants are offered again, and facilitating passes to the next of them in the order
// they were written, so everyone takes a turn.

import { nameKey, UNFILLED_NAME, UNFILLED_NAMES, type RetroMeta } from './retroDoc';

/** The FACILITATOR and PARTICIPANTS a new retrospective is prefilled with. */
export interface Roster {
  /** The participant after the last facilitator; the template's placeholder when nobody is known. */
  readonly facilitator: string;
  /** The last participants, comma-separated; the template's placeholder when none were written. */
  readonly participants: string;
}

/**
 * The roster after `previous`: its participants again, and as facilitator the one written
 * after its facilitator (after the last comes the first). A facilitator who is not among the
 * participants hands over to the first of them; with no participants nobody is proposed.
 */
export function nextRoster(previous: Pick<RetroMeta, 'facilitator' | 'participants'> | undefined): Roster {
  const names = previous?.participants ?? [];
  if (names.length === 0) return { facilitator: UNFILLED_NAME, participants: UNFILLED_NAMES };
  const last = previous?.facilitator === undefined ? -1 : names.findIndex((n) => nameKey(n) === nameKey(previous.facilitator ?? ''));
  return { facilitator: names[(last + 1) % names.length] ?? UNFILLED_NAME, participants: names.join(', ') };
}
