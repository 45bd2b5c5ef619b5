#!/usr/bin/env node
// UI smoke test of the packaged extension in a real VS Code workbench (code-server 4.139 = VS Code 1.139)
// in headless Debian Chromium. It builds nothing: it installs the given .vsix with
// `code-server --install-extension` (proving the package installs), opens a copy of
// test/fixtures/ui-workspace/ and drives the palette, a hover, the comparison webview (three themes)
// and New Retrospective, with a PNG of each into test-results/screenshots/.
//
// usage: node test/ui/smoke.mjs [path/to/learning-loop-x.y.z.vsix]   (default: newest learning-loop-*.vsix in the repo root)
// exit code: 0 when every check passes, 1 otherwise, 124 on the overall timeout.
// env: LL_RUNTIME_DIR, LL_UI_TIMEOUT_MS (default 300000), LL_KEEP_RUN_DIR=1, VERBOSE=1 (page console)
import fs from 'node:fs';
import path from 'node:path';
import {
  REPO, ensureRuntime, makeRunDir, writeUserSettings, installVsix, startCodeServer, launchBrowser, copyFolder,
  killGroup, log, sleep, OFFLINE_SETTINGS,
} from '../runtime/code-server.mjs';

const SHOTS = path.join(REPO, 'test-results', 'screenshots');
const FIXTURE = path.join(REPO, 'test', 'fixtures', 'ui-workspace');
const CMD_PREFIX = 'Learning Loop: ';
const COMPARE_TITLE = 'Organizational Learning vs Learning Organization';

// ---------------------------------------------------------------------------------------------- setup
let vsix = process.argv[2] && path.resolve(process.argv[2]);
if (!vsix) {
  vsix = fs.readdirSync(REPO).filter((f) => /^learning-loop-.*\.vsix$/.test(f)).map((f) => path.join(REPO, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
}
if (!vsix || !fs.existsSync(vsix)) {
  console.error(`smoke: no .vsix ${vsix ? `at ${vsix}` : `(learning-loop-*.vsix) in ${REPO}`}; run \`npm run package\` first`);
  process.exit(2);
}
ensureRuntime();
fs.rmSync(SHOTS, { recursive: true, force: true });
fs.mkdirSync(SHOTS, { recursive: true });

const runDir = makeRunDir('ui');
const home = path.join(runDir, 'home');
const udd = path.join(runDir, 'udd');
const exts = path.join(runDir, 'exts');
const settingsFile = writeUserSettings(udd);
const ws = copyFolder(FIXTURE, path.join(runDir, 'ws', 'ui-workspace'));
fs.writeFileSync(path.join(ws, 'notes.md'), ''); // an empty Markdown file to insert a template into

const results = [];
let failed = 0;
function check(name, ok, detail = '') {
  results.push({ name, ok, detail });
  if (!ok) failed++;
  log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
  return ok;
}

let server;
let browser;
const stopAll = () => { if (server) killGroup(server.pid); };
process.on('exit', stopAll);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => { stopAll(); process.exit(130); });

log(`installing ${path.relative(REPO, vsix)}`);
try {
  const out = installVsix(vsix, { extensionsDir: exts, userDataDir: udd, home });
  const installed = fs.readdirSync(exts).filter((d) => d.startsWith('learning-loop.learning-loop-'));
  check('vsix installs with code-server --install-extension', installed.length === 1, installed[0] ?? out);
} catch (e) {
  check('vsix installs with code-server --install-extension', false, e.message);
  process.exit(1);
}

// ------------------------------------------------------------------------------------------- helpers
let page;
const shot = async (name) => {
  const file = path.join(SHOTS, name);
  await page.screenshot({ path: file }).catch((e) => log(`screenshot ${name} failed: ${e.message}`));
  return file;
};
const quickInput = () => page.locator('.quick-input-widget').filter({ visible: true });

async function closeQuickInput() {
  for (let i = 0; i < 3 && await quickInput().count(); i++) { await page.keyboard.press('Escape'); await sleep(150); }
}

/** F1, type the command title, wait for its row, Enter. */
async function runCommand(title) {
  await closeQuickInput();
  await page.keyboard.press('F1');
  const input = quickInput().locator('input');
  await input.waitFor({ timeout: 15000 });
  await input.fill(`>${title}`);
  // the title may end in an ellipsis; match without it
  const label = title.replace(/…$/, '');
  await pickRow(label);
}

/** Selects the quick pick row whose label starts with `label` (click: the first row may be a different match). */
async function pickRow(label, timeout = 30000) {
  const rows = quickInput().locator('.monaco-list-row');
  const deadline = Date.now() + timeout;
  for (;;) {
    // a row's aria-label is its label (+ ", description/separator"); the first visible row may be a looser match
    const labels = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') || e.innerText || '')).catch(() => []);
    const i = labels.findIndex((l) => l.trim().startsWith(label));
    if (i >= 0) {
      await sleep(150);
      await rows.nth(i).click();
      return;
    }
    if (Date.now() > deadline) throw new Error(`no quick pick row "${label}" in [${labels.join(' | ')}]`);
    await sleep(200);
  }
}

/** Quick Open (Ctrl+P) a workspace file and wait for its tab to be active. */
async function openFile(rel) {
  await closeQuickInput();
  await page.keyboard.press('Control+P');
  const input = quickInput().locator('input');
  await input.waitFor({ timeout: 15000 });
  await input.fill(rel);
  await quickInput().locator('.monaco-list-row', { hasText: path.basename(rel) }).first().waitFor({ timeout: 30000 });
  await sleep(200);
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: path.basename(rel) }).waitFor({ timeout: 30000 });
  await sleep(300);
}

