import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/constants';
import { localDate } from '../../src/core/dates';
import { activateExtension, closeAllEditors, markdownEditor, readFile, removeFile, scratchFolder, waitFor, withSetting, workspaceFolder, writeFile, type Scratch } from './helpers';

const today = localDate(new Date());

async function insert(id: string): Promise<boolean> {
  return vscode.commands.executeCommand<boolean>(Commands.insertTemplate, id);
}

describe('Insert Template', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  // [before, cursor offset, template id, after] — the shape of a command test.
  const cases: [string, number, string, string][] = [
    ['# Notes\n\n', 9, 'team-simple', '# Notes\n\n## Hello world\n\n- [ ] something @owner\n'],
    ['', 0, 'team-simple', '## Hello world\n\n- [ ] something @owner\n'],
    ['before\nafter', 7, 'team-simple', 'before\n## Hello world\n\n- [ ] something @owner\nafter'],
  ];
  for (const [before, offset, id, after] of cases) {
    it(`inserts ${id} at offset ${offset} of ${JSON.stringify(before)} as one undo step`, async () => {
      const editor = await markdownEditor(before, offset);
      assert.equal(await insert(id), true);
      assert.equal(editor.document.getText(), after);
      // The snippet's first tab stop is selected, ready to type over.
      assert.equal(editor.document.getText(editor.selection), 'world');
      assert.equal(editor.selection.start.line, editor.document.positionAt(offset).line);
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), before);
    });
  }

  it('inserts a built-in retrospective with its front matter into an empty file', async () => {
    const editor = await markdownEditor('');
    assert.equal(await insert('start-stop-continue'), true);
    const text = editor.document.getText();
    assert.ok(text.startsWith(`---\ndate: ${today}\n`), text.slice(0, 80));
    for (const heading of ['## Open actions from last time', '## Action items']) assert.ok(text.includes(heading), heading);
  });

  it('leaves the front matter out when inserting below existing text', async () => {
    const editor = await markdownEditor('# Our retro\n\n');
    assert.equal(await insert('after-action-review'), true);
    const text = editor.document.getText();
    assert.ok(text.startsWith('# Our retro\n\n'));
    assert.ok(!text.includes('\n---\ndate:'), text.slice(0, 200));
  });

  it('inserts at the cursor and never over a selection', async () => {
    const editor = await markdownEditor('keep this');
    editor.selection = new vscode.Selection(0, 0, 0, 9);
    assert.equal(await insert('team-simple'), true);
    assert.equal(editor.document.getText(), 'keep this## Hello world\n\n- [ ] something @owner\n');
    assert.deepEqual([editor.selection.start.character, editor.selection.end.character], ['keep this## Hello '.length, 'keep this## Hello world'.length]);
  });

  it('adds no second front matter to a document that has one', async () => {
    const editor = await markdownEditor('---\ntags: retro\n---\n', 0);
    assert.equal(await insert('start-stop-continue'), true);
    const fences = editor.document.getText().split('\n').filter((line) => line === '---');
    assert.equal(fences.length, 2, editor.document.getText().slice(0, 300));
  });

  it('adds no second H1 and repeats no section heading the document has, in one undo step', async () => {
    const before = '# Our retro\n\n## Action items\n\n- [ ] old item\n\n';
    const editor = await markdownEditor(before, before.length);
    assert.equal(await insert('mad-sad-glad'), true);
    const lines = editor.document.getText().split('\n');
    assert.deepEqual(lines.filter((line) => line.startsWith('# ')), ['# Our retro']);
    assert.equal(lines.filter((line) => line === '## Action items').length, 1, editor.document.getText());
    assert.ok(lines.includes('## Mad'), 'the sections the document lacks are inserted');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before);
  });

  it('refuses an unknown id and changes nothing', async () => {
    const editor = await markdownEditor('keep me', 4);
    assert.equal(await insert('no-such-template'), false);
    assert.equal(editor.document.getText(), 'keep me');
    assert.ok(editor.selection.isEmpty && editor.selection.active.character === 4, 'the cursor stays where it was');
  });

  it('never edits a non-Markdown editor: it opens a new Markdown document instead', async () => {
    const plain = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'plain text' });
    await vscode.window.showTextDocument(plain);
    assert.equal(await insert('team-simple'), true);
    assert.equal(plain.getText(), 'plain text');
    const active = vscode.window.activeTextEditor?.document;
    assert.equal(active?.languageId, 'markdown');
    assert.equal(active?.getText(), '## Hello world\n\n- [ ] something @owner\n');
  });

  it('picks up a team template edit without a reload', async () => {
    const uri = vscode.Uri.joinPath(workspaceFolder().uri, '.learningloop', 'templates', 'team-late.md');
    await writeFile(uri, '---\nid: team-late\nname: Late\ndescription: Added while running.\nkind: postmortem\n---\nLATE ${1:x}\n');
    try {
      const editor = await markdownEditor('');
      await waitFor(async () => (await insert('team-late')) || undefined, 'the new team template', 15_000);
      assert.equal(editor.document.getText(), 'LATE x\n');
      assert.equal(editor.document.getText(editor.selection), 'x');
    } finally {
      await closeAllEditors();
      await removeFile(uri);
    }
  });

  it('reads team templates from the folder learningLoop.templates.folder names', async () => {
    const scratch = await scratchFolder('templates');
    try {
      await writeFile(vscode.Uri.joinPath(scratch.uri, 'elsewhere.md'), '---\nid: team-elsewhere\nname: Elsewhere\nkind: retrospective\n---\nFROM ${1:there}\n');
      await withSetting('templates.folder', scratch.relative, async () => {
        const editor = await markdownEditor('');
        await waitFor(async () => (await insert('team-elsewhere')) || undefined, 'the template in the configured folder', 15_000);
        assert.equal(editor.document.getText(), 'FROM there\n');
        // The default folder's templates are not read meanwhile.
        await waitFor(async () => !(await insert('team-simple')) || undefined, 'team-simple gone with the default folder', 15_000);
      });
    } finally {
      await closeAllEditors();
      await scratch.remove();
    }
  });
});

