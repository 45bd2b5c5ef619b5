// The web worker tier's suite entry (extensionTestsPath). test/runtime/build-web-suite.mjs
// bundles it with mocha's browser build and every test/integration/*.test.ts into one
// browser file inside the extension folder. run() mounts the virtual workspace first: the
// workbench was opened on a .code-workspace whose only folder is `ll-memfs:/ws`, which VS Code
// resolves once the provider exists.
import * as vscode from 'vscode';
import fixture from 'learning-loop:fixture';
import type { BrowserMocha } from './setup';
import { MEMFS_SCHEME, mountVirtualWorkspace } from './memfs';

/** Set at build time (LL_LOCALE): the German run exercises translations, not every feature again. */
const ONLY_TRANSLATIONS = process.env.LL_LOCALE !== undefined && process.env.LL_LOCALE !== 'en';

/** Runs the whole suite in the web worker host; rejects when any test fails. */
export async function run(): Promise<void> {
  const onDisk = vscode.workspace.workspaceFolders?.[0]?.uri.scheme !== MEMFS_SCHEME;
  // Kept for the whole run: the workspace lives in it.
  if (!onDisk) mountVirtualWorkspace(fixture);
  console.log(`web tier: ${Object.keys(fixture).length} fixture files on ${onDisk ? 'the server disk' : `${MEMFS_SCHEME}:/ws`}; typeof process = ${typeof process}`);
  const mocha = (globalThis as unknown as { mocha: BrowserMocha }).mocha;
  // A run in another display language checks the translations only (test/integration/l10n.test.ts).
  if (ONLY_TRANSLATIONS) mocha.grep(/^translations /);
  let passed = 0;
  let failed = 0;
  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`${passed} passed, ${failed} failed`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed in the web worker host`));
      else resolve();
    });
    runner.on('pass', () => passed++);
    runner.on('fail', () => failed++);
  });
}
