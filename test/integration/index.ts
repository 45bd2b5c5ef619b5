// The in-host test entry (extensionTestsPath): VS Code loads this file inside the extension
// host and awaits run(), exactly as @vscode/test-electron's runTests does. Each
// `*.test.ts` in this folder is bundled by `node esbuild.js --tests` to a `*.test.js` here.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Runs every integration test file; rejects when any test fails. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  const summary: { files: string[]; passed: string[]; failed: { title: string; error: string }[]; failures?: number } = { files, passed: [], failed: [] };
  const resultsFile = process.env.LL_TEST_RESULTS;
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      summary.failures = failures;
      if (resultsFile) {
        fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
        fs.writeFileSync(resultsFile, JSON.stringify(summary, null, 2));
      }
      console.log(`${summary.passed.length} passed, ${summary.failed.length} failed`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => summary.passed.push(test.fullTitle()));
    runner.on('fail', (test, err: unknown) => summary.failed.push({ title: test.fullTitle(), error: String(err instanceof Error ? err.message : err) }));
  });
}
