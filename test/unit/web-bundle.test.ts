import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(__dirname, '../..');

// The web build runs in a web worker (vscode.dev): it may load nothing but `vscode`.
describe('the web-worker bundle', () => {
  it('bundles everything but vscode, and uses no Node built-in', async function () {
    this.timeout(20_000);
    const result = await esbuild.build({
      entryPoints: [path.join(root, 'src/extension.ts')],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'cjs',
      mainFields: ['browser', 'module', 'main'],
      external: ['vscode'],
      metafile: true,
      outdir: 'out/web-check',
      logLevel: 'silent',
      plugins: [{
        name: 'templates-stub',
        setup(build) {
          build.onResolve({ filter: /^learning-loop:templates$/ }, () => ({ path: 'templates', namespace: 'stub' }));
          build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default {}', loader: 'js' }));
        },
      }],
    });
    // What the finished bundle still imports at run time.
    const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports.map((i) => i.path));
    assert.deepEqual([...new Set(imports)], ['vscode']);
  });
});
