import { describe, expect, it } from 'vitest';
import { loadConfig, NEO4J_TIMEOUT_DEFAULTS } from '../../core/config.ts';

const neo4j = (env: Record<string, string>) => loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7687', ...env }).neo4j;

describe('Neo4j time limits', () => {
  it('default to answering within 5 s while the database is away', () => {
    expect(neo4j({})?.timeouts).toEqual(NEO4J_TIMEOUT_DEFAULTS);
    expect(NEO4J_TIMEOUT_DEFAULTS.stallMs + NEO4J_TIMEOUT_DEFAULTS.probeTimeoutMs).toBeLessThan(5_000);
  });

  it.each([
    ['NEO4J_CONNECT_TIMEOUT_MS', 'connectMs'],
    ['NEO4J_ACQUIRE_TIMEOUT_MS', 'acquireMs'],
    ['NEO4J_READ_TIMEOUT_MS', 'readMs'],
    ['NEO4J_WRITE_TIMEOUT_MS', 'writeMs'],
    ['NEO4J_RETRY_TIME_MS', 'retryMs'],
    ['NEO4J_STALL_MS', 'stallMs'],
    ['NEO4J_PROBE_TIMEOUT_MS', 'probeTimeoutMs'],
    ['NEO4J_CIRCUIT_OPEN_MS', 'circuitOpenMs'],
  ] as const)('%s sets %s', (variable, key) => {
    expect(neo4j({ [variable]: '1234' })?.timeouts[key]).toBe(1234);
  });

  it.each(['0', '-5', 'soon', '1.5'])('refuses %j, naming the variable', (value) => {
    expect(() => neo4j({ NEO4J_STALL_MS: value })).toThrow(/NEO4J_STALL_MS/);
  });
});
