// Scores from numeric front matter: `roti:` (1–5, return on time invested) and `health:` (a map
// of check name → 1–5). `readScores` validates what a document says and names what it left
// out; `computeScores` lays the valid ones out over time.

import type { MemoryDocument, Scores } from '../memory/model';
import { SCORE_MAX, SCORE_MIN, type ScorePoint, type ScoreSeries } from './model';
import { themeKey, byDate } from './themes';
import { compareText, mean } from './stats';

/** Whether a value is a usable score: a finite number from 1 to 5. */
export function isScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= SCORE_MIN && value <= SCORE_MAX;
}

/** What `readScores` kept and, for each value it left out, why (one message per value). */
export interface ReadScores {
  readonly scores: Scores;
  readonly rejected: readonly { readonly key: string; readonly message: string }[];
}

function describe(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Reads `roti:` and `health:` from parsed front matter; anything non-numeric or outside 1–5 is left out and named. */
export function readScores(frontMatter: Readonly<Record<string, unknown>>): ReadScores {
  const rejected: { key: string; message: string }[] = [];
  const outOfRange = (key: string, value: unknown): void => {
    rejected.push({ key, message: `${key}: ${describe(value)} is not a score from ${SCORE_MIN} to ${SCORE_MAX}; left out` });
  };
  let roti: number | undefined;
  if ('roti' in frontMatter && frontMatter['roti'] !== null && frontMatter['roti'] !== undefined) {
    const value = frontMatter['roti'];
    if (isScore(value)) roti = value;
    else outOfRange('roti', value);
  }
  let health: Record<string, number> | undefined;
  const rawHealth = frontMatter['health'];
  if (rawHealth !== undefined && rawHealth !== null) {
    if (typeof rawHealth !== 'object' || Array.isArray(rawHealth)) {
      rejected.push({ key: 'health', message: `health: ${describe(rawHealth)} is not a map of name → score; left out` });
    } else {
      for (const [name, value] of Object.entries(rawHealth as Record<string, unknown>)) {
        if (isScore(value)) (health ??= {})[name] = value;
        else outOfRange(`health.${name}`, value);
      }
    }
  }
  const scores: Scores = { ...(roti !== undefined ? { roti } : {}), ...(health ? { health } : {}) };
  return { scores, rejected };
}

/** Front matter `tags:` when it is a list of strings; anything else (a string, a list with a number) is none. */
export function readTags(value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((t) => typeof t === 'string')) return [];
  return value.map((t) => t.trim()).filter((t) => t !== '');
}

function series(name: string, points: ScorePoint[]): ScoreSeries {
  return { name, points, documents: points.length, mean: mean(points.map((p) => p.value)) };
}

/** `roti` and every `health` check over time, oldest first; invalid values (never made by `readScores`) are skipped. */
export function computeScores(documents: readonly MemoryDocument[]): { roti: ScoreSeries; health: ScoreSeries[] } {
  const roti: ScorePoint[] = [];
  const health = new Map<string, { name: string; points: ScorePoint[] }>();
  for (const doc of [...documents].sort(byDate)) {
    const scores = doc.scores as Scores | undefined;
    if (isScore(scores?.roti)) roti.push({ uri: doc.uri, date: doc.date, value: scores.roti });
    const checks = scores?.health;
    if (!checks || typeof checks !== 'object') continue;
    for (const [name, value] of Object.entries(checks)) {
      if (!isScore(value)) continue;
      const key = themeKey(name);
      let s = health.get(key);
      if (!s) health.set(key, (s = { name: name.trim(), points: [] }));
      s.points.push({ uri: doc.uri, date: doc.date, value });
    }
  }
  const checks = [...health.values()].map((s) => series(s.name, s.points));
  checks.sort((a, b) => b.documents - a.documents || compareText(themeKey(a.name), themeKey(b.name)));
  return { roti: series('roti', roti), health: checks };
}
