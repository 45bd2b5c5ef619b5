// Applies a snippet transform (`${TEAM/regex/format/flags}`) to one of our own variables, as
// VS Code applies one to its own. The regular expression comes from a team's file, and a
// backtracking engine can take exponential time, so only simple ones run (see `unsafeReason`):
// the others leave the value as it is and the template reports why.

import type { Transform } from './snippetAst';

/** Longest value a transform is applied to (team names, iteration numbers are far shorter). */
export const MAX_TRANSFORM_INPUT = 200;
/** Most quantifiers a transform's regular expression may have: the time grows as length^(this + 1). */
export const MAX_TRANSFORM_QUANTIFIERS = 2;
const CASE_CHANGES: Readonly<Record<string, (text: string) => string>> = {
  upcase: (t) => t.toUpperCase(),
  downcase: (t) => t.toLowerCase(),
  capitalize: (t) => t.charAt(0).toUpperCase() + t.slice(1),
  camelcase: (t) => words(t).map((w, i) => (i === 0 ? w.toLowerCase() : capital(w))).join(''),
  pascalcase: (t) => words(t).map(capital).join(''),
};

/** Why a transform's regular expression is not run, or undefined when it is simple enough. */
export function unsafeReason(regex: string): string | undefined {
  let quantifiers = 0;
  let inClass = false;
  // Whether each open group holds a quantifier, to refuse a quantified group that has one.
  const groups: boolean[] = [];
  let lastGroupQuantified = false;
  for (let i = 0; i < regex.length; i++) {
    const ch = regex[i];
    const afterGroup = lastGroupQuantified;
    lastGroupQuantified = false;
    if (ch === '\\') {
      if (/[1-9k]/.test(regex[i + 1] ?? '')) return 'it uses a back-reference';
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
    } else if (ch === '(') {
      if (regex[i + 1] === '?' && regex[i + 2] !== ':') return 'it uses a look-around or named group';
      groups.push(false);
    } else if (ch === ')') {
      lastGroupQuantified = groups.pop() ?? false;
    } else if (ch === '*' || ch === '+' || ch === '?' || (ch === '{' && /^\{\d+(?:,\d*)?\}/.test(regex.slice(i)))) {
      if (afterGroup) return 'it repeats a group that repeats';
      if (++quantifiers > MAX_TRANSFORM_QUANTIFIERS) return `it has more than ${MAX_TRANSFORM_QUANTIFIERS} repetitions`;
      if (groups.length > 0) groups[groups.length - 1] = true;
      if (ch === '{') i = regex.indexOf('}', i);
      if (regex[i + 1] === '?') i++; // a lazy quantifier is one quantifier
    }
  }
  return undefined;
}

/** The value transformed, or undefined when the transform is not run (too long, unsafe, invalid). */
export function applyTransform(value: string, transform: Transform): string | undefined {
  if (value.length > MAX_TRANSFORM_INPUT || unsafeReason(transform.regex) !== undefined) return undefined;
  let regex: RegExp;
  try {
    regex = new RegExp(transform.regex, transform.flags);
  } catch {
    return undefined;
  }
  return value.replace(regex, (...args: unknown[]) => {
    const groups = args.slice(0, -2).filter((g): g is string | undefined => typeof g !== 'object');
    return formatWith(transform.format, groups);
  });
}

/** Evaluates a transform's format (`$1`, `${1:/upcase}`, `${1:+yes}`, `${1:?yes:no}`, `${1:-no}`). */
function formatWith(format: string, groups: readonly (string | undefined)[]): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] ?? '';
    if (ch === '\\' && i + 1 < format.length) {
      out += format[++i];
      continue;
    }
    const plain = ch === '$' ? /^\$(\d+)/.exec(format.slice(i)) : null;
    if (plain) {
      out += groups[Number(plain[1])] ?? '';
      i += plain[0].length - 1;
      continue;
    }
    const braced = ch === '$' ? /^\$\{(\d+)(?::([^}]*))?\}/.exec(format.slice(i)) : null;
    if (braced) {
      out += formatGroup(groups[Number(braced[1])] ?? '', braced[2]);
      i += braced[0].length - 1;
      continue;
    }
    out += ch;
  }
  return out;
}

function formatGroup(group: string, option: string | undefined): string {
  if (option === undefined) return group;
  if (option.startsWith('/')) return CASE_CHANGES[option.slice(1)]?.(group) ?? group;
  if (option.startsWith('+')) return group === '' ? '' : option.slice(1);
  if (option.startsWith('?')) {
    const [yes = '', no = ''] = option.slice(1).split(':');
    return group === '' ? no : yes;
  }
  const otherwise = option.startsWith('-') ? option.slice(1) : option;
  return group === '' ? otherwise : group;
}

function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