describe('New Retrospective and carry-forward', () => {
  let scratch: Scratch;
  /** Each test gets its own retrospectives folder, set for its time only. */
  async function inScratch(run: () => Promise<void>): Promise<void> {
    scratch = await scratchFolder('retros');
    try {
      await withSetting('retrospectives.folder', scratch.relative, run);
    } finally {
      await closeAllEditors();
      await scratch.remove();
    }
  }
  const newRetro = (id: string): Thenable<vscode.Uri> => vscode.commands.executeCommand<vscode.Uri>(Commands.newRetrospective, id);

  before(activateExtension);
  afterEach(closeAllEditors);

  it('starts from the fixture\'s last retrospective: its open items, linked back, the next iteration', async () => {
    const uri = await newRetro('start-stop-continue');
    try {
      const text = await readFile(uri);
      assert.match(text, /iteration: 8/);
      assert.match(text, /- \[ \] Automate the flux capacitor run @kai \(carried 1×\)\s+— from \[[^\]]+\]\(2026-10-30-4ls\.md\)/);
      assert.ok(!text.includes('Book the review room'), text);
    } finally {
      await closeAllEditors();
      await removeFile(uri);
    }
  });

  it('creates a dated file in the retrospectives folder and never overwrites one', () => inScratch(async () => {
    const taken = vscode.Uri.joinPath(scratch.uri, `${today}-4ls.md`);
    await writeFile(taken, 'KEEP ME\n');
    const uri = await newRetro('4ls');
    assert.equal(uri.path, vscode.Uri.joinPath(scratch.uri, `${today}-4ls-2.md`).path);
    assert.equal(await readFile(taken), 'KEEP ME\n');
    const text = await readFile(uri);
    assert.ok(text.startsWith(`---\ndate: ${today}\n`), text.slice(0, 80));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    await waitFor(() => vscode.window.activeTextEditor?.document.isDirty === false, 'the new retrospective saved', 5_000);
  }));

  it('never leaves an empty or half-written file: the file is whole the moment it exists', () => inScratch(async () => {
    const seen: string[] = [];
    const reads: Promise<void>[] = [];
    const listener = vscode.workspace.onDidCreateFiles((event) => {
      for (const file of event.files) reads.push(readFile(file).then((text) => void seen.push(text)));
    });
    try {
      const uri = await newRetro('start-stop-continue');
      await waitFor(() => reads.length > 0, 'the file creation event');
      await Promise.all(reads);
      assert.equal(seen.length, 1);
      const [atCreation] = seen as [string];
      assert.ok(atCreation.startsWith(`---\ndate: ${today}\n`), atCreation.slice(0, 80));
      for (const heading of ['# Start, Stop, Continue', '## Action items']) assert.ok(atCreation.includes(heading), heading);
      // The snippet pass over it changes nothing a reader would see.
      assert.equal(await readFile(uri), atCreation);
    } finally {
      listener.dispose();
    }
  }));

  it('carries open action items forward across three retrospectives', () => inScratch(async () => {
    await writeFile(vscode.Uri.joinPath(scratch.uri, '2026-11-01-start-stop-continue.md'), [
      '---', 'date: 2026-11-01', 'iteration: 4', '---', '# Retro', '', '## Action items', '',
      '- [ ] Fix the flaky login test @ana due:2099-01-01',
      '- [x] Already done @bo',
      '- [ ] Write the runbook',
      '',
    ].join('\n'));

    const texts: string[] = [];
    for (let i = 1; i <= 3; i++) texts.push(await readFile(await newRetro('start-stop-continue')));
    const [first, second, third] = texts as [string, string, string];
    assert.match(first, /iteration: 5/);
    assert.match(first, /- \[ \] Fix the flaky login test @ana due:2099-01-01 \(carried 1×\)\s+— from \[[^\]]+\]\(2026-11-01-start-stop-continue\.md\)/);
    assert.match(first, /- \[ \] Write the runbook \(carried 1×\)/);
    assert.ok(!first.includes('Already done'));
    assert.match(second, /Fix the flaky login test @ana due:2099-01-01 \(carried 2×\)\s+— from \[[^\]]+\]\(\d{4}-\d\d-\d\d-start-stop-continue\.md\)/);
    assert.match(third, /Fix the flaky login test.*\(carried 3×\)/);
    // Not due yet, so not flagged overdue however often it travelled.
    const carried = third.split('\n').find((line) => line.includes('Fix the flaky login test')) ?? '';
    assert.ok(carried.startsWith('- [ ] Fix the flaky login test') && !carried.includes('Overdue'), carried);
    // Only the two open items travel: the template's own unfilled action line does not (the
    // postmortem's follow-ups come in a section of their own).
    const retroSection = third.split('### Open follow-ups from postmortems')[0] ?? '';
    assert.equal(retroSection.split('\n').filter((line) => line.includes('(carried')).length, 2, third);
  }));
});

describe('Create Team Template', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('copies a built-in template under the id it is given into the folder learningLoop.templates.folder names, and never over an existing file', async () => {
    const scratch = await scratchFolder('team-templates');
    try {
      await withSetting('templates.folder', scratch.relative, async () => {
        const target = vscode.Uri.joinPath(scratch.uri, 'our-sailboat.md');
        const uri = await vscode.commands.executeCommand<vscode.Uri>(Commands.createTemplate, 'sailboat', 'our-sailboat');
        assert.equal(uri.toString(), target.toString());
        const copied = await readFile(target);
        assert.match(copied, /^---\nlearning-loop-template:\n {2}id: our-sailboat\n {2}name: /);
        assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), target.toString());

        await writeFile(target, `${copied}\nOUR OWN EDIT\n`);
        const again = await vscode.commands.executeCommand<vscode.Uri>(Commands.createTemplate, 'sailboat', 'our-sailboat');
        assert.equal(again.toString(), target.toString());
        assert.ok((await readFile(target)).endsWith('\nOUR OWN EDIT\n'), 'the team file is untouched');
      });
    } finally {
      await closeAllEditors();
      await scratch.remove();
    }
  });
});
