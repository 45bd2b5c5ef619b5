// The four forms of action item inside VS Code: memory.actions() reads each with its owner, due,
// status and form; complete / reopen / drop through the commands rewrite only the item's own
// lines, one undo step each; bad input changes nothing; the team's settings (its own action
// headings, its numeric date order) reach every read. The documents, in the sample's style, are
// written into the workspace's kind folders through workspace.fs (on the web tier too) and
// removed afterwards, so the other suites see the fixture as it was.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/constants';
import { localDate } from '../../src/core/dates';
import type { ActionRecord } from '../../src/core/memory/model';
import type { LearningLoopApi } from '../../src/extension';
import { activateExtension, closeAllEditors, readFile, removeFile, undoIn, waitFor, withSetting, workspaceFolder, writeFile } from './helpers';

const today = localDate(new Date());

function inDocs(folder: string, name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, 'docs', folder, name);
}

const HEADING = inDocs('retrospectives', '2020-03-02-forms-suite-heading.md');
const MARKER = inDocs('retrospectives', '2020-03-09-forms-suite-marker.md');
const TABLE = inDocs('postmortems', '2020-03-14-forms-suite-table.md');
const TASK = inDocs('retrospectives', '2020-03-21-forms-suite-task.md');
const TEAM = inDocs('retrospectives', '2020-03-28-forms-suite-team-words.md');

const TEXTS = new Map<vscode.Uri, string>([
  [HEADING, [
    '---', 'date: 2020-03-02', 'template: start-stop-continue', '---', '# Forms suite: sprint 7 retrospective', '',
    '## What went well', '', '- The demo ran without a hitch', '- Pairing on the flaky export', '',
    '## Follow-ups', '',
    '- Time-box the design reviews to one day @ana due:2020-03-16',
    '- Write down the pairing rota (Bo Marsh)',
    '  - Due: 2020-03-23',
    '- Move the slow export test into its own job',
    '  - Owner: @cy',
    '  - Status: done',
    '- ~~Try a quiet hour every morning~~ dropped:2020-03-02 — focus days instead',
    '',
  ].join('\n')],
  [MARKER, [
    '+++', 'title = "Forms suite: weekly sync"', 'date = 2020-03-09', '+++', '# Forms suite: weekly sync', '',
    'We went through the support queue and the on-call hand-over.', '',
    'ACTION: Put the hand-over notes in the wiki @dee due:2020-03-20',
    '**TODO(eli):** prune the old alert rules by March 30, 2020',
    '- Action item: ask finance for the cost centre codes (done)',
    '- The rota stays as it is.',
    '',
  ].join('\n')],
  [TABLE, [
    '---', 'date: 2020-03-14', '---', '# Forms suite: cache outage', '',
    '## Timeline', '', '| Time | Action | Who |', '| --- | --- | --- |', '| 10:02 | Paged the on-call | bot |', '| 10:31 | Flushed the cache | ana |', '',
    '## Corrective actions', '',
    '| Action | Owner | Due | Status |', '| --- | --- | --- | --- |',
    '| Alert on cache evictions | @ana | 2020-03-28 | In progress |',
    '| Double the cache\'s memory | Bo Marsh | 2020-03-21 | ✅ Done |',
    '| Replace the cache with another product | | | Won\'t do |',
    '',
  ].join('\n')],
  [TASK, [
    '---', 'date: 2020-03-21', '---', '# Forms suite: sprint 8 retrospective', '',
    '## Action items', '',
    '- [ ] Share the export notes with the platform team @bo due:2020-04-04',
    '- [x] Book the room for the planning day @cy done:2020-03-22',
    '', '## Postmortem checklist', '', '- [ ] Report finished?', '',
  ].join('\n')],
  [TEAM, [
    '---', 'date: 2020-03-28', '---', '# Forms suite: team words', '',
    '## Wir machen', '', '- Rotate the on-call pager keys @fay', '',
    '## Notes', '', 'ACTION: renew the staging certificate @gus by 04/05/2020', '',
  ].join('\n')],
]);

function original(uri: vscode.Uri): string {
  const text = TEXTS.get(uri);
  assert.ok(text !== undefined, uri.toString());
  return text;
}

async function memory(): Promise<LearningLoopApi['memory']> {
  const api = (await activateExtension()).exports as LearningLoopApi;
  await api.memory.ready();
  return api.memory;
}

type Seen = [form: string, text: string, status: string, owner: string | undefined, due: string | undefined];

/** The actions raised in `uri`, as [form, text, status, owner, due], in line order. */
function raisedIn(actions: readonly ActionRecord[], uri: vscode.Uri): Seen[] {
  return actions
    .filter((a) => a.raised.uri === uri.toString())
    .sort((a, b) => a.raised.line - b.raised.line)
    .map((a) => [a.form, a.text, a.status, a.owner, a.due]);
}

async function actionNamed(text: string): Promise<ActionRecord> {
  const found = (await memory()).actions().find((a) => a.text === text);
  assert.ok(found, `the action "${text}"`);
  return found;
}

