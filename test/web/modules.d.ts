// Modules only the web tier's bundle provides (test/runtime/build-web-suite.mjs).

/** The fixture workspace (test/fixtures/workspace), path relative to its root → text. */
declare module 'learning-loop:fixture' {
  const files: Readonly<Record<string, string>>;
  export default files;
}

/** Mocha's browser build: sets globalThis.mocha. */
declare module 'mocha/mocha.js';
