// UI smoke of the insights panel in a real VS Code workbench: it opens on a small memory (the
// fixture's retrospective and the postmortems and lessons written here), follows the colour theme
// (dark, light, high contrast) and lists a theme's documents when the theme is clicked; on a
// retrospective with more owners than a table's first page, "Show more" adds the next rows.
// Screenshots go to test-results/screenshots/insights-*.png.
// Run: npm run package && npm run test:ui -- -g "insights panel"
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, CMD, LONG } from './workbench.mjs';

/** Documents this spec adds to the shared workspace (and removes again): tags, scores, glossary terms, actions. */
const DOCS = {
  'docs/postmortems/2026-10-02-release-rollback.md': [
    '---', 'date: 2026-10-02', 'tags: [deploys, on-call]', 'roti: 3', 'health: { pace: 2, teamwork: 4 }', '---', '',
    '# Postmortem: the release we rolled back', '', 'A blameless review. We found the gap in our mental models of the pipeline.', '',
    '## Action items', '', '- [x] Add a canary stage to the pipeline @omar due:2026-10-20 done:2026-10-12', '- [ ] Write the rollback runbook @dana due:2026-10-30',
  ],
  'docs/postmortems/2026-10-24-pager-storm.md': [
    '---', 'date: 2026-10-24', 'tags: [on-call, alerts]', 'roti: 4', 'health: { pace: 3, teamwork: 4 }', '---', '',
    '# Postmortem: the pager storm', '', 'Blameless again: team learning over blame. The tacit knowledge of one person kept us going.', '',
    '## Action items', '', '- [ ] Tune the disk alerts @lee due:2026-11-07',
  ],
  'docs/lessons-learned/2026-11-20-what-we-keep-learning.md': [
    '---', 'date: 2026-11-20', 'tags: [deploys, alerts]', 'roti: 5', 'health: { pace: 4, teamwork: 5 }', '---', '',
    '# Lessons learned this autumn', '', 'Deploys and alerts came back: double-loop learning means changing the mental models, not just the fix.',
  ],
};
const THEME = 'deploys';
const THEME_DOCS = Object.values(DOCS).filter((lines) => lines.some((l) => l.startsWith('tags:') && l.includes(THEME))).length;

/** The insights panel's document (its themes section is there even before the figures are). */
const insightsPanel = (vscode) => vscode.frameWith('#ll-insights-summary');

/** The panel body's theme class and its background's luminance in percent. */
async function insightsTheme(vscode) {
  const panel = await insightsPanel(vscode);
  return panel.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
    const kind = ['vscode-high-contrast', 'vscode-light', 'vscode-dark'].find((c) => document.body.classList.contains(c));
    return { kind, luminance: Math.round((0.2126 * r + 0.7152 * g + 0.0722 * b) / 2.55) };
  });
}

/**
 * Runs a command once the palette lists it: as the first test of a worker, this one may ask before
 * the workbench has read the extension's commands (the palette then finds nothing to click).
 */
async function runListedCommand(vscode, title) {
  await expect(async () => {
    await vscode.closeQuickInput();
    await vscode.page.keyboard.press('F1');
    const input = vscode.quickInput().locator('input');
    await expect(input).toBeVisible({ timeout: 5000 });
    await input.fill(`>${title}`);
    await expect(vscode.row(title)).toBeVisible({ timeout: 5000 });
  }).toPass({ timeout: LONG });
  await vscode.row(title).click();
}

/** A screenshot with `section`'s heading at the top: every chart gets looked at in every theme. */
async function sectionShot(vscode, section, name) {
  const panel = await insightsPanel(vscode);
  await panel.locator(`${section} h2`).evaluate((h) => h.scrollIntoView({ block: 'start' }));
  await vscode.shot(name);
  await panel.locator('#ll-insights-follow-through h2').evaluate((h) => h.scrollIntoView({ block: 'start' }));
}

test.beforeEach(async ({ vscode }) => {
  await vscode.closeQuickInput();
  await vscode.page.mouse.move(5, 5);
});

