import { describe, expect, it } from 'vitest';
import { classifyWrapperLine } from '../../../ingest/structure/wrapper-lines.ts';

const kindOf = (line: string) => classifyWrapperLine(line)?.kind ?? null;

describe('lines of the notice around a plan', () => {
  it.each([
    ['关于印发《某某市推进新型工业化三年行动计划（2024—2026年）》的通知', 'notice-title'],
    ['某某市人民政府办公室关于印发某某市行动方案的通知', 'notice-title'],
    ['《新乡市建设制造强市三年行动计划（2023—2025年）》的通知', 'notice-title'],
    ['某某市人民政府印发某某市数字经济发展规划的通知', 'notice-title'],
    ['澄政办发〔2023〕66号', 'document-number'],
    ['（鄂府发〔2022〕31号）', 'document-number'],
    ['苏政发[2023]5号', 'document-number'],
    ['各县（市、区）人民政府，市各委、办、局，市各直属单位：', 'salutation'],
    ['各乡（镇）人民政府、街道办事处，市政府各工作部门：', 'salutation'],
    ['《某某行动方案》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。', 'transmittal'],
    ['经市委同意，现将《关于推动海洋产业高质量发展的行动方案》印发给你们，请认真贯彻落实。', 'transmittal'],
    ['南通市人民政府', 'issuer'],
    ['南通市制造强市建设领导小组办公室', 'issuer'],
    ['中共某某市委某某市人民政府', 'issuer'],
    ['2023年11月17日', 'date'],
    ['二〇二三年十一月十七日', 'date'],
    ['（2024年4月2日）', 'date'],
    ['江阴市人民政府办公室2023年12月15日', 'signature'],
    ['（此件公开发布）', 'publication'],
    ['（此件主动公开）', 'publication'],
    ['附件：清镇市铝及铝加工产业发展实施方案', 'annex'],
    ['附件', 'annex'],
    ['抄送：市委各部门，市人大常委会办公室。', 'distribution'],
    ['发布机构：许昌市人民政府办公室', 'info'],
    ['【发布部门】鄂尔多斯市人民政府', 'info'],
  ])('%s is a %s line', (line, kind) => {
    expect(kindOf(line)).toBe(kind);
  });

  it.each([
    '一、总体要求',
    '为加快建设制造强市，制定本方案。',
    '到2025年，全市规模以上工业增加值突破200亿元。',
    '（一）壮大临港工业。依托港区发展临港产业。（牵头单位：市经贸局）',
    '加快建设制造强市行动计划',
    '各地各部门要加强组织领导，确保各项任务落到实处。',
  ])('%s is no wrapper line', (line) => {
    expect(kindOf(line)).toBeNull();
  });

  it.each([
    ['现将《加快建设制造强市行动计划》印发给你们', '加快建设制造强市行动计划'],
    ['为贯彻落实省委、省政府《加快建设制造强省行动方案》(苏办发〔2023〕15号)，现将《加快建设制造强市行动计划》印发给你们，请认真对照执行。', '加快建设制造强市行动计划'],
    ['《新乡市建设制造强市三年行动计划》已经市政府第20次常务会议研究通过，现印发给你们。', '新乡市建设制造强市三年行动计划'],
  ])('takes the title the transmittal hands over: %s', (line, title) => {
    expect(classifyWrapperLine(line)).toMatchObject({ kind: 'transmittal', title });
  });

  it('reads the issuer and the plan’s title from a notice title', () => {
    expect(classifyWrapperLine('鄂尔多斯市人民政府关于印发关于加快推进现代煤化工产业高端化发展的实施方案的通知')).toMatchObject({
      kind: 'notice-title',
      issuer: '鄂尔多斯市人民政府',
      title: '关于加快推进现代煤化工产业高端化发展的实施方案',
    });
  });
});
