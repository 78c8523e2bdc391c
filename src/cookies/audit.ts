import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type BrowserContext,
  type Cookie,
  chromium,
  type Page,
  type Request,
  type Response,
} from 'playwright-core';
import { GrondslagError } from '../errors.js';
import type { LoadedPolicy } from '../policy/load.js';
import { acceptConsent } from './banner.js';
import { buildReport } from './build-report.js';
import { parseCookieWrite } from './cookie-string.js';
import {
  instrumentationScript,
  RECORD_BINDING,
  scriptUrlsOnStack,
  type WriteReport,
} from './instrumentation.js';
import { followable } from './links.js';
import type {
  AuditObservation,
  ConsentClick,
  CookieAuditReport,
  ObservedCookie,
  ObservedRequest,
  ObservedStorage,
  Party,
  PassKind,
  PassRecord,
  Setter,
  VisitedPage,
} from './report.js';
import { cookieDomainSite, hostOf, siteOf } from './site.js';

/**
 * The cookie audit in a real browser: Debian's Chromium driven by playwright-core, headless, with a
 * fresh profile per pass and Chromium's own background traffic switched off, so that everything it
 * fetches is what the audited pages load. Two passes: before any consent, and after clicking the
 * consent banner's accept control (when there is one). On each pass it visits the start page and up
 * to `maxPages` same-site links breadth-first, and records every cookie with who set it (a
 * `Set-Cookie` header and its response, or a script and its URL), every localStorage and
 * sessionStorage key with its writer, and every request to another site with its initiator.
 */

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Headless, no sandbox (containers), and none of Chromium's own calls home. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface AuditOptions {
  /** Same-site links to follow besides the start page (default 10). */
  maxPages?: number;
  executablePath?: string;
  /** Run the after-consent pass (default true). */
  consent?: boolean;
  /** Network quiet time after load or a click, for scripts that set cookies late (default 500 ms). */
  settleMs?: number;
  /** How long to wait at most for the network to go quiet (default 10 s). */
  idleTimeoutMs?: number;
  navigationTimeoutMs?: number;
  /** The browser's language; Dutch by default, as a Dutch visitor sees the banner. */
  locale?: string;
  clock?: () => Date;
}

/** Requests listed per pass at most; a page that makes more is summarised by the first ones. */
const MAX_REQUESTS_PER_PASS = 2000;

interface CookieEvent {
  name: string;
  /** The cookie's domain as the write sets it: its Domain attribute, else the host it was set for. */
  domain: string;
  deletes: boolean;
  setter: Setter;
}

interface StorageWrite {
  area: 'localStorage' | 'sessionStorage';
  origin: string;
  key: string;
  setter: Setter;
}

interface RawCookie {
  cookie: Cookie;
  page: string;
  seenAt: number;
  event?: CookieEvent;
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** The last item that matches (Array.prototype.findLast is ES2023, above our target). */
function lastWhere<T>(items: readonly T[], match: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (match(items[i] as T)) return items[i];
  return undefined;
}

function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

function wellFormed(value: unknown): WriteReport | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Record<string, unknown>;
  const text = (k: string) => (typeof r[k] === 'string' ? (r[k] as string).slice(0, 8192) : undefined);
  const kind = r.kind;
  if (kind !== 'cookie' && kind !== 'cookie-store' && kind !== 'storage' && kind !== 'request')
    return undefined;
  const area = r.area === 'localStorage' || r.area === 'sessionStorage' ? r.area : undefined;
  return {
    kind,
    text: text('text'),
    name: text('name'),
    domain: text('domain'),
    area,
    key: text('key'),
    url: text('url'),
    stack: text('stack') ?? '',
    href: text('href') ?? '',
    origin: text('origin') ?? '',
  };
}

/** What one pass records while the browser runs; `finish` turns it into report records. */
class PassRecorder {
  private readonly events: CookieEvent[] = [];
  /**
   * The same Set-Cookie headers as Chromium reports them on the page's own DevTools session: a
   * fallback for the rare response whose raw headers Playwright has not delivered (it then answers
   * with the provisional headers, which never hold Set-Cookie).
   */
  private readonly rawEvents: CookieEvent[] = [];
  private readonly cdpRequests = new Map<string, { url: string; documentUrl?: string }>();
  private readonly storageWrites: StorageWrite[] = [];
  private readonly requests: ObservedRequest[] = [];
  private readonly byRequest = new WeakMap<Request, ObservedRequest>();
  /** Request URL → initiator, from Chromium (CDP) and from the instrumentation; the latter wins. */
  private readonly initiators = new Map<string, string>();
  private readonly scriptInitiators = new Map<string, string>();
  private readonly cookies = new Map<string, RawCookie>();
  private readonly storage = new Map<string, Omit<ObservedStorage, 'party'>>();
  private pending: Promise<unknown>[] = [];
  /** Requests started and not yet finished or failed, and when the network last did anything. */
  private readonly inflight = new Set<Request>();
  private lastActivity = Date.now();
  currentPage: string;

