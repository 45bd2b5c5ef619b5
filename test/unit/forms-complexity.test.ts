// The form readers on hostile documents: 4× the input must cost about 4× the time.
import { assertScalesLinearly } from './support/complexity';
import { readLines } from '../../src/core/markdown';
import { readHeadingItems } from '../../src/core/memory/forms/heading';
import { readMarkerItems } from '../../src/core/memory/forms/marker';
import { readTableItems } from '../../src/core/memory/forms/table';
import { readContent } from '../../src/core/memory/forms/content';
import { dateFromFileName, findDue, readTomlFrontMatter } from '../../src/core/memory/dates';

const repeat = (token: string, n: number): string => token.repeat(Math.max(1, Math.ceil(n / token.length)));
const none = (): boolean => false;
const allForms = (text: string): unknown => {
  const read = readLines(text);
  return [readHeadingItems(read, {}, none), readMarkerItems(read, {}, none), readTableItems(read, {})];
};

describe('forms: linear in the input', function () {
  this.timeout(60_000);
  // Eight builds share two cores: a noisy sample is tried again, a quadratic reader fails every time.
  this.retries(2);
  const cases: { name: string; generate: (n: number) => string; run: (input: string) => unknown }[] = [
    { name: 'many bullets under an action heading', generate: (n) => `## Action items\n${repeat('- Fix it @ana due:2027-01-01 (done)\n', n)}`, run: allForms },
    { name: 'one long bullet under an action heading', generate: (n) => `## Action items\n- ${repeat('fix it (a) ', n)}`, run: allForms },
    { name: 'many sub-bullets of one item', generate: (n) => `## Action items\n- one\n${repeat('  - Status: odd\n', n)}`, run: allForms },
    { name: 'a wrapped item of many lines', generate: (n) => `## Action items\n- one\n${repeat('  more words\n', n)}`, run: allForms },
    { name: 'many headings', generate: (n) => repeat('## Action items\n### Notes\n**Next steps**\n', n), run: allForms },
    { name: 'a long bold line', generate: (n) => `${repeat('**a', n)}**\n- x`, run: allForms },
    { name: 'many marker lines', generate: (n) => repeat('TODO(bo): write it by March 3rd, 2027\n', n), run: allForms },
    { name: 'a long marker line', generate: (n) => `ACTION: ${repeat('~~a ', n)}`, run: allForms },
    { name: 'a line of blanks and bullets', generate: (n) => `${repeat(' - ', n)}x`, run: allForms },
    { name: 'many table rows', generate: (n) => `| Action | Owner | Due | Status |\n|---|---|---|---|\n${repeat('| Fix it | @ana | 2027-01-01 | maybe |\n', n)}`, run: allForms },
    { name: 'a wide table header', generate: (n) => `${repeat('| Action ', n)}|\n${repeat('|---', n)}|\n${repeat('| x ', n)}|\n`, run: allForms },
    { name: 'a table row of escaped pipes', generate: (n) => `| Action |\n|---|\n| ${repeat('\\|', n)} |\n`, run: allForms },
    { name: 'a task of opening placeholders', generate: (n) => `- [ ] ${repeat('{{', n)}`, run: allForms },
    { name: 'a heading item of opening placeholders', generate: (n) => `## Action items\n- ${repeat('{{ a', n)}`, run: allForms },
    { name: 'a marker line of opening placeholders', generate: (n) => `TODO: ${repeat('{{', n)}`, run: allForms },
    { name: 'a table cell of opening placeholders', generate: (n) => `| Action |\n|---|\n| ${repeat('{{', n)} |\n`, run: allForms },
    { name: 'a sentence of parentheses', generate: (n) => repeat('(Ana ', n), run: (s) => readContent(s, {}) },
    { name: 'a sentence of mentions', generate: (n) => repeat('@a.b ', n), run: (s) => readContent(s, {}) },
    { name: 'a sentence of strikes', generate: (n) => repeat('~~a', n), run: (s) => readContent(s, {}) },
    { name: 'a sentence of dashes', generate: (n) => repeat(' — done', n), run: (s) => readContent(s, {}) },
    { name: 'a sentence of due words', generate: (n) => repeat('due by 2027-', n), run: (s) => findDue(s, 'mdy') },
    { name: 'a sentence of month names', generate: (n) => repeat('by January 1', n), run: (s) => findDue(s) },
    { name: 'a file name of digits', generate: (n) => repeat('2021-12-1', n), run: dateFromFileName },
    { name: 'TOML front matter never closed', generate: (n) => `+++\n${repeat('a = 1\n', n)}`, run: readTomlFrontMatter },
  ];
  // Large enough that one run takes milliseconds: a shared machine's noise stays below the bound.
  for (const c of cases) it(c.name, () => assertScalesLinearly({ ...c, n: 16_000 }));
});
