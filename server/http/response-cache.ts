/**
 * Answers to GET requests, kept until the graph changes: keyed by the request URL, valid for one store
 * revision, bounded in total size (least recently used go first). A client holding the ETag gets 304.
 * Concurrent misses for the same answer share one computation, so a cold cache under load computes
 * each answer once instead of once per waiting request.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** An answer as a route computes it. */
export interface ComputedResponse {
  revision: string;
  status: number;
  contentType: string;
  body: string;
  /** Offered as a download under this name (exports). */
  filename?: string;
}

/** Kept encoded: a large answer served many times is then converted to UTF-8 once, not per request. */
export interface CachedResponse extends Omit<ComputedResponse, 'body'> {
  body: Buffer;
  etag: string;
  /** The body gzipped, made on first request that accepts it. */
  gzipped?: { body: Buffer; etag: string };
}

/** Below about one packet, compressing saves nothing worth its time. */
const GZIP_MIN_BYTES = 1400;

/**
 * The gzip variant of a cached answer, compressed once per answer rather than once per request (JSON
 * of a large graph shrinks about tenfold). It has its own ETag: a validator names one representation.
 */
export function gzipVariant(response: CachedResponse): { body: Buffer; etag: string } | null {
  if (response.body.length < GZIP_MIN_BYTES) return null;
  response.gzipped ??= { body: gzipSync(response.body), etag: response.etag.replace(/"$/, '-gz"') };
  return response.gzipped;
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private readonly computing = new Map<string, Promise<CachedResponse>>();
  private bytes = 0;

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  get(key: string, revision: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.revision !== revision) {
      this.delete(key);
      return undefined;
    }
    // Re-insert to mark it most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  getOrCompute(key: string, revision: string, compute: () => Promise<ComputedResponse>): Promise<CachedResponse> {
    const cached = this.get(key, revision);
    if (cached) return Promise.resolve(cached);
    const flight = `${revision} ${key}`;
    let pending = this.computing.get(flight);
    if (!pending) {
      pending = compute()
        .then((response) => this.set(key, response))
        .finally(() => this.computing.delete(flight));
      this.computing.set(flight, pending);
    }
    return pending;
  }

  set(key: string, response: ComputedResponse): CachedResponse {
    const body = Buffer.from(response.body);
    const size = body.length;
    const entry = { ...response, body, etag: `"${createHash('sha1').update(response.revision).update(body).digest('base64url')}"` };
    if (size > this.maxBytes / 4) return entry;
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += size;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
    return entry;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.body.length;
    this.entries.delete(key);
  }
}
