#!/usr/bin/env node
// Bundles the in-host integration suite for the web worker extension host: mocha's browser build,
// test/web/index.ts (run() and the virtual workspace) and every test/integration/*.test.ts, as ONE
// CommonJS file for platform 'browser' inside the extension folder (VS Code runs a suite in the host
// of the extension whose folder holds it). The worker's `require` knows only 'vscode', so:
// node:assert(/strict) → test/web/assert.ts; `process.env.X` → the LL_* variables at build time
// (`typeof process` stays untouched: the suite checks it is undefined there).
//
// usage: node test/runtime/build-web-suite.mjs [outFile]   (default out/test/web/suite.js)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { REPO } from './code-server.mjs';

const require = createRequire(import.meta.url);
const esbuild = require('esbuild');

const outFile = path.resolve(process.argv[2] ?? path.join(REPO, 'out/test/web/suite.js'));
const testsDir = path.join(REPO, 'test/integration');
const fixtureDir = path.join(REPO, 'test/fixtures/workspace');
const tests = fs.readdirSync(testsDir).filter((f) => f.endsWith('.test.ts')).sort();

/** Every file of a folder (relative path → text), folders first-level-sorted for a stable bundle. */
function readTree(dir, prefix = '') {
  const out = {};
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(out, readTree(path.join(dir, entry.name), rel));
    else if (entry.isFile()) out[rel] = fs.readFileSync(path.join(dir, entry.name), 'utf8');
  }
  return out;
}

const fixturePlugin = {
  name: 'learning-loop-fixture',
  setup(build) {
    build.onResolve({ filter: /^learning-loop:fixture$/ }, () => ({ path: fixtureDir, namespace: 'll-fixture' }));
    build.onLoad({ filter: /.*/, namespace: 'll-fixture' }, () => ({
      contents: `export default ${JSON.stringify(readTree(fixtureDir))};`, loader: 'js', watchDirs: [fixtureDir],
    }));
  },
};

// The built-in templates, as the extension's own build makes them (esbuild.js).
const templatesPlugin = {
  name: 'learning-loop-templates',
  setup(build) {
    const dir = path.join(REPO, 'src/content/templates');
    build.onResolve({ filter: /^learning-loop:templates$/ }, () => ({ path: dir, namespace: 'll-templates' }));
    build.onLoad({ filter: /.*/, namespace: 'll-templates' }, () => {
      const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
      return { contents: `export default ${JSON.stringify(Object.fromEntries(files.map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')])))};`, loader: 'js' };
    });
  },
};

const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('LL_')));
env.LL_TIER = 'web';
const entry = [
  "import './test/web/setup';", // first: describe/it must exist before the test files load
  ...tests.map((f) => `import './test/integration/${f}';`),
  "export { run } from './test/web/index';",
].join('\n');
const assertShim = path.join(REPO, 'test/web/assert.ts');

const result = await esbuild.build({
  stdin: { contents: entry, resolveDir: REPO, sourcefile: 'web-suite-entry.js', loader: 'js' },
  bundle: true, outfile: outFile, platform: 'browser', format: 'cjs', target: 'es2022',
  external: ['vscode'], mainFields: ['browser', 'module', 'main'], sourcemap: 'inline', sourcesContent: false,
  alias: { 'node:assert/strict': assertShim, 'node:assert': assertShim, 'assert': assertShim },
  define: { 'process.env': JSON.stringify(env), global: 'globalThis' },
  plugins: [fixturePlugin, templatesPlugin], logLevel: 'warning', metafile: true,
});
// One file that needs nothing but `vscode` at run time: a Node built-in here would fail in the worker.
const imports = [...new Set(Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)))];
if (imports.some((p) => p !== 'vscode')) {
  console.error(`build-web-suite: the web suite imports ${imports.join(', ')} at run time; only 'vscode' exists in the web worker`);
  process.exit(1);
}
console.log(`build-web-suite: ${tests.length} test files → ${path.relative(REPO, outFile)}`);
