/**
 * A node's derived aliases (the `aliases` property text search reads): its lexicon aliases ∪ every
 * wording a plan used for it (MENTIONS.terms), without its name, in no particular order (canonical.ts
 * sorts them when presenting); absent when empty.
 *
 * A write keeps them current in two ways. A node that only gained wordings is extended with them, by
 * the statement that merges it (replace.ts) or, for a node outside the plans written, here. A node that
 * may have lost one (a removed MENTIONS, a changed name or lexicon aliases) is recomputed here from all
 * its incoming MENTIONS. Recomputing every written node instead re-read a shared industry's hundreds of
 * MENTIONS in every transaction of a large load: an eighth of the load's database time.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { ANY_NODE, batches, pipelined } from './cypher.ts';
import { DERIVED_ALIASES, LEXICON_ALIASES } from './serialize.ts';

/** What a write did to the wordings of nodes, collected over the write and applied once at its end. */
export class AliasChanges {
  private readonly recomputed = new Set<string>();
  private readonly added = new Map<string, string[]>();

  /** The node may have lost a wording. */
  recompute(id: string): void {
    this.recomputed.add(id);
  }

  /** The node, not written itself, gained these wordings. */
  extend(id: string, terms: readonly string[]): void {
    const known = this.added.get(id);
    if (known) known.push(...terms);
    else this.added.set(id, [...terms]);
  }

  /** Brings the derived aliases of every node named here up to date (deleted nodes match nothing). */
  async apply(tx: ManagedTransaction): Promise<void> {
    const recompute = [...this.recomputed];
    const extend = [...this.added].filter(([id]) => !this.recomputed.has(id)).map(([id, terms]) => ({ id, terms: [...new Set(terms)] }));
    await pipelined(tx, [
      ...[...batches(recompute)].map((ids) => ({ cypher: RECOMPUTE, parameters: { ids } })),
      ...[...batches(extend)].map((rows) => ({ cypher: EXTEND, parameters: { rows } })),
    ]);
  }
}

// The first SET of each reads the node, so its write lock is held before the wordings are read.
const WITHOUT_NAME = `WITH DISTINCT alias WHERE alias <> n.name
        RETURN collect(alias) AS aliases
      }
      SET n.${DERIVED_ALIASES} = CASE WHEN size(aliases) = 0 THEN null ELSE aliases END`;

const RECOMPUTE = `UNWIND $ids AS id
      MATCH (n:${ANY_NODE} {id: id})
      SET n.${DERIVED_ALIASES} = coalesce(n.${LEXICON_ALIASES}, [])
      WITH n
      CALL (n) {
        UNWIND n.${DERIVED_ALIASES} + COLLECT { MATCH ()-[m:MENTIONS]->(n) UNWIND m.terms AS term RETURN term } AS alias
        ${WITHOUT_NAME}`;

const EXTEND = `UNWIND $rows AS row
      MATCH (n:${ANY_NODE} {id: row.id})
      SET n.${DERIVED_ALIASES} = coalesce(n.${DERIVED_ALIASES}, [])
      WITH n, row
      CALL (n, row) {
        UNWIND n.${DERIVED_ALIASES} + coalesce(n.${LEXICON_ALIASES}, []) + row.terms AS alias
        ${WITHOUT_NAME}`;
