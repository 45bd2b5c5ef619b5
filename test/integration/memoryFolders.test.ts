import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { MemoryService } from '../../src/services/memoryService';
import { MAX_LINE_CHARS, SearchIndex } from '../../src/core/memory/search';
import { removeFile, withSetting, workspaceFolder, writeFile } from './helpers';

/** An output channel that only keeps its lines, so the test can read what the memory said. */
function recordingChannel(): { channel: vscode.OutputChannel; lines: string[] } {
  const lines: string[] = [];
  const channel = { name: 'recorded', appendLine: (line: string) => lines.push(line), dispose: () => undefined } as unknown as vscode.OutputChannel;
  return { channel, lines };
}

describe('the memory walk: a kind folder that cannot be listed', () => {
  const NOT_A_FOLDER = 'memory-folders-suite.txt';

  it('is said once in the output, and the other kinds are still read', async () => {
    const file = vscode.Uri.joinPath(workspaceFolder().uri, NOT_A_FOLDER);
    await writeFile(file, 'a file where the postmortems folder should be\n');
    const { channel, lines } = recordingChannel();
    const service = new MemoryService({ output: channel });
    try {
      // Checked inside: putting the setting back starts a rebuild, which empties the index first.
      await withSetting('postmortems.folder', NOT_A_FOLDER, async () => {
        await service.reindex();
        await service.reindex();
        await service.ready();
        const aboutIt = lines.filter((line) => line.includes(NOT_A_FOLDER));
        assert.equal(aboutIt.length, 1, `one line about ${NOT_A_FOLDER}, got: ${JSON.stringify(lines)}`);
        assert.ok(service.actions().some((a) => a.kind === 'retrospective'), 'the retrospectives are still read');
        assert.ok(!service.actions().some((a) => a.kind === 'postmortem'), 'no postmortem is read from a file');
      });
    } finally {
      service.dispose();
      await removeFile(file);
    }
  });

  it('a kind folder that does not exist is empty, and nothing is said about it', async () => {
    const { channel, lines } = recordingChannel();
    const service = new MemoryService({ output: channel });
    try {
      await withSetting('postmortems.folder', 'docs/no-such-folder-here', async () => {
        await service.reindex();
        await service.ready();
        assert.deepEqual(lines.filter((line) => line.includes('no-such-folder-here')), []);
        assert.ok(service.actions().some((a) => a.kind === 'retrospective'), 'the retrospectives are still read');
      });
    } finally {
      service.dispose();
    }
  });
});

describe('the memory: a line longer than the search index reads', () => {
  it('is said once in the output, however often the document is read again, and its start is still found', async () => {
    const name = 'docs/retrospectives/2026-01-05-long-line-suite.md';
    const file = vscode.Uri.joinPath(workspaceFolder().uri, name);
    await writeFile(file, `# A retro with one long line\n\nzanzibar ${'lorem ipsum '.repeat(Math.ceil(MAX_LINE_CHARS / 12))}\n`);
    const { channel, lines } = recordingChannel();
    const search = new SearchIndex((uri, line, length) => service.noteLongLine(uri, line, length, MAX_LINE_CHARS));
    const service = new MemoryService({ output: channel, sinks: [search] });
    try {
      await service.reindex();
      await service.reindex();
      await service.ready();
      const aboutIt = lines.filter((line) => line.includes('long-line-suite.md'));
      assert.equal(aboutIt.length, 1, `one line about the long line, got: ${JSON.stringify(lines)}`);
      assert.match(aboutIt[0] ?? '', /line 3: only the first 10000 of its \d+ characters can be searched/);
      assert.ok(search.search('zanzibar').some((hit) => hit.uri === file.toString()), 'the start of the line is searchable');
    } finally {
      service.dispose();
      await removeFile(file);
    }
  });
});
