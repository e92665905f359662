/**
 * Configuration is read here once; nothing else reads process.env.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { z } from 'zod';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const EnvSchema = z.object({
  POLICY_KG_DATA: z.string().optional(),
  POLICY_KG_LEXICON: z.string().optional(),
  POLICY_KG_MAX_FILE_BYTES: z.coerce.number().int().positive().optional(),
  POLICY_KG_BUSY_TIMEOUT_MS: z.coerce.number().int().nonnegative().optional(),
  NEO4J_URI: z.string().optional(),
  NEO4J_USER: z.string().optional(),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HOST: z.string().optional(),
  TRUST_PROXY: z.string().optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).optional(),
  POLICY_KG_VALIDATE_RESPONSES: z.enum(['0', '1', 'true', 'false']).optional(),
  POLICY_KG_CLIENT_DIR: z.string().optional(),
});

export interface Neo4jConfig {
  uri: string;
  user: string | undefined;
  password: string | undefined;
  database: string | undefined;
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
  rateLimitPerMinute: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Check every API response against its schema (on by default; benchmarks may turn it off). */
  validateResponses: boolean;
  /** The built web client served at /. */
  clientDir: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    dataDir: path.resolve(e.POLICY_KG_DATA ?? path.join(PROJECT_ROOT, 'data')),
    lexiconDir: path.resolve(e.POLICY_KG_LEXICON ?? path.join(PROJECT_ROOT, 'lexicon')),
    maxFileBytes: e.POLICY_KG_MAX_FILE_BYTES ?? 20 * 1024 * 1024,
    busyTimeoutMs: e.POLICY_KG_BUSY_TIMEOUT_MS ?? 30_000,
    neo4j: e.NEO4J_URI
      ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
      : null,
    port: e.PORT ?? 3000,
    host: e.HOST ?? '127.0.0.1',
    trustProxy: e.TRUST_PROXY ?? false,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE ?? 600,
    logLevel: e.LOG_LEVEL ?? 'info',
    validateResponses: !['0', 'false'].includes(e.POLICY_KG_VALIDATE_RESPONSES ?? '1'),
    clientDir: path.resolve(e.POLICY_KG_CLIENT_DIR ?? path.join(PROJECT_ROOT, 'client/dist')),
  };
}
