import type { Command } from './commandManager';
import { Commands } from '../constants';
import type { ComparisonFeature, OpenComparisonResult } from '../features/comparison';

/**
 * `learningLoop.openComparison [query]`: opens (or reveals) the comparison panel; a string
 * argument (a row id or a term, e.g. from a hover's link) picks the row to focus. Anything
 * else (a Uri from a menu) is ignored. Resolves to what it did.
 */
export function openComparisonCommand(comparison: ComparisonFeature): Command {
  return {
    id: Commands.openComparison,
    execute: (query?: unknown): OpenComparisonResult | undefined => comparison.open(typeof query === 'string' ? query : undefined),
  };
}
