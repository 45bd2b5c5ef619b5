// Dates as people read them in the charts: "14 Nov 2026" (or the display language's own order)
// instead of a two-digit "26-11-14" that reads as three different days in three countries.
// Tables and the digest keep ISO dates: there they are data, sortable and copied.

import { dayNumber } from './stats';

const MS_PER_DAY = 86_400_000;

/** How the charts write a day (ISO `YYYY-MM-DD` in, words out). */
export interface DayFormat {
  /** The whole date, for tooltips and the ends of an axis: "14 Nov 2026". */
  long(date: string): string;
  /** Day and month under a column: "14 Nov". */
  short(date: string): string;
  /** The year, written under the first label and wherever the year changes. */
  year(date: string): string;
}

function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat | undefined {
  try {
    // The dates are calendar days: formatted in UTC, they never shift by the viewer's time zone.
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  } catch {
    return undefined; // an unknown locale tag: the caller falls back to the ISO date
  }
}

/** The day format of a display language (VS Code's `env.language`); ISO dates when Intl cannot. */
export function dayFormat(locale?: string): DayFormat {
  const long = formatter(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  const short = formatter(locale, { day: 'numeric', month: 'short' });
  const year = formatter(locale, { year: 'numeric' });
  // Without Intl (or for a text that is no calendar day) the date stands as written, with no year line.
  const use = (f: Intl.DateTimeFormat | undefined, fallback: (date: string) => string) => (date: string): string => {
    const day = dayNumber(date);
    return f === undefined || day === undefined ? fallback(date) : f.format(new Date(day * MS_PER_DAY));
  };
  return { long: use(long, (d) => d), short: use(short, (d) => d), year: use(year, () => '') };
}