  constructor(
    readonly kind: PassKind,
    start: string,
    private readonly clock: () => Date,
  ) {
    this.currentPage = start;
  }

  onWrite(untrusted: unknown): void {
    // The binding is callable by the audited page itself: take only well-formed reports.
    const report = wellFormed(untrusted);
    if (!report) return;
    const stack = scriptUrlsOnStack(report.stack);
    const url = stack[0] ?? report.href;
    const setter: Setter = {
      source: 'script',
      url,
      inline: withoutHash(url) === withoutHash(report.href),
      frameUrl: report.href,
      stack,
    };
    if (report.kind === 'cookie' && report.text !== undefined) {
      const write = parseCookieWrite(report.text, this.clock());
      if (!write) return;
      this.events.push({
        name: write.name,
        domain: write.domain ?? hostnameOf(report.href),
        deletes: write.deletes,
        setter,
      });
    } else if (report.kind === 'cookie-store' && report.name) {
      this.events.push({
        name: report.name,
        domain: (report.domain ?? hostnameOf(report.href)).replace(/^\./, ''),
        deletes: false,
        setter,
      });
    } else if (report.kind === 'storage' && report.key !== undefined && report.area) {
      this.storageWrites.push({ area: report.area, origin: report.origin, key: report.key, setter });
    } else if (report.kind === 'request' && report.url && !this.scriptInitiators.has(report.url)) {
      this.scriptInitiators.set(report.url, url);
    }
  }

  onRequestDone(request: Request): void {
    this.inflight.delete(request);
    this.lastActivity = Date.now();
  }

