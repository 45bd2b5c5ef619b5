// The UI smoke in German: the palette, a hover and the comparison panel with the extension's
// German strings (l10n/bundle.l10n.de.json, package.nls.de.json). The display language is chosen
// offline by a stub language pack (workbench.mjs, selectDisplayLanguage); VS Code's own UI stays
// English, and the built-in content (glossary, comparison) has no German yet, so only our labels
// are checked. Screenshots: test-results/screenshots/de-*.png.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, LONG, SHORT } from './workbench.mjs';
import { REPO } from '../runtime/code-server.mjs';

const de = JSON.parse(fs.readFileSync(path.join(REPO, 'l10n/bundle.l10n.de.json'), 'utf8'));
const nlsDe = JSON.parse(fs.readFileSync(path.join(REPO, 'package.nls.de.json'), 'utf8'));
const CATEGORY = 'Learning Loop: ';

test.use({ displayLanguage: 'de' });

test.beforeEach(async ({ vscode }) => {
  await vscode.closeQuickInput();
  await vscode.page.mouse.move(5, 5);
});

test('the palette lists the commands by their German titles', async ({ vscode }) => {
  const titles = ['command.newRetrospective', 'command.insertTemplate', 'command.openComparison']
    .map((key) => `${CATEGORY}${nlsDe[key].replace(/…$/, '')}`);
  // a palette opened before the extension's contributions arrive lists none of them: open it again
  await expect(async () => {
    await vscode.closeQuickInput();
    await vscode.page.keyboard.press('F1');
    const input = vscode.quickInput().locator('input');
    await expect(input).toBeVisible({ timeout: SHORT });
    // One title at a time: the palette renders only the rows in view, and Learning Loop has
    // more commands than fit.
    for (const title of titles) {
      await input.fill(`>${title}`);
      await expect(vscode.row(title)).toBeVisible({ timeout: 3000 });
    }
  }).toPass({ timeout: LONG });
  await vscode.shot('de-palette.png');
  await vscode.closeQuickInput();
});

test('a hover offers the comparison in German, and the panel speaks German', async ({ vscode }) => {
  await vscode.openFile('README.md');
  const hover = await vscode.hoverUntil('organizational learning', de['Compare the two concepts']);
  await expect(hover.getByRole('link', { name: de['Compare the two concepts'] })).toHaveCount(1);
  await vscode.shot('de-hover.png');
  await hover.getByRole('link', { name: de['Compare the two concepts'] }).scrollIntoViewIfNeeded();
  await hover.getByRole('link', { name: de['Compare the two concepts'] }).click();
  const panel = await vscode.panel();
  await expect(panel.getByRole('button', { name: de['Insert as Markdown table'] })).toBeVisible({ timeout: LONG });
  await expect(panel.getByRole('button', { name: de['Copy as Markdown'] })).toBeVisible();
  await expect(panel.getByText(de['Filter rows'], { exact: true })).toBeVisible();
  await expect(panel.locator('#ll-summary-heading')).toHaveText(de['Summary']);
  await vscode.page.mouse.move(5, 5);
  await expect(hover).toBeHidden();
  await vscode.shot('de-panel.png');
  await vscode.closeAll();
});
