// The UI smoke's fixtures and workbench helpers: one code-server (VS Code 1.139 server + web
// workbench) per Playwright worker with the packaged .vsix installed, driven in Debian's headless
// Chromium (test/runtime/code-server.mjs; no browser is ever downloaded). Every wait is a Playwright
// auto-wait or an expect.poll on a condition; a prompt is answered only after its own text shows.
import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import {
  REPO, ensureRuntime, makeRunDir, writeUserSettings, installVsix, startCodeServer, launchBrowser, copyFolder,
} from '../runtime/code-server.mjs';

export { expect };
export const SHOTS = path.join(REPO, 'test-results', 'screenshots');
export const FIXTURE = path.join(REPO, 'test', 'fixtures', 'ui-workspace');
export const CMD = 'Learning Loop: ';

/** Short waits for things the workbench does at once; long ones for the extension host's first work. */
export const SHORT = 15_000;
export const LONG = 45_000;

/** The newest learning-loop-*.vsix in the repo root (npm run package), or LL_VSIX. */
export function findVsix() {
  if (process.env.LL_VSIX) return path.resolve(process.env.LL_VSIX);
  const found = fs.readdirSync(REPO).filter((f) => /^learning-loop-.*\.vsix$/.test(f)).map((f) => path.join(REPO, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
  if (!found) throw new Error(`no learning-loop-*.vsix in ${REPO}: run \`npm run package\` first`);
  return found;
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Drives one workbench page. */
export class Workbench {
  constructor(page, { ws, errors }) {
    this.page = page;
    this.ws = ws;
    /** Uncaught errors of the workbench page, written to test-results/ after the run. */
    this.errors = errors;
  }

  quickInput() { return this.page.locator('.quick-input-widget').filter({ visible: true }); }

  /** A quick pick row whose accessible name (its label, then description) starts with `label`. */
  row(label) { return this.quickInput().getByRole('option', { name: new RegExp(`^${escapeRe(label)}`) }).first(); }

  async closeQuickInput() {
    const widget = this.quickInput();
    await expect(async () => {
      if (await widget.count()) await this.page.keyboard.press('Escape');
      await expect(widget).toHaveCount(0, { timeout: 1000 });
    }).toPass({ timeout: SHORT });
  }

  /** F1, the command's title, then its own row (the first row may be a looser match). */
  async runCommand(title) {
    await this.closeQuickInput();
    await this.page.keyboard.press('F1');
    const input = this.quickInput().locator('input');
    await expect(input).toBeVisible({ timeout: SHORT });
    await input.fill(`>${title}`);
    await this.row(title.replace(/…$/, '')).click({ timeout: LONG });
  }

  /** Waits for the prompt whose placeholder is `prompt`, then clicks the row `label`. */
  async answerPick(prompt, label) {
    await expect(this.quickInput().locator('input')).toHaveAttribute('placeholder', prompt, { timeout: LONG });
    await this.row(label).click({ timeout: SHORT });
  }

  /** Quick Open a workspace file; resolves when its tab is the active one. */
  async openFile(rel) {
    await this.closeQuickInput();
    await this.page.keyboard.press('Control+P');
    const input = this.quickInput().locator('input');
    await expect(input).toBeVisible({ timeout: SHORT });
    // A file written a moment ago may not be in Quick Open's results yet: type it again until it is.
    await expect(async () => {
      await input.fill('');
      await input.fill(rel);
      await this.row(path.basename(rel)).click({ timeout: SHORT });
    }).toPass({ timeout: LONG });
    await expect(this.activeTab()).toContainText(path.basename(rel), { timeout: SHORT });
  }

  activeTab() { return this.page.locator('.editor-group-container.active .tabs-container .tab.active'); }
  activeEditor() { return this.page.locator('.editor-group-container.active .monaco-editor').first(); }

  /** Saves the active editor (Ctrl+S): waits for its tab to be dirty first, then clean. */
  async save() {
    await expect(this.activeTab()).toHaveClass(/\bdirty\b/, { timeout: LONG });
    await this.page.keyboard.press('Control+S');
    await expect(this.activeTab()).not.toHaveClass(/\bdirty\b/, { timeout: SHORT });
  }

  /**
   * Hovers `text` until a hover containing `content` shows: the first hover may come before the
   * extension has activated and loaded its glossary, and a hover is asked for once per position.
   */
  async hoverUntil(text, content) {
    const hover = this.page.locator('.monaco-hover').filter({ visible: true }).filter({ hasText: content });
    await expect(async () => {
      await this.page.mouse.move(5, 5);
      await this.hoverText(text);
      await expect(hover).toBeVisible({ timeout: 5000 });
    }).toPass({ timeout: LONG });
    return hover;
  }

  /** Closes every editor (each test starts from an empty editor area; tests save what they change). */
  async closeAll() {
    await this.runCommand('View: Close All Editors');
    await expect(this.page.locator('.tabs-container .tab')).toHaveCount(0, { timeout: SHORT });
  }

  file(rel) { return path.join(this.ws, rel); }
  read(rel) { return fs.readFileSync(this.file(rel), 'utf8'); }

  /**
   * The frame (a webview's inner document) that has `selector`. Webviews live two iframes deep and
   * are replaced when they reload, so look them up again whenever needed.
   */
  async frameWith(selector, timeout = LONG) {
    let found;
    await expect.poll(async () => {
      for (const f of this.page.frames()) {
        if (f === this.page.mainFrame() || f.isDetached()) continue;
        let count;
        try {
          count = await f.locator(selector).count();
        } catch (error) {
          if (f.isDetached()) continue; // replaced while we asked (a webview reloading): look at the others
          throw error;
        }
        if (count) { found = f; return true; }
      }
      return false;
    }, { timeout, message: `a webview frame with ${selector}` }).toBe(true);
    return found;
  }

  /** The comparison panel's document. */
  panel(timeout) { return this.frameWith('#ll-filter', timeout); }

  /** Moves the mouse onto the first rendered occurrence of `text` in the active editor. */
  async hoverText(text) {
    const lines = this.activeEditor().locator('.view-lines');
    await expect(lines).toContainText(text, { timeout: SHORT });
    const target = await lines.evaluate((el, wanted) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        // Monaco renders spaces as non-breaking spaces
        const i = n.textContent.replace(/\u00a0/g, ' ').indexOf(wanted);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i + 2); r.setEnd(n, i + 4);
        const b = r.getBoundingClientRect();
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      }
      return null;
    }, text);
    expect(target, `"${text}" as one text run in the editor`).not.toBeNull();
    await this.page.mouse.move(target.x - 30, target.y + 30);
    await this.page.mouse.move(target.x, target.y, { steps: 4 });
    return target;
  }

  /** The workbench's clipboard, as the page sees it. */
  clipboard() { return this.page.evaluate(() => navigator.clipboard.readText()); }
  setClipboard(text) { return this.page.evaluate((t) => navigator.clipboard.writeText(t), text); }

  /** Switches the colour theme through "Preferences: Color Theme", picking the row by its label. */
  async setTheme(label) {
    await this.runCommand('Preferences: Color Theme');
    const input = this.quickInput().locator('input');
    await input.fill(label);
    await this.row(label).click({ timeout: SHORT });
    await expect(this.quickInput()).toHaveCount(0, { timeout: SHORT });
  }

  async shot(name) {
    fs.mkdirSync(SHOTS, { recursive: true });
    await this.page.screenshot({ path: path.join(SHOTS, name) });
  }
}

