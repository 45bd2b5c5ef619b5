#!/usr/bin/env node
// Runs the browser bundle of the integration suite (test/runtime/build-web-suite.mjs) inside
// code-server's *web worker* extension host, the one vscode.dev runs extensions in: no `process`,
// vscode.env.uiKind === UIKind.Web, only the manifest's `browser` entry. By default the workspace is
// virtual: a .code-workspace whose only folder is `ll-memfs:/ws`, a scheme the suite itself serves
// from memory (test/web/memfs.ts): no search provider, no watcher events, as on vscode.dev.
//
// usage: node test/runtime/run-in-web-worker.mjs <extensionDevelopmentPath> <suite.js inside it>
// exit code: the suite's (0 = all passed), 124 on timeout (a screenshot is saved), 2 bad usage, 3 server died.
//
// env:
//   LL_WEB_FOLDER=<dir>  open a copy of this folder on the server's disk instead of the virtual workspace
//   LL_LOCALE=de         display language (a stub language pack, test/runtime/locale.mjs); build the suite
//                        with the same variable: it then runs only its translation tests
//   LL_L10N_BROKEN=1     run a copy of the extension whose l10n/bundle.l10n.<LL_LOCALE>.json is malformed
//   LL_TEST_TIMEOUT_MS   overall timeout (default 300000)
//   LL_KEEP_RUN_DIR=1    keep the run folder (server log, workbench log) even when the suite passes
//   VERBOSE=1            also print the page's and the worker's console
// How the host is chosen (all seen in code-server 4.139 / VS Code 1.139): the user setting
// `remote.extensionKind: { "<publisher>.<name>": ["web"] }` moves the extension under development into
// the web worker host (a manifest "extensionKind" of "web" is filtered out, the payload's
// extensionDevelopmentKind is ignored by the web workbench), and the test URIs must carry the page's own
// authority (host:port): with the data-settings' "remote" VS Code cannot tie the suite to the extension
// and falls back to the Node host.
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import {
  REPO, ensureRuntime, makeRunDir, writeUserSettings, startCodeServer, launchBrowser, copyFolder, killGroup, log,
} from './code-server.mjs';
import { useDisplayLanguage } from './locale.mjs';

