import type { Config } from '../config.js';
import type { Policy } from '../policy/schema.js';

/**
 * The sites whose pages may report to the statistics endpoint, and the origins each is served from.
 * A site is configured under `stats.sites` (site id → origins); Grondslag's own privacy portal is the
 * site `portal`, served from wherever the server is reached.
 */

export const PORTAL_SITE = 'portal';

export interface StatsSite {
  id: string;
  /** URL origins, e.g. `https://www.cloudaware.nl` (scheme, host, port; no path). */
  origins: string[];
}

/**
 * Whether the portal counts its own visits: only when the policy says the organisation uses
 * analytics, and analytics without privacy impact (the statement must stay true).
 *
 * @example
 *   portalCountsVisits(policy); // true for CloudAware: categoriesUsed has analytics, privacyFriendlyAnalytics
 */
export function portalCountsVisits(policy: Policy): boolean {
  return policy.cookies.privacyFriendlyAnalytics && policy.cookies.categoriesUsed.includes('analytics');
}

/**
 * Every site that may report: the configured ones, and the portal (at `portalOrigins`) when the
 * policy allows it to count. A configured site named `portal` adds its origins to the portal's.
 *
 * @example
 *   statsSites(config, policy, ['https://privacy.cloudaware.nl']);
 */
export function statsSites(config: Config, policy: Policy, portalOrigins: readonly string[]): StatsSite[] {
  const sites = new Map<string, Set<string>>();
  if (portalCountsVisits(policy)) sites.set(PORTAL_SITE, new Set(portalOrigins));
  for (const [id, site] of Object.entries(config.stats?.sites ?? {})) {
    const origins = sites.get(id) ?? new Set<string>();
    for (const o of site.origins) origins.add(new URL(o).origin);
    sites.set(id, origins);
  }
  return [...sites].map(([id, origins]) => ({ id, origins: [...origins] }));
}

/** The site a page at `origin` belongs to, if any. */
export function siteForOrigin(sites: readonly StatsSite[], origin: string): StatsSite | undefined {
  return sites.find((s) => s.origins.includes(origin));
}
