/**
 * The cookie audit's evidence, as one JSON document (`grondslag cookies audit --json`, report.json,
 * the `cookie_audit` table): what a real browser stored and contacted on each pass, how each cookie
 * was classified, and the findings held against the policy.
 *
 * The browser part (audit.ts) produces the `Observed*` records; classification and verdict add the
 * rest without a browser, so that they can be tested and re-run on stored observations.
 */

export type Party = 'first' | 'third';

/** Before any consent, and after accepting the consent banner (when one was found). */
export type PassKind = 'before-consent' | 'after-consent';
export const passKinds: readonly PassKind[] = ['before-consent', 'after-consent'];

/** Our categories. The policy's `preferences` and the Open Cookie Database's Preferences/Security count as functional. */
export const cookieCategories = ['functional', 'analytics', 'marketing', 'unknown'] as const;
export type CookieCategory = (typeof cookieCategories)[number];

/** Who wrote a cookie or storage key. */
export interface Setter {
  /** A `Set-Cookie` response header, a script (document.cookie, cookieStore, Storage.setItem), or not seen. */
  source: 'header' | 'script' | 'unknown';
  /** The response's URL (header) or the script's URL (script); for an inline script, the document's URL. */
  url?: string;
  /** The script was inline in the document at `url`. */
  inline?: boolean;
  /** The party of `url` relative to the audited site. */
  party?: Party;
  /** The document the script ran in, or the response was loaded for (an iframe's URL for a widget). */
  frameUrl?: string;
  /** Script URLs on the call stack, innermost first (evidence for tag managers and loaders). */
  stack?: string[];
}

export interface ObservedCookie {
  pass: PassKind;
  name: string;
  domain: string;
  path: string;
  /** ISO time, or null for a session cookie. */
  expires: string | null;
  /** Seconds from when the cookie was first seen to its expiry; null for a session cookie. */
  lifetimeSeconds: number | null;
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'Strict' | 'Lax' | 'None';
  /** Third party when it belongs to (was set for) a document or response of another site. */
  party: Party;
  /** The page being visited when the cookie first appeared. */
  page: string;
  setBy: Setter;
}

export interface ObservedStorage {
  pass: PassKind;
  area: 'localStorage' | 'sessionStorage';
  /** The origin whose storage holds the key (an iframe's origin for a third-party widget). */
  origin: string;
  key: string;
  party: Party;
  page: string;
  setBy: Setter;
}

export interface ObservedRequest {
  pass: PassKind;
  url: string;
  /** `host[:port]` of the URL. */
  host: string;
  site: string;
  /** Playwright's resource type: document, script, image, xhr, fetch, ping, … */
  type: string;
  method: string;
  page: string;
  /** The document that made the request. */
  frameUrl?: string;
  /** The script whose code started the request, or the document for markup (img, iframe, script tags). */
  initiator?: string;
  /** The response's HTTP status, when one came. */
  status?: number;
}

export interface VisitedPage {
  url: string;
  status?: number;
  error?: string;
}

/** The element clicked to accept the consent banner, as evidence of what "after consent" means. */
export interface ConsentClick {
  frameUrl: string;
  /** `tag#id.class` of the element. */
  element: string;
  text: string;
  matchedBy: 'cmp-id' | 'text';
  /** The CMP selector or the label pattern that matched. */
  rule: string;
}

export interface PassRecord {
  kind: PassKind;
  startedAt: string;
  finishedAt: string;
  pages: VisitedPage[];
  /** Only on the after-consent pass: the banner found and the element clicked. */
  consent?: { found: boolean; clicked?: ConsentClick };
  /** Why the pass did not run (no banner found on the before-consent pass's first page). */
  skipped?: string;
  /** Requests to the audited site itself (counted, not listed). */
  firstPartyRequests: number;
}

/** What a browser saw, before classification and verdict. */
export interface AuditObservation {
  url: string;
  site: string;
  startedAt: string;
  finishedAt: string;
  browser: string;
  passes: PassRecord[];
  cookies: ObservedCookie[];
  storage: ObservedStorage[];
  requests: ObservedRequest[];
}

export interface Classification {
  category: CookieCategory;
  /** What decided it: the policy's declared cookies, the bundled Open Cookie Database, a name heuristic, or nothing. */
  source: 'policy' | 'open-cookie-database' | 'heuristic' | 'none';
  /** The declared name or pattern, the database row's name, or the heuristic that matched. */
  matched?: string;
  /** The provider (policy) or platform (database). */
  provider?: string;
  /** The declared lifetime (policy, ISO 8601 or `session`) or the database's retention text. */
  lifetime?: string;
  /** The policy entry's category as written (it may be `preferences`). */
  declaredCategory?: string;
}

export type RequestCategory = 'analytics' | 'marketing' | 'other';

export interface CookieRecord extends ObservedCookie {
  classification: Classification;
}
export interface StorageRecord extends ObservedStorage {
  classification: Classification;
}
export interface RequestRecord extends ObservedRequest {
  category: RequestCategory;
  /** Why the request counts as analytics or marketing. */
  reason?: string;
}

export type Severity = 'error' | 'warning' | 'info';
export const severities: readonly Severity[] = ['error', 'warning', 'info'];

export interface Finding {
  /** Stable rule id, e.g. `tracking-before-consent`. */
  rule: string;
  severity: Severity;
  pass: PassKind;
  /** The page on which it was seen. */
  page: string;
  subject:
    | { kind: 'cookie'; name: string; domain: string }
    | { kind: 'localStorage' | 'sessionStorage'; name: string; origin: string }
    | { kind: 'request'; url: string; host: string };
  category: CookieCategory | RequestCategory;
  /** Who set the cookie or key, or started the request. */
  setBy?: Setter;
  message: string;
  /** The provisions it is held against, e.g. `Tw art. 11.7a`, `GDPR Art. 13(1)(e)`. */
  articles: string[];
}

export interface CookieAuditReport extends Omit<AuditObservation, 'cookies' | 'storage' | 'requests'> {
  /** The policy the verdict holds the site against. */
  policy: {
    file: string;
    date: string;
    categoriesUsed: string[];
    privacyFriendlyAnalytics: boolean;
    /** How many cookies the policy lists, or `unstated`. */
    declaredCookies: number | 'unstated';
  };
  /** The bundled classification data (data/open-cookie-database.json). */
  database: { name: string; source: string; commit: string; copied: string; rows: number };
  cookies: CookieRecord[];
  storage: StorageRecord[];
  requests: RequestRecord[];
  findings: Finding[];
  summary: {
    error: number;
    warning: number;
    info: number;
    cookies: number;
    storage: number;
    /** Third-party hosts contacted on any pass. */
    thirdParties: string[];
  };
}
