/**
 * Configuration is read here once; nothing else reads process.env.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { errors } from './errors.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const milliseconds = z.coerce.number().int().positive().optional();

const EnvSchema = z.object({
  POLICY_KG_DATA: z.string().optional(),
  POLICY_KG_LEXICON: z.string().optional(),
  POLICY_KG_MAX_FILE_BYTES: z.coerce.number().int().positive().optional(),
  POLICY_KG_BUSY_TIMEOUT_MS: z.coerce.number().int().nonnegative().optional(),
  NEO4J_URI: z.string().optional(),
  NEO4J_USER: z.string().optional(),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  NEO4J_CONNECT_TIMEOUT_MS: milliseconds,
  NEO4J_ACQUIRE_TIMEOUT_MS: milliseconds,
  NEO4J_READ_TIMEOUT_MS: milliseconds,
  NEO4J_WRITE_TIMEOUT_MS: milliseconds,
  NEO4J_RETRY_TIME_MS: milliseconds,
  NEO4J_STALL_MS: milliseconds,
  NEO4J_PROBE_TIMEOUT_MS: milliseconds,
  NEO4J_CIRCUIT_OPEN_MS: milliseconds,
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HOST: z.string().optional(),
  TRUST_PROXY: z.string().optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).optional(),
  POLICY_KG_VALIDATE_RESPONSES: z.enum(['0', '1', 'true', 'false']).optional(),
  POLICY_KG_CLIENT_DIR: z.string().optional(),
  // Long enough that guessing is hopeless; compared in constant time (server/http/write-access.ts).
  POLICY_KG_WRITE_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  POLICY_KG_ALLOWED_HOSTS: z.string().optional(),
  POLICY_KG_INGEST_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  POLICY_KG_INGEST_QUEUE: z.coerce.number().int().min(1).max(10_000).optional(),
  POLICY_KG_INGEST_TIMEOUT_SECONDS: z.coerce.number().positive().optional(),
  POLICY_KG_INGEST_MEMORY_MB: z.coerce.number().int().min(64).optional(),
});

/**
 * How long the Neo4j store waits, in milliseconds. The defaults answer every request within 5 s while
 * the database is stopped or frozen: a call unanswered for `stallMs` makes the store probe the server
 * (at most `probeTimeoutMs`), and a failed probe opens the circuit for `circuitOpenMs`.
 */
export interface Neo4jTimeouts {
  /** TCP connect and Bolt handshake of a new connection. */
  connectMs: number;
  /** Waiting for a free pooled connection. */
  acquireMs: number;
  /** Server-side limit of a read transaction; the client gives up a little after it too. */
  readMs: number;
  /** Server-side limit of a write transaction (a replace of many plans). */
  writeMs: number;
  /** How long the driver keeps retrying a transaction that failed transiently (maxTransactionRetryTime). */
  retryMs: number;
  /** A call without an answer for this long makes the store check that the server still answers. */
  stallMs: number;
  /** The bound of that check (`RETURN 1` on a connection of its own). */
  probeTimeoutMs: number;
  /** How long the circuit stays open (503 at once, `Retry-After`) before the next probe. */
  circuitOpenMs: number;
}

export const NEO4J_TIMEOUT_DEFAULTS: Neo4jTimeouts = {
  connectMs: 3_000,
  acquireMs: 3_000,
  readMs: 30_000,
  writeMs: 120_000,
  retryMs: 10_000,
  stallMs: 1_500,
  probeTimeoutMs: 2_000,
  circuitOpenMs: 5_000,
};

export interface Neo4jConfig {
  uri: string;
  user: string | undefined;
  password: string | undefined;
  database: string | undefined;
  timeouts: Neo4jTimeouts;
}

