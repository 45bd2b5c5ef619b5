// UI smoke of the packaged extension in a real VS Code workbench: the palette, Insert Template, New
// Retrospective, a hover and its link, the Markdown preview, the comparison panel in three themes
// and its buttons, and the walkthrough. Screenshots go to test-results/screenshots/.
// Run: npm run package && npm run test:ui
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, CMD, SHORT, LONG } from './workbench.mjs';
import { REPO } from '../runtime/code-server.mjs';

const glossary = JSON.parse(fs.readFileSync(path.join(REPO, 'src/content/glossary.json'), 'utf8'));
const comparison = JSON.parse(fs.readFileSync(path.join(REPO, 'src/content/comparison.json'), 'utf8'));
const term = (name) => glossary.terms.find((t) => t.term === name);
const RETROS = 'docs/retrospectives';
const LAST_RETRO = '2026-11-14-start-stop-continue.md';
const OPEN_ITEMS = ['Write the on-call handover checklist', 'Automate the release notes draft'];
const DONE_ITEM = 'Book the room for the next retrospective';

/** Retro files created during this run (the fixture holds only LAST_RETRO). */
const newRetros = (vscode) => fs.readdirSync(vscode.file(RETROS)).filter((f) => f !== LAST_RETRO).sort();

test.beforeEach(async ({ vscode }) => {
  await vscode.closeQuickInput();
  await vscode.page.mouse.move(5, 5);
});

