// Dates as teams write them in file names and front matter: YYYY-MM-DD, in local time
// (a retro held on the evening of the 14th is the 14th's, whatever UTC says).

/** `date` as YYYY-MM-DD in the local time zone. */
export function localDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
