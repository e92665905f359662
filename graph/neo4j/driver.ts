/**
 * The Neo4j driver as policy-kg uses it: explicit pool and timeout settings, integers back as plain
 * numbers, and driver errors translated into policy-kg's own (STORE_UNAVAILABLE, STORE_WRITE_FAILED)
 * so the CLI and the server report them like any other store failure.
 */
import neo4j, { Neo4jError, type AuthToken, type Config, type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../../core/config.ts';
import { errors, isPolicyKgError } from '../../core/errors.ts';

const START_HINT = 'is Neo4j running? start one with scripts/neo4j-local start';

/** The URI without credentials (bolt://user:secret@host would otherwise end up in logs and /api/health). */
export function locationOf(uri: string): string {
  return uri.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/?#]*@/i, '$1');
}

// neo4j-driver has auth.none() at run time, but its index.d.ts leaves it out.
const noAuth = () => (neo4j.auth as typeof neo4j.auth & { none: () => AuthToken }).none();

/** The store's driver: its pool, acquisition, connection and retry bounds from the configuration. */
export function createDriver(config: Neo4jConfig): Driver {
  const { acquireMs, connectMs, retryMs } = config.timeouts;
  return driverFor(config, { maxConnectionPoolSize: 20, connectionAcquisitionTimeout: acquireMs, connectionTimeout: connectMs, maxTransactionRetryTime: retryMs });
}

function driverFor(config: Neo4jConfig, pool: Config): Driver {
  const auth = config.user ? neo4j.auth.basic(config.user, config.password ?? '') : noAuth();
  try {
    // Every number the graph holds (offsets, years, counts) is far below 2^53.
    return neo4j.driver(config.uri, auth, { ...pool, disableLosslessIntegers: true, userAgent: 'policy-kg' });
  } catch (error) {
    throw errors.storeUnavailable(locationOf(config.uri), `invalid Neo4j URI (${(error as Error).message})`, error);
  }
}

/**
 * Asks the server for `RETURN 1` on a small pool of its own, so that a probe never waits behind the
 * store's busy connections (a loaded server is not a dead one). On a frozen server a probe's connection
 * stays stuck until the server resumes or dies; with two of them stuck, further probes fail on
 * acquisition, which is the right verdict.
 */
export function createProbe(config: Neo4jConfig): { probe: () => Promise<void>; close: () => Promise<void> } {
  const { probeTimeoutMs } = config.timeouts;
  const driver = driverFor(config, { maxConnectionPoolSize: 2, connectionAcquisitionTimeout: probeTimeoutMs, connectionTimeout: probeTimeoutMs, maxTransactionRetryTime: 0 });
  const probe = async () => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, ...(config.database ? { database: config.database } : {}) });
    try {
      await session.run('RETURN 1', {}, { timeout: probeTimeoutMs });
    } finally {
      // Not awaited: on a frozen server closing waits as long as the query does.
      void session.close().catch(() => undefined);
    }
  };
  return { probe, close: () => driver.close() };
}

const CONNECTIVITY_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Why a failure (translated or not) means the server could not be reached; null when it does not. */
export function outageReason(error: unknown): string | null {
  const raw = isPolicyKgError(error) ? error.cause : error;
  return raw instanceof Neo4jError && CONNECTIVITY_CODES.has(raw.code) ? cannotConnect(raw.message) : null;
}

const cannotConnect = (reason: string) => `cannot connect (${reason}) — ${START_HINT}`;

function describe(error: Neo4jError, database: string | undefined): string {
  if (CONNECTIVITY_CODES.has(error.code)) return cannotConnect(error.message);
  if (error.code === 'Neo.ClientError.Security.Unauthorized') return 'authentication failed: check NEO4J_USER / NEO4J_PASSWORD';
  if (error.code === 'Neo.ClientError.Database.DatabaseNotFound') return `database ${JSON.stringify(database)} does not exist (check NEO4J_DATABASE)`;
  return `${error.code}: ${error.message}`;
}

/**
 * Maps a failure to the error callers see. Our own errors and errors raised by caller code (a test
 * hook, a validation) pass through unchanged; only the driver's are translated.
 */
export function translateError(error: unknown, context: { location: string; database: string | undefined; writing: boolean; retryAfterSeconds?: number }): unknown {
  if (isPolicyKgError(error) || !(error instanceof Neo4jError)) return error;
  const reason = describe(error, context.database);
  const unavailable = CONNECTIVITY_CODES.has(error.code) || error.code.startsWith('Neo.ClientError.Security.') || error.code === 'Neo.ClientError.Database.DatabaseNotFound';
  if (unavailable || !context.writing) return errors.storeUnavailable(context.location, reason, error, context.retryAfterSeconds);
  return errors.storeWriteFailed(context.location, new Error(reason, { cause: error }));
}

/** Fails with STORE_UNAVAILABLE when the server does not answer within the connect timeout. */
export async function verifyReachable(driver: Driver, location: string, database: string | undefined, connectMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    const reason = cannotConnect(`no answer within ${connectMs / 1000} s`);
    timer = setTimeout(() => reject(errors.storeUnavailable(location, reason)), connectMs + 1_000);
    timer.unref();
  });
  try {
    await Promise.race([driver.getServerInfo(database ? { database } : {}), timeout]);
  } catch (error) {
    // Wrong credentials or database get their own message; anything else means the server is not there.
    if (error instanceof Neo4jError && (error.code.startsWith('Neo.ClientError.Security.') || error.code === 'Neo.ClientError.Database.DatabaseNotFound')) {
      throw translateError(error, { location, database, writing: false });
    }
    throw isPolicyKgError(error) ? error : errors.storeUnavailable(location, cannotConnect((error as Error).message), error);
  } finally {
    clearTimeout(timer);
  }
}
