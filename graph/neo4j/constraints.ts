/**
 * Constraints and indexes, created idempotently at start-up. The uniqueness constraint on
 * `(:PolicyKgNode).id` is what makes concurrent MERGEs of a shared entity (a city, a department)
 * produce one node, and it backs every lookup by id; the relationship indexes on `plan` make dropping
 * a plan's edges an index seek instead of a scan.
 */
import type { Driver, Session } from 'neo4j-driver';
import { EDGE_TYPES, GraphNodeSchema, LABELS } from '../schema.ts';
import { ANY_NODE, labelExpression, META, rows, SCHEMA_LABELS, SOURCE_TEXT, typeExpression } from './cypher.ts';
import { repeatUntilDone } from './repeat.ts';

const NODE_ID_CONSTRAINT = 'policykg_node_id';
const OBSOLETE = LABELS.map((label) => `policykg_${label}_id`);

interface SchemaItem {
  name: string;
  cypher: string;
}

const LABELS_WITH_CITY = GraphNodeSchema.options.filter((o) => 'city' in o.shape).map((o) => o.shape.label.value);

function schemaItems(): SchemaItem[] {
  const items: SchemaItem[] = [];
  items.push({ name: NODE_ID_CONSTRAINT, cypher: `CREATE CONSTRAINT ${NODE_ID_CONSTRAINT} IF NOT EXISTS FOR (n:${ANY_NODE}) REQUIRE n.id IS UNIQUE` });
  for (const label of LABELS) {
    const l = labelExpression([label]);
    items.push({ name: `policykg_${label}_name`, cypher: `CREATE INDEX policykg_${label}_name IF NOT EXISTS FOR (n:${l}) ON (n.name)` });
  }
  for (const label of LABELS_WITH_CITY) {
    const l = labelExpression([label]);
    items.push({ name: `policykg_${label}_city`, cypher: `CREATE INDEX policykg_${label}_city IF NOT EXISTS FOR (n:${l}) ON (n.city)` });
  }
  items.push({
    name: `policykg_${SOURCE_TEXT}_plan`,
    cypher: `CREATE CONSTRAINT policykg_${SOURCE_TEXT}_plan IF NOT EXISTS FOR (s:${SOURCE_TEXT}) REQUIRE s.plan IS UNIQUE`,
  });
  items.push({ name: `policykg_${META}_key`, cypher: `CREATE CONSTRAINT policykg_${META}_key IF NOT EXISTS FOR (m:${META}) REQUIRE m.key IS UNIQUE` });
  for (const type of EDGE_TYPES) {
    const t = typeExpression([type]);
    items.push({ name: `policykg_${type}_id`, cypher: `CREATE CONSTRAINT policykg_${type}_id IF NOT EXISTS FOR ()-[r:${t}]-() REQUIRE r.id IS UNIQUE` });
    items.push({ name: `policykg_${type}_plan`, cypher: `CREATE INDEX policykg_${type}_plan IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.plan)` });
  }
  return items;
}

/**
 * A graph written before every node carried ANY_NODE gets it once, in bounded batches, before the
 * constraint that relies on it is created (an interrupted run simply resumes at the next open).
 */
async function labelEarlierNodes(session: Session): Promise<void> {
  await repeatUntilDone(session, `MATCH (n:${SCHEMA_LABELS}) WHERE NOT n:${ANY_NODE} WITH n LIMIT 10000 SET n:${ANY_NODE} RETURN count(n) AS done`);
}

/**
 * Creates what is missing. Existing names are read first so that the common case (every store open
 * after the first) costs one round trip; schema changes cannot share a transaction with anything else,
 * so each missing item is its own write.
 */
export async function ensureSchema(driver: Driver, database: string | undefined): Promise<void> {
  const session = driver.session({ ...(database ? { database } : {}) });
  try {
    const existing = new Set<string>();
    await session.executeRead(async (tx) => {
      for (const row of await rows<{ name: string }>(tx, 'SHOW CONSTRAINTS YIELD name')) existing.add(row.name);
      for (const row of await rows<{ name: string }>(tx, 'SHOW INDEXES YIELD name')) existing.add(row.name);
    });
    if (!existing.has(NODE_ID_CONSTRAINT)) await labelEarlierNodes(session);
    // The per-label id constraints that NODE_ID_CONSTRAINT replaced only slow every write down.
    for (const name of OBSOLETE.filter((n) => existing.has(n))) await session.executeWrite((tx) => tx.run(`DROP CONSTRAINT ${name} IF EXISTS`));
    const missing = schemaItems().filter((item) => !existing.has(item.name));
    for (const item of missing) await session.executeWrite((tx) => tx.run(item.cypher));
    if (missing.length > 0) await session.executeRead((tx) => tx.run('CALL db.awaitIndexes(60)'));
  } finally {
    await session.close();
  }
}
