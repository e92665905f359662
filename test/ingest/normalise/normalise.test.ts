import { describe, expect, it } from 'vitest';
import { normalise } from '../../../ingest/normalise/index.ts';
import { normalisedIndexOf, originalIndexOf, originalRange } from '../../../ingest/normalise/offset-map.ts';
import { sourceOf } from '../../helpers/stages.ts';

const PARAGRAPH =
  '为全面贯彻党的二十大精神和习近平总书记对江苏工作重要讲话精神，认真落实省委省政府关于加快建设制造强省的部署要求，充分发挥新型工业化主导作用，' +
  '全面提升产业基础高级化和产业链现代化水平，加快构建以先进制造业为骨干的现代化产业体系，更大力度推进制造强市建设，制定本行动方案。';

/** Lines of 28 characters with a blank line after each, as text converted from a PDF comes out. */
function wrapAt28(text: string): string[] {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += 28) lines.push(text.slice(i, i + 28), '');
  return lines;
}

const wrappedDocument = (middle: string[]) => [...wrapAt28(PARAGRAPH), ...middle, '', ...wrapAt28(PARAGRAPH), ...wrapAt28(PARAGRAPH)].join('\n');

describe('normalise', () => {
  it.each([
    ['drops Word bookmark debris', '[bookmark: OLE_LINK1]（三）实施优质企业培育行动。', '（三）实施优质企业培育行动。'],
    ['drops markdown bold markers', '——**科技创新投入大幅提升**。全社会研发投入', '——科技创新投入大幅提升。全社会研发投入'],
    ['removes spaces between Chinese and numbers', '到 2025年，制造业总体规模突破 7000亿元', '到2025年，制造业总体规模突破7000亿元'],
    ['keeps a space between Latin words', '加快5G A网络建设', '加快5G A网络建设'],
    ['widens ASCII punctuation next to Chinese', '(征求意见稿)', '（征求意见稿）'],
    ['narrows full-width digits', '到２０２７年', '到2027年'],
    ['keeps decimal points between digits', '比重达2.85%左右', '比重达2.85%左右'],
  ])('%s', (_, input, expected) => {
    expect(normalise(sourceOf(input)).text).toBe(expected);
  });

  it.each([
    ['— 4—'],
    ['—— 13 ——'],
    ['- 7 -'],
    ['PAGE'],
    ['第3页'],
  ])('drops the page-number line %s', (pageLine) => {
    const text = normalise(sourceOf(`第一段。\n\n${pageLine}\n\n第二段。`)).text;
    expect(text).not.toContain(pageLine.trim());
    expect(text).toContain('第一段。');
    expect(text).toContain('第二段。');
  });

  it('drops a table of contents with dot leaders', () => {
    const text = normalise(sourceOf('目 录\n\n一、主要成就.....\t1\n(一) 创新引领....\t1\n\n一、主要成就\n\n正文。')).text;
    expect(text).not.toContain('.....');
    expect(text).not.toContain('目 录');
    expect(text.match(/一、主要成就/g)).toHaveLength(1);
  });

  it('undoes hard wraps in a fixed-width (PDF-converted) document, even inside a word', () => {
    const text = normalise(sourceOf(wrappedDocument(['（责任单位：市发', '', '改委、市工信局）']))).text;
    expect(text).toContain(`${PARAGRAPH}\n`);
    expect(text).toContain('（责任单位：市发改委、市工信局）');
  });

  it('keeps a page break inside a wrapped paragraph out of the text', () => {
    const text = normalise(sourceOf(wrappedDocument(['提升全产业链竞争力，推进强链补链延链，优化各类资源配', '', '— 4—', '', '置，提升全产业链竞争力。']))).text;
    expect(text).toContain('优化各类资源配置，提升');
  });

  it('does not join a heading to the paragraph after it', () => {
    const text = normalise(sourceOf(wrappedDocument(['（二）战略定位', '', '沿海新型工业化基地。加快推进新型工业化，坚持发展实体']))).text;
    expect(text).toContain('（二）战略定位\n');
  });

  it('keeps table rows apart with a blank line', () => {
    const text = normalise(sourceOf('表头\n\n\t1\n\t建湖县\n\n\t2\n\t射阳县')).text;
    expect(text).toBe('表头\n\n\t1\n\t建湖县\n\n\t2\n\t射阳县');
  });

  it('maps every normalised character back to the same character in the original', () => {
    const original = wrappedDocument(['[bookmark: X]**（一）** 到 2025 年，推进强链补链延链，提升全产业链竞争力，市发', '', '— 4—', '', '改委（牵头）。']);
    const document = normalise(sourceOf(original));
    for (let i = 0; i < document.text.length; i += 1) {
      const ch = document.text[i] as string;
      const from = original[originalIndexOf(document.map, i)] as string;
      if (ch === '\n') expect(/[\n\r]/.test(from)).toBe(true);
      else if (ch !== from) expect('（），；：'.includes(ch) || /[0-9]/.test(ch)).toBe(true);
    }
  });

  it('maps ranges so the original slice contains the deleted line breaks and page numbers', () => {
    const original = wrappedDocument(['推进强链补链延链，提升全产业链竞争力，优化各类资源配', '', '— 4—', '', '置，提升竞争力。']);
    const document = normalise(sourceOf(original));
    const at = document.text.indexOf('资源配置');
    const [start, end] = originalRange(document.map, at, at + 4);
    expect(original.slice(start, end)).toMatch(/^资源配\n\n— 4—\n\n置$/);
    expect(normalisedIndexOf(document.map, start)).toBe(at);
  });
});
