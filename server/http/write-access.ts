/**
 * Who may change the graph, and from where.
 *
 * - Every request must name, in Host, a host this server answers to: a page on attacker.example whose
 *   name was re-pointed at 127.0.0.1 (DNS rebinding) is refused before any route runs.
 * - A write (upload, delete) must also carry `X-Requested-With: policy-kg`. A cross-site <form> or a
 *   `fetch(…, {mode: 'no-cors'})` cannot set that header, and a cross-origin script that does triggers
 *   a CORS preflight this server never grants; an Origin, when sent, must be this server's own.
 * - The credential: with POLICY_KG_WRITE_TOKEN set, `Authorization: Bearer <token>` (compared in
 *   constant time). Without one, writes are allowed only when the server listens on loopback and the
 *   request comes straight from the machine itself — not through a proxy, which would make every
 *   visitor look local.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import os from 'node:os';
import type { Request, RequestHandler } from 'express';
import type { Config } from '../../core/config.ts';
import { errors } from '../../core/errors.ts';

export const WRITE_HEADER = { name: 'X-Requested-With', value: 'policy-kg' } as const;

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];
const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip'];

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.replace(/^::ffff:/, '');
  return plain === '::1' || (isIP(plain) === 4 && plain.startsWith('127.')) || plain === 'localhost';
}

const isWildcard = (host: string) => host === '0.0.0.0' || host === '::' || host === '';

/** Host names (no port) this server answers to: loopback, the address it listens on, the configured ones. */
export function answeringHosts(config: Pick<Config, 'host' | 'allowedHosts'>): Set<string> {
  const hosts = new Set([...LOOPBACK_NAMES, ...config.allowedHosts]);
  if (!isWildcard(config.host)) hosts.add(config.host.toLowerCase());
  else {
    // Listening everywhere: the machine's own name and addresses; public names come from POLICY_KG_ALLOWED_HOSTS.
    hosts.add(os.hostname().toLowerCase());
    for (const addresses of Object.values(os.networkInterfaces())) for (const a of addresses ?? []) hosts.add(a.address.toLowerCase());
  }
  return hosts;
}

/** Host header → host name without port or IPv6 brackets. */
function hostName(host: string): string {
  const bracketed = /^\[([^\]]+)\]/.exec(host);
  return (bracketed ? (bracketed[1] as string) : host.replace(/:\d+$/, '')).toLowerCase();
}

/** Refuses any request whose Host (or, behind a trusted proxy, X-Forwarded-Host) is not ours. */
export function hostCheck(config: Pick<Config, 'host' | 'allowedHosts'>): RequestHandler {
  const hosts = answeringHosts(config);
  return (req, _res, next) => {
    const host = req.host;
    next(host && hosts.has(hostName(host)) ? undefined : errors.forbidden(`this server does not answer to the host ${JSON.stringify(host ?? '')} (add it to POLICY_KG_ALLOWED_HOSTS)`));
  };
}

function sameOrigin(req: Request): boolean {
  const origin = req.get('origin');
  if (origin === undefined) return true;
  try {
    return new URL(origin).host.toLowerCase() === (req.host ?? '').toLowerCase();
  } catch {
    return false; // "null" (a sandboxed frame, a file:// page) or garbage
  }
}

const digest = (value: string) => createHash('sha256').update(value).digest();

function checkCredential(req: Request, config: Pick<Config, 'host' | 'writeToken'>): void {
  if (config.writeToken !== null) {
    const given = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1];
    if (given === undefined) throw errors.unauthorized('missing');
    // Equal-length digests, so the comparison takes as long whatever the token guessed.
    if (!timingSafeEqual(digest(given), digest(config.writeToken))) throw errors.unauthorized('wrong');
    return;
  }
  const proxied = FORWARDING_HEADERS.some((header) => req.headers[header] !== undefined);
  if (!isLoopbackAddress(config.host) || proxied || !isLoopbackAddress(req.socket.remoteAddress) || !isLoopbackAddress(req.ip)) throw errors.writesDisabled();
}

/** The checks every write passes, in the order their refusals are most useful to read. */
export function writeAccess(config: Pick<Config, 'host' | 'writeToken'>): RequestHandler {
  return (req, _res, next) => {
    try {
      if (req.get(WRITE_HEADER.name) !== WRITE_HEADER.value) throw errors.forbidden(`a write must carry the header “${WRITE_HEADER.name}: ${WRITE_HEADER.value}” (a cross-site form or script cannot)`);
      const site = req.get('sec-fetch-site');
      if (site !== undefined && site !== 'same-origin' && site !== 'none') throw errors.forbidden(`a write must come from this site's own pages (Sec-Fetch-Site: ${site})`);
      if (!sameOrigin(req)) throw errors.forbidden(`a write must come from this server's own origin, not ${JSON.stringify(req.get('origin'))}`);
      checkCredential(req, config);
      next();
    } catch (error) {
      next(error);
    }
  };
}

/** Who may write, in words, for the start-up line. */
export function describeWriteAccess(config: Pick<Config, 'host' | 'writeToken'>): string {
  if (config.writeToken !== null) return 'writes need the write token';
  return isLoopbackAddress(config.host) ? 'writes from this machine only' : 'writes off: set POLICY_KG_WRITE_TOKEN';
}
