// Starts code-server in another display language, offline. `--locale de` or argv.json alone is not
// enough: code-server builds a page language only for an installed language pack, and downloading
// one needs the marketplace. A stub language pack (a languagepacks.json entry whose translations
// file is empty) is enough: vscode.env.language becomes the locale, vscode.l10n.t returns the
// extension's l10n/bundle.l10n.<locale>.json strings and package.nls.<locale>.json titles apply;
// VS Code's own UI stays English (the stub translates nothing of its own).
//
//   import { useDisplayLanguage } from './locale.mjs';
//   useDisplayLanguage(userDataDir, 'de');   // before startCodeServer({ userDataDir, … })
// Seen working in code-server 4.139 (VS Code 1.139) in the Node and the web worker host; the file
// is re-read on every page load.
import fs from 'node:fs';
import path from 'node:path';

/** Writes the stub language pack and argv.json `locale` into a code-server user-data folder. */
export function useDisplayLanguage(userDataDir, locale) {
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(locale)) throw new Error(`useDisplayLanguage: not a locale: ${locale}`);
  const translations = path.join(userDataDir, 'stub-language-pack', 'main.i18n.json');
  fs.mkdirSync(path.dirname(translations), { recursive: true });
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({
    [locale]: {
      hash: `stub-${locale}`,
      label: `${locale} (stub)`,
      extensions: [{ extensionIdentifier: { id: `test.stub-language-pack-${locale}` }, version: '0.0.1' }],
      translations: { vscode: translations },
    },
  }, null, 2));
  const argv = path.join(userDataDir, 'User', 'argv.json');
  fs.mkdirSync(path.dirname(argv), { recursive: true });
  fs.writeFileSync(argv, JSON.stringify({ locale }, null, 2));
}
