// Builds the three targets of Learning Loop (and the in-host test suite with --tests).
//   node esbuild.js [--production] [--watch] [--tests]
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

/**
 * Bundles every built-in template (src/content/templates/*.md) as one virtual module
 * `learning-loop:templates` (an object of file name → text), so the extension needs no
 * file access to read them, on the desktop and on vscode.dev alike.
 */
const templatesPlugin = {
  name: 'learning-loop-templates',
  setup(build) {
    const dir = path.join(__dirname, 'src', 'content', 'templates');
    build.onResolve({ filter: /^learning-loop:templates$/ }, () => ({ path: dir, namespace: 'll-templates' }));
    build.onLoad({ filter: /.*/, namespace: 'll-templates' }, () => {
      const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort() : [];
      const entries = Object.fromEntries(files.map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
      return { contents: `export default ${JSON.stringify(entries)};`, loader: 'js', watchFiles: files.map((f) => path.join(dir, f)), watchDirs: [dir] };
    });
  },
};

/** Prints errors in the `file:line:col: error:` shape the VS Code problem matcher reads. */
const reportPlugin = {
  name: 'report',
  setup(build) {
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log(`[watch] build finished ${new Date().toLocaleTimeString()}`);
    });
  },
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'silent',
  plugins: [templatesPlugin, reportPlugin],
};

const targets = tests
  ? [{
    ...common,
    entryPoints: fs.readdirSync('test/integration').filter((f) => f.endsWith('.ts')).map((f) => `test/integration/${f}`),
    outdir: 'out/test/integration',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode', 'mocha'],
    mainFields: ['module', 'main'],
    sourcemap: true,
  }]
  : [
    // The desktop (and remote) extension host.
    {
      ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/node/extension.js', platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'],
      // ESM entries first: jsonc-parser's UMD build `require`s files esbuild cannot see.
      mainFields: ['module', 'main'],
    },
    // vscode.dev / github.dev: a web worker with no Node APIs.
    {
      ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', target: 'es2022',
      external: ['vscode'], mainFields: ['browser', 'module', 'main'], define: { global: 'globalThis' },
    },
    // The comparison panel's script, loaded by the webview page.
    { ...common, entryPoints: ['src/webview/main.ts'], outfile: 'dist/webview/panel.js', platform: 'browser', format: 'iife', target: 'es2022' },
    // The insights panel's script.
    { ...common, entryPoints: ['src/webview/insights.ts'], outfile: 'dist/webview/insights.js', platform: 'browser', format: 'iife', target: 'es2022' },
  ];

async function main() {
  // A production build starts from an empty dist/, so no stale source map ships.
  if (production) fs.rmSync(path.join(__dirname, 'dist'), { recursive: true, force: true });
  const contexts = await Promise.all(targets.map((t) => esbuild.context(t)));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  const results = await Promise.allSettled(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  if (results.some((r) => r.status === 'rejected')) process.exit(1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
