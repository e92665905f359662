import { describe, expect, it } from 'vitest';
import { normalise } from '../../../ingest/normalise/index.ts';
import { structure } from '../../../ingest/structure/index.ts';
import { lexicon } from '../../helpers/seeds.ts';
import { sourceOf } from '../../helpers/stages.ts';

const structureOf = (text: string) => structure(normalise(sourceOf(text)), lexicon());

describe('document metadata', () => {
  it.each([
    ['盐城市进一步加强县域特色优势产业发展的\n\n行动方案（2026-2028年）\n（征求意见稿）\n\n正文。', '盐城市进一步加强县域特色优势产业发展的行动方案（2026-2028年）', '盐城市', '行动方案', [2026, 2028], '征求意见稿'],
    ['盐城市“十四五”科技创新发展规划\n\n(征求意见稿)\n\n盐城市科学技术局\n\n正文。', '盐城市“十四五”科技创新发展规划', '盐城市', '规划', [2021, 2025], '征求意见稿'],
    ['无锡市加快推进新型工业化2026年工作要点\n\n正文，到2026年底完成。', '无锡市加快推进新型工业化2026年工作要点', '无锡市', '工作要点', [2026, 2026], null],
    ['关于促进低空经济发展的实施意见\n（送审稿）\n\n无锡要加快。无锡将建设。比2024年增长，到2030年达到。', '关于促进低空经济发展的实施意见', '无锡市', '实施意见', [2024, 2030], '送审稿'],
  ])('reads %#: title, city, genre, period and status from the text', (text, title, city, genre, period, status) => {
    const { meta } = structureOf(text);
    expect(meta).toMatchObject({ title, city, genre, period, status });
  });

  it('records issuing bodies printed under the title', () => {
    const { meta } = structureOf('盐城市“十四五”科技创新发展规划\n\n(征求意见稿)\n\n盐城市科学技术局\n\n江苏省科技发展战略研究院\n\n二〇二一年四月\n\n正文很长的一段话，说明制定本规划的依据和目的。');
    expect(meta.issuers.map((i) => i.name)).toEqual(['盐城市科学技术局', '江苏省科技发展战略研究院']);
  });

  it('takes a city named only in the body when the title names none', () => {
    const { meta } = structureOf('加快建设制造强市行动方案\n\n（征求意见稿）\n\n为推动连云港制造业发展，打造连云港品牌，制定本方案。');
    expect(meta.city).toBe('连云港市');
    expect(meta.cityCue).toBe('named');
    expect(meta.sources.city).toBeDefined();
  });
});

describe('headings and tasks', () => {
  const text = [
    '某市行动方案',
    '（征求意见稿）',
    '',
    '一、总体目标',
    '到2028年，规模超6000亿元。',
    '二、重点工作',
    '（一）组织推进优化行动',
    '1．科学精准定位。按照宜工则工原则培育产业。〔责任部门：各县（市、区）政府，市工信局按职责分工负责。以下所有重点任务均需各地落实，不再单独列出〕',
    '2．建立推进机制。建立部门挂钩联系制度。（市工信局牵头负责）',
    '（二）创新能力提升行动',
    '3．强化企业创新。鼓励企业加大研发投入。（市科技局、市工信局按职责分工负责）',
    '三、组织保障',
    '（一）强化统筹推进。统筹推进各项工作。（责任部门：市工信局、市统计局按职责分工负责）',
    '附件1',
    '市领导挂钩联系特色优势产业',
    '\t序号\n\t地区\n\t产业\n\n\t1\n\t建湖县\n\t油气钻采井口装备',
  ].join('\n');

  it('builds the heading tree from the numbering styles in order', () => {
    const { sections } = structureOf(text);
    expect(sections.map((s) => [s.path, s.level, s.role])).toEqual([
      ['一、', 0, 'goal'],
      ['二、', 0, 'task'],
      ['二、/（一）', 1, 'task'],
      ['二、/（一）/1', 2, 'task'],
      ['二、/（一）/2', 2, 'task'],
      ['二、/（二）', 1, 'task'],
      ['二、/（二）/3', 2, 'task'],
      ['三、', 0, 'safeguard'],
      ['三、/（一）', 1, 'safeguard'],
      ['附件1', 0, 'other'],
    ]);
  });

  it('takes leaf items of task and safeguard sections as tasks, with their clauses', () => {
    const { tasks } = structureOf(text);
    expect(tasks.map((t) => [t.number, t.title, t.kind])).toEqual([
      ['1', '科学精准定位', 'task'],
      ['2', '建立推进机制', 'task'],
      ['3', '强化企业创新', 'task'],
      ['（一）', '强化统筹推进', 'safeguard'],
    ]);
    expect(tasks[1]?.attributions[0]?.items.map((i) => i.role)).toEqual(['lead']);
  });

  it('carries “以下…均需各地落实” to later tasks of the same top-level section only', () => {
    const { tasks } = structureOf(text);
    expect(tasks.map((t) => t.implicit.map((i) => i.text))).toEqual([[], ['各县（市、区）政府'], ['各县（市、区）政府'], []]);
  });

  it('reads a one-cell-per-line table with its caption', () => {
    const { tables } = structureOf(text);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.title).toBe('市领导挂钩联系特色优势产业');
    expect(tables[0]?.header.map((c) => c.text)).toEqual(['序号', '地区', '产业']);
    expect(tables[0]?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['1', '建湖县', '油气钻采井口装备']]);
  });

  it('cuts sentences at 。 outside brackets and makes each clause its own sentence', () => {
    const { sentences } = structureOf(text);
    const clause = sentences.find((s) => s.text.startsWith('〔责任部门'));
    expect(clause?.kind).toBe('attribution');
    expect(clause?.text.endsWith('〕')).toBe(true);
    expect(sentences.some((s) => s.text === '按照宜工则工原则培育产业。')).toBe(true);
  });
});

describe('tables', () => {
  it('joins a cell continued on the next untabbed line and keeps group rows apart', () => {
    const text = [
      '附件2',
      '培育发展目标情况表',
      '\t序号\n\t地区\n\t产业名称\n\t2025年产值规模\n\t2028年产值目标',
      '',
      '\t全国有影响力的特色优势产业',
      '',
      '\t1\n\t大丰区\n\t金属成型装备及精密制造',
      '',
      '（新能源汽车零部件）',
      '\t88.6\n\t110',
    ].join('\n');
    const [table] = structureOf(text).tables;
    expect(table?.rows.map((r) => [r.group, ...r.cells.map((c) => c.text)])).toEqual([
      ['全国有影响力的特色优势产业', '1', '大丰区', '金属成型装备及精密制造（新能源汽车零部件）', '88.6', '110'],
    ]);
  });

  it('merges a two-row header and reads rows written one per line with tabs', () => {
    const twoRow = structureOf('目标表\n\n\t序号\n\t地区\n\t总量\n\n\t\n\t\n\t产值（亿元）\n\t企业数（家）\n\n\t1\n\t东台市\n\t388\n\t106').tables[0];
    expect(twoRow?.header.map((c) => c.text)).toEqual(['序号', '地区', '产值（亿元）', '企业数（家）']);
    const rowPerLine = structureOf('表 1：主要指标\n\n主要指标\t2020年\t2025年\n科技进步贡献率（%）\t58.3\t65\n专利数（件）\t\t6.63').tables[0];
    expect(rowPerLine?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['科技进步贡献率（%）', '58.3', '65'],
      ['专利数（件）', '', '6.63'],
    ]);
  });
});