test('Insert Template fills the open Markdown file, open actions included', async ({ vscode }) => {
  await vscode.openFile('notes.md');
  await vscode.runCommand(`${CMD}Insert Template…`);
  await vscode.answerPick('Insert which template at the cursor?', 'Start, Stop, Continue');
  await expect(vscode.activeEditor().locator('.view-lines')).toContainText('Start, Stop, Continue', { timeout: LONG });
  await vscode.page.keyboard.press('Escape'); // leave snippet mode
  await vscode.save();
  const text = vscode.read('notes.md');
  expect(text).toMatch(/^## Start/m);
  expect(text).toMatch(/^## Continue/m);
  expect(text).toContain('Open actions from last time');
  for (const item of OPEN_ITEMS) expect(text).toContain(item);
  expect(text).not.toContain(DONE_ITEM);
  await vscode.page.keyboard.press('Control+Home');
  await vscode.shot('insert-template.png');
  await vscode.closeAll();
});

test('New Retrospective creates a dated file that carries the open items forward', async ({ vscode }) => {
  const before = newRetros(vscode);
  await vscode.runCommand(`${CMD}New Retrospective…`);
  await vscode.answerPick('Which format for the new retrospective?', 'Start, Stop, Continue');
  await expect.poll(() => newRetros(vscode).length, { timeout: LONG, message: 'a new file in docs/retrospectives' }).toBe(before.length + 1);
  const created = newRetros(vscode).find((f) => !before.includes(f));
  expect(created).toMatch(/^\d{4}-\d{2}-\d{2}-start-stop-continue\.md$/);
  await expect(vscode.activeTab()).toContainText(created, { timeout: SHORT });
  // the command saves the filled file; poll until the carried items are on disk
  await expect.poll(() => vscode.read(`${RETROS}/${created}`), { timeout: LONG }).toContain('Open actions from last time');
  const text = vscode.read(`${RETROS}/${created}`);
  for (const item of OPEN_ITEMS) expect(text).toContain(item);
  expect(text).not.toContain(DONE_ITEM);
  // the last retro's participants again, and the turn to facilitate passes from Dana to Lee
  expect(text).toMatch(/^participants: Omar, Dana, Lee$/m);
  expect(text).toMatch(/^facilitator: Lee$/m);
  // the command selects the first field of its snippet, then saves what it filled in: no unsaved dot on the tab
  await expect(vscode.activeEditor().locator('.selected-text').first()).toBeVisible({ timeout: LONG });
  await expect(vscode.activeTab()).not.toHaveClass(/\bdirty\b/, { timeout: LONG });
  await vscode.page.keyboard.press('Escape');
  await vscode.page.keyboard.press('Control+Home');
  await vscode.shot('new-retrospective.png');
  await vscode.closeAll();
});

test('a hover explains a term by its glossary text and opens the comparison at its row', async ({ vscode }) => {
  const entry = term('organizational learning');
  await vscode.openFile('README.md');
  const hover = await vscode.hoverUntil('organizational learning', entry.definition);
  await expect(hover).toContainText(entry.definition);
  await expect(hover).toContainText(entry.details.replace(/\*/g, '')); // Markdown emphasis shows as <em>
  const link = hover.getByRole('link', { name: 'Compare the two concepts' });
  await expect(link).toHaveCount(1);
  await vscode.shot('hover.png');
  // keep the hover open while the pointer travels onto it, then follow its link
  await link.scrollIntoViewIfNeeded();
  await link.click();
  const panel = await vscode.panel();
  await expect(panel.locator('tr.ll-row--focused')).toHaveAttribute('data-row', 'definition', { timeout: LONG });
  await expect(vscode.page.locator('.tabs-container .tab', { hasText: comparison.title })).toBeVisible();
  await vscode.page.mouse.move(5, 5);
  await expect(hover).toBeHidden();
  // the highlighted row: a quiet colour (not the find-match orange) with readable text on it
  const look = await panel.locator('tr.ll-row--focused').evaluate((row) => {
    const rgb = (c) => c.match(/[\d.]+/g).map(Number);
    const lum = ([r, g, b]) => [r, g, b].map((v) => { const x = v / 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; })
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    const bg = rgb(getComputedStyle(row).backgroundColor);
    const text = rgb(getComputedStyle(row.querySelector('td')).color);
    const [max, min] = [Math.max(...bg.slice(0, 3)), Math.min(...bg.slice(0, 3))];
    const [a, b] = [lum(bg), lum(text)].sort((x, y) => y - x);
    return { saturation: max === 0 ? 0 : (max - min) / max, contrast: (a + 0.05) / (b + 0.05), bg: getComputedStyle(row).backgroundColor };
  });
  expect(look.saturation, `focused row background ${look.bg}`).toBeLessThan(0.4);
  expect(look.contrast, `focused row text contrast on ${look.bg}`).toBeGreaterThan(4.5);
  await vscode.shot('compare-link.png');

  // a term the comparison has no row for: the panel goes to its top and names the term
  const safety = term('psychological safety');
  await vscode.page.locator('.tabs-container .tab', { hasText: 'README.md' }).click(); // the panel took focus
  const other = await vscode.hoverUntil('psychological safety', safety.definition);
  await other.getByRole('link', { name: 'Compare the two concepts' }).scrollIntoViewIfNeeded();
  await other.getByRole('link', { name: 'Compare the two concepts' }).click();
  const panelAgain = await vscode.panel();
  await expect(panelAgain.locator('#ll-notice')).toBeVisible({ timeout: LONG });
  await expect(panelAgain.locator('#ll-notice')).toContainText('“psychological safety”');
  await expect.poll(() => panelAgain.evaluate(() => window.scrollY), { timeout: SHORT }).toBe(0);
  await expect(panelAgain.locator('tr.ll-row--focused')).toHaveCount(0);
  await vscode.page.mouse.move(5, 5);
  await vscode.shot('compare-no-row.png');
  await vscode.closeAll();
});

test('the Markdown preview marks glossary terms with their definition, never inside code', async ({ vscode }) => {
  await vscode.openFile('README.md');
  await vscode.runCommand('Markdown: Open Preview to the Side');
  const preview = await vscode.frameWith('abbr.ll-term');
  const mark = preview.locator('abbr.ll-term', { hasText: /^organizational learning$/i }).first();
  await expect(mark).toHaveAttribute('title', new RegExp(`^${term('organizational learning').definition.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await expect(preview.locator('pre abbr, code abbr')).toHaveCount(0);
  await expect(preview.locator('pre code')).toContainText('An action item inside a code block');
  await vscode.shot('preview.png');
  await vscode.closeAll();
});

test('the preview shows action items as checkboxes', async ({ vscode }) => {
  await vscode.openFile(`${RETROS}/${LAST_RETRO}`);
  await vscode.runCommand('Markdown: Open Preview to the Side');
  const preview = await vscode.frameWith('input.task-list-item-checkbox');
  const boxes = preview.locator('li.task-list-item > input[type=checkbox]');
  await expect(boxes).toHaveCount(3);
  await expect(preview.locator('li.task-list-item > input[type=checkbox]:checked')).toHaveCount(1);
  await expect(preview.locator('li.task-list-item', { hasText: DONE_ITEM }).locator('input')).toBeChecked();
  await expect(preview.locator('ul.contains-task-list')).not.toContainText('[ ]');
  await vscode.shot('preview-task-list.png');
  await vscode.closeAll();
});

test('typing ll- and Ctrl+Space offers the action item snippet', async ({ vscode }) => {
  fs.writeFileSync(vscode.file('snippet.md'), '# Snippet\n\n');
  await vscode.openFile('snippet.md');
  await vscode.activeEditor().locator('.view-lines').click();
  await vscode.page.keyboard.press('Control+End');
  await vscode.page.keyboard.type('ll-act');
  const suggestion = vscode.page.locator('.suggest-widget .monaco-list-row', { hasText: 'll-action' }).first();
  // Asked before the Markdown language features are up, the widget says "No suggestions": ask again.
  await expect(async () => {
    await vscode.page.keyboard.press('Escape');
    await vscode.page.keyboard.press('Control+Space');
    await expect(suggestion).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: LONG });
  await suggestion.click();
  await vscode.page.keyboard.press('Escape');
  await vscode.save();
  expect(vscode.read('snippet.md')).toMatch(/^- \[ \] what we will do @owner due:\d{4}-\d{2}-\d{2}$/m);
  await vscode.closeAll();
});

/** The panel's own body: the theme class VS Code gives the webview and its computed background. */
async function panelTheme(vscode) {
  const panel = await vscode.panel();
  return panel.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
    const kind = ['vscode-high-contrast', 'vscode-light', 'vscode-dark'].find((c) => document.body.classList.contains(c));
    return { kind, luminance: Math.round((0.2126 * r + 0.7152 * g + 0.0722 * b) / 2.55) };
  });
}

test('the comparison panel follows the colour theme: dark, light, high contrast', async ({ vscode }) => {
  await vscode.runCommand(`${CMD}Compare Organizational Learning and Learning Organization`);
  await expect(vscode.page.locator('.tabs-container .tab.active', { hasText: comparison.title })).toBeVisible({ timeout: LONG });
  const panel = await vscode.panel();
  await expect(panel.locator('table#ll-table tbody tr')).toHaveCount(comparison.rows.length);
  await expect(panel.locator('thead')).toContainText(comparison.sides.ol.name);
  await expect(panel.locator('thead')).toContainText(comparison.sides.lo.name);

  // luminance in percent: dark and high-contrast backgrounds are near black, light near white
  await expect.poll(() => panelTheme(vscode), { timeout: LONG }).toEqual({ kind: 'vscode-dark', luminance: expect.any(Number) });
  expect((await panelTheme(vscode)).luminance).toBeLessThan(25);
  await vscode.shot('panel-dark.png');

  await vscode.setTheme('Light Modern');
  await expect.poll(async () => (await panelTheme(vscode)).kind, { timeout: LONG }).toBe('vscode-light');
  expect((await panelTheme(vscode)).luminance).toBeGreaterThan(75);
  await vscode.shot('panel-light.png');

  await vscode.setTheme('Dark High Contrast');
  await expect.poll(async () => (await panelTheme(vscode)).kind, { timeout: LONG }).toBe('vscode-high-contrast');
  expect((await panelTheme(vscode)).luminance).toBeLessThan(10);
  await vscode.shot('panel-high-contrast.png');

  await vscode.setTheme('Dark Modern');
  await expect.poll(async () => (await panelTheme(vscode)).kind, { timeout: LONG }).toBe('vscode-dark');
  await vscode.closeAll();
});

test('the panel\'s buttons: Copy and Insert take the filtered rows, New … creates its document', async ({ vscode }) => {
  const readme = vscode.read('README.md');
  await vscode.openFile('README.md'); // only viewed: the cursor stays at the top
  await vscode.runCommand(`${CMD}Compare Organizational Learning and Learning Organization`);
  let panel = await vscode.panel();
  const manager = comparison.rows.find((row) => row.id === 'manager');

  // a filter that matches nothing says so once, and leaves nothing to copy
  await panel.locator('#ll-filter').fill('zzzz');
  await expect(panel.locator('#ll-filter-status')).toHaveText('No rows match “zzzz”.');
  await expect(panel.getByText(/No rows match/)).toHaveCount(1);
  await expect(panel.getByRole('button', { name: 'Copy as Markdown' })).toBeDisabled();

  // one row left: Copy puts only that row on the clipboard
  await panel.locator('#ll-filter').fill('successor');
  await expect(panel.locator('#ll-filter-status')).toHaveText(`1 of ${comparison.rows.length} rows`);
  await vscode.setClipboard('(nothing copied yet)');
  await panel.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect.poll(() => vscode.clipboard(), { timeout: LONG }).toContain(`| ${manager.label} |`);
  const copied = await vscode.clipboard();
  expect(copied.match(/^\| (?!Aspect|---)/gm)).toHaveLength(1);
  await expect(vscode.page.locator('.statusbar')).toContainText('Copied the comparison as a Markdown table.');
  await vscode.shot('panel-filtered-copy.png');

  // Insert: into the README only viewed, so at its end (not above its title), the filtered row only
  await panel.getByRole('button', { name: 'Insert as Markdown table' }).click();
  const readmeTab = vscode.page.locator('.tabs-container .tab', { hasText: 'README.md' });
  await expect(readmeTab).toHaveClass(/\bdirty\b/, { timeout: LONG });
  await readmeTab.click();
  await vscode.save();
  const text = vscode.read('README.md');
  expect(text.startsWith(readme), 'the README\'s own text first, untouched').toBe(true);
  expect(text.slice(readme.length)).toContain(`| ${manager.label} |`);
  expect(text.slice(readme.length).match(/^\| (?!Aspect|---)/gm)).toHaveLength(1);
  expect(text.match(/^# /gm)).toHaveLength(1); // the table's heading became a section under the title
  await vscode.shot('panel-insert.png');

  // New <template>: the learning organization side starts a dated document of its template, no questions
  panel = await vscode.panel();
  await panel.locator('#ll-filter').fill('');
  const lo = comparison.sides.lo.template;
  // A learning plan is a learning-organization document: it goes into learningLoop.learningPlans.folder.
  const PLANS = 'docs/learning-plans';
  const plans = () => (fs.existsSync(vscode.file(PLANS)) ? fs.readdirSync(vscode.file(PLANS)).sort() : []);
  const before = plans();
  await panel.getByRole('button', { name: /^New / }).nth(1).click();
  await expect.poll(() => plans().filter((f) => f.endsWith(`-${lo}.md`) && !before.includes(f)).length, { timeout: LONG }).toBe(1);
  const created = plans().find((f) => !before.includes(f));
  await expect(vscode.activeTab()).toContainText(created, { timeout: SHORT });
  await expect.poll(() => vscode.read(`${PLANS}/${created}`), { timeout: LONG }).toMatch(/^# /m);
  await vscode.page.keyboard.press('Escape');
  await vscode.shot('panel-new.png');
  await vscode.closeAll();
});

test('the walkthrough opens with its three steps; the glossary sample fits its column', async ({ vscode }) => {
  await vscode.runCommand('Welcome: Open Walkthrough...');
  await vscode.row('Get started with Learning Loop').click({ timeout: LONG });
  const steps = vscode.page.locator('.getting-started-step');
  for (const title of ['Start a retrospective', 'Hover a term', 'Compare the two concepts']) {
    await expect(steps.filter({ hasText: title }).first()).toBeVisible({ timeout: LONG });
  }
  await vscode.shot('walkthrough.png');

  // "Hover a term": its button opens a Markdown file (not a template), its JSON sample is not cut off
  await vscode.frameWith('h1:has-text("A retrospective that remembers")'); // the first step's media has loaded
  await steps.filter({ hasText: 'Hover a term' }).first().click();
  const step = steps.filter({ hasText: 'Hover a term' }).first();
  await expect(step.getByRole('button', { name: 'Open a Markdown File' })).toBeVisible({ timeout: SHORT });
  await expect(step).not.toContainText('Insert a Template');
  const media = await vscode.frameWith('pre:has-text("release train")');
  const sample = media.locator('pre').filter({ hasText: 'release train' }).first();
  await expect(sample).toBeVisible({ timeout: SHORT });
  await expect(sample).toContainText('"definition": "Our fortnightly release."');
  const overflow = await sample.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, right: el.getBoundingClientRect().right, page: document.documentElement.clientWidth }));
  expect(overflow.scroll, `the sample's width ${JSON.stringify(overflow)}`).toBeLessThanOrEqual(overflow.client);
  expect(overflow.right).toBeLessThanOrEqual(overflow.page);
  await vscode.shot('walkthrough-hover-step.png');
  await vscode.closeAll();
});
