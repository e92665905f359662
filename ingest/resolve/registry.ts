/**
 * The entities a plan names, one per id: the first construction of an id wins, later mentions only
 * add wordings.
 */
import { nodeIds } from '../../graph/ids.ts';
import type { GraphNode, NodeOfLabel } from '../../graph/schema.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import { departmentAliases } from './department-aliases.ts';
import type { DepartmentIdentity } from './departments.ts';

export class EntityRegistry {
  private readonly nodes = new Map<string, GraphNode>();

  /** `planKey` scopes the bodies of a plan whose city is unknown, so that two such plans never share one. */
  constructor(
    private readonly lexicon: Lexicon,
    private readonly planKey: string,
  ) {}

  all(): GraphNode[] {
    return [...this.nodes.values()];
  }

  get(id: string): GraphNode | undefined {
    return this.nodes.get(id);
  }

  private add<N extends GraphNode>(node: N): string {
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
    return node.id;
  }

  city(name: string): string {
    const entry = this.lexicon.cityByName.get(name);
    const node: NodeOfLabel<'City'> = {
      id: nodeIds.city(name),
      label: 'City',
      name,
      aliases: entry ? entry.aliases : [name.replace(/市$/, '')],
      plans: [],
      province: entry?.province ?? null,
      short: entry?.short ?? name.replace(/市$/, ''),
      kind: entry?.kind ?? null,
      code: entry?.code ?? null,
      prefecture: entry?.parent ?? null,
    };
    return this.add(node);
  }

  region(city: string, name: string, kind: NodeOfLabel<'Region'>['kind']): string {
    const entry = this.lexicon.cityByName.get(city)?.regions.find((r) => r.name === name);
    return this.add<NodeOfLabel<'Region'>>({ id: nodeIds.region(city, name), label: 'Region', name, aliases: entry?.aliases ?? [], plans: [], city, kind });
  }

  department(identity: DepartmentIdentity): string {
    const { unqualified } = identity;
    const id = nodeIds.department(identity.canonical, unqualified ? this.planKey : undefined);
    if (this.nodes.has(id)) return id;
    return this.add<NodeOfLabel<'Department'>>({
      id,
      label: 'Department',
      name: identity.canonical,
      aliases: departmentAliases(identity, this.lexicon),
      plans: [],
      city: identity.city,
      province: identity.province,
      level: identity.level,
      kind: identity.kind,
      type: identity.type,
      collective: identity.collective,
      ...(identity.until !== null ? { until: identity.until } : {}),
      ...(identity.successor !== null ? { successor: identity.successor } : {}),
      ...(unqualified ? { unqualified: true } : {}),
    });
  }

  industry(name: string, source: NodeOfLabel<'Industry'>['source']): string {
    const synonyms = source === 'lexicon' ? (this.lexicon.concepts.get(name)?.synonyms ?? []) : [];
    return this.add<NodeOfLabel<'Industry'>>({ id: nodeIds.industry(name), label: 'Industry', name, aliases: synonyms, plans: [], source });
  }

  enterprise(name: string, aliases: string[], city: string | null, known: boolean): string {
    return this.add<NodeOfLabel<'Enterprise'>>({ id: nodeIds.enterprise(name), label: 'Enterprise', name, aliases, plans: [], city, known });
  }

  platform(name: string, type: NodeOfLabel<'Platform'>['type'], city: string | null, aliases: string[]): string {
    return this.add<NodeOfLabel<'Platform'>>({ id: nodeIds.platform(name), label: 'Platform', name, aliases, plans: [], city, type });
  }
}
