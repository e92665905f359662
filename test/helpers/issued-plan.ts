/**
 * The issued text of a seed draft (盐城市“十四五”科技创新发展规划, 征求意见稿 of 2021-04): a notice of
 * 2021-09-28 with its 文号, raising the draft's 2025 targets (研发经费投入强度 3% → 3.2%, 技术合同成交额
 * 200 → 260 亿元). Beside the seeds it gives a succession, a raised target and a later mention of 氢能.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../core/config.ts';
import type { PlanContribution } from '../../graph/schema.ts';
import { contributionOf } from './seeds.ts';

export const ISSUED_PLAN = {
  file: 'yancheng-14th-sci-tech-plan-issued.txt',
  path: path.join(PROJECT_ROOT, 'test/fixtures/e2e/yancheng-14th-sci-tech-plan-issued.txt'),
  id: 'plan:yancheng-14th-sci-tech-plan-issued',
  draft: 'plan:yancheng-14th-five-year-sci-tech-innovation-plan',
};

export function issuedPlanContribution(): Promise<PlanContribution> {
  return contributionOf(ISSUED_PLAN.file, fs.readFileSync(ISSUED_PLAN.path));
}
