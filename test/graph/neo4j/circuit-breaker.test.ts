/**
 * The circuit breaker's rules with a probe whose answer each case sets, on real short timers. Cases
 * tell outcomes apart (a late answer versus an early failure), not durations, so a busy machine cannot
 * fail them. The same breaker over a real Neo4j that is frozen and stopped: test/server/neo4j-outage.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../../graph/neo4j/circuit-breaker.ts';

const TIMINGS = { stallMs: 40, probeTimeoutMs: 60, circuitOpenMs: 400 };

class Unavailable extends Error {
  constructor(
    readonly reason: string,
    readonly retryAfterSeconds: number,
  ) {
    super(`unavailable: ${reason}`);
  }
}

/** A server the test switches between answering, refusing and frozen (never answering). */
function server() {
  const state = { mode: 'up' as 'up' | 'down' | 'frozen', probes: 0 };
  const probe = () => {
    state.probes += 1;
    if (state.mode === 'up') return Promise.resolve();
    if (state.mode === 'down') return Promise.reject(new Error('connection refused'));
    return new Promise<void>(() => undefined);
  };
  const breaker = new CircuitBreaker({
    probe,
    timings: TIMINGS,
    outageReason: (error) => (error instanceof Error && error.message === 'connection refused' ? 'cannot connect' : null),
    unavailable: (reason, retryAfterSeconds) => new Unavailable(reason, retryAfterSeconds),
  });
  return { state, breaker };
}

const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));
const never = () => new Promise<never>(() => undefined);

async function outcome<T>(work: Promise<T>): Promise<{ value?: T; error?: Error; ms: number }> {
  const started = Date.now();
  try {
    return { value: await work, ms: Date.now() - started };
  } catch (error) {
    return { error: error as Error, ms: Date.now() - started };
  }
}

describe('CircuitBreaker', () => {
  it('lets a call that answers through without probing', async () => {
    const { state, breaker } = server();
    expect(await breaker.run(async () => 'rows', 1_000)).toBe('rows');
    expect(state.probes).toBe(0);
  });

  it.each([
    { name: 'answers the probe', mode: 'up' as const, expected: 'rows' },
    { name: 'is frozen', mode: 'frozen' as const, expected: undefined },
    { name: 'refuses connections', mode: 'down' as const, expected: undefined },
  ])('when a call stalls and the server $name, the call goes on only if the server answers', async ({ mode, expected }) => {
    const { state, breaker } = server();
    state.mode = mode;
    // Ten times the stall plus the probe's bound: an answer means the breaker let the call go on.
    const result = await outcome(breaker.run(() => after(1_000, 'rows'), 5_000));
    expect(result.value).toBe(expected);
    expect(result.error === undefined).toBe(expected !== undefined);
    if (result.error) expect(result.error).toBeInstanceOf(Unavailable);
    expect(breaker.isOpen).toBe(expected === undefined);
  });

  it('fails every waiting call at once when the probe fails, and later calls without running them', async () => {
    const { state, breaker } = server();
    state.mode = 'frozen';
    const waiting = await Promise.all([outcome(breaker.run(never, 5_000)), outcome(breaker.run(never, 5_000)), outcome(breaker.run(never, 5_000))]);
    expect(waiting.every((w) => w.error instanceof Unavailable)).toBe(true);
    expect(state.probes).toBe(1);
    let ran = false;
    const later = await outcome(breaker.run(async () => (ran = true), 5_000));
    expect(later.error).toBeInstanceOf(Unavailable);
    expect((later.error as Unavailable).retryAfterSeconds).toBe(1);
    expect(ran).toBe(false);
    expect(state.probes).toBe(1);
  });

  it('opens on a call that fails for want of a connection, failing the calls still waiting, but not on any other failure', async () => {
    const { breaker } = server();
    await expect(breaker.run(() => Promise.reject(new Error('syntax error')), 1_000)).rejects.toThrow('syntax error');
    expect(breaker.isOpen).toBe(false);
    const waiting = outcome(breaker.run(never, 5_000));
    await expect(breaker.run(() => Promise.reject(new Error('connection refused')), 1_000)).rejects.toThrow('connection refused');
    expect(breaker.isOpen).toBe(true);
    expect((await waiting).error?.message).toBe('unavailable: cannot connect');
  });

  it('probes again once the open period is over, and closes by itself when the server is back', async () => {
    const { state, breaker } = server();
    state.mode = 'down';
    await outcome(breaker.run(never, 5_000));
    expect(breaker.isOpen).toBe(true);
    await after(TIMINGS.circuitOpenMs + 20, null);
    expect((await outcome(breaker.run(async () => 'rows', 1_000))).error).toBeInstanceOf(Unavailable);
    expect(state.probes).toBe(2);
    state.mode = 'up';
    await after(TIMINGS.circuitOpenMs + 20, null);
    expect(await breaker.run(async () => 'rows', 1_000)).toBe('rows');
    expect(breaker.isOpen).toBe(false);
  });

  it('says when a call it fails had already been sent', async () => {
    const { state, breaker } = server();
    state.mode = 'frozen';
    const sent = await outcome(breaker.run(never, 5_000, 'the write may still be applied'));
    expect(sent.error?.message).toMatch(/^unavailable: no answer to a probe .*; the write may still be applied$/);
    const refused = await outcome(breaker.run(never, 5_000, 'the write may still be applied'));
    expect(refused.error?.message).not.toMatch(/still be applied/);
  });

  it('gives up on a call past its limit even while the server answers probes', async () => {
    const { breaker } = server();
    const result = await outcome(breaker.run(never, 150));
    expect(result.error).toBeInstanceOf(Unavailable);
    expect(result.ms).toBeGreaterThanOrEqual(145);
    expect(breaker.isOpen).toBe(false);
  });
});
