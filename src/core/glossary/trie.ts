// The index the matcher walks: a trie of normalised tokens (see normalize.ts), and its first
// level again as a hash table keyed by the hash the scan computes while it reads a word, so a
// candidate word is looked up without cutting, lower-casing or rehashing it as a string.

import type { GlossaryEntry } from './entry';
import * as normalize from './normalize';
import type { Tokens } from './normalize';
import * as charCodes from '../charCodes';

// Module-local bindings for the hot loops (see the note in matcher.ts).
const { hashKey, hashStep, singulars, JOINED, WORD_LOWERS } = normalize;
const { LOWER_E, LOWER_I, LOWER_S, LOWER_Y } = charCodes;

/** One token of a term or alias, and what may follow it. */
export interface TrieNode {
  /** The entry whose term or alias ends here. */
  entry?: GlossaryEntry;
  /** Next token when written with nothing in between ("C" → "+"). */
  joined?: Map<string, TrieNode>;
  /** Next token after one space or joining hyphen ("double" → "loop"). */
  spaced?: Map<string, TrieNode>;
}

/** Adds the path of `tokens` to the trie under `root`, ending at `entry`. */
export function insert(root: Map<string, TrieNode>, tokens: Tokens, entry: GlossaryEntry): void {
  let map = root;
  let node: TrieNode | undefined;
  for (let j = 0; j < tokens.count; j++) {
    const key = tokens.keys[j] as string;
    node = map.get(key);
    if (node === undefined) {
      node = {};
      map.set(key, node);
    }
    if (j + 1 < tokens.count) {
      if (tokens.gaps[j + 1] === JOINED) map = node.joined ??= new Map();
      else map = node.spaced ??= new Map();
    }
  }
  if (node !== undefined) node.entry = entry;
}

/** The entry of a singular of `key` in `map` (see `singulars`), if `key` may be a plural. */
export function pluralEntry(map: Map<string, TrieNode>, key: string): GlossaryEntry | undefined {
  if (key.charCodeAt(key.length - 1) !== LOWER_S) return undefined;
  for (const singular of singulars(key)) {
    const entry = map.get(singular)?.entry;
    if (entry !== undefined) return entry;
  }
  return undefined;
}

/** Spreads a hash's entropy into its low bits, which index the bit set and the table. */
export function mix(hash: number): number {
  const h = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
}

/** Table slots per first token, at least: half the slots stay empty, so probes end soon. */
const SLOTS_PER_KEY = 2;

/**
 * The trie's first level by hash (open addressing, linear probing). Asked only for a simple
 * word (every unit has a one-unit lower case in WORD_LOWERS): its key is those lower cases, in
 * order, which is what `toLowerCase` gives and what the scan hashed.
 */
export class FirstTokens {
  private readonly hashes: Int32Array;
  private readonly keys: Array<string | undefined>;
  private readonly nodes: Array<TrieNode | undefined>;
  private readonly mask: number;

  constructor(root: ReadonlyMap<string, TrieNode>) {
    let slots = 1;
    while (slots < root.size * SLOTS_PER_KEY) slots *= 2;
    this.mask = slots - 1;
    this.hashes = new Int32Array(slots);
    this.keys = new Array<string | undefined>(slots).fill(undefined);
    this.nodes = new Array<TrieNode | undefined>(slots).fill(undefined);
    for (const [key, node] of root) {
      const hash = hashKey(key);
      let slot = mix(hash) & this.mask;
      while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.hashes[slot] = hash;
      this.keys[slot] = key;
      this.nodes[slot] = node;
    }
  }

  /**
   * The node whose key is the lower case of text[start, start + length) followed by `suffix`,
   * given that key's hash.
   */
  node(hash: number, text: string, start: number, length: number, suffix = ''): TrieNode | undefined {
    const size = length + suffix.length;
    for (let slot = mix(hash) & this.mask; ; slot = (slot + 1) & this.mask) {
      const key = this.keys[slot];
      if (key === undefined) return undefined;
      if (this.hashes[slot] === hash && key.length === size && sameKey(key, text, start, length, suffix)) return this.nodes[slot];
    }
  }

  /**
   * The entry of a singular of the simple word text[start, end), which may be a plural, tried
   * in the order of `singulars`: -s, -es, -ies → -y, -ses → -sis.
   */
  pluralEntry(text: string, start: number, end: number): GlossaryEntry | undefined {
    const length = end - start;
    if (length < 2 || WORD_LOWERS[text.charCodeAt(end - 1)] !== LOWER_S) return undefined;
    let h1 = 0;
    let h2 = 0;
    let h3 = 0;
    for (let k = start; k < end - 1; k++) {
      h3 = h2;
      h2 = h1;
      h1 = hashStep(h1, WORD_LOWERS[text.charCodeAt(k)] as number);
    }
    const e = WORD_LOWERS[text.charCodeAt(end - 2)] === LOWER_E;
    const before = length > 3 ? WORD_LOWERS[text.charCodeAt(end - 3)] : 0;
    return (
      this.node(h1, text, start, length - 1)?.entry ??
      (e && length > 2 ? this.node(h2, text, start, length - 2)?.entry : undefined) ??
      (e && before === LOWER_I && length > 3 ? this.node(hashStep(h3, LOWER_Y), text, start, length - 3, 'y')?.entry : undefined) ??
      (e && before === LOWER_S && length > 3 ? this.node(hashStep(hashStep(h2, LOWER_I), LOWER_S), text, start, length - 2, 'is')?.entry : undefined)
    );
  }
}

function sameKey(key: string, text: string, start: number, length: number, suffix: string): boolean {
  for (let k = 0; k < length; k++) {
    if (key.charCodeAt(k) !== WORD_LOWERS[text.charCodeAt(start + k)]) return false;
  }
  return suffix.length === 0 || key.endsWith(suffix);
}
