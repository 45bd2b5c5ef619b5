// Layers the glossaries: built-in first, then each team file in settings order.

import type { GlossaryEntry } from './model';
import { normalizeTerm } from './normalize';

/**
 * Merges layers in order: a later entry replaces an earlier one with the same normalised
 * term, and a later term or alias takes that spelling away from any earlier entry's aliases.
 * Replaced entries move to the end, so "later wins" also holds for the matcher.
 */
export function mergeGlossaries(layers: readonly (readonly GlossaryEntry[])[]): GlossaryEntry[] {
  const byTerm = new Map<string, GlossaryEntry>();
  const aliasOwner = new Map<string, string>(); // alias key → owning term key
  for (const layer of layers) {
    for (const entry of layer) {
      const termKey = normalizeTerm(entry.term);
      if (termKey === '') continue;
      forgetAliases(byTerm.get(termKey), aliasOwner);
      byTerm.delete(termKey);
      const aliases = ownAliases(entry, termKey);
      for (const key of [termKey, ...aliases.keys()]) takeAlias(key, byTerm, aliasOwner);
      for (const key of aliases.keys()) aliasOwner.set(key, termKey);
      byTerm.set(termKey, aliases.size === entry.aliases.length ? entry : { ...entry, aliases: [...aliases.values()] });
    }
  }
  return [...byTerm.values()];
}

/** The entry's aliases by key, without blanks, repeats or its own term. */
function ownAliases(entry: GlossaryEntry, termKey: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const alias of entry.aliases) {
    const key = normalizeTerm(alias);
    if (key !== '' && key !== termKey && !aliases.has(key)) aliases.set(key, alias);
  }
  return aliases;
}

function forgetAliases(entry: GlossaryEntry | undefined, aliasOwner: Map<string, string>): void {
  for (const alias of entry?.aliases ?? []) aliasOwner.delete(normalizeTerm(alias));
}

/** Removes `key` from the aliases of whichever earlier entry holds it. */
function takeAlias(key: string, byTerm: Map<string, GlossaryEntry>, aliasOwner: Map<string, string>): void {
  const ownerKey = aliasOwner.get(key);
  if (ownerKey === undefined) return;
  aliasOwner.delete(key);
  const owner = byTerm.get(ownerKey);
  if (owner === undefined) return;
  byTerm.set(ownerKey, { ...owner, aliases: owner.aliases.filter((a) => normalizeTerm(a) !== key) });
}
