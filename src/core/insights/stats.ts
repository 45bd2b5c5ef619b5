// Small numeric helpers for the insights: medians and whole days between YYYY-MM-DD dates.

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Memoised: the insights ask for the same few thousand dates many times over. */
const dayCache = new Map<string, number | undefined>();
const MAX_CACHED_DAYS = 100_000;

/** The day number (days since 1970-01-01) of a YYYY-MM-DD date, or undefined when it is not one. */
export function dayNumber(date: string): number | undefined {
  if (dayCache.has(date)) return dayCache.get(date);
  const m = ISO_DATE.exec(date);
  let n: number | undefined;
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const leap = mo === 2 && (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 1 : 0;
    // 2026-02-30 is not a date (Date.UTC would roll it over into March).
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= (DAYS_IN_MONTH[mo - 1] ?? 0) + leap) n = Math.round(Date.UTC(y, mo - 1, d) / MS_PER_DAY);
  }
  if (dayCache.size >= MAX_CACHED_DAYS) dayCache.clear();
  dayCache.set(date, n);
  return n;
}

/** Whole days from `from` to `to` (negative when `to` is earlier); undefined unless both are dates. */
export function daysBetween(from: string, to: string): number | undefined {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === undefined || b === undefined ? undefined : b - a;
}

/** The median; of an even count, the mean of the two middle values; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/** The arithmetic mean, null for none. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Compares two strings in code-unit order (stable across locales, unlike localeCompare). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