const activeEditor = () => page.locator('.editor-group-container.active .monaco-editor').first();

/** Full text of the active editor's model: select all + copy, read the clipboard (view-lines only holds visible lines). */
async function editorText() {
  await activeEditor().locator('.view-lines').click({ position: { x: 5, y: 5 } }).catch(() => {});
  await page.evaluate(() => navigator.clipboard.writeText('')).catch(() => {});
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await sleep(200);
  let text = await page.evaluate(() => navigator.clipboard.readText()).catch(() => '');
  await page.keyboard.press('Control+End');
  if (!text) text = await activeEditor().locator('.view-lines').innerText().catch(() => '');
  return text;
}

/** Every frame's text (webviews live in nested iframes). */
async function findFrame(predicate, timeout = 30000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const f of page.frames()) {
      if (f === page.mainFrame()) continue;
      const info = await f.evaluate(() => ({
        text: document.body?.innerText ?? '',
        tables: document.querySelectorAll('table').length,
        bodyClass: document.body?.className ?? '',
      })).catch(() => null);
      if (info && predicate(info)) return { frame: f, ...info };
    }
    await sleep(300);
  }
  return null;
}

async function themeKind() {
  return page.evaluate(() => {
    const c = document.querySelector('.monaco-workbench')?.classList;
    if (!c) return '';
    return ['hc-light', 'hc-black', 'vs-dark', 'vs'].find((k) => c.contains(k)) ?? '';
  });
}

/** Switch the colour theme through the palette ("Preferences: Color Theme", rows show the theme's label,
 *  e.g. "Light Modern" for the setting value "Default Light Modern"); if that does not take, by writing
 *  workbench.colorTheme into the user settings.json (the workbench does not always notice that change). */
async function setTheme({ theme, label, kind, bodyClass }) {
  const waitKind = async (ms) => {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline && await themeKind() !== kind) await sleep(250);
    return await themeKind() === kind;
  };
  try {
    await runCommand('Preferences: Color Theme');
    const input = quickInput().locator('input');
    await input.waitFor({ timeout: 15000 });
    await input.fill(label);
    await pickRow(label, 15000);
  } catch (e) {
    log(`"Preferences: Color Theme" failed (${e.message.split('\n')[0]})`);
  }
  if (!await waitKind(10000)) {
    log(`theme still not ${kind}: writing workbench.colorTheme "${theme}" into ${settingsFile}`);
    await closeQuickInput();
    fs.writeFileSync(settingsFile, JSON.stringify({ ...OFFLINE_SETTINGS, 'workbench.colorTheme': theme }, null, 2));
    await waitKind(20000);
  }
  await closeQuickInput();
  // the webview gets the new theme's CSS variables and body class asynchronously
  await findFrame((i) => i.bodyClass.includes(bodyClass) && /Learning organization/i.test(i.text), 15000);
  await sleep(800);
  return themeKind();
}

