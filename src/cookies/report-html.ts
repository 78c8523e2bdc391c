import { type Html, html, trustedHtml } from '../http/views/html.js';
import { stylesheet } from '../http/views/styles.js';
import { formatTime } from '../http/views/time.js';
import type { CookieAuditReport, CookieRecord, Finding, PassKind, RequestRecord, Setter } from './report.js';

/**
 * The audit as a page a DPO can read and hand to a regulator: the findings first, then the evidence
 * behind them (every cookie and key with who set it, every third party contacted) per pass. All text
 * is escaped; the page has no script at all. `cookieReportBody` is shared with the admin console.
 */

const passLabel: Record<PassKind, string> = {
  'before-consent': 'Before consent',
  'after-consent': 'After accepting the banner',
};

/** A URL short enough for a table cell; the whole URL stays in the title attribute. */
function shortUrl(url: string, max = 70): string {
  return url.length <= max ? url : `${url.slice(0, max - 1)}…`;
}

/**
 * Text with break opportunities after the separators of URLs, so that a long URL wraps inside its
 * table cell instead of widening the page (the console's stylesheet cannot be told to break words).
 */
export function breakable(text: string): Html {
  const parts = text.split(/(?<=[/?&=.,_-])(?=[^/?&=.,_-])/);
  return html`${parts.map((p, i) => html`${i > 0 ? html`<wbr>` : ''}${p}`)}`;
}

function link(url: string): Html {
  return html`<span class="mono small" title="${url}">${breakable(shortUrl(url))}</span>`;
}

function setter(s: Setter | undefined): Html {
  if (!s || s.source === 'unknown' || !s.url) return html`<span class="muted">not seen</span>`;
  const how = s.source === 'header' ? 'Set-Cookie header of' : s.inline ? 'inline script in' : 'script';
  return html`${how} ${link(s.url)}${
    s.party
      ? html` <span class="badge ${s.party === 'third' ? 'warning' : 'plain'}">${s.party} party</span>`
      : ''
  }`;
}

function lifetime(seconds: number | null): string {
  if (seconds === null) return 'session';
  if (seconds < 3600) return `${Math.max(0, Math.round(seconds / 60))} min`;
  if (seconds < 2 * 86400) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86400)} days`;
}

function subject(f: Finding): Html {
  if (f.subject.kind === 'request') return html`request ${link(f.subject.url)}`;
  if (f.subject.kind === 'cookie')
    return html`cookie <strong>${f.subject.name}</strong> <span class="muted small">${f.subject.domain}</span>`;
  return html`${f.subject.kind} <strong>${f.subject.name}</strong> <span class="muted small">${f.subject.origin}</span>`;
}

function findingsTable(findings: Finding[]): Html {
  if (findings.length === 0) {
    return html`<p><span class="badge ok">clean</span> Nothing the browser saw contradicts the policy.</p>`;
  }
  return html`<table>
  <caption class="skip">Findings</caption>
  <thead><tr><th scope="col">Severity</th><th scope="col">Finding</th><th scope="col">Set by</th><th scope="col">Page</th><th scope="col">Provision</th></tr></thead>
  <tbody>${findings.map(
    (f) => html`<tr>
    <td><span class="badge ${f.severity}">${f.severity}</span></td>
    <td>${subject(f)}<br>${breakable(f.message)}<br><span class="small muted mono">${f.rule}</span> <span class="small muted">· ${passLabel[f.pass].toLowerCase()}</span></td>
    <td class="small">${setter(f.setBy)}</td>
    <td>${link(f.page)}</td>
    <td class="small">${f.articles.join('; ')}</td>
  </tr>`,
  )}</tbody>
