import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Commands, SETTINGS_SECTION, Settings, COMPARISON_VIEW_TYPE, INSIGHTS_VIEW_TYPE } from '../../src/constants';

const root = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const nls: Record<string, string> = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8'));

/** Every %key% in the manifest, found anywhere in it. */
function nlsKeys(value: unknown): string[] {
  if (typeof value === 'string') return [...value.matchAll(/^%([^%]+)%$/g)].map((m) => m[1] as string);
  if (Array.isArray(value)) return value.flatMap(nlsKeys);
  if (value && typeof value === 'object') return Object.values(value).flatMap(nlsKeys);
  return [];
}

describe('package.json (the manifest)', () => {
  const checks: [string, () => void][] = [
    ['has the identity the issue asks for', () => {
      assert.equal(manifest.name, 'learning-loop');
      assert.equal(manifest.publisher, 'learning-loop');
      assert.equal(manifest.displayName, 'Learning Loop');
    }],
    ['targets a VS Code no newer than 1.95', () => {
      const match = /^\^1\.(\d+)\.\d+$/.exec(manifest.engines.vscode);
      assert.ok(match && Number(match[1]) <= 95, manifest.engines.vscode);
    }],
    ['pins @types/vscode to the engine, as vsce requires', () => {
      assert.equal(manifest.devDependencies['@types/vscode'].replace(/^\D+/, ''), manifest.engines.vscode.replace(/^\D+/, ''));
    }],
    ['activates lazily', () => {
      assert.deepEqual([...manifest.activationEvents].sort(), ['onLanguage:markdown', `onWebviewPanel:${COMPARISON_VIEW_TYPE}`, `onWebviewPanel:${INSIGHTS_VIEW_TYPE}`].sort());
    }],
    ['has a Node and a browser entry point', () => {
      assert.equal(manifest.main, './dist/node/extension.js');
      assert.equal(manifest.browser, './dist/web/extension.js');
    }],
    ['declares untrusted and virtual workspace support', () => {
      assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
      assert.equal(manifest.capabilities.virtualWorkspaces, true);
    }],
    ['contributes exactly our commands, all under the Learning Loop category', () => {
      const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
      assert.deepEqual(contributed, Object.values(Commands).sort());
      for (const c of manifest.contributes.commands) assert.equal(c.category, 'Learning Loop');
    }],
    ['takes no keybinding', () => assert.equal(manifest.contributes.keybindings, undefined)],
    ['contributes every setting the code reads, with a default and a description', () => {
      const properties = manifest.contributes.configuration.properties;
      for (const key of Object.values(Settings)) {
        const property = properties[`${SETTINGS_SECTION}.${key}`];
        assert.ok(property, key);
        assert.ok('default' in property && property.markdownDescription, key);
      }
    }],
    ['has a translation for every %key%', () => {
      for (const key of nlsKeys(manifest)) assert.ok(nls[key], key);
    }],
    ['points at files that exist', () => {
      for (const file of [manifest.icon, ...manifest.contributes.snippets.map((s: { path: string }) => s.path),
        ...manifest.contributes.jsonValidation.map((j: { url: string }) => j.url), ...manifest.contributes['markdown.previewStyles'],
        ...manifest.contributes.walkthroughs.flatMap((w: { steps: { media: { markdown: string } }[] }) => w.steps.map((step) => step.media.markdown))]) {
        assert.ok(fs.existsSync(path.join(root, file)), file);
      }
    }],
  ];
  for (const [name, check] of checks) it(name, check);
});
