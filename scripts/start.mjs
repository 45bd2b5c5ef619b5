#!/usr/bin/env node
// `npm start`: try the extension in a real VS Code in your browser.
//  1. builds the .vsix (npm run package)
//  2. installs the VS Code runtime if needed (test/runtime/setup.sh: code-server + Node 24, cached)
//  3. installs the .vsix into a persistent extensions dir (.vscode-test/runtime/try/exts)
//  4. copies sample-workspace/ to .vscode-test/try-workspace once (your edits there are kept)
//  5. serves VS Code on http://127.0.0.1:$PORT (default 8080, no password) until Ctrl+C
// env: PORT, LL_RUNTIME_DIR, LL_SKIP_PACKAGE=1 (use the newest existing .vsix), LL_VSIX=<path> (that .vsix, no packaging)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  REPO, RUNTIME_DIR, ensureRuntime, installVsix, startCodeServer, writeUserSettings, killGroup,
} from '../test/runtime/code-server.mjs';

const port = Number(process.env.PORT || 8080);
const step = (m) => console.log(`\n== ${m}`);

if (process.env.LL_SKIP_PACKAGE !== '1' && !process.env.LL_VSIX) {
  step('npm run package');
  const r = spawnSync('npm', ['run', 'package'], { cwd: REPO, stdio: 'inherit' });
  if (r.status !== 0) { console.error('npm run package failed'); process.exit(r.status || 1); }
}
const vsix = process.env.LL_VSIX ? path.resolve(process.env.LL_VSIX) : fs.readdirSync(REPO).filter((f) => /^learning-loop-.*\.vsix$/.test(f))
  .map((f) => path.join(REPO, f)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
if (!vsix) { console.error(`no learning-loop-*.vsix in ${REPO}`); process.exit(1); }

step('VS Code runtime');
ensureRuntime();

const tryDir = path.join(RUNTIME_DIR, 'try');
const home = path.join(tryDir, 'home');
const userDataDir = path.join(tryDir, 'udd');
const extensionsDir = path.join(tryDir, 'exts');
fs.mkdirSync(home, { recursive: true });
if (!fs.existsSync(path.join(userDataDir, 'User', 'settings.json'))) writeUserSettings(userDataDir); // keep the user's own changes

step(`install ${path.basename(vsix)}`);
try {
  console.log(installVsix(vsix, { extensionsDir, userDataDir, home }));
} catch (e) { console.error(e.message); process.exit(1); }

const workspace = path.join(REPO, '.vscode-test', 'try-workspace');
if (!fs.existsSync(workspace)) {
  const sample = path.join(REPO, 'sample-workspace');
  fs.mkdirSync(workspace, { recursive: true });
  if (fs.existsSync(sample)) fs.cpSync(sample, workspace, { recursive: true });
  console.log(`created ${workspace}${fs.existsSync(sample) ? ' from sample-workspace/' : ' (empty: no sample-workspace/)'}`);
} else {
  console.log(`using your existing ${workspace} (delete it to start again from sample-workspace/)`);
}

step(`start VS Code (code-server) on 127.0.0.1:${port}`);
let server;
try {
  server = await startCodeServer({ runDir: tryDir, port, userDataDir, extensionsDir, home, logFile: path.join(tryDir, 'code-server.log') });
} catch (e) {
  console.error(`${e.message}\nIs port ${port} already in use? Try PORT=8081 npm start`);
  process.exit(1);
}
const url = `http://127.0.0.1:${port}/?folder=${workspace.split('/').map(encodeURIComponent).join('/')}`;
console.log(`
  Learning Loop is running in VS Code. Open this in your browser:

      ${url}

  (no password; listening on 127.0.0.1 only; server log: ${path.join(tryDir, 'code-server.log')})
  Press Ctrl+C to stop.
`);

let stopping = false;
const stop = (why) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${why}: stopping code-server`);
  killGroup(server.pid);
  process.exit(0);
};
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => stop(sig));
process.on('exit', () => killGroup(server.pid));
server.child.on('exit', (code, signal) => {
  if (stopping) return;
  console.error(`code-server exited (${code ?? signal}); see ${path.join(tryDir, 'code-server.log')}`);
  killGroup(server.pid);
  process.exit(1);
});
