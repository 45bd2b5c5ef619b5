import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/constants';
import { activateExtension } from './helpers';

describe('Learning Loop in a real VS Code', () => {
  it('loads, activates and registers every command', async () => {
    const extension = await activateExtension();
    assert.equal(extension.isActive, true);
    console.log(`    VS Code ${vscode.version}, app ${vscode.env.appName}, remote ${vscode.env.remoteName ?? 'none'}`);
    const commands = await vscode.commands.getCommands(true);
    for (const id of Object.values(Commands)) assert.ok(commands.includes(id), `${id} is registered`);
  });

  it('activates lazily: never on start-up or on every event', async () => {
    const extension = await activateExtension();
    const events = (extension.packageJSON as { activationEvents: string[] }).activationEvents;
    assert.ok(!events.includes('*') && !events.includes('onStartupFinished'), events.join(', '));
    assert.ok(events.includes('onLanguage:markdown'));
  });

  if (process.env.LL_FAIL_ON_PURPOSE) {
    it('fails on purpose (LL_FAIL_ON_PURPOSE=1 proves a failure fails the run)', () => {
      assert.equal(1 + 1, 3);
    });
  }
});
