// A generated team memory for the memory bench: retrospectives every few days with notes and
// action items, postmortems now and then, open items carried forward (with a link to their
// origin) for up to 8 retros before they are checked. Each document writes its new action items
// in one of the four forms teams use (a task list; bullets under an action heading; `ACTION:`
// marker lines; a table with owner, due and status columns), some of them already closed in that
// form's own words; carried copies are task lines, as Learning Loop's carry writes them. Every
// postmortem has a timeline table and every document a "What went well" list: read, but no
// actions. Seeded: every run sees the same memory.

import { random } from './random';

/** One generated document. */
export interface GeneratedDoc {
  readonly path: string;
  readonly kind: 'retrospective' | 'postmortem';
  readonly text: string;
}

/** The forms of action item the memory mixes (the `form` of an `ActionRecord`). */
export const CORPUS_FORMS = ['task', 'heading', 'marker', 'table'] as const;
type Form = (typeof CORPUS_FORMS)[number];

const MAX_CHAIN = 8;
const NOTE_WORDS = ['release', 'checklist', 'on-call', 'handover', 'review', 'pairing', 'alerts', 'flaky', 'tests', 'deploy', 'runbook', 'backlog', 'retro', 'learning', 'feedback', 'incident', 'customer', 'migration', 'dashboard', 'latency'];
const OWNERS = ['ana', 'bo', 'cy', 'dana', 'eli', 'fay', 'gus', 'hana', 'ivo', 'jo'];
const DAY_MS = 86_400_000;
const START = Date.parse('2000-01-03T00:00:00Z');
/** Chance that a document raises a new open action (with chains up to 8: about 3 items a document). */
const FRESH_CHANCE = 0.55;
/** Chance that a document also lists an action already closed (done or dropped) in its own form. */
const CLOSED_CHANCE = 0.3;
/** Every this-many documents is a postmortem. */
const POSTMORTEM_EVERY = 10;
/** Headings teams put over their action bullets (the heading form), all in the reader's list. */
const ACTION_HEADINGS = ['## Action items', '## Follow-ups', '### Next steps', '**Corrective actions**', 'Action items:'];
const MARKERS = ['ACTION:', '**TODO:**', 'AI:', '- Action item:', '**Action point:**'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Open { text: string; owner: string; due: string; origin: string; date: string; carried: number; life: number }
interface Item { readonly text: string; readonly owner: string; readonly due: string; readonly closed?: 'done' | 'dropped' }

const isoDay = (day: number): string => new Date(START + day * DAY_MS).toISOString().slice(0, 10);
/** "March 4th, 2000" or "4 March 2000": the written dates the forms read. */
function writtenDate(iso: string, dayFirst: boolean): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const suffix = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
  return dayFirst ? `${day} ${MONTHS[month - 1]} ${year}` : `${MONTHS[month - 1]} ${day}${suffix}, ${year}`;
}

/** The action section of one document: its items written in `form`. */
function actionLines(form: Form, items: readonly Item[], variant: number, date: string): string[] {
  if (items.length === 0) return [];
  const lines: string[] = [];
  switch (form) {
    case 'task':
      lines.push('## Action items', '');
      for (const it of items) {
        const box = it.closed ? '[x]' : '[ ]';
        lines.push(it.closed === 'dropped' ? `- ${box} ~~${it.text}~~ dropped:${date} — not needed` : `- ${box} ${it.text} @${it.owner} due:${it.due}${it.closed ? ` done:${date}` : ''}`);
      }
      break;
    case 'heading':
      lines.push(ACTION_HEADINGS[variant % ACTION_HEADINGS.length] as string, '');
      for (const it of items) {
        const state = it.closed === 'dropped' ? " (won't do)" : it.closed ? ' (done)' : '';
        if (variant % 2 === 0 || it.closed === 'dropped') lines.push(`- ${it.text} @${it.owner} due:${it.due}${state}`);
        else lines.push(it.closed ? `- ~~${it.text}~~` : `- ${it.text}`, `  - Owner: ${it.owner}`, `  - Due: ${writtenDate(it.due, false)}`);
      }
      break;
    case 'marker':
      lines.push('## Discussion', '', 'We went through the board and agreed on the following.', '');
      for (const it of items) {
        const marker = MARKERS[variant % MARKERS.length] as string;
        const state = it.closed === 'dropped' ? " (won't do)" : it.closed ? ' (done)' : '';
        lines.push(`${marker} ${it.text} @${it.owner} by ${writtenDate(it.due, true)}${state}`);
      }
      break;
    case 'table':
      lines.push('## Follow-ups', '', '| Action | Owner | Due | Status |', '| --- | --- | --- | --- |');
      for (const it of items) {
        const status = it.closed === 'dropped' ? "Won't do" : it.closed ? 'Done' : variant % 2 === 0 ? 'Open' : 'In progress';
        lines.push(`| ${it.text} | @${it.owner} | ${it.due} | ${status} |`);
      }
      break;
  }
  lines.push('');
  return lines;
}

