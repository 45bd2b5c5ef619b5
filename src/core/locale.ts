// Choosing among translated variants of something (content, for now only English) by the
// display language: `de-AT` takes `de-at`, then `de`, then the fallback.

/** The language every piece of content exists in. */
export const FALLBACK_LOCALE = 'en';

/** The best of `available` for `requested` (BCP 47, any case), else FALLBACK_LOCALE. */
export function pickLocale(available: readonly string[], requested: string | undefined): string {
  const have = new Set(available.map((l) => l.toLowerCase()));
  const parts = (requested ?? '').toLowerCase().replace(/_/g, '-').split('-').filter((p) => p !== '');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('-');
    if (have.has(candidate)) return candidate;
  }
  return FALLBACK_LOCALE;
}
