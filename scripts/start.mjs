#!/usr/bin/env node
// `npm start`: try the extension in a real VS Code, served on this machine for your browser.
//  1. builds the .vsix (npm run package)
//  2. installs the VS Code runtime if needed (test/runtime/setup.sh: code-server + Node 24, cached;
//     the first time takes a few minutes)
//  3. installs the .vsix into a persistent extensions dir (.vscode-test/runtime/try/exts)
//  4. copies sample-workspace/ to .vscode-test/try-workspace once (your edits there are kept)
//  5. serves VS Code on http://127.0.0.1:$PORT (default 8080, no password) until Ctrl+C and prints
//     the address; the page opens the sample workspace's README, and the extension opens its
//     walkthrough the first time it starts.
// While a step runs, a progress line every few seconds names the step and the time so far.
// env: PORT, LL_RUNTIME_DIR, LL_SKIP_PACKAGE=1 (use the newest existing .vsix), LL_VSIX=<path> (that .vsix, no packaging)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  REPO, RUNTIME_DIR, installVsix, startCodeServer, writeUserSettings, killGroup,
} from '../test/runtime/code-server.mjs';

const port = Number(process.env.PORT || 8080);
/** How often a running step reports that it is still running. */
const PROGRESS_EVERY_MS = 5000;
const STEPS = 5;
const t0 = Date.now();

const clock = (ms) => {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};
/** A progress line fits an 80-column terminal: the step's full name is printed once, at its start. */
const PROGRESS_DETAIL_CHARS = 50;
let stepNo = 0;
let stepName = '';
let stepStart = t0;
let lastOutput = '';
function step(name) {
  stepNo += 1;
  stepName = name;
  stepStart = Date.now();
  lastOutput = '';
  console.log(`\n[${clock(Date.now() - t0)}] step ${stepNo}/${STEPS}: ${name}`);
}
const ticker = setInterval(() => {
  const detail = lastOutput ? ` — ${shorten(lastOutput, PROGRESS_DETAIL_CHARS)}` : '';
  console.log(`[${clock(Date.now() - t0)}] step ${stepNo}/${STEPS}, ${clock(Date.now() - stepStart)} in it${detail}`);
}, PROGRESS_EVERY_MS);
ticker.unref();

/** Whether an output line says something (not a compiler's `|   ^~~~` marker or a blank line). */
const telling = (line) => /[A-Za-z]{3,}/.test(line) && !line.startsWith('|');
/** `line` without long paths (their last part stays) and cut to `max` characters. */
function shorten(line, max) {
  // (cut first: the path pattern backtracks on a long line without a slash)
  const short = line.slice(0, max * 4).replace(/(?:[\w.@+-]*\/)+([\w.@+-]+)/g, '$1');
  return short.length <= max ? short : `${short.slice(0, max - 1)}…`;
}

/** Runs a command with its output shown (and remembered for the progress line); resolves to its exit code. */
function run(cmd, args, { quiet = false, watchFile } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: REPO, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const onData = (stream) => (chunk) => {
      const lines = String(chunk).split('\n').map((l) => l.trim()).filter(telling);
      if (lines.length) lastOutput = lines[lines.length - 1];
      if (!quiet) stream.write(chunk);
    };
    child.stdout.on('data', onData(process.stdout));
    child.stderr.on('data', onData(process.stderr));
    // a long npm install writes only to its log file: follow that file's last line for the progress line
    const watcher = watchFile && setInterval(() => {
      if (!fs.existsSync(watchFile)) return;
      const lines = fs.readFileSync(watchFile, 'utf8').split('\n').map((l) => l.trim()).filter(telling);
      if (lines.length) lastOutput = lines[lines.length - 1];
    }, PROGRESS_EVERY_MS);
    child.on('close', (code) => { if (watcher) clearInterval(watcher); resolve(code ?? 1); });
  });
}

function fail(message, code = 1) {
  console.error(`\nnpm start stopped at step ${stepNo}/${STEPS} (${stepName}) after ${clock(Date.now() - t0)}: ${message}`);
  process.exit(code);
}

