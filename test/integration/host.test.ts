import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, workspaceFolder } from './helpers';

// The same suite runs in two extension hosts (README, "Testing"): the Node host, and the web
// worker host of vscode.dev on a virtual workspace. Each run proves which one it is in.
const tier = process.env.LL_TIER === 'web' ? 'web' : 'node';

describe(`the ${tier} extension host`, () => {
  if (tier === 'web') {
    it('is a web worker: no process, a web UI, the browser bundle, a virtual workspace', async () => {
      assert.equal(typeof process, 'undefined');
      assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
      const extension = await activateExtension();
      // An extension in the web worker host runs where the UI does.
      assert.equal(extension.extensionKind, vscode.ExtensionKind.UI);
      assert.equal(workspaceFolder().uri.scheme, 'll-memfs');
    });
  } else {
    it('is a Node host on a real disk', async () => {
      assert.equal(typeof process, 'object');
      const extension = await activateExtension();
      // code-server's Node host is remote (Workspace); a desktop VS Code's is local (UI).
      assert.equal(extension.extensionKind, vscode.env.remoteName ? vscode.ExtensionKind.Workspace : vscode.ExtensionKind.UI);
      assert.notEqual(workspaceFolder().uri.scheme, 'll-memfs');
    });
  }
});
