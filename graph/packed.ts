/**
 * A plan contribution packed into one buffer (V8's serialisation), with the little a caller reads of
 * it beside it. A 5 MB plan's contribution is ~90,000 nodes and edges: turning them into objects,
 * cloning them to another thread or validating them holds that thread for 0.2–1 s each, while a buffer
 * crosses a process or thread boundary as one copy. So ingest processes send contributions packed, and
 * the server passes them on to the store unopened; the embedded store unpacks them in its writer
 * thread, never on the event loop that answers requests.
 */
import v8 from 'node:v8';
import type { NodeOfLabel, PlanContribution } from './schema.ts';

/** What is known of a packed contribution without unpacking it. */
export interface ContributionSummary {
  plan: NodeOfLabel<'Plan'>;
  nodes: number;
  edges: number;
  warnings: string[];
}

export class PackedContribution {
  constructor(
    /** Possibly a view of shared memory (the ingest pool gathers pieces there), which threads share without a copy. */
    readonly bytes: Uint8Array,
    readonly summary: ContributionSummary,
  ) {}

  static pack(contribution: PlanContribution): PackedContribution {
    return new PackedContribution(v8.serialize(contribution), summaryOf(contribution));
  }

  unpack(): PlanContribution {
    return unpackBytes(this.bytes);
  }
}

/** What a store's replacePlans takes: a contribution, or one an ingest process packed. */
export type ContributionInput = PlanContribution | PackedContribution;

export function unpackBytes(bytes: Uint8Array): PlanContribution {
  return v8.deserialize(bytes) as PlanContribution;
}

export function unpacked(contribution: ContributionInput): PlanContribution {
  return contribution instanceof PackedContribution ? contribution.unpack() : contribution;
}

export function summaryOf(contribution: ContributionInput): ContributionSummary {
  if (contribution instanceof PackedContribution) return contribution.summary;
  return { plan: contribution.plan, nodes: contribution.nodes.length, edges: contribution.edges.length, warnings: contribution.warnings };
}
