/**
 * Where to begin, chosen from the data — never names written in code: the concepts most cities plan
 * for, the cities with most plans, the departments that own most tasks, the indicators most cities set.
 */
import type { DepartmentSummary, EntityRef, IndicatorSummary, Matrix, Overview } from '../../../server/contract.ts';
import { rankIndicators } from '../views/indicators/catalogue.ts';

/** Concepts named by the most cities, then by the most mentions. */
export function richestConcepts(matrix: Pick<Matrix, 'rows'>, count: number): EntityRef[] {
  return [...matrix.rows]
    .sort((a, b) => b.cities - a.cities || b.total - a.total || a.entity.name.localeCompare(b.entity.name, 'zh-CN'))
    .slice(0, count)
    .map((row) => row.entity);
}

/** Cities with the most plans first. */
export function citiesByPlans(overview: Overview): string[] {
  return [...overview.cities].sort((a, b) => b.plans.length - a.plans.length || a.city.localeCompare(b.city, 'zh-CN')).map((c) => c.city);
}

/** Departments that lead or share the most tasks (inherited ones do not count). */
export function busiestDepartments(departments: readonly DepartmentSummary[], count: number): DepartmentSummary[] {
  const owned = (d: DepartmentSummary) => d.tasks.led + d.tasks.responsible + d.tasks.joint;
  return [...departments].sort((a, b) => owned(b) - owned(a) || b.tasks.led - a.tasks.led || a.department.name.localeCompare(b.department.name, 'zh-CN')).slice(0, count);
}

/** Indicators set by two cities or more — comparable across them — most cities first. */
export function comparedIndicators(indicators: readonly IndicatorSummary[], count: number): IndicatorSummary[] {
  return rankIndicators(indicators.filter((i) => i.cities.length >= 2)).slice(0, count);
}
