import * as assert from 'node:assert/strict';
import { FALLBACK_LOCALE, pickLocale } from '../../src/core/locale';

describe('content by display language', () => {
  // [available, requested, picked]
  const cases: [string[], string | undefined, string][] = [
    [['en'], 'de', 'en'],
    [['en', 'de'], 'de', 'de'],
    [['en', 'de'], 'de-AT', 'de'],
    [['en', 'de', 'de-at'], 'de-AT', 'de-at'],
    [['en', 'pt-br'], 'pt_BR', 'pt-br'],
    [['en', 'de'], 'DE', 'de'],
    [['en', 'de'], '', 'en'],
    [['en', 'de'], undefined, 'en'],
    [['en', 'de'], 'fr', 'en'],
  ];
  for (const [available, requested, picked] of cases) {
    it(`picks ${picked} from [${available.join(', ')}] for ${JSON.stringify(requested)}`, () => {
      assert.equal(pickLocale(available, requested), picked);
    });
  }

  it('falls back to English', () => assert.equal(FALLBACK_LOCALE, 'en'));
});