  /**
   * Waits until no request has been in flight for `quietMs` (scripts that set cookies late, a
   * pixel fired after a click), or `capMs` at most for pages that never go quiet (long polling).
   * Playwright's own "networkidle" cannot serve here: once reached it does not wait again after a click.
   */
  async quiet(quietMs: number, capMs: number): Promise<void> {
    const deadline = Date.now() + capMs;
    while (Date.now() < deadline) {
      if (this.inflight.size === 0 && Date.now() - this.lastActivity >= quietMs) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  onRequest(request: Request): void {
    this.inflight.add(request);
    this.lastActivity = Date.now();
    const url = request.url();
    if (!siteOf(url)) return;
    if (this.requests.length >= MAX_REQUESTS_PER_PASS) return;
    let frameUrl: string | undefined;
    try {
      frameUrl = request.frame().url();
    } catch {
      // Service-worker requests have no frame.
    }
    const record: ObservedRequest = {
      pass: this.kind,
      url,
      host: hostOf(url),
      site: siteOf(url) as string,
      type: request.resourceType(),
      method: request.method(),
      page: this.currentPage,
      frameUrl,
    };
    this.requests.push(record);
    this.byRequest.set(request, record);
  }

  onResponse(response: Response): void {
    const record = this.byRequest.get(response.request());
    if (record) record.status = response.status();
    // A redirect's request is done when its response arrives; the next hop is a request of its own.
    if (response.status() >= 300 && response.status() < 400) this.onRequestDone(response.request());
    const page = this.currentPage;
    this.pending.push(
      response
        .headerValues('set-cookie')
        .then((values) => {
          let frameUrl: string | undefined;
          try {
            // A navigation response becomes its frame's document, but the frame reports its new URL
            // only once the navigation commits — for a fresh iframe it is still "" here.
            frameUrl = response.request().isNavigationRequest()
              ? response.url()
              : response.frame().url() || undefined;
          } catch {}
          for (const value of values.flatMap((v) => v.split('\n'))) {
            const write = parseCookieWrite(value, this.clock());
            if (!write) continue;
            this.events.push({
              name: write.name,
              domain: write.domain ?? hostnameOf(response.url()),
              deletes: write.deletes,
              setter: { source: 'header', url: response.url(), frameUrl: frameUrl ?? page },
            });
          }
        })
        .catch(() => {}),
    );
  }

  onCdpRequest(requestId: string, url: string, documentUrl: string | undefined): void {
    this.cdpRequests.set(requestId, { url, documentUrl });
  }

  onCdpResponseHeaders(requestId: string, headers: Record<string, string>): void {
    const request = this.cdpRequests.get(requestId);
    if (!request) return;
    for (const [name, value] of Object.entries(headers)) {
      if (name.toLowerCase() !== 'set-cookie') continue;
      for (const line of value.split('\n')) {
        const write = parseCookieWrite(line, this.clock());
        if (!write) continue;
        this.rawEvents.push({
          name: write.name,
          domain: write.domain ?? hostnameOf(request.url),
          deletes: write.deletes,
          setter: { source: 'header', url: request.url, frameUrl: request.documentUrl },
        });
      }
    }
  }

  onInitiator(url: string, initiator: string): void {
    if (!this.initiators.has(url)) this.initiators.set(url, initiator);
  }

  /** The latest write of this cookie: the same name for the same domain, else the same name anywhere. */
  private eventFor(cookie: Cookie): CookieEvent | undefined {
    const domain = cookie.domain.replace(/^\./, '').toLowerCase();
    for (const list of [this.events, this.rawEvents]) {
      const writes = list.filter((e) => e.name === cookie.name && !e.deletes);
      const found = lastWhere(writes, (e) => e.domain === domain) ?? writes.at(-1);
      if (found) return found;
    }
    return undefined;
  }

  /** Records what is stored after a page has settled; what is new is attributed to this page. */
  async snapshot(context: BrowserContext, page: Page): Promise<void> {
    // Set-Cookie headers are read asynchronously; wait for those of the responses so far.
    const pending = this.pending;
    this.pending = [];
    await Promise.allSettled(pending);
    const now = this.clock().getTime();
    for (const cookie of await context.cookies()) {
      const key = `${cookie.name}|${cookie.domain}|${cookie.path}`;
      if (this.cookies.has(key)) continue;
      this.cookies.set(key, { cookie, page: this.currentPage, seenAt: now, event: this.eventFor(cookie) });
    }
    for (const frame of page.frames()) {
      const keys = await frame
        .evaluate(() => {
          try {
            return {
              origin: location.origin,
              local: Object.keys(localStorage),
              session: Object.keys(sessionStorage),
            };
          } catch {
            // Sandboxed frames and opaque origins have no storage to read.
            return null;
          }
        })
        .catch(() => null);
      if (!keys || keys.origin === 'null') continue;
      for (const [area, list] of [
        ['localStorage', keys.local],
        ['sessionStorage', keys.session],
      ] as const) {
        for (const key of list) {
          const id = `${area}|${keys.origin}|${key}`;
          if (this.storage.has(id)) continue;
          const write = lastWhere(
            this.storageWrites,
            (w) => w.area === area && w.origin === keys.origin && w.key === key,
          );
          this.storage.set(id, {
            pass: this.kind,
            area,
            origin: keys.origin,
            key,
            page: this.currentPage,
            setBy: write?.setter ?? { source: 'unknown' },
          });
        }
      }
    }
  }

  /** The pass's records, with parties decided against the audited site. */
  finish(site: string): {
    cookies: ObservedCookie[];
    storage: ObservedStorage[];
    requests: ObservedRequest[];
    firstPartyRequests: number;
  } {
    const partyOf = (url: string | undefined): Party | undefined => {
      const s = url ? siteOf(url) : undefined;
      return s === undefined ? undefined : s === site ? 'first' : 'third';
    };
    const cookies = [...this.cookies.values()].map(({ cookie, page, seenAt, event }): ObservedCookie => {
      const setBy: Setter = event
        ? { ...event.setter, party: partyOf(event.setter.url) }
        : { source: 'unknown' };
      // A header belongs to its response's site; a script's write to its document's site. Without
      // either, the cookie's domain decides — except on IP addresses, where the jar ignores ports.
      const owner = event
        ? event.setter.source === 'header'
          ? event.setter.url
          : event.setter.frameUrl
        : undefined;
      const domainSite = cookieDomainSite(cookie.domain);
      const party =
        partyOf(owner) ??
        (domainSite === undefined ? 'first' : domainSite === site.replace(/:\d+$/, '') ? 'first' : 'third');
      return {
        pass: this.kind,
        name: cookie.name,
        domain: cookie.domain,
        path: cookie.path,
        expires: cookie.expires > 0 ? new Date(cookie.expires * 1000).toISOString() : null,
        lifetimeSeconds: cookie.expires > 0 ? Math.round(cookie.expires - seenAt / 1000) : null,
        httpOnly: cookie.httpOnly,
        secure: cookie.secure,
        sameSite: cookie.sameSite,
        party,
        page,
        setBy,
      };
    });
    const storage = [...this.storage.values()].map(
      (s): ObservedStorage => ({
        ...s,
        party: partyOf(s.origin) ?? 'first',
        setBy: s.setBy.source === 'unknown' ? s.setBy : { ...s.setBy, party: partyOf(s.setBy.url) },
      }),
    );
    const requests = this.requests
      .filter((r) => r.site !== site)
      .map((r) => {
        const initiator = this.scriptInitiators.get(r.url) ?? this.initiators.get(r.url);
        return initiator ? { ...r, initiator } : r;
      });
    return { cookies, storage, requests, firstPartyRequests: this.requests.length - requests.length };
  }
}

/** The script (or document) that started a request, from Chromium's own record of it. */
function initiatorUrl(initiator: {
  type: string;
  url?: string;
  stack?: { callFrames: { url: string }[]; parent?: unknown };
}): string | undefined {
  type Stack = { callFrames: { url: string }[]; parent?: Stack };
  for (let s = initiator.stack as Stack | undefined; s; s = s.parent) {
    const frame = s.callFrames.find((f) => /^https?:/.test(f.url));
    if (frame) return frame.url;
  }
  return initiator.url && /^https?:/.test(initiator.url) ? initiator.url : undefined;
}

interface PassResult {
  record: PassRecord;
  recorder: PassRecorder;
  site?: string;
  browser?: string;
}

async function runPass(
  kind: PassKind,
  start: string,
  knownSite: string | undefined,
  options: AuditOptionsResolved,
) {
  const startedAt = options.clock().toISOString();
  const recorder = new PassRecorder(kind, start, options.clock);
  const profile = await mkdtemp(join(tmpdir(), 'grondslag-cookie-audit-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: options.executablePath,
      headless: true,
      args: chromiumArgs,
      locale: options.locale,
      viewport: { width: 1280, height: 900 },
      // A service worker could fetch on the page's behalf where the audit cannot see it.
      serviceWorkers: 'block',
      acceptDownloads: false,
    });
    context.setDefaultNavigationTimeout(options.navigationTimeoutMs);
    await context.exposeBinding(RECORD_BINDING, (_source, report: unknown) => recorder.onWrite(report));
    await context.addInitScript({ content: instrumentationScript });
    context.on('request', (r) => recorder.onRequest(r));
    context.on('response', (r) => recorder.onResponse(r));
    context.on('requestfinished', (r) => recorder.onRequestDone(r));
    context.on('requestfailed', (r) => recorder.onRequestDone(r));
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('dialog', (d) => void d.dismiss().catch(() => {}));
    page.on('popup', (p) => void p.close().catch(() => {}));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (e) => {
      recorder.onCdpRequest(
        e.requestId,
        e.request.url,
        e.type === 'Document' ? e.request.url : e.documentURL,
      );
      const url = initiatorUrl(e.initiator);
      if (url) recorder.onInitiator(e.request.url, url);
    });
    cdp.on('Network.responseReceivedExtraInfo', (e) => recorder.onCdpResponseHeaders(e.requestId, e.headers));
    const browser = (await cdp.send('Browser.getVersion')).product;

    const pages: VisitedPage[] = [];
    const queue = [start];
    const queued = new Set([withoutHash(start)]);
    let site = knownSite;
    let consent: PassRecord['consent'];
    while (queue.length > 0 && pages.length < options.maxPages + 1) {
      const target = queue.shift() as string;
      recorder.currentPage = target;
      let visited: VisitedPage;
      try {
        const response = await page.goto(target, { waitUntil: 'load' });
        await recorder.quiet(options.settleMs, options.idleTimeoutMs);
        visited = { url: page.url(), status: response?.status() };
      } catch (e) {
        visited = { url: target, error: e instanceof Error ? e.message.split('\n')[0] : String(e) };
      }
      pages.push(visited);
      recorder.currentPage = visited.url;
      // The site is the first page's after redirects: example.nl that redirects to example.com audits example.com.
      site ??= siteOf(visited.url);
      if (kind === 'after-consent' && pages.length === 1) {
        const clicked: ConsentClick | undefined = visited.error ? undefined : await acceptConsent(page);
        consent = { found: clicked !== undefined, clicked };
        if (!clicked) {
          return {
            record: {
              kind,
              startedAt,
              finishedAt: options.clock().toISOString(),
              pages,
              consent,
              skipped: 'no consent banner with an accept control was found on the start page',
              firstPartyRequests: 0,
            },
            recorder: new PassRecorder(kind, start, options.clock),
            site,
            browser,
          } satisfies PassResult;
        }
        // Accepting often reloads the page; let that happen and the scripts it unblocks run.
        await page.waitForLoadState('load').catch(() => {});
        await recorder.quiet(options.settleMs, options.idleTimeoutMs);
        recorder.currentPage = page.url();
      }
      await recorder.snapshot(context, page);
      if (visited.error || !site) continue;
      const links = await page
        .$$eval('a[href]', (as) =>
          as.map((a) => ({ href: (a as HTMLAnchorElement).href, text: (a.textContent ?? '').trim() })),
        )
        .catch(() => [] as { href: string; text: string }[]);
      for (const link of links) {
        const next = followable(link.href, page.url(), site, link.text);
        if (next && !queued.has(next)) {
          queued.add(next);
          queue.push(next);
        }
      }
    }
    return {
      record: {
        kind,
        startedAt,
        finishedAt: options.clock().toISOString(),
        pages,
        ...(consent ? { consent } : {}),
        firstPartyRequests: 0,
      },
      recorder,
      site,
      browser,
    } satisfies PassResult;
  } finally {
    await context?.close().catch(() => {});
    await rm(profile, { recursive: true, force: true }).catch(() => {});
  }
}

