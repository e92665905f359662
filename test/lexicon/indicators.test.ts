import { afterEach, describe, expect, it } from 'vitest';
import { lexicon } from '../helpers/seeds.ts';
import { editedLexicon } from '../helpers/edited-lexicon.ts';

describe('the indicator catalogue', () => {
  let edited: ReturnType<typeof editedLexicon> | null = null;
  afterEach(() => edited?.cleanup());

  const loadEdited = (edit: (file: any) => void) => {
    edited = editedLexicon('indicators.json', edit);
    return edited.load;
  };

  it('defines every indicator with a kind, a unit, wordings, and numerator and denominator for a share', () => {
    const { entries } = lexicon().indicators;
    expect(entries.length).toBeGreaterThanOrEqual(50);
    expect(new Set(entries.map((e) => e.kind))).toEqual(new Set(['level', 'growth', 'share', 'intensity', 'count', 'per-capita', 'index']));
    for (const entry of entries.filter((e) => e.kind === 'share' || e.kind === 'intensity')) expect([entry.numerator, entry.denominator]).not.toContain(undefined);
  });

  it.each([
    ['a share without its denominator', (f: any) => delete f.indicators.find((i: any) => i.id === 'rd-intensity').denominator, 'numerator and denominator'],
    ['a look-alike that is not defined', (f: any) => f.indicators[0].differsFrom.push({ id: 'nothing-like-it', note: '—' }), 'nothing-like-it'],
    ['one wording for two indicators', (f: any) => f.indicators[1].wordings.push(f.indicators[0].wordings[0]), 'names both'],
    ['an unknown kind', (f: any) => (f.indicators[0].kind = 'ratio'), 'kind'],
    ['the same id twice', (f: any) => f.indicators.push({ ...f.indicators[0], wordings: ['某某'] }), 'defined twice'],
  ])('refuses %s, naming the file and the reason', (_, edit, reason) => {
    const load = loadEdited(edit);
    expect(load).toThrow(/indicators\.json/);
    expect(load).toThrow(reason);
  });
});