</table>`;
}

function category(c: CookieRecord | CookieAuditReport['storage'][number]): Html {
  const k = c.classification;
  const tone =
    k.category === 'marketing'
      ? 'error'
      : k.category === 'analytics'
        ? 'warning'
        : k.category === 'unknown'
          ? 'plain'
          : 'ok';
  const source =
    k.source === 'policy'
      ? 'declared in the policy'
      : k.source === 'open-cookie-database'
        ? `Open Cookie Database${k.provider ? `: ${k.provider}` : ''}`
        : k.source === 'heuristic'
          ? `name: ${k.matched}`
          : 'no match';
  return html`<span class="badge ${tone}">${k.category}</span><br><span class="small muted">${source}</span>`;
}

function cookiesTable(cookies: CookieRecord[]): Html {
  if (cookies.length === 0) return html`<p class="muted">No cookies.</p>`;
  return html`<table>
  <thead><tr><th scope="col">Cookie</th><th scope="col">Category</th><th scope="col">Lifetime</th><th scope="col">Set by</th><th scope="col">First seen on</th></tr></thead>
  <tbody>${cookies.map(
    (c) => html`<tr>
    <td><strong>${c.name}</strong><br><span class="small muted">${c.domain}${c.path} · ${c.party} party${c.httpOnly ? ' · HttpOnly' : ''}${c.secure ? ' · Secure' : ''} · SameSite=${c.sameSite}</span></td>
    <td>${category(c)}</td>
    <td class="small">${lifetime(c.lifetimeSeconds)}</td>
    <td class="small">${setter(c.setBy)}</td>
    <td>${link(c.page)}</td>
  </tr>`,
  )}</tbody>
</table>`;
}

function storageTable(storage: CookieAuditReport['storage']): Html {
  if (storage.length === 0) return html`<p class="muted">Nothing in localStorage or sessionStorage.</p>`;
  return html`<table>
  <thead><tr><th scope="col">Key</th><th scope="col">Category</th><th scope="col">Written by</th><th scope="col">First seen on</th></tr></thead>
  <tbody>${storage.map(
    (s) => html`<tr>
    <td><strong>${s.key}</strong><br><span class="small muted">${s.area} · ${s.origin} · ${s.party} party</span></td>
    <td>${category(s)}</td>
    <td class="small">${setter(s.setBy)}</td>
    <td>${link(s.page)}</td>
  </tr>`,
  )}</tbody>
</table>`;
}

/** Third-party requests grouped by URL, with how often and who started them. */
function requestsTable(requests: RequestRecord[]): Html {
  if (requests.length === 0) return html`<p class="muted">No requests to other sites.</p>`;
  const groups = new Map<string, { r: RequestRecord; count: number }>();
  for (const r of requests) {
    const g = groups.get(r.url);
    if (g) g.count++;
    else groups.set(r.url, { r, count: 1 });
  }
  return html`<table>
  <thead><tr><th scope="col">Third party</th><th scope="col">Kind</th><th scope="col">Category</th><th scope="col">Started by</th><th scope="col">Times</th></tr></thead>
  <tbody>${[...groups.values()].map(
    ({ r, count }) => html`<tr>
    <td><strong>${r.host}</strong><br>${link(r.url)}</td>
    <td class="small">${r.type}${r.status ? ` · ${r.status}` : ''}</td>
    <td><span class="badge ${r.category === 'marketing' ? 'error' : r.category === 'analytics' ? 'warning' : 'plain'}">${r.category}</span>${
      r.reason ? html`<br><span class="small muted">${r.reason}</span>` : ''
    }</td>
    <td>${r.initiator ? link(r.initiator) : html`<span class="muted">not known</span>`}</td>
    <td class="small">${count}</td>
  </tr>`,
  )}</tbody>
</table>`;
}

function summary(report: CookieAuditReport): Html {
  const s = report.summary;
  return html`<div class="stats" aria-label="Audit summary">
  <div class="stat error"><strong>${s.error}</strong> error${s.error === 1 ? '' : 's'}</div>
  <div class="stat warning"><strong>${s.warning}</strong> warning${s.warning === 1 ? '' : 's'}</div>
  <div class="stat"><strong>${s.cookies}</strong> cookie${s.cookies === 1 ? '' : 's'}</div>
  <div class="stat"><strong>${s.thirdParties.length}</strong> third part${s.thirdParties.length === 1 ? 'y' : 'ies'}</div>