type AuditOptionsResolved = Required<Omit<AuditOptions, 'clock'>> & { clock: () => Date };

/** Checks the URL to audit: an absolute http(s) URL. */
export function auditUrl(text: string): string {
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    throw new GrondslagError(
      'COOKIES_URL_INVALID',
      `"${text}" is not a URL; give one like https://www.example.nl/`,
    );
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new GrondslagError('COOKIES_URL_INVALID', `"${text}" is not an http(s) URL`);
  }
  return u.href;
}

/**
 * Visits the site in Chromium (two passes) and returns what it saw, without judging it.
 *
 * @example
 *   const seen = await observeSite('https://www.cloudaware.eu/', { maxPages: 5 });
 *   seen.cookies.filter((c) => c.setBy.source === 'header').map((c) => c.name);
 */
export async function observeSite(url: string, options: AuditOptions = {}): Promise<AuditObservation> {
  const start = auditUrl(url);
  const resolved: AuditOptionsResolved = {
    maxPages: options.maxPages ?? 10,
    executablePath: options.executablePath ?? CHROMIUM_PATH,
    consent: options.consent ?? true,
    settleMs: options.settleMs ?? 500,
    idleTimeoutMs: options.idleTimeoutMs ?? 10_000,
    navigationTimeoutMs: options.navigationTimeoutMs ?? 30_000,
    locale: options.locale ?? 'nl-NL',
    clock: options.clock ?? (() => new Date()),
  };
  if (!existsSync(resolved.executablePath)) {
    throw new GrondslagError(
      'COOKIES_BROWSER_MISSING',
      `the cookie audit needs Chromium at ${resolved.executablePath} (Debian: apt-get install chromium)`,
      { kind: 'internal' },
    );
  }
  const startedAt = resolved.clock().toISOString();
  const before = await runPass('before-consent', start, undefined, resolved);
  const site = before.site ?? (siteOf(start) as string);
  const passes: PassResult[] = [before];
  if (resolved.consent) passes.push(await runPass('after-consent', start, site, resolved));
  const observation: AuditObservation = {
    url: start,
    site,
    startedAt,
    finishedAt: resolved.clock().toISOString(),
    browser: before.browser ?? 'Chromium',
    passes: [],
    cookies: [],
    storage: [],
    requests: [],
  };
  for (const pass of passes) {
    const records = pass.recorder.finish(site);
    observation.passes.push({ ...pass.record, firstPartyRequests: records.firstPartyRequests });
    observation.cookies.push(...records.cookies);
    observation.storage.push(...records.storage);
    observation.requests.push(...records.requests);
  }
  return observation;
}

/**
 * The whole audit: observe in Chromium, classify, and hold it against the policy.
 *
 * @example
 *   const report = await auditSite('https://www.cloudaware.eu/', await loadPolicyFile('policy.yaml'));
 *   if (report.summary.error > 0) process.exitCode = 1;
 */
export async function auditSite(
  url: string,
  policy: LoadedPolicy,
  options: AuditOptions = {},
): Promise<CookieAuditReport> {
  return buildReport(await observeSite(url, options), policy);
}
