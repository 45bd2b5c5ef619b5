import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { GlossaryStore } from '../../src/services/glossaryStore';
import { removeFile, withSetting, workspaceFolder, writeFile } from './helpers';

describe('the glossary walk: a folder a pattern reaches into that cannot be listed', () => {
  const NOT_A_FOLDER = 'glossary-folders-suite.txt';

  it('is said once, however often the glossaries reload, and the other glossaries still load', async () => {
    const file = vscode.Uri.joinPath(workspaceFolder().uri, NOT_A_FOLDER);
    await writeFile(file, 'a file where a folder of glossaries should be\n');
    const said: string[] = [];
    const store = new GlossaryStore({ terms: [] }, (message) => said.push(message));
    try {
      await withSetting('glossary.files', ['.learningloop/glossary.json', `${NOT_A_FOLDER}/**/*.md`], async () => {
        await store.reloadAll();
        await store.reloadAll();
        const aboutIt = said.filter((message) => message.includes(NOT_A_FOLDER));
        assert.equal(aboutIt.length, 1, `one warning about ${NOT_A_FOLDER}, got: ${JSON.stringify(said)}`);
        assert.ok(store.entryFor('flux capacitor'), 'the fixture glossary is still loaded');
      });
    } finally {
      store.dispose();
      await removeFile(file);
    }
  });

  it('a folder that does not exist is empty, and nothing is said about it', async () => {
    const said: string[] = [];
    const store = new GlossaryStore({ terms: [] }, (message) => said.push(message));
    try {
      await withSetting('glossary.files', ['.learningloop/glossary.json', 'docs/no-such-glossaries/**/*.md'], async () => {
        await store.reloadAll();
        assert.deepEqual(said, []);
        assert.ok(store.entryFor('flux capacitor'), 'the fixture glossary is still loaded');
      });
    } finally {
      store.dispose();
    }
  });
});
