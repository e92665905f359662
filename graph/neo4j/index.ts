import type { Neo4jConfig } from '../../core/config.ts';
import { errors } from '../../core/errors.ts';

/** Placeholder until the Neo4j store lands. */
export class Neo4jStore {
  constructor(private readonly config: Neo4jConfig) {}

  async init(): Promise<never> {
    throw errors.storeUnavailable(this.config.uri, 'the Neo4j store is not implemented yet');
  }
}
