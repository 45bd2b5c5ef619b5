import type { Command } from './commandManager';
import { Commands } from '../constants';
import type { InsightsFeature } from '../features/insights';
import type { OpenInsightsResult } from '../features/insights/panel';

/** `learningLoop.openInsights`: opens (or reveals: one tab only) the insights panel. Resolves to what it did. */
export function openInsightsCommand(insights: InsightsFeature): Command {
  return { id: Commands.openInsights, execute: (): OpenInsightsResult => insights.open() };
}
