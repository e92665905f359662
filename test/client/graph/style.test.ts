import { describe, expect, it } from 'vitest';
import { LABELS } from '../../../client/src/format.ts';
import { graphStyle, LABEL_STYLES } from '../../../client/src/graph/style.ts';

type Rule = { selector: string; style: Record<string, unknown> };
type Mapper = (node: { data(key: string): unknown }) => string;

describe('graph style', () => {
  const style = graphStyle() as Rule[];
  const rule = (selector: string, rules = style) => rules.find((s) => s.selector === selector)?.style ?? {};

  it('gives every label its own colour and a shape', () => {
    const node = rule('node');
    for (const label of LABELS) {
      const element = { data: (key: string) => (key === 'label' ? label : undefined) };
      expect((node['background-color'] as Mapper)(element)).toBe(LABEL_STYLES[label].color);
      expect((node.shape as Mapper)(element)).toBe(LABEL_STYLES[label].shape);
    }
    expect(new Set(Object.values(LABEL_STYLES).map((s) => s.color)).size).toBe(LABELS.length);
  });

  it.each([
    ['edge.match-synonym', 'line-style', 'dashed'],
    ['edge.match-narrower', 'line-style', 'dotted'],
    ['edge.role-cooperating', 'line-style', 'dashed'],
    ['edge.role-implicit', 'line-style', 'dotted'],
    ['.hidden', 'display', 'none'],
    ['node.nolabel', 'label', ''],
    ['node.nolabel:selected, node.nolabel.path', 'label', 'data(caption)'],
  ])('%s has %s: %s', (selector, property, value) => {
    expect(rule(selector)[property]).toEqual(value);
  });

  it('draws large graphs with cheap straight edges and captions only where asked', () => {
    const large = graphStyle({ large: true }) as Rule[];
    expect(rule('edge', large)['curve-style']).toBe('haystack');
    expect(rule('node', large).label).toBe('');
    const captioned = large.find((s) => s.selector.includes('node.captioned'));
    expect(captioned?.style.label).toBe('data(caption)');
  });
});
