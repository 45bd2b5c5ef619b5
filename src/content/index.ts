// The built-in content (glossary, comparison, templates) by language. Only English exists so
// far: the README says so, and every other display language falls back to it. A translation
// goes in as one more entry of CONTENT (its files beside the English ones).
import glossary from './glossary.json';
import comparison from './comparison.json';
import templates from 'learning-loop:templates';
import { FALLBACK_LOCALE, pickLocale } from '../core/locale';

/** The content in one language: raw data, parsed and checked by the features that use it. */
export interface Content {
  readonly locale: string;
  readonly glossary: unknown;
  readonly comparison: unknown;
  /** Template file name → file text. */
  readonly templates: Readonly<Record<string, string>>;
}

const CONTENT: Readonly<Record<string, Content>> = {
  [FALLBACK_LOCALE]: { locale: FALLBACK_LOCALE, glossary, comparison, templates },
};

/** The content for a display language (`vscode.env.language`), English when it has none. */
export function contentFor(language: string | undefined): Content {
  return CONTENT[pickLocale(Object.keys(CONTENT), language)] ?? (CONTENT[FALLBACK_LOCALE] as Content);
}
