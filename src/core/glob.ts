// Glob patterns (the `learningLoop.glossary.files` kind: `GLOSSARY.md`, `docs/**/*.glossary.json`,
// `{a,b}.md`) matched against workspace-relative paths without a search provider: virtual
// workspaces (vscode.dev) have none, so files are found by walking folders and testing each path.
// Matching is a dynamic programme over segments with a greedy wildcard match inside a segment:
// O(pattern × path) at worst, never the exponential backtracking a glob-to-RegExp rewrite risks.

/** Longer patterns are refused: a setting, not a program. */
export const MAX_GLOB_LENGTH = 500;
/** `{a,b}` alternatives per pattern, after expansion; more is refused. */
export const MAX_GLOB_ALTERNATIVES = 32;

type Token = { readonly kind: 'char'; readonly char: string } | { readonly kind: 'any' } | { readonly kind: 'star' }
  | { readonly kind: 'class'; readonly negated: boolean; readonly ranges: readonly (readonly [string, string])[] };
type Segment = { readonly kind: 'globstar' } | { readonly kind: 'part'; readonly tokens: readonly Token[]; readonly literal: string | undefined };

/** One brace-free alternative of a pattern. */
export interface GlobAlternative {
  /** The leading segments without wildcards: where a walk starts. */
  readonly base: readonly string[];
  /** The whole relative path when the alternative has no wildcard at all (stat it, walk nothing). */
  readonly literal: string | undefined;
  /** How many segments below `base` a match can be; undefined with `**` (any depth). */
  readonly depth: number | undefined;
  /** Whether a path (relative, `/`-separated) matches. */
  matches(path: string): boolean;
}

/** A compiled pattern: its brace alternatives. */
export interface Glob {
  readonly source: string;
  readonly alternatives: readonly GlobAlternative[];
  /** Whether any alternative matches the path. */
  matches(path: string): boolean;
}

/** Why a pattern cannot be used (the adapter words it, translated). */
export type GlobProblem = 'empty' | 'too-long' | 'too-many-alternatives';

/** Compiles a pattern, or says why it cannot be used. */
export function compileGlob(pattern: string): { glob: Glob } | { problem: GlobProblem } {
  const source = pattern.trim().replace(/\\/g, '/').replace(/^\.\//, '').replace(/^\/+/, '');
  if (source === '') return { problem: 'empty' };
  if (source.length > MAX_GLOB_LENGTH) return { problem: 'too-long' };
  const expanded = expandBraces(source);
  if (expanded === undefined) return { problem: 'too-many-alternatives' };
  const alternatives = expanded.map(compileAlternative);
  return { glob: { source, alternatives, matches: (path) => alternatives.some((a) => a.matches(path)) } };
}

/** `a{b,c}d{e,f}` → abde, abdf, acde, acdf (one level of braces; undefined past the cap). */
function expandBraces(pattern: string): string[] | undefined {
  let results = [''];
  let i = 0;
  while (i < pattern.length) {
    const open = pattern.indexOf('{', i);
    const close = open < 0 ? -1 : pattern.indexOf('}', open);
    if (open < 0 || close < 0) {
      results = results.map((r) => r + pattern.slice(i));
      break;
    }
    const options = pattern.slice(open + 1, close).split(',');
    const prefix = pattern.slice(i, open);
    if (results.length * options.length > MAX_GLOB_ALTERNATIVES) return undefined;
    results = results.flatMap((r) => options.map((o) => r + prefix + o));
    i = close + 1;
  }
  return results;
}

function compileAlternative(pattern: string): GlobAlternative {
  const segments = pattern.split('/').filter((s) => s !== '').map(compileSegment);
  const baseLength = segments.findIndex((s) => s.kind === 'globstar' || s.literal === undefined);
  const base = (baseLength < 0 ? segments : segments.slice(0, baseLength)).map((s) => (s.kind === 'part' ? s.literal ?? '' : ''));
  const rest = baseLength < 0 ? [] : segments.slice(baseLength);
  return {
    base,
    literal: baseLength < 0 ? base.join('/') : undefined,
    depth: rest.some((s) => s.kind === 'globstar') ? undefined : rest.length,
    matches: (path) => matchSegments(segments, path.split('/').filter((s) => s !== '')),
  };
}

function compileSegment(text: string): Segment {
  if (text === '**') return { kind: 'globstar' };
  const tokens: Token[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '*') {
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' }); // ** inside a name is *
    } else if (c === '?') {
      tokens.push({ kind: 'any' });
    } else if (c === '[' && text.indexOf(']', i + 2) > 0) {
      const end = text.indexOf(']', i + 2);
      let body = text.slice(i + 1, end);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      const ranges: [string, string][] = [];
      for (let j = 0; j < body.length; j++) {
        const from = body[j] as string;
        if (body[j + 1] === '-' && j + 2 < body.length) {
          ranges.push([from, body[j + 2] as string]);
          j += 2;
        } else {
          ranges.push([from, from]);
        }
      }
      tokens.push({ kind: 'class', negated, ranges });
      i = end;
    } else {
      tokens.push({ kind: 'char', char: c });
    }
  }
  const literal = tokens.every((t) => t.kind === 'char') ? text : undefined;
  return { kind: 'part', tokens, literal };
}

function tokenMatches(token: Token, c: string): boolean {
  switch (token.kind) {
    case 'char': return token.char === c;
    case 'any': return true;
    case 'class': return token.ranges.some(([from, to]) => c >= from && c <= to) !== token.negated;
    case 'star': return false;
  }
}

/** Greedy wildcard match with one remembered star: O(tokens × name). */
function matchName(tokens: readonly Token[], name: string): boolean {
  let t = 0;
  let n = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (n < name.length) {
    const token = tokens[t];
    if (token !== undefined && token.kind !== 'star' && tokenMatches(token, name[n] as string)) {
      t++;
      n++;
    } else if (token?.kind === 'star') {
      starAt = t++;
      resumeAt = n;
    } else if (starAt >= 0) {
      t = starAt + 1;
      n = ++resumeAt;
    } else {
      return false;
    }
  }
  while (tokens[t]?.kind === 'star') t++;
  return t === tokens.length;
}

/** Segments against path parts, `**` standing for any number of parts: O(segments × parts) cells. */
function matchSegments(segments: readonly Segment[], parts: readonly string[]): boolean {
  // reachable[j] = 1: the segments so far can consume exactly parts[0..j)
  let reachable = new Uint8Array(parts.length + 1);
  let next = new Uint8Array(parts.length + 1);
  reachable[0] = 1;
  for (const segment of segments) {
    next.fill(0);
    if (segment.kind === 'globstar') {
      let any = 0;
      for (let j = 0; j <= parts.length; j++) {
        any |= reachable[j] as number;
        next[j] = any;
      }
    } else {
      for (let j = 0; j < parts.length; j++) {
        if (reachable[j] === 1 && matchName(segment.tokens, parts[j] as string)) next[j + 1] = 1;
      }
    }
    [reachable, next] = [next, reachable];
  }
  return reachable[parts.length] === 1;
}