const argv = process.argv.slice(2);
if (argv.length !== 2) {
  console.error('usage: run-in-web-worker.mjs <extensionDevelopmentPath> <suite.js inside it>');
  process.exit(2);
}
let [extDev, suite] = argv.map((p) => path.resolve(p));
for (const [what, p] of [['extensionDevelopmentPath', path.join(extDev, 'package.json')], ['suite bundle', suite]]) {
  if (!fs.existsSync(p)) { console.error(`run-in-web-worker: ${what} not found: ${p}`); process.exit(2); }
}
if (!suite.startsWith(extDev + path.sep)) {
  console.error('run-in-web-worker: the suite must be inside the extension folder, or VS Code runs it in the Node host');
  process.exit(2);
}
const manifest = JSON.parse(fs.readFileSync(path.join(extDev, 'package.json'), 'utf8'));
const extensionId = `${manifest.publisher}.${manifest.name}`;
const browserEntry = manifest.browser?.replace(/^\.\//, '');
if (!browserEntry) { console.error(`run-in-web-worker: ${extensionId} has no "browser" entry`); process.exit(2); }
if (!fs.existsSync(path.join(extDev, browserEntry))) { console.error(`run-in-web-worker: ${browserEntry} is not built (npm run compile)`); process.exit(2); }

// workbench (not extension host) messages that reach codeAutomationLog on every run
const NOISE = [
  /^Resolv(ing|ed) connection token/, /^Creating a socket \(/, /^\[reconnection-grace-time\]/, /^\[Service Worker\]/,
  /^Ignoring fetching additional builtin extensions/, /^Updating additional builtin extensions cache/,
  /^\[AgentHost:/, /^\[AccountPolicyGate\]/, /^Timed out waiting for authentication provider/, /^Creation of workbench contribution/,
  /web worker extension host is started in a same-origin iframe/, /^DialogService: Dialog requested during smoke test/,
  // the workbench looks into the virtual folder before the suite has registered its provider
  /ENOPRO: No file system provider found for resource 'll-memfs:/, /No extension gallery service configured/, /^CodeExpectedError/, /^Failed to get installed servers from ll-memfs:/,
];
const timeoutMs = Number(process.env.LL_TEST_TIMEOUT_MS || 300000);

ensureRuntime();
const runDir = makeRunDir('web');
const udd = path.join(runDir, 'udd');
writeUserSettings(udd, {
  'remote.extensionKind': { [extensionId]: ['web'] },
  'workbench.editor.languageDetection': false, // its worker only logs "require is not defined" here
});
if (process.env.LL_LOCALE) useDisplayLanguage(udd, process.env.LL_LOCALE);
if (process.env.LL_L10N_BROKEN === '1') {
  // What the .vsix holds, plus the suite; then a German bundle VS Code cannot parse.
  const copy = path.join(runDir, 'ext');
  for (const part of ['package.json', 'package.nls.json', 'package.nls.de.json', 'dist', 'media', 'l10n', 'snippets', 'schemas', path.relative(extDev, suite)]) {
    if (fs.existsSync(path.join(extDev, part))) fs.cpSync(path.join(extDev, part), path.join(copy, part), { recursive: true });
  }
  fs.writeFileSync(path.join(copy, 'l10n', `bundle.l10n.${process.env.LL_LOCALE ?? 'de'}.json`), '{ "Compare the two concepts": "Die beiden Konz');
  suite = path.join(copy, path.relative(extDev, suite));
  extDev = copy;
  log(`a copy of the extension with a malformed l10n bundle: ${copy}`);
}
// The virtual workspace: a .code-workspace on disk whose only folder is on the suite's own scheme.
let target;
if (process.env.LL_WEB_FOLDER) {
  target = { folder: copyFolder(path.resolve(process.env.LL_WEB_FOLDER), path.join(runDir, 'ws', 'workspace')) };
} else {
  const file = path.join(runDir, 'virtual.code-workspace');
  fs.writeFileSync(file, JSON.stringify({ folders: [{ name: 'virtual', uri: 'll-memfs:/ws' }], settings: {} }, null, 2));
  target = { workspace: file };
}

let server;
const cleanup = () => { if (server) killGroup(server.pid); };
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => { console.error(`run-in-web-worker: ${sig}, stopping code-server`); cleanup(); process.exit(130); });
}

let browser;
async function main() {
  server = await startCodeServer({
    runDir, userDataDir: udd, extensionsDir: path.join(runDir, 'exts'), home: path.join(runDir, 'home'),
    args: ['--vscode-option', 'enable-smoke-test-driver'], // else the workbench ignores the test payload
  });
  log(`code-server ${server.base} (pgid ${server.pid}), ${target.folder ? `folder ${target.folder}` : 'virtual workspace ll-memfs:/ws'}`);
  browser = await launchBrowser(path.join(runDir, 'chrome'), { home: path.join(runDir, 'home') });
  const { page } = browser;
  const wbLog = fs.openSync(path.join(runDir, 'workbench.log'), 'w');
  let resolveExit;
  const exited = new Promise((r) => { resolveExit = r; });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = format(...(Array.isArray(args) ? args : [args])).replace(/\s+$/, '');
    fs.writeSync(wbLog, `[${type}] ${line}\n`);
    if (process.env.VERBOSE || !NOISE.some((re) => re.test(line))) console.log(line);
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
  page.on('console', (m) => { fs.writeSync(wbLog, `[page ${m.type()}] ${m.text()}\n`); if (process.env.VERBOSE) console.log('[page]', m.text()); });
  page.on('pageerror', (e) => fs.writeSync(wbLog, `[pageerror] ${e.message}\n`));
  page.on('worker', (w) => w.on('console', (m) => fs.writeSync(wbLog, `[worker] ${m.text()}\n`)));
  // The page's own authority (code-server swaps the data-settings' "remote" for location.host).
  const remote = (p) => `vscode-remote://${new URL(server.base).host}${p}`;
  const payload = [['extensionDevelopmentPath', remote(extDev)], ['extensionTestsPath', remote(suite)]];
  const query = target.folder ? `folder=${encodeURIComponent(target.folder)}` : `workspace=${encodeURIComponent(target.workspace)}`;
  await page.goto(`${server.base}/?${query}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  log(`workbench opened; running ${path.relative(extDev, suite)} in the web worker host`);

  const serverDied = (async () => { while (!server.exited) await new Promise((r) => setTimeout(r, 500)); return 'server-died'; })();
  const result = await Promise.race([exited, serverDied, new Promise((r) => setTimeout(() => r('timeout'), timeoutMs))]);
  // (Where the suite ran is proved by the suite itself: test/integration/host.test.ts.)
  log(`non-loopback requests blocked: ${browser.blocked.length}`);
  if (result === 'timeout') {
    const shot = path.join(REPO, 'test-results', 'web-timeout.png');
    fs.mkdirSync(path.dirname(shot), { recursive: true });
    await page.screenshot({ path: shot }).catch(() => {});
    console.error(`run-in-web-worker: the suite did not finish within ${timeoutMs} ms; screenshot ${shot}, logs in ${runDir}`);
    return 124;
  }
  if (result === 'server-died') {
    console.error(`run-in-web-worker: code-server exited (${JSON.stringify(server.exited)}); log ${runDir}/code-server.log`);
    return 3;
  }
  return result;
}

const started = Date.now();
let code;
try {
  code = await main();
} catch (e) {
  console.error('run-in-web-worker:', e?.stack || e);
  code = 1;
}
await browser?.context.close().catch(() => {});
cleanup();
server = undefined;
fs.rmSync(path.join(runDir, 'chrome'), { recursive: true, force: true });
if (code === 0 && process.env.LL_KEEP_RUN_DIR !== '1') fs.rmSync(runDir, { recursive: true, force: true });
else log(`run folder kept: ${runDir}`);
log(`web worker tier: exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(code);
