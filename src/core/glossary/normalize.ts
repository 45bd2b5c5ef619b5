// Normalisation shared by the matcher and the merge: both must agree on when two spellings
// ("Double-loop learning", "double loop  learning") name the same term.
//
// Text is cut into tokens: a maximal run of word characters (Unicode letters, marks, digits)
// or a single other visible character ('+', '(', '.'). Between two tokens there is either
// nothing (JOINED: "C++"), one separator (SPACED: a space, or a hyphen between two word
// characters, so "double-loop" = "double loop"), or anything else (BROKEN: two spaces, a tab,
// a line break), which no term may cross. `_` is not a word character, so "_term_" in
// Markdown source still matches. Letters outside the BMP (`𝐀`, a surrogate pair) are word
// characters too, and keys are in NFC, so a precomposed and a decomposed `é` are one letter.

/** Nothing between two tokens. */
export const JOINED = 0;
/** Exactly one space or joining hyphen between two tokens. */
export const SPACED = 1;
/** A gap no term may cross. */
export const BROKEN = 2;
/** How two neighbouring tokens are separated. */
export type Gap = typeof JOINED | typeof SPACED | typeof BROKEN;

/** Character classes (see charClass). */
export const OTHER = 0;
export const WORD = 1;
export const SPACE = 2;
export const HYPHEN = 3;
export const BREAK = 4;
/** A UTF-16 surrogate: its class is that of the code point it is half of (see classAt). */
export const SURROGATE = 5;
const UNKNOWN = 255;
/** lowerCode's answer for a character that does not lower-case to one code unit on its own. */
export const NO_SIMPLE_LOWER = 0;
const CAPITAL_SIGMA = 0x3a3; // lower-cases to σ or ς depending on context

const WORD_RE = /[\p{L}\p{M}\p{N}]/u;
const BREAK_RE = /\s/u;
const HYPHENS = '-\u2010\u2011';
const SPACES = ' \u00a0';
const APOSTROPHES = '\u2019\u2018';
const SURROGATE_FIRST = 0xd800;
const SURROGATE_LAST = 0xdfff;
/** Keys with a character from here up may change under NFC (combining marks start at U+0300). */
const MAY_COMPOSE = /[\u0300-\uffff]/;
/** Marks and Hangul jamo combine with their neighbours under NFC: no per-unit lower case for them. */
const COMBINING = /[\p{M}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff]/u;

/** CHAR_CLASSES' value for a code unit not classified yet (call charClass). */
export const UNKNOWN_CLASS = UNKNOWN;
// One byte per UTF-16 code unit, filled on first sight: classification is the hot path.
const classes = new Uint8Array(0x10000).fill(UNKNOWN);
/** The class table, for hot loops to read directly (an UNKNOWN_CLASS entry: call charClass). Never write to it. */
export const CHAR_CLASSES: Readonly<Uint8Array> = classes;

function classify(code: number): number {
  if (code >= SURROGATE_FIRST && code <= SURROGATE_LAST) return SURROGATE;
  const ch = String.fromCharCode(code);
  if (SPACES.includes(ch)) return SPACE;
  if (HYPHENS.includes(ch)) return HYPHEN;
  if (WORD_RE.test(ch)) return WORD;
  if (BREAK_RE.test(ch)) return BREAK;
  return OTHER;
}

/** The class of a UTF-16 code unit: OTHER, WORD, SPACE, HYPHEN, BREAK, or SURROGATE (see classAt). */
export function charClass(code: number): number {
  let c = classes[code] as number;
  if (c === UNKNOWN) {
    c = classify(code);
    classes[code] = c;
  }
  return c;
}

// Classes of code points beyond the BMP, filled on first sight.
const astralClasses = new Map<number, number>();

/** The class of the character at `i`, a surrogate taking that of its code point (a lone one is OTHER). */
export function classAt(text: string, i: number): number {
  const c = charClass(text.charCodeAt(i));
  return c === SURROGATE ? surrogateClass(text, i) : c;
}

function surrogateClass(text: string, i: number): number {
  const code = text.charCodeAt(i);
  // A low surrogate belongs to the high one before it.
  const at = code >= 0xdc00 && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800 ? i - 1 : i;
  const point = text.codePointAt(at) ?? code;
  if (point <= SURROGATE_LAST) return OTHER; // a lone surrogate
  let c = astralClasses.get(point);
  if (c === undefined) {
    c = WORD_RE.test(String.fromCodePoint(point)) ? WORD : OTHER;
    astralClasses.set(point, c);
  }
  return c;
}

