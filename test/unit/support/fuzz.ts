// Shared pieces of the fuzz tier (`test/unit/fuzz-*.test.ts`): a fixed seed so every run checks
// the same inputs (a failure is reproducible), and text built from the tokens each grammar knows
// mixed with arbitrary Unicode (lone surrogates, combining marks, bidi controls included).
import fc from 'fast-check';

/** The seed of the whole tier. */
export const SEED = 20_261_201;

/** fast-check parameters: seeded, and bounded so the tier stays well under a minute. */
export function runs(numRuns: number): fc.Parameters<unknown> {
  return { seed: SEED, numRuns, endOnFailure: true };
}

/** Characters that are hard for text handling: surrogates, marks, invisible and bidi controls, NBSP, line breaks. */
const HARD = ['\ud835', '\udc00', '𝐀', '\u0301', 'é', '\u200b', '\u202e', '\u00a0', '\r', '\n', '\t', '\u2028', 'ß', 'İ', 'Σ', '’', '\u0000'];

/** Text of up to `max` pieces, each a grammar token, a hard character or a short arbitrary string. */
export function textFrom(tokens: readonly string[], max = 40): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...tokens) },
    { weight: 2, arbitrary: fc.constantFrom(...HARD) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  );
  return fc.array(piece, { maxLength: max }).map((pieces) => pieces.join(''));
}
