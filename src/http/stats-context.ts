import type { Context } from 'hono';
import { sitesWithStats } from '../stats/report.js';
import { type StatsSite, statsSites } from '../stats/sites.js';
import { isHttps } from './client-address.js';
import type { AppEnv } from './env.js';
import { contentSecurityPolicy } from './middleware/security-headers.js';

/**
 * The origins the portal is reached at: the one this request came in on (behind a proxy that says
 * https, with https) and the configured public URL's.
 */
export function portalOrigins(c: Context<AppEnv>): string[] {
  const origins = new Set<string>();
  const host = new URL(c.req.url).host;
  origins.add(`${isHttps(c) ? 'https' : 'http'}://${host}`);
  const publicUrl = c.var.deps.config.server.publicUrl;
  if (publicUrl) origins.add(new URL(publicUrl).origin);
  return [...origins];
}

/** The sites that may report statistics on this request (stats/sites.ts), for the ingest and CORS. */
export function requestStatsSites(c: Context<AppEnv>): StatsSite[] {
  return statsSites(c.var.deps.config, c.var.deps.policy.policy, portalOrigins(c));
}

/**
 * The Content Security Policy of a page that runs the statistics tracker: the default one, plus
 * scripts from this origin (/stats/t.js, a file — still no inline script) and requests to it (the
 * event endpoint).
 */
export const trackerPageCsp = `${contentSecurityPolicy}; script-src 'self'; connect-src 'self'`;

/**
 * The sites the dashboard and the API can show: those with statistics (most page views first), then
 * the ones that may report but have none yet.
 */
export async function statsSiteChoices(c: Context<AppEnv>): Promise<string[]> {
  const withData = await sitesWithStats(c.var.deps.db);
  const reporting = requestStatsSites(c).map((s) => s.id);
  return [...new Set([...withData, ...reporting])];
}
