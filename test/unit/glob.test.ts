import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compileGlob, MAX_GLOB_ALTERNATIVES, MAX_GLOB_LENGTH, type Glob } from '../../src/core/glob';
import { growthRatio, MAX_GROWTH, type ScalingCase } from './support/complexity';

/** Measurements per case; the best counts. */
const ATTEMPTS = 3;

function glob(pattern: string): Glob {
  const compiled = compileGlob(pattern);
  assert.ok('glob' in compiled, `${pattern} compiles`);
  return compiled.glob;
}

describe('glob patterns without a search provider', () => {
  // [pattern, path, matches]
  const cases: [string, string, boolean][] = [
    ['GLOSSARY.md', 'GLOSSARY.md', true],
    ['GLOSSARY.md', 'docs/GLOSSARY.md', false],
    ['GLOSSARY.md', 'glossary.md', false],
    ['.learningloop/glossary.json', '.learningloop/glossary.json', true],
    ['./.learningloop/glossary.json', '.learningloop/glossary.json', true],
    ['docs/*.md', 'docs/a.md', true],
    ['docs/*.md', 'docs/sub/a.md', false],
    ['**/GLOSSARY.md', 'GLOSSARY.md', true],
    ['**/GLOSSARY.md', 'a/b/c/GLOSSARY.md', true],
    ['docs/**/*.glossary.json', 'docs/team.glossary.json', true],
    ['docs/**/*.glossary.json', 'docs/x/y/team.glossary.json', true],
    ['docs/**/*.glossary.json', 'other/team.glossary.json', false],
    ['{GLOSSARY,TERMS}.md', 'TERMS.md', true],
    ['{GLOSSARY,TERMS}.md', 'OTHER.md', false],
    ['team-?.json', 'team-a.json', true],
    ['team-?.json', 'team-ab.json', false],
    ['team-[a-c].json', 'team-b.json', true],
    ['team-[!a-c].json', 'team-b.json', false],
    ['team-[!a-c].json', 'team-d.json', true],
    ['*', '.hidden', true],
    ['a*b*c', 'aXbYc', true],
    ['a*b*c', 'aXbY', false],
  ];
  for (const [pattern, file, expected] of cases) {
    it(`${pattern} ${expected ? 'matches' : 'does not match'} ${file}`, () => assert.equal(glob(pattern).matches(file), expected));
  }

  it('tells a walk where to start and how deep to go', () => {
    const [literal] = glob('.learningloop/glossary.json').alternatives;
    assert.equal(literal?.literal, '.learningloop/glossary.json');
    const [shallow] = glob('docs/teams/*.json').alternatives;
    assert.deepEqual([shallow?.base, shallow?.literal, shallow?.depth], [['docs', 'teams'], undefined, 1]);
    const [deep] = glob('docs/**/x.json').alternatives;
    assert.deepEqual([deep?.base, deep?.depth], [['docs'], undefined]);
  });

  it('refuses empty, overlong and exploding patterns with a reason', () => {
    assert.deepEqual(compileGlob('  '), { problem: 'empty' });
    assert.deepEqual(compileGlob('a'.repeat(MAX_GLOB_LENGTH + 1)), { problem: 'too-long' });
    const braces = '{a,b}'.repeat(Math.ceil(Math.log2(MAX_GLOB_ALTERNATIVES)) + 1);
    assert.deepEqual(compileGlob(braces), { problem: 'too-many-alternatives' });
  });

  it('matches in linear time on a path built to make a backtracking matcher explode', function () {
    this.timeout(20_000);
    const stars = glob(`${'*a'.repeat(20)}b`);
    const deep = glob('**/**/**/**/x');
    const cases: ScalingCase[] = [
      { name: 'aaaa… against *a*a…*ab', generate: (n) => 'a'.repeat(n), run: (input) => stars.matches(input) },
      { name: 'a/a/a/… against **/**/**/**/x', generate: (n) => 'a/'.repeat(n / 2), run: (input) => deep.matches(input) },
    ];
    for (const c of cases) {
      // A shared, busy machine can stall one measurement; a quadratic matcher fails every attempt.
      const ratios = Array.from({ length: ATTEMPTS }, () => growthRatio(c));
      assert.ok(Math.min(...ratios) <= MAX_GROWTH, `${c.name}: 4× the input took ${ratios.map((r) => r.toFixed(1)).join('×, ')}× the time (bound ${MAX_GROWTH}×)`);
    }
  });

  it('is the only way src/ finds files: no workspace.findFiles anywhere', () => {
    const root = path.resolve(__dirname, '../../src');
    const offenders = fs.readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /\bfindFiles\s*\(/.test(fs.readFileSync(path.join(root, f), 'utf8').replace(/walkForFiles/g, '')));
    assert.deepEqual(offenders, [], 'workspace.findFiles never resolves on vscode.dev\'s virtual file systems: walk with services/workspaceWalk.ts');
  });
});