/** True for a letter, mark or digit at `i` (astral ones included). */
export function isWordAt(text: string, i: number): boolean {
  return classAt(text, i) === WORD;
}

// Lower case of each code unit, filled on first sight; curly apostrophes fold to '.
/** LOWER_CODES' value for a code unit not looked at yet (call lowerCode). */
export const LOWER_UNKNOWN = 0xffff;
const lowers = new Uint16Array(0x10000).fill(LOWER_UNKNOWN);
/** The lower-case table, for hot loops to read directly (a LOWER_UNKNOWN entry: call lowerCode). Never write to it. */
export const LOWER_CODES: Readonly<Uint16Array> = lowers;

/**
 * The lower case of one code unit, as `toLowerCase` gives it inside a word, or NO_SIMPLE_LOWER
 * when that depends on context or is longer than one unit (callers then take the slow path).
 */
export function lowerCode(code: number): number {
  let lower = lowers[code] as number;
  if (lower === LOWER_UNKNOWN) {
    const ch = String.fromCharCode(code);
    const folded = APOSTROPHES.includes(ch) ? "'" : ch.toLowerCase();
    const simple = folded.length === 1 && code !== CAPITAL_SIGMA && charClass(code) !== SURROGATE && !COMBINING.test(ch) && ch.normalize('NFC') === ch;
    lower = simple ? folded.charCodeAt(0) : NO_SIMPLE_LOWER;
    if (lower === LOWER_UNKNOWN) lower = NO_SIMPLE_LOWER; // U+FFFF: keep the sentinel unambiguous
    lowers[code] = lower;
  }
  return lower;
}

/** The hash the matcher's prefilter uses: call with the previous hash and the next lower-cased unit. */
export function hashStep(hash: number, lower: number): number {
  return (Math.imul(hash, 31) + lower) | 0;
}

/** hashStep over a whole (already lower-cased) key. */
export function hashKey(key: string): number {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = hashStep(hash, key.charCodeAt(i));
  return hash;
}

/** True for a letter, mark or digit of the BMP (one UTF-16 code unit; see isWordAt for the others). */
export function isWordCode(code: number): boolean {
  return charClass(code) === WORD;
}

/** Tokens of a text as parallel arrays (offsets are into the tokenised text). */
export interface Tokens {
  readonly count: number;
  readonly starts: number[];
  readonly ends: number[];
  /** Lower-cased token text, curly apostrophes folded to `'`. */
  readonly keys: string[];
  /** Separation from the previous token (the first token's is BROKEN). */
  readonly gaps: Gap[];
  readonly isWord: boolean[];
}

/** Whether a token starts at `i`: a word character, or visible punctuation other than a joining hyphen. */
export function isTokenStart(text: string, i: number): boolean {
  const c = classAt(text, i);
  return c === WORD || c === OTHER || (c === HYPHEN && !isJoiningHyphen(text, i));
}

/** A hyphen between two word characters separates words, like a space; it is not a token. */
export function isJoiningHyphen(text: string, i: number): boolean {
  return i > 0 && i + 1 < text.length && classAt(text, i - 1) === WORD && classAt(text, i + 1) === WORD;
}

/** End of the token starting at `start`: a run of word characters, or one other character. */
export function tokenEnd(text: string, start: number): number {
  let i = start + 1;
  if (classAt(text, start) === WORD) {
    while (i < text.length && classAt(text, i) === WORD) i++;
  }
  return i;
}

/** The key of the token text[start, end): lower-cased, in NFC, a curly apostrophe folded to '. */
export function tokenKey(text: string, start: number, end: number): string {
  const key = text.slice(start, end).toLowerCase();
  if (end - start === 1 && APOSTROPHES.includes(key)) return "'";
  return MAY_COMPOSE.test(key) ? key.normalize('NFC') : key;
}

/** What separates the token ending at `end` from the next one (the next starts at end + gap). */
export function gapAfter(text: string, end: number): Gap {
  if (end >= text.length || charClass(text.charCodeAt(end)) === BREAK) return BROKEN;
  if (isTokenStart(text, end)) return JOINED;
  // A space or joining hyphen: one separator, if a token follows right after it.
  return end + 1 < text.length && isTokenStart(text, end + 1) ? SPACED : BROKEN;
}

