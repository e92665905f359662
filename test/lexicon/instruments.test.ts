import { afterEach, describe, expect, it } from 'vitest';
import { INSTRUMENT_SIDES } from '../../graph/schema.ts';
import { lexicon } from '../helpers/seeds.ts';
import { editedLexicon } from '../helpers/edited-lexicon.ts';

describe('the instrument scheme (lexicon/instruments.json)', () => {
  let edited: ReturnType<typeof editedLexicon> | null = null;
  afterEach(() => edited?.cleanup());

  const loadEdited = (edit: (file: any) => void) => {
    edited = editedLexicon('instruments.json', edit);
    return edited.load;
  };

  it('holds the fifteen subtypes of the three sides, each with cues, and one instrument for quantified targets', () => {
    const { entries, forTargets, sides } = lexicon().instruments;
    expect(entries).toHaveLength(15);
    expect(sides.map((s) => s.id)).toEqual([...INSTRUMENT_SIDES]);
    expect(entries.filter((e) => e.side === 'supply').map((e) => e.id)).toEqual(['talent', 'funding', 'technology', 'public-services', 'infrastructure']);
    expect(entries.filter((e) => e.side === 'demand').map((e) => e.id)).toEqual(['procurement', 'demonstration', 'market-opening', 'outsourcing']);
    expect(forTargets?.id).toBe('goals-planning');
  });

  it.each([
    ['an unknown side', (f: any) => (f.instruments[0].side = 'fiscal'), 'side'],
    ['the same id twice', (f: any) => f.instruments.push({ ...f.instruments[0] }), 'defined twice'],
    ['an instrument without cues', (f: any) => (f.instruments[0].cues = []), 'cues'],
    ['a guard nobody reads (a misspelt key)', (f: any) => f.instruments[0].cues.push({ text: '人才', notPreceededBy: ['x'] }), 'notPreceededBy'],
    ['a side left without instruments', (f: any) => (f.instruments = f.instruments.filter((i: any) => i.side !== 'demand')), 'side demand has no instrument'],
    ['two instruments taking targets', (f: any) => (f.instruments[0].fromTargets = true), 'fromTargets'],
  ])('refuses %s, naming the file and the reason', (_, edit, reason) => {
    const load = loadEdited(edit);
    expect(load).toThrow(/instruments\.json/);
    expect(load).toThrow(reason);
  });
});