test('the insights panel: three themes, a theme clicked lists its documents, one of them opens beside the panel', async ({ vscode }) => {
  for (const [rel, lines] of Object.entries(DOCS)) {
    fs.mkdirSync(path.dirname(vscode.file(rel)), { recursive: true });
    fs.writeFileSync(vscode.file(rel), `${lines.join('\n')}\n`);
  }
  try {
    await runListedCommand(vscode, `${CMD}Open Learning Insights`);
    // The memory sees the new files through its watcher: wait until the summary counts them all.
    await expect.poll(async () => (await insightsPanel(vscode)).locator('#ll-insights-summary').textContent(), { timeout: LONG })
      .toMatch(/^Learning documents: 4\./);
    let panel = await insightsPanel(vscode);
    await expect(panel.locator('#ll-insights-follow-through svg')).toBeVisible();
    await expect(panel.locator('#ll-insights-themes table[data-table="themes"] tbody tr')).not.toHaveCount(0);

    await expect.poll(async () => (await insightsTheme(vscode)).kind, { timeout: LONG }).toBe('vscode-dark');
    expect((await insightsTheme(vscode)).luminance).toBeLessThan(25);
    await vscode.shot('insights-dark.png');
    await sectionShot(vscode, '#ll-insights-scores', 'insights-dark-scores.png');

    // A theme clicked in its table: the region lists the documents it appears in, oldest first.
    await panel.locator(`#ll-insights-themes table button[data-theme="${THEME}"]`).click();
    const list = panel.locator('#ll-insights-theme-documents');
    await expect(list).toBeVisible({ timeout: LONG });
    await expect(list.locator('h3')).toContainText(THEME);
    await expect(list.locator('li button[data-open]')).toHaveCount(THEME_DOCS);
    await expect(list.locator('li').first()).toContainText('2026-10-02');
    await list.scrollIntoViewIfNeeded();
    await vscode.shot('insights-theme.png');

    await vscode.setTheme('Light Modern');
    await expect.poll(async () => (await insightsTheme(vscode)).kind, { timeout: LONG }).toBe('vscode-light');
    expect((await insightsTheme(vscode)).luminance).toBeGreaterThan(75);
    panel = await insightsPanel(vscode);
    await panel.locator('#ll-insights-follow-through').scrollIntoViewIfNeeded();
    await vscode.shot('insights-light.png');
    await sectionShot(vscode, '#ll-insights-scores', 'insights-light-scores.png');

    await vscode.setTheme('Dark High Contrast');
    await expect.poll(async () => (await insightsTheme(vscode)).kind, { timeout: LONG }).toBe('vscode-high-contrast');
    expect((await insightsTheme(vscode)).luminance).toBeLessThan(10);
    panel = await insightsPanel(vscode);
    await panel.locator('#ll-insights-follow-through').scrollIntoViewIfNeeded();
    await vscode.shot('insights-high-contrast.png');
    await sectionShot(vscode, '#ll-insights-scores', 'insights-high-contrast-scores.png');

    await vscode.setTheme('Dark Modern');
    await expect.poll(async () => (await insightsTheme(vscode)).kind, { timeout: LONG }).toBe('vscode-dark');

    // A document of the theme's list opens beside the panel: both stay in view, in two editor groups.
    await expect(async () => {
      const frame = await insightsPanel(vscode);
      await frame.locator('#ll-insights-theme-documents li button[data-open]').first().click({ timeout: 5000 });
      await expect(vscode.page.locator('.tabs-container .tab').filter({ hasText: '2026-10-02-release-rollback.md' })).toBeVisible({ timeout: 5000 });
    }).toPass({ timeout: LONG });
    await expect(vscode.page.locator('.editor-group-container')).toHaveCount(2);
    await expect(vscode.page.locator('.tabs-container .tab.active').filter({ hasText: 'Learning insights' })).toBeVisible();
    await vscode.closeAll();
  } finally {
    for (const rel of Object.keys(DOCS)) fs.rmSync(vscode.file(rel), { force: true });
  }
});

/** A retrospective with more owners than a table's first page (50 rows): each owns one open action. */
const MANY = 'docs/retrospectives/2026-11-28-many-hands.md';
const OWNERS = Array.from({ length: 60 }, (_, k) => `owner${String(k).padStart(2, '0')}`);

test('the insights panel: "Show more" adds the next rows of a long table, from the keyboard', async ({ vscode }) => {
  fs.mkdirSync(path.dirname(vscode.file(MANY)), { recursive: true });
  fs.writeFileSync(vscode.file(MANY), [
    '---', 'date: 2026-11-28', '---', '', '# Retrospective: many hands', '', '## Action items', '',
    ...OWNERS.map((o) => `- [ ] Follow up on the handover notes @${o}`), '',
  ].join('\n'));
  try {
    await runListedCommand(vscode, `${CMD}Open Learning Insights`);
    /** The owners table's "more" button label's total ("… (50 of 63 shown)"); 0 until the memory has read the file. */
    const ownersTotal = async () => {
      const button = (await insightsPanel(vscode)).locator('button[data-more="owners"]');
      if ((await button.count()) === 0) return 0;
      return Number(/of (\d+) shown/.exec((await button.textContent()) ?? '')?.[1] ?? 0);
    };
    await expect.poll(ownersTotal, { timeout: LONG }).toBeGreaterThanOrEqual(OWNERS.length);
    const total = await ownersTotal();

    // The page re-renders when the memory changes (a late watcher event): then start over.
    await expect(async () => {
      const panel = await insightsPanel(vscode);
      const section = panel.locator('#ll-insights-owners');
      const rows = section.locator('table[data-table="owners"] tbody tr');
      await section.locator('summary').click();
      await expect(rows).toHaveCount(50, { timeout: 5000 });
      const more = section.locator('button[data-more="owners"]');
      await expect(more).toBeVisible({ timeout: 5000 });
      // Pressed from the keyboard: the rows come, and the focus moves to the first row added.
      await more.press('Enter');
      await expect(rows).toHaveCount(total, { timeout: 10_000 });
      await expect(more).toHaveCount(0);
      const focused = await panel.evaluate(() => {
        const row = document.activeElement?.closest('tr');
        return row ? Array.from(row.parentElement?.children ?? []).indexOf(row) : -1;
      });
      expect(focused).toBe(50);
    }).toPass({ timeout: LONG });

    const panel = await insightsPanel(vscode);
    const names = await panel.locator('table[data-table="owners"] tbody th').allTextContents();
    for (const o of OWNERS) expect(names).toContain(`@${o}`);
    // Every row heads itself for a screen reader, the added ones too.
    await expect(panel.locator('table[data-table="owners"] tbody tr > th[scope="row"]')).toHaveCount(total);
    await panel.locator('table[data-table="owners"] tbody tr').nth(50).scrollIntoViewIfNeeded();
    await vscode.shot('insights-more-rows.png');
    // Two retrospectives (the fixture's and this one): a cadence to look at, and 60 actions in one column.
    await sectionShot(vscode, '#ll-insights-follow-through', 'insights-two-retros.png');
    await sectionShot(vscode, '#ll-insights-cadence', 'insights-cadence.png');
    await vscode.closeAll();
  } finally {
    fs.rmSync(vscode.file(MANY), { force: true });
  }
});
