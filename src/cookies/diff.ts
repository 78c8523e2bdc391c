import type { CookieAuditReport, CookieCategory, PassKind } from './report.js';

/**
 * What changed between two audits of the same site: cookies that appeared or disappeared, and third
 * parties contacted for the first time or no longer. A new marketing cookie or a new third party is
 * what a DPO wants to hear about the morning after a release.
 */

export interface CookieChange {
  name: string;
  domain: string;
  category: CookieCategory;
  /** The passes it is (new) or was (gone) seen on. */
  passes: PassKind[];
  setBy?: string;
}

export interface AuditDiff {
  /** Id of the run compared with; null for the first run of a URL. */
  previousRunId: string | null;
  newCookies: CookieChange[];
  goneCookies: CookieChange[];
  newThirdParties: string[];
  goneThirdParties: string[];
  /** Error findings now minus before. */
  errorDelta: number;
}

function cookieIndex(report: CookieAuditReport): Map<string, CookieChange> {
  const index = new Map<string, CookieChange>();
  for (const c of report.cookies) {
    const key = `${c.name}|${c.domain}`;
    const known = index.get(key);
    if (known) {
      if (!known.passes.includes(c.pass)) known.passes.push(c.pass);
      continue;
    }
    index.set(key, {
      name: c.name,
      domain: c.domain,
      category: c.classification.category,
      passes: [c.pass],
      ...(c.setBy.url ? { setBy: c.setBy.url } : {}),
    });
  }
  return index;
}

/**
 * @example
 *   const d = diffAudits(previous, current, previousId);
 *   d.newCookies.map((c) => c.name); // ['_fbp']
 */
export function diffAudits(
  previous: CookieAuditReport | null,
  current: CookieAuditReport,
  previousRunId: string | null = null,
): AuditDiff {
  const now = cookieIndex(current);
  const before = previous ? cookieIndex(previous) : new Map<string, CookieChange>();
  const hostsNow = new Set(current.summary.thirdParties);
  const hostsBefore = new Set(previous?.summary.thirdParties ?? []);
  return {
    previousRunId: previous ? previousRunId : null,
    newCookies: previous ? [...now].filter(([k]) => !before.has(k)).map(([, c]) => c) : [],
    goneCookies: [...before].filter(([k]) => !now.has(k)).map(([, c]) => c),
    newThirdParties: previous ? [...hostsNow].filter((h) => !hostsBefore.has(h)).sort() : [],
    goneThirdParties: [...hostsBefore].filter((h) => !hostsNow.has(h)).sort(),
    errorDelta: previous ? current.summary.error - previous.summary.error : 0,
  };
}
