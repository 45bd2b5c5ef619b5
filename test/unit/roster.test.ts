import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readRetroMeta } from '../../src/core/retro/retroDoc';
import { nextRoster } from '../../src/core/retro/roster';
import { assertScalesLinearly } from './support/complexity';

/** A retro's front matter with these lines. */
function retro(...lines: string[]): string {
  return ['---', 'date: 2026-11-14', ...lines, '---', '', '# Retro', ''].join('\n');
}

describe('readRetroMeta: facilitator and participants', () => {
  const rows: [string, string[], string | undefined, string[] | undefined][] = [
    ['a line of names', ['facilitator: Ana', 'participants: Ana, Ben, Chen'], 'Ana', ['Ana', 'Ben', 'Chen']],
    ['"and" and semicolons between names', ['participants: Ana; Ben and Chen'], undefined, ['Ana', 'Ben', 'Chen']],
    ['a YAML list', ['facilitator: "@ben"', 'participants:', '  - Ana', '  - "@ben"'], '@ben', ['Ana', '@ben']],
    ['a flow list with a repeat', ['participants: [Ana, ana, Ben]'], undefined, ['Ana', 'Ben']],
    ['the template\'s placeholders', ['facilitator: name', 'participants: names'], undefined, undefined],
    ['broken YAML elsewhere (read line by line)', ['team: [oops', 'facilitator: Ana', 'participants: Ana, Ben'], 'Ana', ['Ana', 'Ben']],
    ['names inside a word are kept whole', ['participants: Alexandra, Rolando'], undefined, ['Alexandra', 'Rolando']],
    ['no such fields', [], undefined, undefined],
    ['broken YAML, comments and blanks (read line by line)', ['team: [oops', 'facilitator:   Ana  \t # ran it', 'participants: Ana,  Ben \t', 'iteration:'], 'Ana', ['Ana', 'Ben']],
    ['broken YAML, a quoted "#" kept', ['team: [oops', 'facilitator: "Ana #1"'], 'Ana #1', undefined],
  ];
  for (const [name, lines, facilitator, participants] of rows) {
    it(name, () => {
      const meta = readRetroMeta(retro(...lines));
      assert.equal(meta.facilitator, facilitator);
      assert.deepEqual(meta.participants, participants);
    });
  }
});

describe('nextRoster', () => {
  const rotation: [string, string[], string][] = [
    ['the next participant after the facilitator', ['facilitator: Ana', 'participants: Ana, Ben, Chen'], 'Ben'],
    ['after the last comes the first', ['facilitator: Chen', 'participants: Ana, Ben, Chen'], 'Ana'],
    ['a facilitator matched without case or "@"', ['facilitator: "@BEN"', 'participants: Ana, Ben, Chen'], 'Chen'],
    ['a facilitator from outside hands over to the first participant', ['facilitator: Coach', 'participants: Ana, Ben'], 'Ana'],
    ['no facilitator written: the first participant', ['participants: Ana, Ben'], 'Ana'],
    ['one participant facilitates again', ['facilitator: Ana', 'participants: Ana'], 'Ana'],
  ];
  for (const [name, lines, expected] of rotation) {
    it(name, () => {
      const roster = nextRoster(readRetroMeta(retro(...lines)));
      assert.equal(roster.facilitator, expected);
    });
  }

  it('offers the last participants as they were written, comma-separated', () => {
    assert.equal(nextRoster(readRetroMeta(retro('participants: [Ana, "@ben", Chen Li]'))).participants, 'Ana, @ben, Chen Li');
  });

  it('keeps the placeholders when there is no previous retro or it names no participants', () => {
    const placeholders = { facilitator: 'name', participants: 'names' };
    assert.deepEqual(nextRoster(undefined), placeholders);
    assert.deepEqual(nextRoster(readRetroMeta(retro('facilitator: Ana'))), placeholders);
  });

  it('rotates through everyone, each once per round, over successive retros', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.stringMatching(/^[A-Z][a-z]{1,8}$/), { minLength: 1, maxLength: 8, selector: (n) => n.toLowerCase() }), (names) => {
      let facilitator: string | undefined;
      const turns: string[] = [];
      for (let round = 0; round < names.length * 2; round++) {
        facilitator = nextRoster({ participants: names, ...(facilitator === undefined ? {} : { facilitator }) }).facilitator;
        turns.push(facilitator);
      }
      assert.deepEqual(turns, [...names, ...names]);
    }), { seed: 13 });
  });
});

describe('reading participants, hostile sizes', () => {
  for (const [name, unit] of [['spaces', ' '], ['names and commas', 'Ana, '], ['"and"s', ' and ']] as const) {
    it(`is linear in a participants line of ${name}`, () => assertScalesLinearly({
      name: `readRetroMeta, participants × ${JSON.stringify(unit)}`,
      generate: (n) => retro(`participants: "x${unit.repeat(n)}y"`),
      run: (t) => nextRoster(readRetroMeta(t)),
      n: 5000,
    }));
  }
  // Broken YAML elsewhere: the front matter is read line by line, whose key-value and comment
  // patterns once backtracked over a run of blanks inside a value (quadratic in its length).
  for (const [name, line] of [['a value', (run: string) => `facilitator: a${run}b`], ['a value before a comment', (run: string) => `facilitator: a${run}b # c`], ['blanks only', (run: string) => `facilitator:${run}`]] as const) {
    it(`is linear in ${name} with a long run of blanks, read line by line`, () => assertScalesLinearly({
      name: `readRetroMeta line by line, ${name} with blanks`,
      generate: (n) => retro('team: [oops', line(' \t'.repeat(n / 2))),
      run: (t) => readRetroMeta(t),
      n: 8000,
    }));
  }
});
