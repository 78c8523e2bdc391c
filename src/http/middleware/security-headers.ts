import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';

/**
 * No script runs on any page we serve: the console and portal are plain HTML forms. The policy
 * therefore allows no script at all, styles and images only from this origin, forms only to this
 * origin, and no framing (clickjacking on the console would be a way to trick a DPO into a click).
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/** Sets the security headers on every response, errors and redirects included. */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    // A route that must differ (the portal runs the statistics tracker; the tracker is loaded by other
    // sites) sets its own header, and keeps it.
    if (!h.has('Content-Security-Policy')) h.set('Content-Security-Policy', contentSecurityPolicy);
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('Referrer-Policy', 'no-referrer');
    // For browsers that predate frame-ancestors.
    h.set('X-Frame-Options', 'DENY');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    if (!h.has('Cross-Origin-Resource-Policy')) h.set('Cross-Origin-Resource-Policy', 'same-origin');
    h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
    const path = c.req.path;
    // Console pages and API answers hold personal data: no shared or disk cache may keep them.
    if (path.startsWith('/admin') || path.startsWith('/api/')) h.set('Cache-Control', 'no-store');
    // Behind a TLS-terminating proxy the request arrives as http; the configured public https URL
    // says the browser is on TLS all the same.
    const publicUrl = c.var.deps?.config.server.publicUrl;
    if (new URL(c.req.url).protocol === 'https:' || publicUrl?.startsWith('https:')) {
      h.set('Strict-Transport-Security', 'max-age=31536000');
    }
  };
}
