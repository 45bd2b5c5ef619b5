// Small numeric helpers for the insights: medians and whole days between YYYY-MM-DD dates.

const MS_PER_DAY = 86_400_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const [ZERO, HYPHEN] = [48, 45];
/** Date.UTC reads a year below 100 as 19xx: such a year goes the slow way, as it always did. */
const SMALLEST_FAST_YEAR = 100;
const [DAYS_PER_ERA, YEARS_PER_ERA, EPOCH_SHIFT] = [146_097, 400, 719_468];

/** The digits of `text[from..from+count)` as a number, or -1 when one is not a digit. */
function digits(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - ZERO;
    if (!(d >= 0 && d <= 9)) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Days since 1970-01-01 of a valid Gregorian date (the civil-from-days inverse, in integers). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / YEARS_PER_ERA);
  const yoe = y - era * YEARS_PER_ERA;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * DAYS_PER_ERA + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - EPOCH_SHIFT;
}

/**
 * The day number (days since 1970-01-01) of a YYYY-MM-DD date, or undefined when it is not one.
 * Read by character codes (no regular expression, no Date): the insights ask for thousands.
 */
export function dayNumber(date: string): number | undefined {
  if (date.length !== 10 || date.charCodeAt(4) !== HYPHEN || date.charCodeAt(7) !== HYPHEN) return undefined;
  const [y, mo, d] = [digits(date, 0, 4), digits(date, 5, 2), digits(date, 8, 2)];
  if (y < 0 || mo < 0 || d < 0) return undefined;
  const leap = mo === 2 && (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 1 : 0;
  // 2026-02-30 is not a date (Date.UTC would roll it over into March).
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= (DAYS_IN_MONTH[mo - 1] ?? 0) + leap)) return undefined;
  return y >= SMALLEST_FAST_YEAR ? daysFromCivil(y, mo, d) : Math.round(Date.UTC(y, mo - 1, d) / MS_PER_DAY);
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
  // A typed array sorts by value natively: no comparator called per pair (the first call is not
  // yet compiled, and the insights take medians of thousands of gaps).
  const sorted = Float64Array.from(values).sort();
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
