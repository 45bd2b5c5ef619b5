// Imported before any test file: mocha's browser build defines globalThis.mocha, and setup()
// puts describe/it/before/… on globalThis, which the test files use as they load. Its spec
// reporter prints through console.log, which the workbench forwards to the launcher.
import 'mocha/mocha.js';

/** Per-test timeout, as in the Node tier (test/integration/index.ts). */
const TEST_TIMEOUT_MS = 30_000;

(globalThis as unknown as { mocha: BrowserMocha }).mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: TEST_TIMEOUT_MS, color: false });

/** The parts of mocha's browser global this tier uses. */
export interface BrowserMocha {
  setup(options: { ui: string; reporter: string; timeout: number; color: boolean }): void;
  grep(pattern: RegExp): void;
  run(done: (failures: number) => void): { on(event: 'pass' | 'fail', listener: (test: { fullTitle(): string }) => void): void };
}
