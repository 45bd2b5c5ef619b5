import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import english from '../../l10n/bundle.l10n.json';
import german from '../../l10n/bundle.l10n.de.json';
import { activateExtension, closeAllEditors, hoverTexts, markdownEditor } from './helpers';

// Translations in the running extension. The normal runs are English; `npm run test:web:de` runs
// only this file in German (a stub language pack, test/runtime/locale.mjs), and once more with a
// malformed German bundle (LL_L10N_BROKEN=1): activation must survive it and fall back to English.
const locale = process.env.LL_LOCALE ?? 'en';
const broken = process.env.LL_L10N_BROKEN === '1';

/** The bundle this run's strings come from: German, or English when German is absent or unusable. */
const expected: Record<string, string> = locale === 'de' && !broken ? german : english;
const other: Record<string, string> = expected === english ? german : english;
/** The hover's compare link in the language this run expects, and in the other one. */
const COMPARE = expected['Compare the two concepts'] ?? '';
const OTHER = other['Compare the two concepts'] ?? '';

/** The English key whose text in `bundle`, with `{0}` filled in, is `shown`. */
function keyShowing(bundle: Record<string, string>, shown: string, value: string): string | undefined {
  return Object.keys(english).find((key) => bundle[key]?.replace('{0}', value) === shown);
}

describe(`translations (display language ${locale}${broken ? ', malformed German bundle' : ''})`, () => {
  after(closeAllEditors);

  it('runs in the display language the launcher chose', () => {
    assert.equal(vscode.env.language, locale);
  });

  it('activates, and labels the hover in that language (English when the translation is unusable)', async () => {
    assert.ok(COMPARE !== '' && OTHER !== '', 'both bundles have the compare label');
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
    const key = keyShowing(expected, notice, 'no-such-row');
    assert.ok(key, `the notice ${JSON.stringify(notice)} is a string of the expected bundle`);
    assert.notEqual(other[key], expected[key], 'English and German differ for this string');
  });
});
