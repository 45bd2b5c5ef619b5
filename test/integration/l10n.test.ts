import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, hoverTexts, markdownEditor } from './helpers';

// Translations in the running extension. The normal runs are English; `npm run test:web:de` runs
// only this file in German (a stub language pack, test/runtime/locale.mjs), and once more with a
// malformed German bundle (LL_L10N_BROKEN=1): activation must survive it and fall back to English.
const locale = process.env.LL_LOCALE ?? 'en';
const broken = process.env.LL_L10N_BROKEN === '1';

/** The hover's compare link in the language this run expects. */
const COMPARE = locale === 'de' && !broken ? 'Die beiden Konzepte vergleichen' : 'Compare the two concepts';
const OTHER = COMPARE === 'Compare the two concepts' ? 'Die beiden Konzepte vergleichen' : 'Compare the two concepts';

describe(`translations (display language ${locale}${broken ? ', malformed German bundle' : ''})`, () => {
  after(closeAllEditors);

  it('runs in the display language the launcher chose', () => {
    assert.equal(vscode.env.language, locale);
  });

  it('activates, and labels the hover in that language (English when the translation is unusable)', async () => {
    const extension = await activateExtension();
    assert.equal(extension.isActive, true);
    const editor = await markdownEditor('We practise organizational learning.', 'We practise organiz'.length);
    const texts = await hoverTexts(editor.document.uri, editor.selection.active);
    const ours = texts.filter((t) => t.includes(COMPARE));
    assert.equal(ours.length, 1, JSON.stringify(texts));
    assert.ok(!ours[0]?.includes(OTHER), ours[0]);
    // A key is never shown: every label of ours is a sentence, not an id like "hover.compare".
    assert.ok(!/\b[a-z]+\.[a-z]+[A-Z]\w*\b/.test(ours[0] ?? ''), ours[0]);
  });

  it('opens the comparison panel in that language', async () => {
    const result = await vscode.commands.executeCommand<{ created: boolean; notice?: string }>('learningLoop.openComparison', 'no-such-row');
    const notice = result.notice ?? '';
    assert.match(notice, locale === 'de' && !broken ? /^Keine Zeile des Vergleichs passt zu „no-such-row“\.$/ : /^No row of the comparison matches “no-such-row”\.$/);
  });
});
