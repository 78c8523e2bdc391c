import type { AuditRecord } from '../../audit/entry.js';
import type { AuditVerification } from '../../audit/verify.js';
import type { LintReport } from '../../policy/lint/lint.js';
import type { Register } from '../../policy/register.js';
import type { Policy } from '../../policy/schema.js';
import { type AdminPageContext, adminPage } from './admin-layout.js';
import { findingsTable, lintSummary } from './findings.js';
import { type Html, html } from './html.js';
import { registerSummary, registerView } from './register.js';
import { formatTime } from './time.js';

/** Where the policy comes from and what state it is in. */
function policyFacts(policy: Policy, file: string): Html {
  const en = (t: Record<string, string>) => t.en ?? Object.values(t)[0] ?? '';
  return html`<dl class="facts">
  <dt>Statement</dt><dd>${en(policy.meta.title)} (${policy.meta.languages.join(', ')}), dated ${policy.meta.date}</dd>
  <dt>Controller</dt><dd>${policy.controller.legalName}${policy.controller.tradeName ? ` (${policy.controller.tradeName})` : ''}</dd>
  <dt>File</dt><dd class="mono">${file}</dd>
</dl>`;
}

export function dashboardPage(
  ctx: AdminPageContext,
  v: { policy: Policy; file: string; lint: LintReport; register: Register },
): Html {
  return adminPage(ctx, {
    title: 'Dashboard',
    active: 'dashboard',
    body: html`<h1>Dashboard</h1>
<div class="card">${policyFacts(v.policy, v.file)}</div>
<h2>Policy check</h2>
${lintSummary(v.lint)}
${findingsTable(v.lint)}
<h2>Record of processing</h2>
<p class="muted">${v.register.activities.length} processing activities. <a href="/admin/register">The full register (Art. 30)</a></p>
${registerSummary(v.register)}`,
  });
}

export function policyPage(
  ctx: AdminPageContext,
  v: { policy: Policy; file: string; lint: LintReport },
): Html {
  const p = v.policy;
  const en = (t: Record<string, string>) => t.en ?? Object.values(t)[0] ?? '';
  return adminPage(ctx, {
    title: 'Policy',
    active: 'policy',
    body: html`<h1>Policy</h1>
<div class="card">${policyFacts(p, v.file)}</div>
<p><a href="/" hreflang="${p.meta.languages[0]}">The published statement</a> · ${p.meta.languages.map(
      (l, i) => html`${i > 0 ? ' · ' : ''}<a href="/?lang=${l}" hreflang="${l}">${l}</a>`,
    )}</p>
<h2>Findings</h2>
${lintSummary(v.lint)}
${findingsTable(v.lint)}
<h2>Personal data</h2>
<table>
  <thead><tr><th scope="col">Category</th><th scope="col">Fideslang</th><th scope="col">Kind</th></tr></thead>
  <tbody>${p.categories.map(
    (c) =>
      html`<tr><td>${en(c.label)}</td><td class="mono small">${c.fides}</td><td>${
        c.special
          ? html`<span class="badge error">special (Art. 9)</span>`
          : c.sensitive
            ? html`<span class="badge warning">sensitive</span>`
            : ''
      }</td></tr>`,
  )}</tbody>
</table>
<h2>Retention rules</h2>
<table>
  <thead><tr><th scope="col">Rule</th><th scope="col">Period</th><th scope="col">From</th><th scope="col">Then</th><th scope="col">Ground</th></tr></thead>
  <tbody>${p.retention.map(
    (r) =>
      html`<tr><td>${en(r.label)}</td><td class="mono">${r.period}</td><td>${r.from.replace('_', ' ')}</td><td>${r.action}${
        r.legalHoldExtends ? html` <span class="badge plain">legal hold extends</span>` : ''
      }</td><td>${r.ground === 'unstated' ? html`<span class="badge warning">unstated</span>` : r.ground}</td></tr>`,
  )}</tbody>
</table>`,
  });
}

export function registerPage(ctx: AdminPageContext, v: { register: Register; languages: string[] }): Html {
  return adminPage(ctx, {
    title: 'Register',
    active: 'register',
    body: html`<h1>Record of processing activities</h1>
<p class="muted">Art. 30(1) GDPR, built from the policy dated ${v.register.policyDate}. Language: ${v.languages.map(
      (l, i) =>
        html`${i > 0 ? ' · ' : ''}${
          l === v.register.language
            ? html`<strong aria-current="true">${l}</strong>`
            : html`<a href="/admin/register?lang=${l}" hreflang="${l}">${l}</a>`
        }`,
    )} · As JSON: <a href="/api/register?lang=${v.register.language}">/api/register</a></p>
${registerView(v.register)}`,
  });
}

function verificationNotice(v: AuditVerification): Html {
  if (v.ok) {
    return html`<div class="notice ok" role="status"><strong>Chain intact.</strong> All ${v.entries} entries verified from the first one: none was changed, removed or reordered.</div>`;
  }
  return html`<div class="notice error" role="alert"><strong>Chain broken at entry ${v.firstBad.seq}</strong> (${v.firstBad.reason.replace('_', ' ')}). The log has ${v.entries} entries; everything from entry ${v.firstBad.seq} on cannot be trusted.</div>`;
}

/** `actor` with user ids resolved to e-mail addresses for reading (the log itself holds only ids). */
export function auditPage(
  ctx: AdminPageContext,
  v: {
    verification: AuditVerification;
    entries: AuditRecord[];
    actorNames: Map<string, string>;
    limit: number;
  },
): Html {
  return adminPage(ctx, {
    title: 'Audit log',
    active: 'audit',
    body: html`<h1>Audit log</h1>
${verificationNotice(v.verification)}
<p class="muted">The ${v.limit} most recent entries, newest first. Every entry's hash covers the one before it.</p>
<table>
  <thead><tr><th scope="col">#</th><th scope="col">Time</th><th scope="col">Actor</th><th scope="col">Action</th><th scope="col">Subject</th><th scope="col">Details</th><th scope="col">Hash</th></tr></thead>
  <tbody>${v.entries.map(
    (e) => html`<tr>
    <td class="mono">${e.seq}</td>
    <td class="small">${formatTime(e.at)}</td>
    <td class="small">${v.actorNames.get(e.actor) ?? e.actor}</td>
    <td class="mono small">${e.action}</td>
    <td class="small">${e.subjectType ? html`${e.subjectType}<br><span class="mono muted">${e.subjectId ?? ''}</span>` : ''}</td>
    <td class="mono small">${Object.keys(e.data).length > 0 ? JSON.stringify(e.data) : ''}</td>
    <td class="mono small" title="${e.hash}">${e.hash.slice(0, 12)}…</td>
  </tr>`,
  )}</tbody>
</table>`,
  });
}
