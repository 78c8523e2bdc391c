import type { LoadedPolicy } from '../policy/load.js';
import { classifyName } from './classify.js';
import { openCookieDatabase } from './ocd.js';
import type {
  AuditObservation,
  CookieAuditReport,
  CookieRecord,
  RequestRecord,
  StorageRecord,
} from './report.js';
import { siteOf } from './site.js';
import { classifyRequest } from './trackers.js';
import { verdict } from './verdict.js';

/**
 * Turns what the browser saw into the report: classifies every cookie and key, classifies
 * third-party requests (also by what their host stored), and adds the verdict. Pure: the same
 * observation and policy give the same report, so stored observations can be judged again.
 *
 * @example
 *   const report = buildReport(await observeSite(url), loadedPolicy);
 *   report.summary.error; // findings that make `grondslag cookies audit` exit 1
 */
export function buildReport(observation: AuditObservation, loaded: LoadedPolicy): CookieAuditReport {
  const policy = loaded.policy;
  const declared = policy.cookies.declared;
  const database = openCookieDatabase();
  const cookies: CookieRecord[] = observation.cookies.map((c) => ({
    ...c,
    classification: classifyName(c.name, { declared, party: c.party, database }),
  }));
  const storage: StorageRecord[] = observation.storage.map((s) => ({
    ...s,
    classification: classifyName(s.key, { declared, party: s.party, database }),
  }));
  // Categories of what each site stored, from the site of whoever set it (a header's response or a
  // script's URL): the host that drops a marketing cookie is an ad server whatever its URLs look like.
  const storedBySite = new Map<string, Set<string>>();
  for (const item of [...cookies, ...storage]) {
    const site = item.setBy.url ? siteOf(item.setBy.url) : undefined;
    if (!site || item.setBy.party !== 'third') continue;
    const set = storedBySite.get(site) ?? new Set<string>();
    set.add(item.classification.category);
    storedBySite.set(site, set);
  }
  const requests: RequestRecord[] = observation.requests.map((r) => ({
    ...r,
    ...classifyRequest(r.url, { cookieCategories: [...(storedBySite.get(r.site) ?? [])] }),
  }));
  const findings = verdict({ cookies, storage, requests }, policy.cookies);
  return {
    url: observation.url,
    site: observation.site,
    startedAt: observation.startedAt,
    finishedAt: observation.finishedAt,
    browser: observation.browser,
    passes: observation.passes,
    policy: {
      file: loaded.source.file,
      date: policy.meta.date,
      categoriesUsed: policy.cookies.categoriesUsed,
      privacyFriendlyAnalytics: policy.cookies.privacyFriendlyAnalytics,
      declaredCookies: declared === 'unstated' ? 'unstated' : declared.length,
    },
    database: {
      name: 'Open Cookie Database',
      source: database.source,
      commit: database.commit,
      copied: database.copied,
      rows: database.entries.length,
    },
    cookies,
    storage,
    requests,
    findings,
    summary: {
      error: findings.filter((f) => f.severity === 'error').length,
      warning: findings.filter((f) => f.severity === 'warning').length,
      info: findings.filter((f) => f.severity === 'info').length,
      cookies: cookies.length,
      storage: storage.length,
      thirdParties: [...new Set(requests.map((r) => r.host))].sort(),
    },
  };
}
