import { describe } from 'vitest';
import { openClean, uri } from '../helpers/neo4j.ts';
import { describeApi } from './api.contract.ts';

// The same HTTP suite as the embedded store's, over a real Neo4j (runs when NEO4J_URI is set).
describe.runIf(Boolean(uri))('Neo4j', () => {
  describeApi('Neo4j store', () => openClean());
});