/** `count` documents of about `bytesPerDoc` each. */
export function generateMemory(count: number, bytesPerDoc = 3_500, seed = 7): GeneratedDoc[] {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const sentence = (words: number): string => Array.from({ length: words }, () => pick(NOTE_WORDS)).join(' ');
  const docs: GeneratedDoc[] = [];
  let open: Open[] = [];
  for (let i = 0; i < count; i++) {
    const day = Math.floor(i / 2);
    const date = isoDay(day);
    const postmortem = i % POSTMORTEM_EVERY === POSTMORTEM_EVERY - 1;
    const path = postmortem ? `postmortems/${date}-incident-${i}.md` : `retrospectives/${date}-retro-${i}.md`;
    const lines = ['---', `date: ${date}`, `iteration: ${i}`, 'team: Platform', `template: ${postmortem ? 'blameless-postmortem' : '4ls'}`, `roti: ${1 + (i % 5)}`, '---', '', `# ${postmortem ? 'Postmortem' : 'Retrospective'} ${i}`, ''];
    if (!postmortem) {
      lines.push('## Open actions from last time', '');
      const next: Open[] = [];
      for (const item of open) {
        const carried = item.carried + 1;
        const link = `../${item.origin}`;
        if (carried >= item.life) {
          lines.push(`- [x] ${item.text} @${item.owner} due:${item.due} done:${date} (carried ${carried}×) — from [${item.date}](${link})`);
        } else {
          lines.push(`- [ ] ${item.text} @${item.owner} due:${item.due} (carried ${carried}×) — from [${item.date}](${link})`);
          next.push({ ...item, carried });
        }
      }
      open = next;
      lines.push('');
    } else {
      // A timeline's "Action" column is what was done then, not a promise.
      lines.push('## Timeline', '', '| Time | Action | Who |', '| --- | --- | --- |', `| 09:12 | Paged the on-call for ${sentence(3)} | @${pick(OWNERS)} |`, `| 09:40 | Rolled back the ${sentence(2)} | @${pick(OWNERS)} |`, '');
    }
    for (const section of ['What went well', 'Learned', 'Lacked']) {
      lines.push(`## ${section}`, '');
      for (let n = 0; n < 4; n++) lines.push(`- ${sentence(8)}`);
      lines.push('');
    }
    const form = pick(CORPUS_FORMS);
    const variant = Math.floor(rand() * 10);
    const items: Item[] = [];
    if (rand() < FRESH_CHANCE) {
      const item: Open = { text: `Action ${i}.0: ${sentence(5)}`, owner: pick(OWNERS), due: isoDay(day + 14), origin: path, date, carried: 0, life: 1 + Math.floor(rand() * MAX_CHAIN) };
      items.push(item);
      if (!postmortem) open.push(item);
    }
    if (rand() < CLOSED_CHANCE) items.push({ text: `Action ${i}.1: ${sentence(5)}`, owner: pick(OWNERS), due: isoDay(day + 7), closed: rand() < 0.5 ? 'done' : 'dropped' });
    lines.push(...actionLines(form, items, variant, date));
    lines.push('## Notes', '');
    let length = lines.reduce((n, l) => n + l.length + 1, 0);
    while (length < bytesPerDoc) {
      const note = `${sentence(14)}.`;
      lines.push(note);
      length += note.length + 1;
    }
    docs.push({ path, kind: postmortem ? 'postmortem' : 'retrospective', text: `${lines.join('\n')}\n` });
  }
  return docs;
}
