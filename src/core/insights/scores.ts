// Scores from numeric front matter: `roti:` (1–5, return on time invested) and `health:` (a map
// of check name → 1–5), laid out over time. The memory's document reader validates them and
// reports what it leaves out; a value that still is not a score (an API caller's) is skipped.

import type { MemoryDocument, Scores } from '../memory/model';
import { SCORE_MAX, SCORE_MIN, type ScorePoint, type ScoreSeries } from './model';
import { themeKey, inTimeOrder } from './themes';
import { compareText, mean } from './stats';

/** Whether a value is a usable score: a finite number from 1 to 5. */
export function isScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= SCORE_MIN && value <= SCORE_MAX;
}

function series(name: string, points: ScorePoint[]): ScoreSeries {
  return { name, points, documents: points.length, mean: mean(points.map((p) => p.value)) };
}

/** `roti` and every `health` check over time, oldest first; values that are not scores (the memory reader never keeps one) are skipped. */
export function computeScores(documents: readonly MemoryDocument[]): { roti: ScoreSeries; health: ScoreSeries[] } {
  return scoresInOrder(inTimeOrder(documents));
}

/** computeScores for documents already in time order (byDate). */
export function scoresInOrder(sorted: readonly MemoryDocument[]): { roti: ScoreSeries; health: ScoreSeries[] } {
  const roti: ScorePoint[] = [];
  const health = new Map<string, { name: string; points: ScorePoint[] }>();
  for (const doc of sorted) {
    const scores = doc.scores as Scores | undefined;
    if (isScore(scores?.roti)) roti.push({ uri: doc.uri, date: doc.date, value: scores.roti });
    const checks = scores?.health;
    if (!checks || typeof checks !== 'object') continue;
    for (const name in checks) {
      if (!Object.hasOwn(checks, name)) continue;
      const value = checks[name];
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
