// The comparison's own keys, owned by the model (the message protocol builds on them, never the
// other way round). Pure language only: the webview's type-check compiles this file too.

/** The two concepts compared: organizational learning (`ol`) and the learning organization (`lo`). */
export const CONCEPT_KEYS = ['ol', 'lo'] as const;
/** One of the two compared concepts (not to be confused with a glossary entry's `Side`). */
export type ConceptKey = (typeof CONCEPT_KEYS)[number];

/** Tells whether a value is one of the two concept keys. */
export function isConceptKey(value: unknown): value is ConceptKey {
  return value === 'ol' || value === 'lo';
}

/** Row ids are short lowercase slugs (`building-blocks`). */
export function isRowId(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z0-9][a-z0-9-]{0,63}$/.test(value);
}
