// A generated team memory for the memory bench: retrospectives every few days with notes and
// action items, postmortems now and then, open items carried forward (with a link to their
// origin) for up to 8 retros before they are checked. Seeded: every run sees the same memory.

/** One generated document. */
export interface GeneratedDoc {
  readonly path: string;
  readonly kind: 'retrospective' | 'postmortem';
  readonly text: string;
}

const MAX_CHAIN = 8;
const NOTE_WORDS = ['release', 'checklist', 'on-call', 'handover', 'review', 'pairing', 'alerts', 'flaky', 'tests', 'deploy', 'runbook', 'backlog', 'retro', 'learning', 'feedback', 'incident', 'customer', 'migration', 'dashboard', 'latency'];
const OWNERS = ['ana', 'bo', 'cy', 'dana', 'eli', 'fay', 'gus', 'hana', 'ivo', 'jo'];
const DAY_MS = 86_400_000;
const START = Date.parse('2000-01-03T00:00:00Z');
/** Chance that a document raises a new action (with chains up to 8: about 3 items a document). */
const FRESH_CHANCE = 0.55;
/** Every this-many documents is a postmortem. */
const POSTMORTEM_EVERY = 10;

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Open { text: string; owner: string; due: string; origin: string; date: string; carried: number; life: number }

/** `count` documents of about `bytesPerDoc` each. */
export function generateMemory(count: number, bytesPerDoc = 3_500, seed = 7): GeneratedDoc[] {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const sentence = (words: number): string => Array.from({ length: words }, () => pick(NOTE_WORDS)).join(' ');
  const docs: GeneratedDoc[] = [];
  let open: Open[] = [];
  for (let i = 0; i < count; i++) {
    const date = new Date(START + Math.floor(i / 2) * DAY_MS).toISOString().slice(0, 10);
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
    }
    for (const section of ['Liked', 'Learned', 'Lacked']) {
      lines.push(`## ${section}`, '');
      for (let n = 0; n < 4; n++) lines.push(`- ${sentence(8)}`);
      lines.push('');
    }
    lines.push('## Action items', '');
    const fresh = rand() < FRESH_CHANCE ? 1 : 0;
    for (let n = 0; n < fresh; n++) {
      const item: Open = { text: `Action ${i}.${n}: ${sentence(5)}`, owner: pick(OWNERS), due: new Date(START + (Math.floor(i / 2) + 14) * DAY_MS).toISOString().slice(0, 10), origin: path, date, carried: 0, life: 1 + Math.floor(rand() * MAX_CHAIN) };
      lines.push(`- [ ] ${item.text} @${item.owner} due:${item.due}`);
      if (!postmortem) open.push(item);
    }
    lines.push('', '## Notes', '');
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