const themeSetting = () => {
  const m = fs.readFileSync(settingsFile, 'utf8').match(/"workbench\.colorTheme":\s*("[^"]*")/);
  return `settings.json workbench.colorTheme = ${m ? m[1] : '(unset)'}`;
};

async function step(name, fn) {
  log(`-- ${name}`);
  try {
    await fn();
  } catch (e) {
    check(name, false, `exception: ${String(e?.message ?? e).split('\n')[0]}`);
    await shot(`${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-error.png`);
  }
  await closeQuickInput();
}

// -------------------------------------------------------------------------------------------- checks
async function main() {
  server = await startCodeServer({ runDir, userDataDir: udd, extensionsDir: exts, home });
  log(`code-server ${server.base} (pgid ${server.pid})`);
  browser = await launchBrowser(path.join(runDir, 'chrome'), { home });
  page = browser.page;
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.base });
  const consoleLines = [];
  page.on('console', (m) => { consoleLines.push(`[${m.type()}] ${m.text()}`); if (process.env.VERBOSE) console.log('[page]', m.text()); });
  page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));

  await page.goto(`${server.base}/?folder=${encodeURIComponent(ws)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60000 });
  log('workbench loaded');

  // 1. Insert Template (start-stop-continue's last retro section is "## Continue")
  const INSERTED = '## Continue';
  await step('insert template', async () => {
    await openFile('notes.md');
    log('notes.md open');
    await runCommand(`${CMD_PREFIX}Insert Template…`);
    log('Insert Template… run');
    const rows = quickInput().locator('.monaco-list-row');
    await rows.first().waitFor({ timeout: 30000 });
    await quickInput().locator('.monaco-list-row', { hasText: 'Start, Stop, Continue' }).first().waitFor({ timeout: 10000 });
    const labels = await rows.evaluateAll((els) => els.map((e) => (e.querySelector('.label-name') ?? e).innerText.split('\n')[0].trim()));
    check('insert template: quick pick lists templates', labels.length >= 2, labels.join(' | '));
    await quickInput().locator('.monaco-list-row', { hasText: 'Start, Stop, Continue' }).first().click();
    // a template may ask for variables: accept the defaults
    for (let i = 0; i < 5; i++) {
      await sleep(500);
      if (await activeEditor().locator('.view-lines', { hasText: 'Start, Stop, Continue' }).count()) break;
      if (await quickInput().count()) await page.keyboard.press('Enter');
    }
    await activeEditor().locator('.view-lines', { hasText: 'Start, Stop, Continue' }).waitFor({ timeout: 15000 }).catch(() => {});
    await page.keyboard.press('Control+Home');
    await sleep(300);
    await shot('insert-template.png');
    const text = await editorText();
    check(`insert template: editor contains "## Start" … "${INSERTED}" and the open actions`,
      text.includes('## Start') && text.includes(INSERTED) && text.includes('Open actions from last time'),
      `${text.length} chars: ${JSON.stringify(text.slice(0, 120))}`);
  });

  // 2. Hover
  await step('hover', async () => {
    await openFile('README.md');
    await page.keyboard.press('Control+Home');
    const target = await activeEditor().evaluate((ed) => {
      const walker = document.createTreeWalker(ed.querySelector('.view-lines'), NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        // Monaco renders spaces as non-breaking spaces
        const i = n.textContent.replace(/\u00a0/g, ' ').indexOf('organizational learning');
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i + 3); r.setEnd(n, i + 5);
        const b = r.getBoundingClientRect();
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      }
      return null;
    });
    if (!target) throw new Error('"organizational learning" not found in the rendered README.md');
    await page.mouse.move(target.x - 40, target.y + 40);
    await page.mouse.move(target.x, target.y, { steps: 5 });
    const hover = page.locator('.monaco-hover').filter({ visible: true }).filter({ hasText: 'Compare the two concepts' });
    await hover.first().waitFor({ timeout: 15000 }).catch(() => {});
    const box = page.locator('.monaco-hover').filter({ visible: true }).first();
    const text = await box.innerText().catch(() => '');
    // a long hover scrolls inside Monaco's own scrollable: move onto it (it stays open) and wheel until the link shows
    const link = box.locator('a', { hasText: 'Compare the two concepts' }).first();
    const visibleIn = async () => {
      const [b, l] = await Promise.all([box.boundingBox(), link.boundingBox()]).catch(() => [null, null]);
      return !!(b && l && l.y >= b.y && l.y + l.height <= b.y + b.height);
    };
    const hb = await box.boundingBox().catch(() => null);
    if (hb && await link.count() && !await visibleIn()) {
      await page.mouse.move(hb.x + hb.width / 2, hb.y + 10, { steps: 3 });
      for (let i = 0; i < 10 && !await visibleIn(); i++) { await page.mouse.wheel(0, 60); await sleep(150); }
    }
    await shot('hover.png');
    check('hover: .monaco-hover has a definition and "Compare the two concepts"',
      text.includes('Compare the two concepts') && text.replace('Compare the two concepts', '').trim().length > 40, JSON.stringify(text.slice(0, 200)));
    // The hover's link opens the comparison at the row about this term (the webview highlights it).
    await link.click({ timeout: 5000 }).catch(() => {});
    let focusedRow;
    for (const deadline = Date.now() + 20000; !focusedRow && Date.now() < deadline; await sleep(300)) {
      for (const f of page.frames()) {
        focusedRow ??= await f.evaluate(() => document.querySelector('tr.ll-row--focused')?.getAttribute('data-row') ?? undefined).catch(() => undefined);
      }
    }
    await shot('compare-link.png');
    check('hover link: the comparison opens with the term\'s row highlighted', focusedRow === 'definition', String(focusedRow));
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await runCommand('View: Close All Editors');
  });

  // 3. The built-in Markdown preview marks glossary terms with their definition
  await step('markdown preview', async () => {
    await openFile('README.md');
    await runCommand('Markdown: Open Preview to the Side');
    const pv = await findFrame((i) => i.text.includes('Team handbook') && i.text.includes('organizational learning'));
    const marks = pv ? await pv.frame.evaluate(() => [...document.querySelectorAll('abbr.ll-term')].map((a) => `${a.textContent}: ${a.getAttribute('title')}`)).catch(() => []) : [];
    const inCode = pv ? await pv.frame.evaluate(() => document.querySelectorAll('pre abbr, code abbr').length).catch(() => -1) : -1;
    if (pv) {
      const first = await pv.frame.locator('abbr.ll-term').first().boundingBox().catch(() => null);
      const iframe = await pv.frame.frameElement().then((e) => e.boundingBox()).catch(() => null);
      if (first && iframe) await page.mouse.move(iframe.x + first.x + first.width / 2, iframe.y + first.y + first.height / 2, { steps: 3 });
      await sleep(1200); // the browser's own tooltip for <abbr title>
    }
    await shot('preview.png');
    check('preview: glossary terms marked with their definition', marks.some((m) => /^organizational learning: .{20,}/i.test(m)), JSON.stringify(marks.slice(0, 3)));
    check('preview: nothing marked inside code', inCode === 0, String(inCode));
    await runCommand('View: Close All Editors');
  });

  // 4. Comparison webview in three themes, with the whole editor area to itself
  await step('comparison panel', async () => {
    await runCommand(`${CMD_PREFIX}Compare Organizational Learning and Learning Organization`);
    const tab = page.locator('.tabs-container .tab', { hasText: COMPARE_TITLE });
    await tab.first().waitFor({ timeout: 30000 }).catch(() => {});
    check('comparison: webview tab titled "Organizational Learning vs Learning Organization"', await tab.count() > 0,
      (await page.locator('.tabs-container .tab').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ')).join(' | '));
    const wv = await findFrame((i) => i.text.includes('Organizational learning') && i.text.includes('Learning organization'));
    check('comparison: webview text has both concepts and a table', !!wv && wv.tables > 0,
      wv ? `${wv.tables} table(s); ${JSON.stringify(wv.text.slice(0, 120))}` : 'no frame with both "Organizational learning" and "Learning organization"');
    await sleep(500);
    const dark = await themeKind();
    await shot('panel-dark.png');
    check('comparison: dark theme', dark === 'vs-dark', dark);
    const light = await setTheme({ theme: 'Default Light Modern', label: 'Light Modern', kind: 'vs', bodyClass: 'vscode-light' });
    await shot('panel-light.png');
    check('comparison: light theme (Default Light Modern)', light === 'vs', `${light}; ${themeSetting()}`);
    const hc = await setTheme({ theme: 'Default High Contrast', label: 'Dark High Contrast', kind: 'hc-black', bodyClass: 'vscode-high-contrast' });
    await shot('panel-high-contrast.png');
    check('comparison: high contrast theme (Default High Contrast)', hc === 'hc-black', `${hc}; ${themeSetting()}`);
    await setTheme({ theme: 'Default Dark Modern', label: 'Dark Modern', kind: 'vs-dark', bodyClass: 'vscode-dark' });
  });

  // 5. New Retrospective carries open actions forward
  await step('new retrospective', async () => {
    await runCommand(`${CMD_PREFIX}New Retrospective…`);
    const nameRe = /docs\/retrospectives\/(\d{4}-\d{2}-\d{2})-start-stop-continue\.md/;
    // the active editor's path, from its breadcrumbs (docs › retrospectives › file.md)
    const activeTitle = async () => (await page.locator('.editor-group-container.active .breadcrumbs-control .monaco-breadcrumb-item')
      .allInnerTexts().catch(() => [])).map((t) => t.trim()).filter(Boolean).join('/');
    const deadline = Date.now() + 30000;
    let picked = false;
    while (Date.now() < deadline && !(nameRe.test(await activeTitle()) && !(await activeTitle()).includes('2026-11-14'))) {
      if (await quickInput().count()) {
        const sc = quickInput().locator('.monaco-list-row', { hasText: 'Start, Stop, Continue' });
        if (!picked && await sc.count()) { await sc.first().click(); picked = true; }
        else if (!(await quickInput().locator('.monaco-list-row').count())) await page.keyboard.press('Enter'); // input box: accept default
      }
      await sleep(300);
    }
    const title = await activeTitle();
    await page.keyboard.press('Control+Home');
    await sleep(300);
    await shot('new-retrospective.png');
    const m = title.match(nameRe);
    const onDisk = m && fs.existsSync(path.join(ws, m[0]));
    check('new retrospective: editor file is docs/retrospectives/YYYY-MM-DD-start-stop-continue.md',
      !!m && m[1] !== '2026-11-14', `${title || '(no active editor path)'}${m ? (onDisk ? ' (saved in the workspace)' : ' (not on disk yet)') : ''}`);
    const text = await editorText();
    check('new retrospective: "Open actions from last time"', text.includes('Open actions from last time'), `${text.length} chars`);
    check('new retrospective: both unchecked items carried forward',
      text.includes('Write the on-call handover checklist') && text.includes('Automate the release notes draft'),
      JSON.stringify(text.split('\n').filter((l) => /- \[.\]/.test(l))));
    check('new retrospective: the checked item is not carried forward', !text.includes('Book the room for the next retrospective'));
  });

  // 6. The walkthrough a new user is offered
  await step('walkthrough', async () => {
    await runCommand('View: Close All Editors');
    await runCommand('Welcome: Open Walkthrough...');
    await pickRow('Get started with Learning Loop');
    await page.locator('text=Start a retrospective').first().waitFor({ timeout: 20000 }).catch(() => {});
    await sleep(800);
    await shot('walkthrough.png');
    const steps = await page.locator('text=Start a retrospective').count() + await page.locator('text=Hover a term').count();
    check('walkthrough: opens with its steps', steps >= 2, `${steps} step label(s)`);
  });

  fs.writeFileSync(path.join(REPO, 'test-results', 'ui-console.log'), consoleLines.join('\n'));
  if (browser.blocked.length) log(`blocked ${browser.blocked.length} non-loopback request(s), e.g. ${browser.blocked[0]}`);
}

const timeoutMs = Number(process.env.LL_UI_TIMEOUT_MS || 300000);
let code;
try {
  const r = await Promise.race([main().then(() => 'done'), sleep(timeoutMs).then(() => 'timeout')]);
  if (r === 'timeout') {
    check(`finished within ${timeoutMs} ms`, false);
    if (page) await shot('timeout.png');
    code = 124;
  }
} catch (e) {
  check('UI smoke run', false, String(e?.stack ?? e));
  if (page) await shot('error.png');
}
code ??= failed ? 1 : 0;
await browser?.context.close().catch(() => {});
stopAll();
server = undefined;
fs.writeFileSync(path.join(REPO, 'test-results', 'ui-results.json'), JSON.stringify(results, null, 2));
fs.rmSync(path.join(runDir, 'chrome'), { recursive: true, force: true }); // the browser profile is never needed afterwards
if (code === 0 && process.env.LL_KEEP_RUN_DIR !== '1') fs.rmSync(runDir, { recursive: true, force: true });
else log(`run folder kept: ${runDir}`);
log(`${results.filter((r) => r.ok).length} passed, ${failed} failed; screenshots in ${path.relative(REPO, SHOTS)}/`);
process.exit(code);
