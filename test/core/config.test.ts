import { describe, expect, it } from 'vitest';
import { loadConfig, NEO4J_TIMEOUT_DEFAULTS } from '../../core/config.ts';
import { isPolicyKgError } from '../../core/errors.ts';

describe('loadConfig', () => {
  it('reads the write token, the extra host names and the ingest limits', () => {
    const config = loadConfig({ POLICY_KG_WRITE_TOKEN: 'a'.repeat(32), POLICY_KG_ALLOWED_HOSTS: ' KG.example.org, kg.internal ', POLICY_KG_INGEST_WORKERS: '3', POLICY_KG_INGEST_TIMEOUT_SECONDS: '1.5' });
    expect(config.writeToken).toBe('a'.repeat(32));
    expect(config.allowedHosts).toEqual(['kg.example.org', 'kg.internal']);
    expect(config.ingest).toMatchObject({ workers: 3, timeoutMs: 1500 });
  });

  it('treats an empty variable as unset (docker compose passes ${X:-} as "")', () => {
    const config = loadConfig({ POLICY_KG_WRITE_TOKEN: '', TRUST_PROXY: '', NEO4J_URI: '', POLICY_KG_ALLOWED_HOSTS: '' });
    expect(config).toMatchObject({ writeToken: null, trustProxy: false, neo4j: null, allowedHosts: [] });
  });

  it.each([
    [{ POLICY_KG_WRITE_TOKEN: 'short' }, 'POLICY_KG_WRITE_TOKEN: must be at least 16 characters'],
    [{ POLICY_KG_INGEST_WORKERS: 'many' }, 'POLICY_KG_INGEST_WORKERS'],
    [{ POLICY_KG_INGEST_MEMORY_MB: '10' }, 'POLICY_KG_INGEST_MEMORY_MB'],
    [{ PORT: '70000' }, 'PORT'],
  ])('refuses %o with a message naming the variable', (env, message) => {
    let error: unknown = null;
    try {
      loadConfig(env);
    } catch (caught) {
      error = caught;
    }
    expect(isPolicyKgError(error, 'VALIDATION_FAILED')).toBe(true);
    expect((error as Error).message).toContain(message);
  });
});

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
