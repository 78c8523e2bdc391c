import type { Context } from 'hono';
import type { AppEnv } from './env.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * The client's network address, for sign-in throttling. A reverse proxy on the same machine
 * (loopback) is trusted to name the client in X-Forwarded-For — its last entry is the address the
 * proxy itself saw; from anywhere else the header is ignored, since a client could write anything
 * into it and so escape per-address throttling.
 */
export function clientAddress(c: Context<AppEnv>): string {
  const socket = c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
  if (LOOPBACK.has(socket)) {
    const forwarded = c.req.header('x-forwarded-for');
    const last = forwarded?.split(',').at(-1)?.trim();
    if (last) return last;
  }
  return socket;
}

/** Whether the browser reached us over https (directly or through a proxy that says so). */
export function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}
