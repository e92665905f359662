import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import { evalSets, evaluate } from '../../eval/run.ts';
import { lexicon } from '../helpers/seeds.ts';

const sets = evalSets(PROJECT_ROOT);
const setNamed = (name: string) => sets.find((s) => s.name === name);

describe('the reference sets npm run eval scores', () => {
  it('reads a set’s plans from its documents/ folder, or from seeds/ when it has none', () => {
    expect(setNamed('names')?.documentsDir).toBe(path.join(PROJECT_ROOT, 'test/fixtures/eval/names/documents'));
    expect(setNamed('seeds-unreferenced')?.documentsDir).toBe(path.join(PROJECT_ROOT, 'seeds'));
  });

  // Enterprises and platforms the lexicon has never seen (names/: six cities outside 江苏), and the
  // seeds the shared references leave out.
  it.each([
    ['names', 0.9, 0.9],
    ['seeds-unreferenced', 0.85, 0.85],
  ])('%s: enterprises F1 ≥ %f, platforms F1 ≥ %f', async (name, enterprises, platforms) => {
    const set = setNamed(name);
    if (!set) throw new Error(`no reference set ${name}`);
    const { scores } = await evaluate(set.goldDir, set.documentsDir, lexicon());
    expect(scores.enterprises?.f1).toBeGreaterThanOrEqual(enterprises);
    expect(scores.platforms?.f1).toBeGreaterThanOrEqual(platforms);
  });
});