step(process.env.LL_SKIP_PACKAGE === '1' || process.env.LL_VSIX ? 'find the .vsix (not building it)' : 'build the extension (npm run package)');
if (process.env.LL_SKIP_PACKAGE !== '1' && !process.env.LL_VSIX) {
  const code = await run('npm', ['run', '-s', 'package'], { quiet: true });
  if (code !== 0) fail(`npm run package failed (exit ${code}); run it alone to see why`, code);
}
const vsix = process.env.LL_VSIX ? path.resolve(process.env.LL_VSIX) : fs.readdirSync(REPO).filter((f) => /^learning-loop-.*\.vsix$/.test(f))
  .map((f) => path.join(REPO, f)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
if (!vsix) fail(`no learning-loop-*.vsix in ${REPO}`);
console.log(`  ${path.relative(REPO, vsix)}`);

step('install VS Code (code-server 4.139 and Node 24 from npm; the first time takes about 3 to 5 minutes, then it is cached)');
{
  const code = await run('bash', [path.join(REPO, 'test/runtime/setup.sh')], { watchFile: path.join(RUNTIME_DIR, 'cs', 'install.log') });
  if (code !== 0) fail(`test/runtime/setup.sh failed (exit ${code}); see the messages above`, code);
  fs.mkdirSync(path.join(RUNTIME_DIR, 'tmp'), { recursive: true });
}

const tryDir = path.join(RUNTIME_DIR, 'try');
const home = path.join(tryDir, 'home');
const userDataDir = path.join(tryDir, 'udd');
const extensionsDir = path.join(tryDir, 'exts');
fs.mkdirSync(home, { recursive: true });
// keep the user's own changes; the first start shows the walkthrough (startupEditor not 'none')
if (!fs.existsSync(path.join(userDataDir, 'User', 'settings.json'))) writeUserSettings(userDataDir, { 'workbench.startupEditor': 'welcomePage' });

step(`install ${path.basename(vsix)} into VS Code`);
try {
  console.log(`  ${installVsix(vsix, { extensionsDir, userDataDir, home }).split('\n').pop()}`);
} catch (e) { fail(e.message); }

step('prepare the sample workspace');
const workspace = path.join(REPO, '.vscode-test', 'try-workspace');
if (!fs.existsSync(workspace)) {
  const sample = path.join(REPO, 'sample-workspace');
  fs.mkdirSync(workspace, { recursive: true });
  if (fs.existsSync(sample)) fs.cpSync(sample, workspace, { recursive: true });
  console.log(`  created ${workspace}${fs.existsSync(sample) ? ' from sample-workspace/' : ' (empty: no sample-workspace/)'}`);
} else {
  console.log(`  using your existing ${workspace} (delete it to start again from sample-workspace/)`);
}

step(`start VS Code (code-server) on 127.0.0.1:${port}`);
let server;
try {
  server = await startCodeServer({ runDir: tryDir, port, userDataDir, extensionsDir, home, logFile: path.join(tryDir, 'code-server.log') });
} catch (e) {
  fail(`${e.message}\nIs port ${port} already in use? Try PORT=8081 npm start`);
}
clearInterval(ticker);
// The page opens the workspace with its README (the workbench's `openFile` payload). The README's
// URI takes the host the browser loads the page from, as the folder's does: with the server's
// own name for itself ("remote") VS Code took it for a file outside the workspace, so clicking
// README.md in the Explorer opened a second tab of the same file.
const host = `127.0.0.1:${port}`;
const readme = path.join(workspace, 'README.md');
const payload = fs.existsSync(readme) ? `&payload=${encodeURIComponent(JSON.stringify([['openFile', `vscode-remote://${host}${readme}`]]))}` : '';
const url = `http://${host}/?folder=${workspace.split('/').map(encodeURIComponent).join('/')}${payload}`;
console.log(`
  Ready after ${clock(Date.now() - t0)}. Learning Loop is running in VS Code; open this address in your browser:

      ${url}

  It opens the sample workspace with its README; the walkthrough "Get started with Learning Loop"
  opens the first time (later: Help > Welcome). No password; listening on 127.0.0.1 only.
  Server log: ${path.join(tryDir, 'code-server.log')}. Press Ctrl+C to stop.
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