</div>`;
}

/** The audit's findings and evidence, without the page around it. */
export function cookieReportBody(report: CookieAuditReport, options: { headingLevel?: 1 | 2 } = {}): Html {
  // Inside the console the page has its own h1, so the report's title is left out.
  const nested = options.headingLevel === 2;
  const passes = report.passes.map((p) => {
    const pageTitle = html`<h2>${passLabel[p.kind]}</h2>`;
    if (p.skipped) {
      return html`<section>${pageTitle}<p class="notice info">Not run: ${p.skipped}.</p></section>`;
    }
    const mine = <T extends { pass: PassKind }>(list: T[]) => list.filter((x) => x.pass === p.kind);
    return html`<section>${pageTitle}
<p class="small muted">${p.pages.length} page${p.pages.length === 1 ? '' : 's'} visited: ${p.pages.map(
      (v, i) =>
        html`${i > 0 ? ', ' : ''}${link(v.url)}${v.error ? html` <span class="badge error">${v.error}</span>` : ''}`,
    )}.${
      p.consent?.clicked
        ? html` Consent given by clicking ${p.consent.clicked.element} “${p.consent.clicked.text}” (${p.consent.clicked.matchedBy === 'cmp-id' ? `consent platform selector ${p.consent.clicked.rule}` : p.consent.clicked.rule}).`
        : ''
    } ${p.firstPartyRequests} requests to the site itself.</p>
<h3>Cookies</h3>
${cookiesTable(mine(report.cookies))}
<h3>Browser storage</h3>
${storageTable(mine(report.storage))}
<h3>Requests to third parties</h3>
${requestsTable(mine(report.requests))}
</section>`;
  });
  return html`${nested ? '' : html`<h1>Cookie audit of ${report.url}</h1>`}
<div class="card"><dl class="facts">
  <dt>Site</dt><dd class="mono">${report.site}</dd>
  <dt>Audited</dt><dd>${formatTime(new Date(report.startedAt))} with ${report.browser}</dd>
  <dt>Policy</dt><dd><span class="mono">${report.policy.file}</span>, dated ${report.policy.date}: categories ${report.policy.categoriesUsed.join(', ')}; ${
    report.policy.declaredCookies === 'unstated'
      ? 'no cookie list'
      : `${report.policy.declaredCookies} declared cookies`
  }; ${report.policy.privacyFriendlyAnalytics ? 'claims privacy-friendly analytics' : 'no privacy-friendly analytics claim'}</dd>
  <dt>Classification data</dt><dd>${report.database.name}, ${report.database.rows} rows, copied ${report.database.copied} (commit <span class="mono">${report.database.commit.slice(0, 12)}</span>)</dd>
</dl></div>
${summary(report)}
<h2>Findings</h2>
${findingsTable(report.findings)}
${passes}`;
}

/**
 * A complete, self-contained HTML document (report.html of `--out DIR`).
 *
 * @example
 *   writeFileSync('report.html', cookieReportPage(report).value);
 */
export function cookieReportPage(report: CookieAuditReport): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Cookie audit of ${report.url} · Grondslag</title>
<style>${trustedHtml(stylesheet) /* our own constant: escaping would break its `>` selectors */}
main.report { max-width: 80rem; margin: 0 auto; padding: 1.5rem 2rem 3rem; }
td { overflow-wrap: anywhere; }
</style>
</head>
<body>
<main class="report" id="main">
${cookieReportBody(report)}
<p class="small muted">Generated by Grondslag (grondslag cookies audit). The classification uses the Open Cookie Database (Apache-2.0).</p>
</main>
</body>
</html>`;
}
