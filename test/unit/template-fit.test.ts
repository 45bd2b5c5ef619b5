import * as assert from 'node:assert/strict';
import { fitTemplateToDocument } from '../../src/core/templates/fitToDocument';
import { assertScalesLinearly } from './support/complexity';

const BODY = '# Mad, Sad, Glad: ${TEAM}\n\nFeelings are data.\n\n## Mad\n\n- ${1:x}\n\n## Action items\n\n- [ ] ${2:what}\n';

describe('fitTemplateToDocument', () => {
  const cases: { name: string; document: string; body?: string; expected: string }[] = [
    { name: 'an empty document keeps everything', document: '', expected: BODY },
    { name: 'a document with no heading keeps everything', document: 'Some notes.\n', expected: BODY },
    {
      name: 'a document with an H1 loses the template H1',
      document: '# Our retro\n\nNotes.\n',
      expected: 'Feelings are data.\n\n## Mad\n\n- ${1:x}\n\n## Action items\n\n- [ ] ${2:what}\n',
    },
    {
      name: 'front matter alone counts as a title',
      document: '---\ndate: 2026-01-01\n---\n\nText\n',
      expected: 'Feelings are data.\n\n## Mad\n\n- ${1:x}\n\n## Action items\n\n- [ ] ${2:what}\n',
    },
    {
      name: 'an existing section heading is not repeated, its items stay',
      document: '# Retro\n\n## Action Items\n\n- [ ] old\n',
      expected: 'Feelings are data.\n\n## Mad\n\n- ${1:x}\n\n- [ ] ${2:what}\n',
    },
    {
      name: 'closing hashes and blanks around a heading are not its words',
      document: '#\tRetro #\n\n##   Action  Items ##  \t\n\n## Mad#\n',
      expected: 'Feelings are data.\n\n## Mad\n\n- ${1:x}\n\n- [ ] ${2:what}\n',
    },
    {
      name: 'the same words at another level are a different heading',
      document: '### Action items\n',
      expected: BODY,
    },
    {
      name: 'a heading inside a code fence of the document is not a heading',
      document: '```\n# not a title\n## Action items\n```\n',
      expected: BODY,
    },
    {
      name: 'a heading inside a code fence of the template stays',
      document: '# Title\n',
      body: '```md\n# example\n```\n',
      expected: '```md\n# example\n```\n',
    },
    {
      name: 'CRLF bodies keep CRLF',
      document: '# T\r\n',
      body: '# X\r\n\r\nText\r\n',
      expected: 'Text\r\n',
    },
  ];
  for (const { name, document, body, expected } of cases) {
    it(name, () => { assert.equal(fitTemplateToDocument(body ?? BODY, document), expected); });
  }

  it('is linear in the document', () => {
    assertScalesLinearly({
      name: 'fitTemplateToDocument',
      generate: (n: number) => Array.from({ length: n }, (_, i) => `## Section ${String(i)}\n\ntext\n`).join(''),
      run: (text: string) => fitTemplateToDocument(BODY, text),
    });
  });

  // The document is the user's, possibly from an untrusted repository: a heading's long run of
  // blanks once cost time quadratic in its length.
  for (const [name, heading] of [['inside its text', (run: string) => `## a${run}b`], ['before closing hashes', (run: string) => `## a${run}## x`]] as const) {
    it(`is linear in a heading with a long run of blanks ${name}`, () => assertScalesLinearly({
      name: `fitTemplateToDocument, heading with blanks ${name}`,
      generate: (n: number) => `${heading(' \t'.repeat(n / 2))}\n`,
      run: (text: string) => fitTemplateToDocument(BODY, text),
      n: 8000,
    }));
  }
});