function neo4jTimeouts(e: z.infer<typeof EnvSchema>): Neo4jTimeouts {
  const d = NEO4J_TIMEOUT_DEFAULTS;
  return {
    connectMs: e.NEO4J_CONNECT_TIMEOUT_MS ?? d.connectMs,
    acquireMs: e.NEO4J_ACQUIRE_TIMEOUT_MS ?? d.acquireMs,
    readMs: e.NEO4J_READ_TIMEOUT_MS ?? d.readMs,
    writeMs: e.NEO4J_WRITE_TIMEOUT_MS ?? d.writeMs,
    retryMs: e.NEO4J_RETRY_TIME_MS ?? d.retryMs,
    stallMs: e.NEO4J_STALL_MS ?? d.stallMs,
    probeTimeoutMs: e.NEO4J_PROBE_TIMEOUT_MS ?? d.probeTimeoutMs,
    circuitOpenMs: e.NEO4J_CIRCUIT_OPEN_MS ?? d.circuitOpenMs,
  };
}

export interface IngestConfig {
  /** Worker threads ingesting documents in parallel (default: every core). */
  workers: number;
  /** Uploads waiting for a worker beyond this are refused with 503. */
  queueLimit: number;
  /** A document still being processed after this long is abandoned and its worker replaced. */
  timeoutMs: number;
  /** JavaScript heap cap per worker; a document needing more fails instead of starving the server. */
  memoryMb: number;
}

export interface Config {
  /** Folder holding the embedded store (graph.db, and a graph.json of the earlier JSON store to migrate). */
  dataDir: string;
  /** How long a write to the embedded store waits while another process writes to it. */
  busyTimeoutMs: number;
  lexiconDir: string;
  maxFileBytes: number;
  neo4j: Neo4jConfig | null;
  port: number;
  host: string;
  trustProxy: string | false;
  /** Bearer token for writes (upload, delete); null = writes only from loopback, and only when bound to it. */
  writeToken: string | null;
  /** Host names the server answers to besides its loopback names and its own addresses (behind a proxy: the public name). */
  allowedHosts: string[];
  rateLimitPerMinute: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Check every API response against its schema (on by default; benchmarks may turn it off). */
  validateResponses: boolean;
  /** The built web client served at /. */
  clientDir: string;
  ingest: IngestConfig;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable is an unset one (docker compose passes `${X:-}` through as "").
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) throw errors.validationFailed('configuration', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  const e = parsed.data;
  return {
    dataDir: path.resolve(e.POLICY_KG_DATA ?? path.join(PROJECT_ROOT, 'data')),
    lexiconDir: path.resolve(e.POLICY_KG_LEXICON ?? path.join(PROJECT_ROOT, 'lexicon')),
    maxFileBytes: e.POLICY_KG_MAX_FILE_BYTES ?? 20 * 1024 * 1024,
    busyTimeoutMs: e.POLICY_KG_BUSY_TIMEOUT_MS ?? 30_000,
    neo4j: e.NEO4J_URI
      ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE, timeouts: neo4jTimeouts(e) }
      : null,
    port: e.PORT ?? 3000,
    host: e.HOST ?? '127.0.0.1',
    trustProxy: e.TRUST_PROXY ?? false,
    writeToken: e.POLICY_KG_WRITE_TOKEN ?? null,
    allowedHosts: (e.POLICY_KG_ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean),
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE ?? 600,
    logLevel: e.LOG_LEVEL ?? 'info',
    validateResponses: !['0', 'false'].includes(e.POLICY_KG_VALIDATE_RESPONSES ?? '1'),
    clientDir: path.resolve(e.POLICY_KG_CLIENT_DIR ?? path.join(PROJECT_ROOT, 'client/dist')),
    ingest: {
      workers: e.POLICY_KG_INGEST_WORKERS ?? os.availableParallelism(),
      queueLimit: e.POLICY_KG_INGEST_QUEUE ?? 16,
      timeoutMs: (e.POLICY_KG_INGEST_TIMEOUT_SECONDS ?? 120) * 1000,
      memoryMb: e.POLICY_KG_INGEST_MEMORY_MB ?? 1536,
    },
  };
}
