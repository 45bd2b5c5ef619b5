// UI smoke of the Open Actions view on a copy of the sample workspace (months of retros, two
// postmortems, a lessons-learned review): the activity bar's badge counts the overdue actions, the
// view is grouped by owner from its title bar, one overdue action is completed from its row's
// inline button, and the file, the view, the badge and the status bar all show it. The ids and
// titles used here are the ones the README lists for the view. Screenshots: test-results/screenshots/.
// Run: npm run package && npm run test:ui -- -g "Open Actions"
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, SHORT, LONG } from './workbench.mjs';
import { REPO } from '../runtime/code-server.mjs';

test.use({ workspaceFolder: path.join(REPO, 'sample-workspace') });

const CONTAINER = 'Learning Loop';
/** Sidebar width for the screenshot, so rows show their owner and due date. */
const SIDEBAR_WIDTH = 760;

/** Today as the extension writes it in `done:` (the local date). */
function localToday() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Every Markdown file under `dir`, as [path relative to the workspace, text]. */
function markdownFiles(root, dir = root) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return markdownFiles(root, full);
    return e.name.endsWith('.md') ? [[path.relative(root, full), fs.readFileSync(full, 'utf8')]] : [];
  });
}

test('Open Actions: grouped by owner, one action completed from its inline button, the badge drops', async ({ vscode }) => {
  const { page } = vscode;
  const containerButton = page.locator('.part.activitybar .action-item').filter({ has: page.locator(`a.action-label[aria-label^="${CONTAINER}"]`) });
  const badge = containerButton.locator('.badge-content');
  const sidebar = page.locator('.part.sidebar');
  const rows = sidebar.locator('.monaco-list-row');
  const groupRows = rows.filter({ has: page.locator('.monaco-tl-twistie.collapsible') });
  const actionRows = rows.filter({ has: page.locator('.monaco-tl-twistie:not(.collapsible)') });

  // Opening the view activates the extension (it never activates on start-up); the first index
  // runs in the background, and the badge shows once it is done.
  await containerButton.click(); // the item, not its label: a badge lies over the label
  await expect(sidebar.locator('.composite.title')).toContainText('Open Actions', { timeout: SHORT });
  await expect(groupRows.first()).toBeVisible({ timeout: LONG });
  await expect(badge).toHaveText(/^\d+$/, { timeout: LONG });
  const overdueBefore = Number(await badge.textContent());
  expect(overdueBefore, 'the sample workspace has overdue actions').toBeGreaterThan(0);
  await expect(page.locator('.statusbar')).toContainText(`${overdueBefore} overdue`, { timeout: SHORT });

  // From the title bar: by due date first (the saved grouping may be owner), then by owner.
  const titleButton = (name) => sidebar.locator('.composite.title .title-actions').getByRole('button', { name, exact: true });
  await sidebar.locator('.composite.title').hover();
  await titleButton('Group by Due Date').click({ timeout: SHORT });
  await expect(groupRows.filter({ hasText: /^Overdue/ })).toHaveCount(1, { timeout: SHORT });
  await sidebar.locator('.composite.title').hover();
  await titleButton('Group by Owner').click({ timeout: SHORT });
  await expect(groupRows.filter({ hasText: /^Overdue/ })).toHaveCount(0, { timeout: SHORT });
  await expect(titleButton('Group by Owner')).toHaveCount(0); // the button of the grouping shown is hidden
  const groupLabels = await groupRows.locator('.label-name').allTextContents();
  expect(groupLabels.length, 'owner groups').toBeGreaterThan(1);
  for (const label of groupLabels) expect(label, 'an owner group row').toMatch(/^@\S+$|^No owner$/);
  // Overdue first: the first group holds an overdue action, and says so.
  await expect(groupRows.first().locator('.label-description')).toContainText('overdue');

  // Widen the sidebar so the rows show their owner, due date and age, then take the README's shot.
  const edge = await sidebar.boundingBox();
  const sashes = await page.locator('.monaco-sash.vertical').filter({ visible: true }).evaluateAll((els) => els.map((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }));
  // the sash on the sidebar's right edge (the others sit between editors and panels)
  const box = sashes.sort((a, b) => Math.abs(a.x - (edge.x + edge.width)) - Math.abs(b.x - (edge.x + edge.width)))[0];
  expect(box, 'the sidebar\'s sash').toBeDefined();
  expect(Math.abs(box.x + box.width / 2 - (edge.x + edge.width)), 'a sash on the sidebar\'s edge').toBeLessThan(10);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(SIDEBAR_WIDTH, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await sidebar.boundingBox())?.width ?? 0, { timeout: SHORT }).toBeGreaterThan(SIDEBAR_WIDTH - 100);
  await page.mouse.move(5, 5);
  await vscode.shot('open-actions.png');

  // Complete the first overdue action from its row's inline button.
  const overdueRow = actionRows.filter({ has: page.locator('.codicon-warning') }).first();
  const text = (await overdueRow.locator('.label-name').textContent()).trim();
  expect(text.length).toBeGreaterThan(0);
  const before = new Map(markdownFiles(vscode.ws));
  await overdueRow.hover();
  const complete = overdueRow.locator('.actions').getByRole('button', { name: 'Complete Action Item', exact: true });
  await expect(complete).toBeVisible({ timeout: SHORT });
  await vscode.shot('open-actions-inline.png');
  await complete.click();

  // The file: that one line checked and stamped done today, nothing else changed.
  const doneLine = new RegExp(`^- \\[x\\] ${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} .*done:${localToday()}`, 'm');
  let changed;
  await expect.poll(() => {
    changed = markdownFiles(vscode.ws).filter(([rel, body]) => before.get(rel) !== body);
    return changed.length === 1 && doneLine.test(changed[0][1]);
  }, { timeout: LONG, message: `one file with "${text}" checked and done:${localToday()}` }).toBe(true);
  const [rel, after] = changed[0];
  const oldLines = before.get(rel).split('\n');
  const newLines = after.split('\n');
  expect(newLines).toHaveLength(oldLines.length);
  expect(newLines.filter((line, i) => line !== oldLines[i]), `only the item's line changed in ${rel}`).toHaveLength(1);

  // The view, the badge and the status bar follow.
  await expect(actionRows.filter({ hasText: text })).toHaveCount(0, { timeout: LONG });
  await expect(badge).toHaveText(String(overdueBefore - 1), { timeout: LONG });
  if (overdueBefore > 1) await expect(page.locator('.statusbar')).toContainText(`${overdueBefore - 1} overdue`, { timeout: SHORT });
  await page.mouse.move(5, 5);
  await vscode.shot('open-actions-completed.png');
});
