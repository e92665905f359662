import { describe, expect, it } from 'vitest';
import { isPlain, segmentText, type Highlight } from '../../../../client/src/views/reader/segments.ts';

const entity = (id: string, label: 'Industry' | 'Department' | 'City', name: string) => ({ id, label, name, city: null });
const h = (start: number, end: number, kind: Highlight['kind'], e: ReturnType<typeof entity> | null = null): Highlight => ({
  start,
  end,
  originalStart: start,
  originalEnd: end,
  kind,
  entity: e,
  term: null,
});

describe('reader segments', () => {
  //            0         1         2
  //            0123456789012345678901234
  const text = '加快发展氢能产业。（市工信局牵头负责）其他。';

  it('cuts the text at every boundary and records what covers each piece', () => {
    const industry = entity('industry:氢能', 'Industry', '氢能');
    const dept = entity('department:盐城市工业和信息化局', 'Department', '盐城市工业和信息化局');
    const highlights = [h(0, 9, 'target'), h(4, 6, 'mention', industry), h(9, 19, 'responsibility', dept), h(10, 14, 'mention', dept)];
    const segments = segmentText(text, highlights);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.map((s) => s.text)).toEqual(['加快发展', '氢能', '产业。', '（', '市工信局', '牵头负责）', '其他。']);
    const hydrogen = segments[1]!;
    expect(hydrogen.mentions.map((m) => m.entity?.name)).toEqual(['氢能']);
    expect(hydrogen.target).not.toBeNull();
    const office = segments[4]!;
    expect(office.responsibility?.entity?.name).toBe('盐城市工业和信息化局');
    expect(office.mentions).toHaveLength(1);
    expect(isPlain(segments[6]!)).toBe(true);
    expect(isPlain(segments[0]!)).toBe(false);
  });

  it('orders nested mentions narrowest first and merges equal neighbours', () => {
    const city = entity('city:盐城市', 'City', '盐城市');
    const dept = entity('department:x', 'Department', '盐城市工信局');
    const segments = segmentText('盐城市工信局', [h(0, 6, 'mention', dept), h(0, 3, 'mention', city)]);
    expect(segments.map((s) => s.text)).toEqual(['盐城市', '工信局']);
    expect(segments[0]!.mentions.map((m) => m.entity?.label)).toEqual(['City', 'Department']);
    expect(segmentText('纯文本', [])).toEqual([{ start: 0, end: 3, text: '纯文本', mentions: [], responsibility: null, target: null, focus: false }]);
  });

  it('marks the focused range, even when it cuts through highlights', () => {
    const industry = entity('industry:氢能', 'Industry', '氢能');
    const segments = segmentText(text, [h(4, 6, 'mention', industry)], { start: 5, end: 12 });
    const focused = segments.filter((s) => s.focus);
    expect(focused.map((s) => s.text).join('')).toBe(text.slice(5, 12));
    expect(focused[0]!.mentions).toHaveLength(1);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    // Focused pieces are consecutive, so the reader can wrap them in one element.
    const first = segments.findIndex((s) => s.focus);
    expect(segments.slice(first, first + focused.length).every((s) => s.focus)).toBe(true);
  });

  it('clamps highlights outside the text and ignores empty ones', () => {
    const segments = segmentText('短文本', [h(-5, 1, 'target'), h(2, 99, 'target'), h(1, 1, 'target')], { start: 50, end: 60 });
    expect(segments.map((s) => s.text)).toEqual(['短', '文', '本']);
    expect(segments.some((s) => s.focus)).toBe(false);
  });
});

describe('segments of a range (a table cell)', () => {
  it('cuts only inside the range, keeping offsets absolute', () => {
    const text = '序号\t地区\n1\t盐城市大丰区\n';
    const city = entity('city:盐城市', 'City', '盐城市');
    const segments = segmentText(text, [h(0, 2, 'target'), h(8, 11, 'mention', city)], { start: 9, end: 14 }, { start: 8, end: 14 });
    expect(segments.map((s) => [s.start, s.end, s.text, s.focus])).toEqual([
      [8, 9, '盐', false],
      [9, 11, '城市', true],
      [11, 14, '大丰区', true],
    ]);
    expect(segments[1]!.mentions.map((m) => m.entity?.id)).toEqual(['city:盐城市']);
  });
});
