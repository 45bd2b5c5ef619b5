import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { byDate, inTimeOrder } from '../../src/core/insights/themes';
import { dayNumber, median } from '../../src/core/insights/stats';

/** The first dayNumber: a regular expression and Date.UTC (the reference the fast one is held to). */
function referenceDay(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = mo === 2 && (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 1 : 0;
  const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= (days[mo - 1] ?? 0) + leap ? Math.round(Date.UTC(y, mo - 1, d) / 86_400_000) : undefined;
}

describe('insights: time order and medians', () => {
  it('inTimeOrder sorts as byDate does, whatever the dates and uris hold', () => {
    const text = fc.string({ unit: fc.constantFrom('2', '0', '-', '1', 'a', '\u0000', '\uffff', '/', ''), maxLength: 6 });
    fc.assert(fc.property(fc.array(fc.record({ date: text, uri: text }), { maxLength: 30 }), (docs) => {
      assert.deepEqual(inTimeOrder(docs), [...docs].sort(byDate));
    }), { numRuns: 2000 });
  });

  it('dayNumber reads every date, and refuses every non-date, as Date.UTC and the pattern did', () => {
    const pad = (n: number, w: number): string => String(n).padStart(w, '0');
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
      const date = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
      assert.equal(dayNumber(date), referenceDay(date), date);
    }), { numRuns: 20_000 });
    for (const bad of ['2026-1-05', '2026-01-05 ', ' 2026-01-05', '2026/01/05', '2026-01-0x', '+026-01-05', '2026-01-05\n', '', '２０２６-01-05']) assert.equal(dayNumber(bad), referenceDay(bad), bad);
    assert.equal(dayNumber('2024-02-29'), 19_782);
    assert.equal(dayNumber('2023-02-29'), undefined);
  });

  it('median sorts by value, not as text', () => {
    assert.equal(median([10, 9, 100, 2]), 9.5);
    assert.equal(median([-3, 20, 3]), 3);
    assert.equal(median([]), null);
  });
});