/**
 * Another display language offline: code-server builds a page language only for an installed
 * language pack, so write a stub one (it translates nothing of VS Code's own) and select it in
 * argv.json. Then `vscode.env.language` is `de`, and the extension's l10n bundle and
 * package.nls.de.json apply.
 */
function selectDisplayLanguage(runDir, userDataDir, language) {
  const i18n = path.join(runDir, 'main.i18n.json');
  fs.writeFileSync(i18n, JSON.stringify({ version: '1.0.0', contents: {} }));
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({
    [language]: {
      hash: 'stub1', label: `${language} (stub)`, translations: { vscode: i18n },
      extensions: [{ extensionIdentifier: { id: `test.stub-language-pack-${language}` }, version: '0.0.1' }],
    },
  }));
  fs.writeFileSync(path.join(userDataDir, 'User', 'argv.json'), JSON.stringify({ locale: language }));
}

/** Playwright test with a worker-scoped VS Code: `vscode` is a Workbench on a fresh copy of the UI fixture. */
export const test = base.extend({
  /** The workbench's display language (`test.use({ displayLanguage: 'de' })`); English by default. */
  displayLanguage: ['en', { scope: 'worker', option: true }],
  /** The folder copied as the workspace (`test.use({ workspaceFolder })`); the UI fixture by default. */
  workspaceFolder: [FIXTURE, { scope: 'worker', option: true }],
  vscode: [async ({ displayLanguage, workspaceFolder }, use, workerInfo) => {
    ensureRuntime();
    const vsix = findVsix();
    const runDir = makeRunDir('ui');
    const home = path.join(runDir, 'home');
    const udd = path.join(runDir, 'udd');
    const exts = path.join(runDir, 'exts');
    // code-server saves after a delay by default; the tests save on purpose and check the tab's dirty mark
    writeUserSettings(udd, { 'files.autoSave': 'off' });
    if (displayLanguage !== 'en') selectDisplayLanguage(runDir, udd, displayLanguage);
    const ws = copyFolder(workspaceFolder, path.join(runDir, 'ws', path.basename(workspaceFolder)));
    fs.writeFileSync(path.join(ws, 'notes.md'), ''); // an empty Markdown file to insert into
    installVsix(vsix, { extensionsDir: exts, userDataDir: udd, home });
    const installed = fs.readdirSync(exts).filter((d) => d.startsWith('learning-loop.learning-loop-'));
    expect(installed, `${path.basename(vsix)} installed by code-server --install-extension`).toHaveLength(1);

    const server = await startCodeServer({ runDir, userDataDir: udd, extensionsDir: exts, home });
    const browser = await launchBrowser(path.join(runDir, 'chrome'), { home });
    try {
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.base });
      const { page } = browser;
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.base}/?folder=${encodeURIComponent(ws)}`);
      await expect(page.locator('.explorer-folders-view .monaco-list-row').first()).toBeVisible({ timeout: 60_000 });
      await use(new Workbench(page, { ws, errors }));
      fs.mkdirSync(path.join(REPO, 'test-results'), { recursive: true });
      fs.writeFileSync(path.join(REPO, 'test-results', `ui-page-errors-${workerInfo.workerIndex}.log`), errors.join('\n'));
      if (browser.blocked.length) console.log(`blocked ${browser.blocked.length} non-loopback request(s), e.g. ${browser.blocked[0]}`);
    } finally {
      await browser.context.close();
      server.stop();
      fs.rmSync(runDir, { recursive: true, force: true });
    }
  }, { scope: 'worker', timeout: 180_000 }],
  /** A screenshot of the workbench when a test fails, next to the test's other artifacts. */
  failureShot: [async ({ vscode }, use, testInfo) => {
    await use();
    if (testInfo.status !== testInfo.expectedStatus) {
      await vscode.page.screenshot({ path: testInfo.outputPath('failure.png') });
    }
  }, { auto: true }],
});
