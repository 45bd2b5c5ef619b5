// UI smoke of the insights panel on a copy of the sample workspace (months of retrospectives, two
// postmortems, a lessons-learned review): what `npm start` shows a new user, and the README's
// picture of the panel (test-results/screenshots/insights-sample.png → docs/screenshots/).
// Run: npm run package && npm run test:ui -- -g "sample workspace"
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, CMD, LONG } from './workbench.mjs';
import { REPO } from '../runtime/code-server.mjs';

const SAMPLE = path.join(REPO, 'sample-workspace');
test.use({ workspaceFolder: SAMPLE });

/** The sample's retrospectives, counted from its folder: the follow-through table has a row for each. */
const RETROSPECTIVES = fs.readdirSync(path.join(SAMPLE, 'docs', 'retrospectives')).filter((name) => name.endsWith('.md')).length;

test('the insights panel on the sample workspace: a follow-through row per retrospective, themes and scores', async ({ vscode }) => {
  await expect(async () => {
    await vscode.closeQuickInput();
    await vscode.page.keyboard.press('F1');
    const input = vscode.quickInput().locator('input');
    await expect(input).toBeVisible({ timeout: 5000 });
    await input.fill(`>${CMD}Open Learning Insights`);
    await vscode.row(`${CMD}Open Learning Insights`).click({ timeout: 5000 });
  }).toPass({ timeout: LONG });
  const panel = await vscode.frameWith('#ll-insights-summary');
  const followThrough = panel.locator('#ll-insights-follow-through table[data-table="followThrough"] tbody tr');
  await expect(followThrough).toHaveCount(RETROSPECTIVES, { timeout: LONG });
  await expect(panel.locator('#ll-insights-follow-through svg')).toBeVisible();
  await expect(panel.locator('#ll-insights-themes table[data-table="themes"] tbody tr')).not.toHaveCount(0);
  await expect(panel.locator('#ll-insights-summary')).toContainText(/Learning documents: \d+\./);
  await vscode.page.mouse.move(5, 5);
  await vscode.shot('insights-sample.png');
  await vscode.closeAll();
});
