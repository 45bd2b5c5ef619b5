#!/usr/bin/env node
// The same in-host suite as test/runtime/run-in-vscode.mjs, through @vscode/test-electron's runTests:
// downloads VS Code (desktop, Electron) from Microsoft, so it only works on a machine with that access.
// On our CI machines (npm registry + apt only) use run-in-vscode.mjs instead.
//
// usage: node test/runtime/electron.mjs <extensionDevelopmentPath> <extensionTestsPath> <workspaceFolder>
// exit code: the suite's (0 = all passed).
// env: LL_VSCODE_VERSION (default "stable"), LL_WORKSPACE_IN_PLACE=1, LL_* passed to the extension host,
//      LL_TEST_RESULTS (default test-results/integration-results.json).
// On a Linux machine without a display run it under `xvfb-run -a`.
import fs from 'node:fs';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { REPO, OFFLINE_SETTINGS, copyFolder } from './code-server.mjs';

const argv = process.argv.slice(2);
if (argv.length !== 3) {
  console.error('usage: electron.mjs <extensionDevelopmentPath> <extensionTestsPath> <workspaceFolder>');
  process.exit(2);
}
const [extDev, extTests, folderArg] = argv.map((p) => path.resolve(p));
for (const [what, p] of [['extensionDevelopmentPath', path.join(extDev, 'package.json')], ['extensionTestsPath', extTests], ['workspace folder', folderArg]]) {
  if (!fs.existsSync(p)) { console.error(`electron: ${what} not found: ${p}`); process.exit(2); }
}

// short paths: VS Code's unix sockets live under the user data dir (< 108 bytes)
const base = path.join(REPO, '.vscode-test', 'e');
fs.mkdirSync(base, { recursive: true });
const runDir = fs.mkdtempSync(path.join(base, 'run-'));
const folder = process.env.LL_WORKSPACE_IN_PLACE === '1' ? folderArg : copyFolder(folderArg, path.join(runDir, 'ws', path.basename(folderArg)));
const userDataDir = path.join(runDir, 'udd');
fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(OFFLINE_SETTINGS, null, 2));
const resultsFile = path.resolve(process.env.LL_TEST_RESULTS || path.join(REPO, 'test-results', 'integration-results.json'));
fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
fs.rmSync(resultsFile, { force: true });

const extensionTestsEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('LL_')));
extensionTestsEnv.LL_TEST_RESULTS = resultsFile;
extensionTestsEnv.LL_TEST_WORKSPACE = folder;

let code;
try {
  code = await runTests({
    version: process.env.LL_VSCODE_VERSION || 'stable',
    cachePath: path.join(REPO, '.vscode-test'),
    extensionDevelopmentPath: extDev,
    extensionTestsPath: extTests,
    extensionTestsEnv,
    launchArgs: [
      folder,
      '--disable-extensions', // other installed extensions; the one under development still loads
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--disable-telemetry',
      '--user-data-dir', userDataDir,
      '--extensions-dir', path.join(runDir, 'exts'),
    ],
  });
} catch (e) {
  // runTests rejects with TestRunFailedError { code } when VS Code exits non-zero
  console.error('electron:', e?.message || e);
  code = typeof e?.code === 'number' && e.code !== 0 ? e.code : 1;
}
if (code === 0) fs.rmSync(runDir, { recursive: true, force: true });
else console.error(`electron: run folder kept: ${runDir}`);
process.exit(code);