/** `uri`'s original text with line `line` (0-based) replaced by `by` (which may hold line breaks). */
function withLine(uri: vscode.Uri, line: number, by: string): string {
  const lines = original(uri).split('\n');
  lines.splice(line, 1, by);
  return lines.join('\n');
}

describe('the forms of action item in VS Code: read, edited through the commands, and the team\'s settings', () => {
  before(async () => {
    for (const [uri, text] of TEXTS) await writeFile(uri, text);
    await (await memory()).reindex();
  });
  afterEach(closeAllEditors);
  after(async () => {
    for (const uri of TEXTS.keys()) await removeFile(uri);
    await (await memory()).reindex();
  });

  it('actions() reads each form with its owner, due, status and form, and nothing that is no promise', async () => {
    const actions = (await memory()).actions();
    assert.deepEqual(raisedIn(actions, HEADING), [
      ['heading', 'Time-box the design reviews to one day', 'open', 'ana', '2020-03-16'],
      ['heading', 'Write down the pairing rota', 'open', 'Bo Marsh', '2020-03-23'],
      ['heading', 'Move the slow export test into its own job', 'done', 'cy', undefined],
      ['heading', 'Try a quiet hour every morning', 'dropped', undefined, undefined],
    ]);
    assert.deepEqual(raisedIn(actions, MARKER), [
      ['marker', 'Put the hand-over notes in the wiki', 'open', 'dee', '2020-03-20'],
      ['marker', 'prune the old alert rules', 'open', 'eli', '2020-03-30'],
      ['marker', 'ask finance for the cost centre codes', 'done', undefined, undefined],
    ]);
    assert.deepEqual(raisedIn(actions, TABLE), [
      ['table', 'Alert on cache evictions', 'open', 'ana', '2020-03-28'],
      ['table', 'Double the cache\'s memory', 'done', 'Bo Marsh', '2020-03-21'],
      ['table', 'Replace the cache with another product', 'dropped', undefined, undefined],
    ]);
    assert.deepEqual(raisedIn(actions, TASK), [
      ['task', 'Share the export notes with the platform team', 'open', 'bo', '2020-04-04'],
      ['task', 'Book the room for the planning day', 'done', 'cy', undefined],
    ]);
    const marker = actions.find((a) => a.text === 'Put the hand-over notes in the wiki');
    assert.deepEqual([marker?.raised.date, marker?.kind, marker?.overdue], ['2020-03-09', 'retrospective', true], 'dated by its TOML front matter');
    assert.equal(actions.find((a) => a.text === 'Alert on cache evictions')?.kind, 'postmortem');
    for (const text of ['The demo ran without a hitch', 'Paged the on-call', 'Report finished?', 'The rota stays as it is.']) {
      assert.ok(!actions.some((a) => a.text === text), `"${text}" is no action`);
    }
    // Without the team's settings, its own heading and a numeric date are not read.
    assert.deepEqual(raisedIn(actions, TEAM).map((a) => a.slice(1, 5)), [['renew the staging certificate @gus by 04/05/2020', 'open', 'gus', undefined]]);
  });

  const edits: { name: string; uri: vscode.Uri; text: string; command: string; reason?: string; line: number; after: string; status: string }[] = [
    { name: 'complete a bullet under an action heading (struck, stamped)', uri: HEADING, text: 'Time-box the design reviews to one day', command: Commands.completeAction, line: 13, after: `- ~~Time-box the design reviews to one day @ana due:2020-03-16~~ done:${today}`, status: 'done' },
    { name: 'drop a bullet with sub-bullets (the sentence only)', uri: HEADING, text: 'Write down the pairing rota', command: Commands.dropAction, reason: 'the rota lives in the wiki', line: 14, after: `- ~~Write down the pairing rota (Bo Marsh)~~ dropped:${today} — the rota lives in the wiki`, status: 'dropped' },
    { name: 'reopen a bullet through its Status: sub-bullet', uri: HEADING, text: 'Move the slow export test into its own job', command: Commands.reopenAction, line: 18, after: '  - Status: Open', status: 'open' },
    { name: 'reopen a struck, dropped bullet', uri: HEADING, text: 'Try a quiet hour every morning', command: Commands.reopenAction, line: 19, after: '- Try a quiet hour every morning', status: 'open' },
    { name: 'complete an ACTION: line', uri: MARKER, text: 'Put the hand-over notes in the wiki', command: Commands.completeAction, line: 8, after: `ACTION: ~~Put the hand-over notes in the wiki @dee due:2020-03-20~~ done:${today}`, status: 'done' },
    { name: 'drop a bold TODO(owner): line', uri: MARKER, text: 'prune the old alert rules', command: Commands.dropAction, reason: 'the rules were moved', line: 9, after: `**TODO(eli):** ~~prune the old alert rules by March 30, 2020~~ dropped:${today} — the rules were moved`, status: 'dropped' },
    { name: 'reopen an Action item: bullet marked (done)', uri: MARKER, text: 'ask finance for the cost centre codes', command: Commands.reopenAction, line: 10, after: '- Action item: ask finance for the cost centre codes', status: 'open' },
    { name: 'complete a table row (its status cell)', uri: TABLE, text: 'Alert on cache evictions', command: Commands.completeAction, line: 16, after: `| Alert on cache evictions | @ana | 2020-03-28 | Done (${today}) |`, status: 'done' },
    { name: 'drop a done table row', uri: TABLE, text: 'Double the cache\'s memory', command: Commands.dropAction, reason: 'we | moved', line: 17, after: `| Double the cache's memory | Bo Marsh | 2020-03-21 | Dropped (${today}): we \\| moved |`, status: 'dropped' },
    { name: 'reopen a row marked Won\'t do', uri: TABLE, text: 'Replace the cache with another product', command: Commands.reopenAction, line: 18, after: '| Replace the cache with another product | | | Open |', status: 'open' },
    { name: 'complete a task item', uri: TASK, text: 'Share the export notes with the platform team', command: Commands.completeAction, line: 7, after: `- [x] Share the export notes with the platform team @bo due:2020-04-04 done:${today}`, status: 'done' },
    { name: 'reopen a checked task item', uri: TASK, text: 'Book the room for the planning day', command: Commands.reopenAction, line: 8, after: '- [ ] Book the room for the planning day @cy', status: 'open' },
  ];
  for (const c of edits) {
    it(`${c.name}: its own lines, saved; one undo step restores the text`, async () => {
      const mem = await memory();
      const action = await actionNamed(c.text);
      const before = action.status;
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(c.uri));
      const args: unknown[] = c.reason === undefined ? [action] : [action, c.reason];
      assert.equal(await vscode.commands.executeCommand(c.command, ...args), true);
      assert.equal(await readFile(c.uri), withLine(c.uri, c.line, c.after));
      assert.equal(editor.document.isDirty, false);
      await waitFor(() => mem.actions().find((a) => a.text === c.text)?.status === c.status, `"${c.text}" ${c.status} in actions()`);
      await undoIn(editor);
      assert.equal(editor.document.getText(), original(c.uri));
      assert.ok(await editor.document.save());
      await waitFor(() => mem.actions().find((a) => a.text === c.text)?.status === before, `"${c.text}" ${before} again`);
    });
  }

  it('bad input changes nothing, in any form: the state it has, a line without an item, a stale action', async () => {
    const refused: [command: string, arg: unknown][] = [
      [Commands.completeAction, await actionNamed('Double the cache\'s memory')],
      [Commands.reopenAction, await actionNamed('Time-box the design reviews to one day')],
      [Commands.dropAction, await actionNamed('Replace the cache with another product')],
      [Commands.completeAction, { uri: TABLE, line: 9 }], // a timeline row
      [Commands.completeAction, { uri: HEADING, line: 8 }], // "What went well"
      [Commands.completeAction, { uri: HEADING, line: 15 }], // a Due: sub-bullet, not an item of its own
      [Commands.completeAction, { uri: TASK, line: 12 }], // the template's own checklist
      [Commands.completeAction, { ...(await actionNamed('Put the hand-over notes in the wiki')), text: 'Put the notes somewhere else' }],
    ];
    for (const [command, arg] of refused) {
      const args = command === Commands.dropAction ? [arg, 'no reason'] : [arg];
      assert.equal(await vscode.commands.executeCommand(command, ...args), false, `${command} ${JSON.stringify(arg)}`);
    }
    for (const uri of [HEADING, MARKER, TABLE, TASK]) assert.equal(await readFile(uri), original(uri));
  });

  it('learningLoop.actions.headings: the team\'s own heading is read (and edited) as soon as it is set, and no longer once removed', async () => {
    const mem = await memory();
    const isTeamItem = (): ActionRecord | undefined => mem.actions().find((a) => a.text === 'Rotate the on-call pager keys');
    assert.equal(isTeamItem(), undefined);
    await withSetting('actions.headings', ['Wir machen'], async () => {
      const item = await waitFor(isTeamItem, 'the item under "Wir machen" in actions()');
      assert.deepEqual([item.form, item.owner, item.status], ['heading', 'fay', 'open']);
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(TEAM));
      assert.equal(await vscode.commands.executeCommand(Commands.completeAction, item), true);
      assert.equal(await readFile(TEAM), withLine(TEAM, 7, `- ~~Rotate the on-call pager keys @fay~~ done:${today}`));
      await undoIn(editor);
      assert.ok(await editor.document.save());
      assert.equal(await readFile(TEAM), original(TEAM));
    });
    await waitFor(() => isTeamItem() === undefined, 'the item gone once the setting is removed');
  });

  it('learningLoop.dates.order: a numeric due date is read the way the team writes it, and not at all without it', async () => {
    const mem = await memory();
    const due = (): string | undefined => mem.actions().find((a) => a.text === 'renew the staging certificate')?.due;
    await withSetting('dates.order', 'dmy', async () => {
      await waitFor(() => due() === '2020-05-04', 'the due date read day first');
    });
    await withSetting('dates.order', 'mdy', async () => {
      await waitFor(() => due() === '2020-04-05', 'the due date read month first');
    });
    await waitFor(() => due() === undefined && mem.actions().some((a) => a.text === 'renew the staging certificate @gus by 04/05/2020'), 'the date left unread again');
  });
});
