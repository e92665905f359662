import { describe, expect, it } from 'vitest';
import { normalise } from '../../../ingest/normalise/index.ts';
import { readWrapper } from '../../../ingest/structure/layout.ts';
import { splitTextLines } from '../../../ingest/structure/lines.ts';
import { sourceOf } from '../../helpers/stages.ts';

function layoutOf(lines: string[]) {
  const { text } = normalise(sourceOf(lines.join('\n')));
  const all = splitTextLines(text);
  const wrapper = readWrapper(all, text);
  const planLines = all.slice(wrapper.planStart, wrapper.planEnd).filter((l) => l.text.length > 0).map((l) => l.text);
  return { wrapper, first: planLines[0], last: planLines[planLines.length - 1] };
}

const PLAN = ['某某市加快发展数字经济行动方案', '为加快发展数字经济，制定本方案。', '一、发展目标', '到2025年，数字经济核心产业增加值突破500亿元。'];
const NOTICE = ['关于印发《某某市加快发展数字经济行动方案》的通知', '某政办发〔2024〕12号', '各县（市、区）人民政府，市政府各部门：', '《某某市加快发展数字经济行动方案》已经市政府同意，现印发给你们，请认真贯彻落实。', '某某市人民政府办公室', '2024年3月8日', '（此件公开发布）'];

describe('the plan inside its wrapper', () => {
  it.each([
    ['no notice at all', PLAN],
    ['the notice before the plan', [...NOTICE, ...PLAN]],
    ['the notice after the plan', [...PLAN, ...NOTICE]],
    ['the plan as 附件', [...NOTICE.slice(0, 4), '附件：某某市加快发展数字经济行动方案', ...NOTICE.slice(4), '附件', ...PLAN]],
    ['a website around both', ['某某市人民政府网', '当前位置：首页 > 政策文件', '发布机构：某某市人民政府办公室', '成文日期：2024-03-08', ...NOTICE, ...PLAN, '打印本页 关闭窗口']],
    ['a site menu before the information table', ['首页', '走进某某', '政务公开', '政务服务', '互动交流', '数据开放', '发布机构：某某市人民政府办公室', ...NOTICE, ...PLAN]],
  ])('%s: the plan runs from its title to its last line', (_name, lines) => {
    const { first, last } = layoutOf(lines);
    expect(first).toBe(PLAN[0]);
    expect(last).toBe(PLAN[PLAN.length - 1]);
  });

  it.each([
    ['a notice title over two lines under a letterhead', ['某某市人民政府办公室文件', '某某市人民政府办公室关于印发某某市加快发展', '数字经济行动方案的通知', '各区人民政府：', '现将《某某市加快发展数字经济行动方案》印发你们，请认真执行。', ...PLAN]],
    ['a notice with requirements of its own, signed after them', [...NOTICE.slice(0, 3), '现将《某某市加快发展数字经济行动方案》印发给你们，并提出如下要求：', '一、提高思想认识。各地要充分认识发展数字经济的重要意义，切实加强组织领导，确保各项任务落到实处，形成工作合力。', '二、强化督促检查。市发展改革委要会同有关部门加强跟踪问效，定期通报工作进展情况，推动各项政策措施落地见效。', '某某市人民政府办公室', '2024年3月8日', ...PLAN]],
    ['a title printed with other brackets and dashes', ['关于印发《某某市行动方案(2024-2026年)》的通知', '各区人民政府：', '现将《某某市行动方案(2024-2026年)》印发给你们。', '某某市行动方案（2024—2026年）', ...PLAN.slice(1)]],
  ])('%s: the plan starts at its title', (_name, lines) => {
    const { first, wrapper } = layoutOf(lines);
    expect(first === PLAN[0] || first === '某某市行动方案（2024—2026年）').toBe(true);
    expect(wrapper.title).not.toBeNull();
  });

  it('reads the issuer of a letterhead and the date of a distribution block when nothing better is printed', () => {
    const { wrapper } = layoutOf(['某某市人民政府办公室文件', '某政办发〔2024〕12号', ...PLAN, '抄送：市委办公室。', '某某市人民政府办公室2024年3月9日印发']);
    expect(wrapper.issuers.map((i) => i.text)).toEqual(['某某市人民政府办公室']);
    expect(wrapper.issued?.iso).toBe('2024-03-09');
  });

  it('reads title, issuer, date and 文号 from the notice, with their offsets', () => {
    const { wrapper } = layoutOf([...NOTICE, ...PLAN]);
    expect(wrapper.title?.text).toBe('某某市加快发展数字经济行动方案');
    expect(wrapper.issuers.map((i) => i.text)).toEqual(['某某市人民政府办公室']);
    expect(wrapper.issued).toMatchObject({ iso: '2024-03-08', text: '2024年3月8日' });
    expect(wrapper.documentNumber?.text).toBe('某政办发〔2024〕12号');
    expect(wrapper.formal?.text).toBe(NOTICE[0]);
  });

  it('takes the plan’s first line as its title when the 文号 sits under it', () => {
    const { first, wrapper } = layoutOf([PLAN[0] as string, '某政发〔2024〕3号', ...PLAN.slice(1)]);
    expect(first).toBe(PLAN[0]);
    expect(wrapper.documentNumber?.text).toBe('某政发〔2024〕3号');
  });

  it('starts the plan after the wrapper when the plan does not repeat its title', () => {
    const { first, wrapper } = layoutOf([...NOTICE, ...PLAN.slice(1)]);
    expect(first).toBe(PLAN[1]);
    expect(wrapper.title?.text).toBe('某某市加快发展数字经济行动方案');
  });

  it('prefers the signature block to the information table, and the signing date to the publication date', () => {
    const { wrapper } = layoutOf(['发布机构：某某市发展和改革委员会', '发布日期：2024-03-12', ...NOTICE, ...PLAN]);
    expect(wrapper.issuers.map((i) => i.text)).toEqual(['某某市人民政府办公室', '某某市发展和改革委员会']);
    expect(wrapper.issued?.iso).toBe('2024-03-08');
  });

  it('reads the plan’s own signature at its end', () => {
    const { wrapper, last } = layoutOf([...PLAN, '某某市人民政府', '2024年5月6日']);
    expect(last).toBe(PLAN[PLAN.length - 1]);
    expect(wrapper.issuers.map((i) => i.text)).toEqual(['某某市人民政府']);
    expect(wrapper.issued?.iso).toBe('2024-05-06');
    expect(wrapper.formal).toBeNull();
  });
});
