import { describe, expect, it } from 'vitest';
import { normalise } from '../../../ingest/normalise/index.ts';
import { structure } from '../../../ingest/structure/index.ts';
import { lexicon } from '../../helpers/seeds.ts';
import { sourceOf } from '../../helpers/stages.ts';

const metaOf = (lines: string[]) => structure(normalise(sourceOf(lines.join('\n'))), lexicon()).meta;
const BODY = ['一、重点任务', '（一）加快产业发展。推动企业技术改造。'];

describe('the period of a plan', () => {
  it.each([
    ['a range in the title', ['某某市行动计划（2023—2025年）', ...BODY], [2023, 2025], 'title-range', '2023—2025'],
    ['a range with 至', ['某某市2021至2025年发展规划', ...BODY], [2021, 2025], 'title-range', '2021至2025'],
    ['十四五', ['某某市“十四五”制造业发展规划', ...BODY], [2021, 2025], 'five-year-plan', '十四五'],
    ['十五五', ['某某市“十五五”数字经济规划', ...BODY], [2026, 2030], 'five-year-plan', '十五五'],
    ['a 工作要点’s year', ['某某市2026年工业工作要点', ...BODY], [2026, 2026], 'title-year', '2026年'],
    ['a 工作要点 without a year: the year it was issued', ['关于印发《某某市工业工作要点》的通知', '各区人民政府：', '现将《某某市工业工作要点》印发给你们。', '某某市人民政府', '2025年2月10日', '某某市工业工作要点', ...BODY], [2025, 2025], 'issue-year', '2025年2月10日'],
    ['targets back to a base year', ['某某市行动方案', '比2022年翻一番，到2025年达到100亿元，到2030年达到300亿元。', ...BODY], [2022, 2030], 'targets', '到2030年'],
    ['targets from the year it was issued', ['某某市行动方案', '二〇二三年五月', '到2025年达到100亿元。', ...BODY], [2023, 2025], 'targets', '到2025年'],
  ])('from %s', (_name, lines, period, basis, source) => {
    const meta = metaOf(lines);
    expect(meta.period).toEqual(period);
    expect(meta.periodBasis).toBe(basis);
    expect(meta.sources.period?.text).toBe(source);
  });

  it('is null when the text gives no year', () => {
    expect(metaOf(['某某市行动方案', ...BODY])).toMatchObject({ period: null, periodBasis: null });
  });
});

describe('the status of a plan', () => {
  it.each([
    ['a line under the title', ['某某市行动方案', '（征求意见稿）', ...BODY], '某某市行动方案', '征求意见稿'],
    ['a draft’s bracket closing the title line, which is no part of the title', ['某某市行动方案（送审稿）', ...BODY], '某某市行动方案', '送审稿'],
    ['试行, which is part of the title', ['某某市产业基金管理办法（试行）', ...BODY], '某某市产业基金管理办法（试行）', '试行'],
    ['a notice that issued it', ['关于印发《某某市行动方案》的通知', '现将《某某市行动方案》印发给你们。', '某某市人民政府', '2024年1月2日', '某某市行动方案', ...BODY], '某某市行动方案', '印发'],
    ['a 文号 under the title', ['某某市行动方案', '某政发〔2024〕3号', ...BODY], '某某市行动方案', '印发'],
  ])('from %s', (_name, lines, title, status) => {
    const meta = metaOf(lines);
    expect(meta.title).toBe(title);
    expect(meta.status).toBe(status);
    expect(meta.sources.status).toBeDefined();
  });

  it('is unknown when nothing shows it', () => {
    expect(metaOf(['某某市行动方案', ...BODY]).status).toBeNull();
  });
});
