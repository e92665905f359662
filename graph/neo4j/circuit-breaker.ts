/**
 * Failing fast while the database is away. A stopped server refuses connections, and the driver keeps
 * retrying a transaction for its whole retry time; a frozen one (a stopped JVM, a stalled VM, a dead
 * network path) accepts connections and never answers, so neither the driver nor the server's own
 * transaction timeout ever ends the wait. Every call therefore runs under a watch:
 *
 * - a call still unanswered after `stallMs` makes the breaker probe the server on a connection of the
 *   probe's own (one probe at a time, shared by every waiting call). A live server answers the probe and
 *   the call goes on, however long the work legitimately takes; a probe that fails or times out opens
 *   the circuit and every waiting call fails at once;
 * - a call that fails for want of a connection opens the circuit too;
 * - while the circuit is open, calls fail at once, saying when to try again (`Retry-After`);
 * - once `circuitOpenMs` has passed, the next call probes first (half-open): success closes the
 *   circuit and the call runs, failure keeps it open for another period. Recovery needs no restart.
 * - `limitMs` bounds a call whose own connection died while the server still answers probes.
 */

export interface CircuitTimings {
  stallMs: number;
  probeTimeoutMs: number;
  circuitOpenMs: number;
}

export interface CircuitOptions {
  /** Resolves when the server answers; the breaker bounds it by `probeTimeoutMs`. */
  probe: () => Promise<void>;
  timings: CircuitTimings;
  /** Why a call's failure means the server cannot be reached; null for other failures (a bad query). */
  outageReason: (error: unknown) => string | null;
  /** The error calls fail with while the server is away. */
  unavailable: (reason: string, retryAfterSeconds: number) => Error;
}

/** Fails a waiting call with the reason the circuit opened (or the call ran out of time). */
type Fail = (reason: string, retryAfterSeconds: number) => void;

export class CircuitBreaker {
  /** When the open circuit may next be probed; 0 while closed. */
  private openUntil = 0;
  private openReason = '';
  private probing: Promise<boolean> | null = null;
  private readonly waiting = new Set<Fail>();

  constructor(private readonly options: CircuitOptions) {}

  get isOpen(): boolean {
    return this.openUntil !== 0;
  }

  /**
   * Runs `call` unless the circuit is open, and fails it as soon as the server is found away. `inFlight`
   * is added to the reason when the call was already sent (a write may still be applied).
   */
  async run<T>(call: () => Promise<T>, limitMs: number, inFlight?: string): Promise<T> {
    await this.admit();
    return this.watch(call(), limitMs, inFlight);
  }

  private retryAfterSeconds(): number {
    return Math.max(1, Math.ceil((this.openUntil - Date.now()) / 1000));
  }

  private async admit(): Promise<void> {
    if (!this.isOpen) return;
    if (Date.now() < this.openUntil || !(await this.check())) {
      throw this.options.unavailable(this.openReason, this.retryAfterSeconds());
    }
  }

  /** One probe at a time; its verdict opens or closes the circuit. */
  private check(): Promise<boolean> {
    this.probing ??= this.probeWithin(this.options.timings.probeTimeoutMs).then(
      () => {
        this.probing = null;
        this.openUntil = 0;
        return true;
      },
      (error: unknown) => {
        this.probing = null;
        this.open(`no answer to a probe (${error instanceof Error ? error.message : String(error)})`);
        return false;
      },
    );
    return this.probing;
  }

  private probeWithin(ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`none within ${ms} ms`)), ms);
    });
    return Promise.race([this.options.probe(), timeout]).finally(() => clearTimeout(timer));
  }

  private open(reason: string): void {
    this.openUntil = Date.now() + this.options.timings.circuitOpenMs;
    this.openReason = reason;
    for (const fail of [...this.waiting]) fail(reason, this.retryAfterSeconds());
  }

  private watch<T>(work: Promise<T>, limitMs: number, inFlight: string | undefined): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let stallTimer: NodeJS.Timeout | undefined;
      const settle = (finish: () => void) => {
        if (!this.waiting.delete(fail)) return;
        clearTimeout(stallTimer);
        clearTimeout(limitTimer);
        finish();
      };
      const fail: Fail = (reason, retryAfterSeconds) => settle(() => reject(this.options.unavailable(inFlight ? `${reason}; ${inFlight}` : reason, retryAfterSeconds)));
      const armStall = () => {
        stallTimer = setTimeout(() => void this.check().then((alive) => alive && this.waiting.has(fail) && armStall()), this.options.timings.stallMs);
      };
      const limitTimer = setTimeout(() => fail(`no answer within ${Math.round(limitMs / 1000)} s`, 1), limitMs);
      this.waiting.add(fail);
      armStall();
      work.then(
        (value) => settle(() => resolve(value)),
        (error: unknown) => {
          // The call's own error goes out as it is; the calls still waiting fail with the outage.
          settle(() => reject(error));
          const outage = this.options.outageReason(error);
          if (outage !== null) this.open(outage);
        },
      );
    });
  }
}
