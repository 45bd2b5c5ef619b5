import * as assert from 'node:assert/strict';
import { readScores, readTags } from '../../src/core/insights/scores';

describe('readScores: valid 1–5 values kept, the rest left out and named once each', () => {
  const cases: { name: string; input: Record<string, unknown>; scores: unknown; rejected: string[] }[] = [
    { name: 'roti and health', input: { roti: 4, health: { Teamwork: 5, Pace: 1 } }, scores: { roti: 4, health: { Teamwork: 5, Pace: 1 } }, rejected: [] },
    { name: 'a decimal score', input: { roti: 3.5 }, scores: { roti: 3.5 }, rejected: [] },
    { name: 'a quoted number is not a number', input: { roti: '4' }, scores: {}, rejected: ['roti'] },
    { name: 'below the scale', input: { roti: 0 }, scores: {}, rejected: ['roti'] },
    { name: 'above the scale', input: { roti: 6 }, scores: {}, rejected: ['roti'] },
    { name: 'one bad health check among good ones', input: { health: { Fun: 3, Speed: 'fast', Mood: 9 } }, scores: { health: { Fun: 3 } }, rejected: ['health.Speed', 'health.Mood'] },
    { name: 'health that is not a map', input: { health: 3 }, scores: {}, rejected: ['health'] },
    { name: 'health as a list', input: { health: [3] }, scores: {}, rejected: ['health'] },
    { name: 'no scores at all', input: { title: 'x' }, scores: {}, rejected: [] },
    { name: 'empty values are no scores, not errors', input: { roti: null, health: null }, scores: {}, rejected: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = readScores(c.input);
      assert.deepEqual(result.scores, c.scores);
      assert.deepEqual(result.rejected.map((r) => r.key), c.rejected);
      for (const r of result.rejected) assert.match(r.message, /left out/);
    });
  }
});

describe('readTags: a list of strings, else none', () => {
  const cases: [unknown, string[]][] = [
    [['deploys', ' onboarding '], ['deploys', 'onboarding']],
    ['deploys', []],
    [['deploys', 42], []],
    [null, []],
    [{ a: 'b' }, []],
    [[], []],
  ];
  for (const [input, expected] of cases) it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => assert.deepEqual(readTags(input), expected));
});
