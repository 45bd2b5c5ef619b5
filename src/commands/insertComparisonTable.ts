import type { Command } from './commandManager';
import { Commands } from '../constants';
import type { ComparisonFeature } from '../features/comparison';

/**
 * `learningLoop.insertComparisonTable`: inserts the comparison as a Markdown table into the
 * active (or last active) Markdown editor; the panel's "Insert as Markdown table" button runs
 * the same. Resolves to whether it inserted anything.
 */
export function insertComparisonTableCommand(comparison: ComparisonFeature): Command {
  return {
    id: Commands.insertComparisonTable,
    execute: (): Promise<boolean> => comparison.insertTable(),
  };
}
