import type { AuditDiff } from '../../cookies/diff.js';
import { breakable, cookieReportBody } from '../../cookies/report-html.js';
import type { CookieAuditRun, CookieAuditRunWithReport } from '../../cookies/store.js';
import { type AdminPageContext, adminPage } from './admin-layout.js';
import { type Html, html } from './html.js';
import { formatTime } from './time.js';

/** What changed since the previous run of the same page, as a DPO reads it. */
export function diffView(diff: AuditDiff | null): Html {
  if (!diff) return html`<span class="muted">—</span>`;
  if (diff.previousRunId === null) return html`<span class="muted">first run</span>`;
  const parts: Html[] = [];
  for (const c of diff.newCookies) {
    parts.push(
      html`<li><span class="badge ${c.category === 'marketing' ? 'error' : c.category === 'analytics' ? 'warning' : 'plain'}">new</span> cookie <strong>${c.name}</strong> <span class="small muted">${c.category}, ${c.domain}${c.setBy ? html`, set by ${breakable(c.setBy)}` : ''}</span></li>`,
    );
  }
  for (const c of diff.goneCookies) {
    parts.push(
      html`<li><span class="badge ok">gone</span> cookie <strong>${c.name}</strong> <span class="small muted">${c.category}, ${c.domain}</span></li>`,
    );
  }
  for (const h of diff.newThirdParties) {
    parts.push(html`<li><span class="badge warning">new</span> third party <strong>${h}</strong></li>`);
  }
  for (const h of diff.goneThirdParties) {
    parts.push(html`<li><span class="badge ok">gone</span> third party <strong>${h}</strong></li>`);
  }
  if (parts.length === 0) return html`<span class="muted">no change</span>`;
  return html`<ul class="changes">${parts}</ul>`;
}

function status(run: CookieAuditRun): Html {
  if (run.status === 'failed') return html`<span class="badge error">failed</span>`;
  return run.errors > 0
    ? html`<span class="badge error">${run.errors} error${run.errors === 1 ? '' : 's'}</span>`
    : run.warnings > 0
      ? html`<span class="badge warning">${run.warnings} warning${run.warnings === 1 ? '' : 's'}</span>`
      : html`<span class="badge ok">clean</span>`;
}

export function cookieAuditsPage(
  ctx: AdminPageContext,
  v: { runs: CookieAuditRun[]; configuredUrls: string[]; limit: number },
): Html {
  const latest = v.runs[0];
  return adminPage(ctx, {
    title: 'Cookies',
    active: 'cookies',
    body: html`<h1>Cookie audits</h1>
<p class="muted">Every day the <span class="mono">cookies.audit</span> job visits ${
      v.configuredUrls.length === 0
        ? html`the pages in <span class="mono">cookies.auditUrls</span> of the configuration (none are configured)`
        : html`${v.configuredUrls.map((u, i) => html`${i > 0 ? ', ' : ''}<span class="mono">${u}</span>`)}`
    } in Chromium, before and after accepting the cookie banner, and holds what it finds against the policy (Tw art. 11.7a, GDPR Art. 13). The same audit runs on demand with <span class="mono">grondslag cookies audit URL</span>.</p>
${
  latest
    ? html`<h2>Latest changes</h2>
<div class="card"><p><a href="/admin/cookies/${latest.id}">${latest.url}</a>, ${formatTime(latest.startedAt)}: ${status(latest)}</p>${diffView(latest.diff)}</div>`
    : ''
}
<h2>Runs</h2>
${
  v.runs.length === 0
    ? html`<p class="muted">No audit has run yet.</p>`
    : html`<table>
  <caption class="skip">Cookie audit runs, newest first</caption>
  <thead><tr><th scope="col">Started</th><th scope="col">Page</th><th scope="col">Result</th><th scope="col">Cookies</th><th scope="col">Third parties</th><th scope="col">Changes since the run before</th></tr></thead>
  <tbody>${v.runs.map(
    (r) => html`<tr>
    <td><a href="/admin/cookies/${r.id}">${formatTime(r.startedAt)}</a></td>
    <td class="mono small">${breakable(r.url)}</td>
    <td>${status(r)}${r.error ? html`<br><span class="small muted">${r.error}</span>` : ''}</td>
    <td>${r.status === 'completed' ? r.cookies : '—'}</td>
    <td>${r.status === 'completed' ? r.thirdParties : '—'}</td>
    <td class="small">${diffView(r.diff)}</td>
  </tr>`,
  )}</tbody>
</table>
${v.runs.length === v.limit ? html`<p class="small muted">The latest ${v.limit} runs.</p>` : ''}`
}`,
  });
}

export function cookieRunPage(ctx: AdminPageContext, run: CookieAuditRunWithReport): Html {
  return adminPage(ctx, {
    title: `Cookie audit ${formatTime(run.startedAt)}`,
    active: 'cookies',
    body: html`<p class="small"><a href="/admin/cookies">← All cookie audits</a></p>
<h1>Cookie audit of ${breakable(run.url)}</h1>
<p>${formatTime(run.startedAt)} · ${status(run)}</p>
<h2>Changes since the run before</h2>
<div class="card">${diffView(run.diff)}</div>
${
  run.report
    ? cookieReportBody(run.report, { headingLevel: 2 })
    : html`<div class="notice error" role="alert">The audit failed: ${run.error ?? 'no reason recorded'}</div>`
}`,
  });
}
