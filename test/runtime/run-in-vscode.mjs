#!/usr/bin/env node
// Runs the extension's in-host mocha suite inside a real VS Code, like @vscode/test-electron's
// runTests({ extensionDevelopmentPath, extensionTestsPath, launchArgs: [workspace] }), but with
// code-server (VS Code 1.139 server + web workbench) and headless Debian Chromium, fully offline.
//
// usage: node test/runtime/run-in-vscode.mjs <extensionDevelopmentPath> <extensionTestsPath> <workspaceFolder>
// exit code: the suite's (0 = all passed), 124 on timeout (a screenshot is saved), 2 on bad usage.
//
// env:
//   LL_RUNTIME_DIR          where test/runtime/setup.sh installed the runtime (default .vscode-test/runtime)
//   LL_TEST_TIMEOUT_MS      overall timeout for the suite (default 300000)
//   LL_WORKSPACE_IN_PLACE=1 open <workspaceFolder> itself instead of a fresh copy of it
//   LL_KEEP_RUN_DIR=1       keep the run's temp folder (server log, user data) even when the suite passes
//   LL_*                    every LL_ variable (e.g. LL_FAIL_ON_PURPOSE=1) reaches the extension host's
//                           process.env; LL_TEST_RESULTS defaults to test-results/integration-results.json
//   VERBOSE=1               also print the workbench page's console
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import {
  REPO, ensureRuntime, makeRunDir, writeUserSettings, startCodeServer, remoteAuthority, launchBrowser,
  copyFolder, killGroup, log,
} from './code-server.mjs';

const argv = process.argv.slice(2);
if (argv.length !== 3) {
  console.error('usage: run-in-vscode.mjs <extensionDevelopmentPath> <extensionTestsPath> <workspaceFolder>');
  process.exit(2);
}
const [extDev, extTests, folderArg] = argv.map((p) => path.resolve(p));
for (const [what, p] of [['extensionDevelopmentPath', path.join(extDev, 'package.json')], ['extensionTestsPath', extTests], ['workspace folder', folderArg]]) {
  if (!fs.existsSync(p)) { console.error(`run-in-vscode: ${what} not found: ${p}`); process.exit(2); }
}
// workbench (not extension host) messages that reach codeAutomationLog on every run
const WORKBENCH_NOISE = [
  /^Resolv(ing|ed) connection token/, /^Creating a socket \(/, /^\[reconnection-grace-time\]/, /^\[Service Worker\]/,
  /^Ignoring fetching additional builtin extensions/, /^Updating additional builtin extensions cache/,
  /^\[AgentHost:/, /^\[AccountPolicyGate\]/, /^Timed out waiting for authentication provider/, /^Creation of workbench contribution/,
];
const timeoutMs = Number(process.env.LL_TEST_TIMEOUT_MS || 300000);

ensureRuntime();
const runDir = makeRunDir('it');
const folder = process.env.LL_WORKSPACE_IN_PLACE === '1' ? folderArg : copyFolder(folderArg, path.join(runDir, 'ws', path.basename(folderArg)));
const udd = path.join(runDir, 'udd');
writeUserSettings(udd);
const resultsFile = path.resolve(process.env.LL_TEST_RESULTS || path.join(REPO, 'test-results', 'integration-results.json'));
fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
fs.rmSync(resultsFile, { force: true });

let server;
let browser;
let finished = false;
const cleanup = () => { if (server) killGroup(server.pid); };
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => { console.error(`run-in-vscode: ${sig}, stopping code-server`); cleanup(); process.exit(130); });
}

async function main() {
  server = await startCodeServer({
    runDir, userDataDir: udd, extensionsDir: path.join(runDir, 'exts'), home: path.join(runDir, 'home'),
    // without this flag the built workbench ignores extensionDevelopmentPath/extensionTestsPath in ?payload=
    args: ['--vscode-option', 'enable-smoke-test-driver'],
  });
  log(`code-server ${server.base} (pgid ${server.pid}), workspace ${folder}`);

  browser = await launchBrowser(path.join(runDir, 'chrome'), { home: path.join(runDir, 'home') });
  const { page } = browser;
  let resolveExit;
  const exited = new Promise((r) => { resolveExit = r; });
  // The workbench calls codeAutomationExit(code) when the suite's run() settles, and forwards both its
  // own log lines and the extension host's console (mocha's reporter) through codeAutomationLog:
  // everything goes to workbench.log in the run folder, all but the workbench's chatter to stdout.
  const wbLog = fs.openSync(path.join(runDir, 'workbench.log'), 'w');
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = format(...(Array.isArray(args) ? args : [args])).replace(/\s+$/, '');
    fs.writeSync(wbLog, `[${type}] ${line}\n`);
    if (process.env.VERBOSE || !WORKBENCH_NOISE.some((re) => re.test(line))) console.log(line);
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
  page.on('pageerror', (e) => { if (process.env.VERBOSE) console.log('[pageerror]', e.message); });
  page.on('console', (m) => { if (process.env.VERBOSE) console.log(`[page ${m.type()}]`, m.text()); });

  const authority = await remoteAuthority(server.base);
  const remote = (p) => `vscode-remote://${authority}${p}`;
  const extEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('LL_')));
  extEnv.LL_TEST_RESULTS = resultsFile;
  extEnv.LL_TEST_WORKSPACE = folder;
  const payload = [
    ['extensionDevelopmentPath', remote(extDev)],
    ['extensionTestsPath', remote(extTests)],
    ['extensionEnvironment', JSON.stringify(extEnv)],
  ];
  await page.goto(`${server.base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  log('workbench opened; running the suite in the extension host');

  const serverDied = (async () => { while (!server.exited) await new Promise((r) => setTimeout(r, 500)); return 'server-died'; })();
  const result = await Promise.race([exited, serverDied, new Promise((r) => setTimeout(() => r('timeout'), timeoutMs))]);
  finished = true;
  if (result === 'timeout') {
    const shot = path.join(REPO, 'test-results', 'integration-timeout.png');
    await page.screenshot({ path: shot }).catch(() => {});
    console.error(`run-in-vscode: the suite did not finish within ${timeoutMs} ms; screenshot ${shot}, server log ${runDir}/code-server.log`);
    return 124;
  }
  if (result === 'server-died') {
    console.error(`run-in-vscode: code-server exited (${JSON.stringify(server.exited)}); log ${runDir}/code-server.log`);
    return 3;
  }
  return result;
}

let code;
try {
  code = await main();
} catch (e) {
  console.error('run-in-vscode:', e?.stack || e);
  code = 1;
}
await browser?.context.close().catch(() => {});
cleanup();
server = undefined;
fs.rmSync(path.join(runDir, 'chrome'), { recursive: true, force: true }); // the browser profile is never needed afterwards
if (code === 0 && process.env.LL_KEEP_RUN_DIR !== '1') fs.rmSync(runDir, { recursive: true, force: true });
else log(`run folder kept: ${runDir}`);
if (fs.existsSync(resultsFile)) log(`results: ${resultsFile}`);
log(finished ? `suite exit code ${code}` : `launcher failed (exit ${code})`);
process.exit(code);
