// The variables our templates use beyond VS Code's own, and VS Code's date variables
// computed from one date (for plain-text rendering, where no editor resolves them).

/** Names of the variables Learning Loop fills in. */
export const Variables = {
  team: 'TEAM',
  iteration: 'ITERATION',
  previousRetro: 'PREVIOUS_RETRO',
  openActions: 'OPEN_ACTIONS',
  facilitator: 'FACILITATOR',
  participants: 'PARTICIPANTS',
} as const;

/** Every variable we fill in (VS Code's own are left to it). */
export const OWN_VARIABLES: ReadonlySet<string> = new Set(Object.values(Variables));

/** Our variables that are numbers in front matter (`iteration: 3`); the others are text, quoted there when they need it. */
export const NUMBER_VARIABLES: ReadonlySet<string> = new Set([Variables.iteration]);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SHORT_NAME_LENGTH = 3;

/** VS Code's CURRENT_* date variables for `date` (YYYY-MM-DD), in English, at midnight. */
export function dateVariables(date: string): Record<string, string> {
  const [year = '1970', month = '01', day = '01'] = date.split('-');
  const weekday = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDay();
  const monthName = MONTHS[Number(month) - 1] ?? '';
  const dayName = DAYS[weekday] ?? '';
  return {
    CURRENT_YEAR: year,
    CURRENT_YEAR_SHORT: year.slice(-2),
    CURRENT_MONTH: month,
    CURRENT_MONTH_NAME: monthName,
    CURRENT_MONTH_NAME_SHORT: monthName.slice(0, SHORT_NAME_LENGTH),
    CURRENT_DATE: day,
    CURRENT_DAY_NAME: dayName,
    CURRENT_DAY_NAME_SHORT: dayName.slice(0, SHORT_NAME_LENGTH),
    CURRENT_HOUR: '00',
    CURRENT_MINUTE: '00',
    CURRENT_SECOND: '00',
    CURRENT_SECONDS_UNIX: String(Date.UTC(Number(year), Number(month) - 1, Number(day)) / 1000),
  };
}
