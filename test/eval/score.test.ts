import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import { evalSets, evaluate } from '../../eval/run.ts';
import { combine, score } from '../../eval/score.ts';
import { lexicon } from '../helpers/seeds.ts';

describe('scoring', () => {
  it.each([
    [8, 10, 16, 0.8, 0.5],
    [0, 0, 5, 0, 0],
    [0, 0, 0, 1, 1],
    [5, 5, 5, 1, 1],
  ])('%i found of %i extracted and %i expected', (tp, extracted, expected, precision, recall) => {
    const s = score(tp, extracted, expected);
    expect(s.precision).toBeCloseTo(precision);
    expect(s.recall).toBeCloseTo(recall);
    expect(s.f1).toBeCloseTo(precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall));
  });

  it('combines documents by summing counts, not by averaging ratios', () => {
    const combined = combine([score(1, 1, 1), score(0, 9, 9)]);
    expect(combined.precision).toBeCloseTo(0.1);
    expect(combined.recall).toBeCloseTo(0.1);
  });
});

describe('extraction against the reference annotations (npm run eval)', async () => {
  const { scores } = await evaluate(path.join(PROJECT_ROOT, 'test/gold'), path.join(PROJECT_ROOT, 'seeds'), lexicon());
  it.each([
    ['departments', 0.95],
    ['task×department (lead)', 0.95],
    ['task×department (all)', 0.95],
    ['enterprises', 0.9],
    ['platforms', 0.85],
  ] as const)('%s reach F1 ≥ %f', (category, threshold) => {
    expect(scores[category]?.f1).toBeGreaterThanOrEqual(threshold);
  });

  it('finds ≥ 80% of targets with value, unit and year exact', () => {
    expect(scores.targets?.recall).toBeGreaterThanOrEqual(0.8);
  });
});

describe('the sets of plans written for this project (test/fixtures/eval)', async () => {
  const [shared, ...fixtures] = evalSets(PROJECT_ROOT);
  const sharedScores = (await evaluate(shared!.goldDir, shared!.documentsDir, lexicon())).scores;
  const results = await Promise.all(fixtures.map(async (set) => [set.name, (await evaluate(set.goldDir, set.documentsDir, lexicon())).scores] as const));

  it('scores co-operating bodies and completion times only where the references record them', () => {
    expect(sharedScores['task×department (co-operating)']).toBeUndefined();
    expect(sharedScores['task deadlines']).toBeUndefined();
    for (const [, scores] of results) expect(scores['task×department (co-operating)'] !== undefined).toBe(scores['task×department (all)'] !== undefined);
  });

  // The sets that annotate responsibility (those about names have their own thresholds in run.test.ts).
  const responsibility = ['departments', 'task×department (lead)', 'task×department (all)', 'task×department (co-operating)', 'task deadlines'] as const;
  it.each(results.filter(([, scores]) => scores['task×department (all)'] !== undefined).flatMap(([name, scores]) => responsibility.map((c) => [name, c, scores] as const)))(
    '%s: %s reach F1 ≥ 0.9',
    (_, category, scores) => {
      expect(scores[category]?.f1).toBeGreaterThanOrEqual(0.9);
    },
  );
});