/** Cuts `text` into tokens (see the top of this file). */
export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const keys: string[] = [];
  const gaps: Gap[] = [];
  const isWord: boolean[] = [];
  let prevEnd = -1;
  for (let i = 0; i < text.length; ) {
    if (!isTokenStart(text, i)) {
      i++;
      continue;
    }
    const end = tokenEnd(text, i);
    starts.push(i);
    ends.push(end);
    keys.push(tokenKey(text, i, end));
    isWord.push(classAt(text, i) === WORD);
    gaps.push(prevEnd < 0 ? BROKEN : gapAfter(text, prevEnd));
    prevEnd = end;
    i = end;
  }
  return { count: starts.length, starts, ends, keys, gaps, isWord };
}

/** Splits a term into the key path the matcher indexes ([] when it has no visible character). */
export function termKeys(term: string): string[] {
  const tokens = tokenize(term.trim().replace(/\s+/gu, ' '));
  const path: string[] = [];
  for (let j = 0; j < tokens.count; j++) {
    path.push((j > 0 && tokens.gaps[j] === SPACED ? ' ' : '') + (tokens.keys[j] as string));
  }
  return path;
}

/** The identity of a term: case-, hyphen/space- and whitespace-insensitive. */
export function normalizeTerm(term: string): string {
  return termKeys(term).join('');
}

/**
 * Whether two spellings name the same term, each word allowed in the plural of the other:
 * "Cultures" = "culture", "organizational memories" = "Organizational memory". The one
 * singulariser of the code base (the matcher uses it for a term's last word).
 */
export function samePhrase(a: string, b: string): boolean {
  const left = termKeys(a);
  const right = termKeys(b);
  if (left.length === 0 || left.length !== right.length) return false;
  return left.every((key, k) => {
    const other = right[k] as string;
    return key === other || (key.charAt(0) === other.charAt(0) && (singulars(key.trim()).includes(other.trim()) || singulars(other.trim()).includes(key.trim())));
  });
}

/**
 * Singular candidates for a lower-cased word that may be a plural:
 * "teams" → team, "processes" → process, "policies" → policy, "analyses" → analysis.
 */
export function singulars(key: string): string[] {
  const out: string[] = [];
  if (key.length < 2 || !key.endsWith('s')) return out;
  out.push(key.slice(0, -1));
  if (key.endsWith('es') && key.length > 2) out.push(key.slice(0, -2));
  if (key.endsWith('ies') && key.length > 3) out.push(key.slice(0, -3) + 'y');
  if (key.endsWith('ses') && key.length > 3) out.push(key.slice(0, -2) + 'is');
  return out;
}

/** WORD_LOWERS' values besides a lower-case unit (every letter's and digit's is above these). */
export const NOT_WORD = 0;
/** A word character whose lower case needs the slow path (see lowerCode). */
export const WORD_SLOW = 1;
/** Half of a surrogate pair: classAt decides. */
export const WORD_SURROGATE = 2;
/** Not looked at yet: call wordLower. The four markers are below every lower case, so one `<=` tells them apart. */
export const WORD_UNKNOWN = 3;
const wordLowers = new Uint16Array(0x10000).fill(WORD_UNKNOWN);
/**
 * Class and lower case in one table, for the matcher's scan: NOT_WORD, WORD_SLOW,
 * WORD_SURROGATE, WORD_UNKNOWN or the simple lower case of a word character. Never write to it.
 */
export const WORD_LOWERS: Readonly<Uint16Array> = wordLowers;

/** Fills and returns the WORD_LOWERS entry of `code`. */
export function wordLower(code: number): number {
  const c = charClass(code);
  const lower = lowerCode(code);
  const value = c === SURROGATE ? WORD_SURROGATE : c !== WORD ? NOT_WORD : lower === NO_SIMPLE_LOWER || lower <= WORD_UNKNOWN ? WORD_SLOW : lower;
  wordLowers[code] = value;
  return value;
}

// ASCII and Latin-1 up front, so the hot loops rarely take the slow path.
const PREFILLED = 0x100;
for (let code = 0; code < PREFILLED; code++) {
  wordLower(code);
}
