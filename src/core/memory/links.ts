// Where a carried copy's back link points: the link as written, resolved against the URI of the
// document it is written in, in one canonical form both sides of the comparison share.

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** `uri` in the form links are compared in: percent-decoded, without query or fragment. */
export function canonicalUri(uri: string): string {
  return decode(uri.replace(/[?#].*$/, ''));
}

/**
 * The canonical URI `link` points at from the document at `fromUri`, or undefined for a web
 * link; `from` is `fromUri`'s canonical form, when the caller knows it already.
 */
export function resolveLink(fromUri: string, link: string, from = canonicalUri(fromUri)): string | undefined {
  const target = link.trim().replace(/[?#].*$/, '');
  if (target === '') return undefined;
  if (SCHEME.test(target)) return target.toLowerCase().startsWith('http') ? undefined : canonicalUri(target);
  // `scheme://authority` or a bare `scheme:` (a virtual file system's `memfs:/path`).
  const root = /^[a-z][a-z0-9+.-]*:(?:\/\/[^/]*)?/i.exec(from)?.[0] ?? '';
  const fromPath = from.slice(root.length);
  const base = target.startsWith('/') ? [] : fromPath.split('/').slice(0, -1);
  const parts = [...base];
  for (const segment of decode(target).split('/')) {
    if (segment === '..') parts.length = Math.max(1, parts.length - 1);
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  const path = parts.join('/');
  return root + (path.startsWith('/') ? path : `/${path}`);
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
