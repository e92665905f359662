import { describe, expect, it } from 'vitest';
import type { NodeOfLabel } from '../../../graph/schema.ts';
import { cuesIn } from '../../../ingest/extract/instruments.ts';
import { lexicon, seedContributions } from '../../helpers/seeds.ts';
import { stagesOf } from '../../helpers/stages.ts';

const codesOf = (sentence: string) => [...cuesIn(sentence, lexicon().instruments).keys()].map((i) => i.id).sort();

describe('instrument cues in one sentence', () => {
  it.each([
    ['对新认定的国家级重点实验室给予1000万元经费支持。', ['funding', 'technology']],
    ['运用政府采购政策支持创新产品应用，加大政府绿色采购力度。', ['procurement']],
    ['落实研发费用加计扣除、高新技术企业所得税减免等政策。', ['tax']],
    ['通过政府购买服务方式，委托第三方机构开展政策绩效评估。', ['coordination', 'outsourcing']],
    ['发挥政府投资基金作用，引导银行提高制造业中长期贷款比重。', ['finance']],
    ['建立部门协同、市县联动的工作推进机制。', ['coordination']],
    ['组建专家服务团为中小企业提供免费咨询诊断服务。', ['public-services']],
    ['新建5G基站1万个，推进千兆光网全覆盖。', ['infrastructure']],
    ['支持高校与企业共建现代产业学院，培养数字技能人才。', ['talent']],
    ['扩大数字服务出口，深化与东盟的经贸合作。', ['market-opening']],
    ['健全海洋标准体系，严格执行围填海管控政策。', ['regulation']],
    ['实施“筑峰强链”企业培育支持计划，引导龙头企业对标世界一流。', ['strategic']],
    ['编制人工智能产业图谱，发布年度重点项目清单。', ['goals-planning']],
    ['在政务、医疗等领域开放一批示范应用场景。', ['demonstration']],
    ['加快传统产业焕新。', []],
  ])('%s → %j', (sentence, codes) => {
    expect(codesOf(sentence)).toEqual(codes);
  });

  it.each([
    ['an industry is no instrument: 金融 after 发展', '发展金融、现代物流等生产性服务业。', 'finance'],
    ['services a firm sells abroad are trade, not outsourcing', '鼓励企业承接国际服务外包业务。', 'outsourcing'],
    ['a pilot of an administrative reform is no demonstration', '积极推进“标准地”改革试点。', 'demonstration'],
    ['a land-supply 标准地 is no standard', '全面推行工业用地“标准地”出让。', 'regulation'],
    ['the parts of a cue stay within one clause', '加大财政，优化投入。', 'funding'],
  ])('%s', (_, sentence, absent) => {
    expect(codesOf(sentence)).not.toContain(absent);
  });

  it('reads the parts of a cue across other words within a clause (财政…投入)', () => {
    expect(codesOf('确保财政科技投入的稳步增长。')).toContain('funding');
    expect(codesOf('进一步加大各级财政对科技创新的投入。')).toContain('funding');
  });
});

describe('instrument codes of a plan', () => {
  const text = [
    '某市推进制造业发展行动方案',
    '为加快建设制造强市，制定本方案。设立专项资金。',
    '一、指导思想',
    '坚持创新驱动，强化人才支撑。',
    '二、发展基础',
    '“十四五”以来，全市落实税收优惠政策，企业减税10亿元。',
    '三、重点任务',
    '1．强化人才支撑。落实人才政策，引进高层次人才100名。（市人社局牵头负责）',
    '2．对新引进的整车项目给予最高5000万元补助。',
    '四、保障措施',
    '建立联席会议制度，定期协调解决重大问题。',
  ].join('\n');
  const { extraction, contribution } = stagesOf(text, 'mou-plan.txt');
  const coded = (code: string) => extraction.instruments.filter((c) => c.instrument.code === code).map((c) => extraction.segmented.structured.sentences[c.sentence]?.text);

  it('codes tasks, their one-line headings and safeguards, but not the preamble, guiding principles or the review of the past', () => {
    expect(coded('talent')).toEqual(['1．强化人才支撑。', '落实人才政策，引进高层次人才100名。']);
    expect(coded('funding')).toEqual(['2．对新引进的整车项目给予最高5000万元补助。']);
    expect(coded('coordination')).toEqual(['建立联席会议制度，定期协调解决重大问题。']);
    expect(coded('tax')).toEqual([]);
  });

  it('codes a sentence stating a quantified target as goals and planning, citing the target', () => {
    const goal = extraction.instruments.find((c) => c.instrument.code === 'goals-planning');
    expect(goal?.cue).toContain('100名');
  });

  it('links the plan and each task to one node per instrument, with one citation per sentence carrying its cue', () => {
    const uses = contribution.edges.filter((e) => e.type === 'USES');
    const planTalent = uses.find((e) => e.source === contribution.plan.id && e.target === 'instrument:talent');
    expect(planTalent).toMatchObject({ count: 2, cues: ['人才'] });
    expect(planTalent?.evidence?.map((e) => e.term)).toEqual(['人才', '人才']);
    const taskTalent = uses.filter((e) => e.source.startsWith('task:') && e.target === 'instrument:talent');
    expect(taskTalent).toHaveLength(1);
    const node = contribution.nodes.find((n): n is NodeOfLabel<'Instrument'> => n.id === 'instrument:talent');
    expect(node).toMatchObject({ label: 'Instrument', name: '人才培养与引进', code: 'talent', side: 'supply' });
  });
});

describe('instrument evidence on the seeds', async () => {
  const contributions = await seedContributions();

  it.each(contributions.map((c) => [c.plan.file, c] as const))('%s: every citation is the original text at its offsets and holds its cue', (_, contribution) => {
    const uses = contribution.edges.filter((e) => e.type === 'USES');
    expect(uses.length).toBeGreaterThan(10);
    for (const edge of uses) {
      for (const evidence of edge.evidence ?? []) {
        expect(contribution.sourceText.slice(evidence.start, evidence.end)).toBe(evidence.text);
        expect((evidence.quote ?? evidence.text).replace(/\s+/g, '')).toContain((evidence.term as string).replace(/\s+/g, ''));
      }
    }
  });
});
