import type { AuditRecord } from '../../audit/entry.js';
import { identityKinds } from '../../datamap/schema.js';
import { holdStatus, type LegalHold } from '../../retention/holds.js';
import type { RetentionPlan } from '../../retention/plan.js';
import type { RetentionRun } from '../../retention/runs.js';
import { ruleOutcomes } from '../../retention/sweep.js';
import type { FormProblem } from '../form.js';
import { type AdminPageContext, adminPage, csrfField } from './admin-layout.js';
import { type Html, html } from './html.js';
import { dueByWeek, retentionChart } from './retention-chart.js';
import { formatTime } from './time.js';

/**
 * The Retention page: what is due now and in the coming weeks (per rule and collection, with a
 * chart), the legal holds with forms to place and release them, and the history of sweeps, each
 * with its evidence on a page of its own.
 */

export interface RetentionView {
  at: Date;
  /** Absent when no data map is configured (`planProblem` says so). */
  plan?: RetentionPlan;
  planProblem?: string;
  holds: LegalHold[];
  runs: RetentionRun[];
  /** Collections a hold may cover (`system.collection`), for the form. */
  holdable: string[];
  /** Only a DPO places and releases holds. */
  canManageHolds: boolean;
  notice?: string;
  problem?: FormProblem;
  draft?: Record<string, string>;
}

const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : '—');
const num = (n: number) => n.toLocaleString('en-US');

function statusBadge(status: string): Html {
  const kind =
    status === 'completed' || status === 'active'
      ? 'ok'
      : status === 'running' || status === 'expired'
        ? 'warning'
        : status === 'failed'
          ? 'error'
          : 'plain';
  return html`<span class="badge ${kind}">${status}</span>`;
}

function planSection(v: RetentionView): Html {
  if (!v.plan) return html`<div class="notice info" role="status">${v.planProblem ?? 'No plan.'}</div>`;
  const plan = v.plan;
  const series = dueByWeek(plan);
  return html`<div class="stats">
  <div class="stat info"><strong>${num(plan.totals.due)}</strong>due now</div>
  <div class="stat"><strong>${num(plan.totals.held)}</strong>kept by legal holds</div>
  <div class="stat"><strong>${num(plan.totals.restricted)}</strong>kept by restrictions</div>
</div>
<table>
  <caption class="skip">Due at ${day(plan.at)} per rule and collection</caption>
  <thead><tr><th scope="col">Rule</th><th scope="col">Collection</th><th scope="col">Action</th><th scope="col">Cut-off</th><th scope="col" class="num">Due</th><th scope="col" class="num">Held</th><th scope="col" class="num">Restricted</th><th scope="col">Oldest due</th></tr></thead>
  <tbody>${plan.rules.map((r) =>
    r.collections.length === 0
      ? html`<tr><th scope="row">${r.label}<br><span class="small muted">${r.period}</span></th><td colspan="7"><span class="badge warning">bound to no collection</span></td></tr>`
      : r.collections.map(
          (c, i) => html`<tr>
  ${i === 0 ? html`<th scope="row" rowspan="${r.collections.length}">${r.label}<br><span class="small muted">${r.period}${r.legalHoldExtends ? ', holds may extend' : ''}</span></th>` : ''}
  <td class="mono small">${c.key}${c.unlinks.filter((u) => u.rows > 0).map((u) => html`<br><span class="muted">unlinks up to ${num(u.rows)} ${u.collection}.${u.field}</span>`)}</td>
  <td>${c.action}</td>
  <td class="small">${day(c.cutoff)}${c.taxFloor ? html` <span class="badge info">tax period</span>` : ''}</td>
  <td class="num">${c.error ? html`<span class="badge error" title="${c.error}">error</span>` : num(c.due)}</td>
  <td class="num">${num(c.held)}</td><td class="num">${num(c.restricted)}</td>
  <td class="small">${day(c.oldest)}</td>
</tr>`,
        ),
  )}</tbody>
</table>
${plan.rules.flatMap((r) => r.collections.filter((c) => c.error).map((c) => html`<p class="field-error">${c.key} could not be counted: ${c.error}</p>`))}
<h2>Becoming due in the coming weeks</h2>
<div class="card">${retentionChart(plan)}</div>
<details><summary>The numbers</summary>
<table>
  <thead><tr><th scope="col">Week of</th>${series.map((s) => html`<th scope="col" class="num">${s.label}</th>`)}</tr></thead>
  <tbody>${plan.weeks.map(
    (w, i) =>
      html`<tr><td>${day(w)}</td>${series.map((s) => html`<td class="num">${num(s.weeks[i] ?? 0)}</td>`)}</tr>`,
  )}</tbody>
</table></details>`;
}

function holdScope(h: LegalHold): string {
  return [
    h.identityKind ? `one person, by ${h.identityKind} (${h.identityFingerprint})` : undefined,
    h.collection ? `${h.system}.${h.collection}` : undefined,
    h.windowFrom || h.windowTo ? `clock ${day(h.windowFrom)} – ${day(h.windowTo)}` : undefined,
  ]
    .filter(Boolean)
    .join('; ');
}

function holdsSection(ctx: AdminPageContext, v: RetentionView): Html {
  const field = (f: string) => {
    const m = v.problem?.fields[f];
    return m ? html`<p class="field-error">${m}</p>` : '';
  };
  const d = v.draft ?? {};
  const rows = v.holds.map((h) => {
    const status = holdStatus(h, v.at);
    return html`<tr>
  <td>${statusBadge(status)}</td>
  <td>${h.reference}<br><span class="small muted">${h.authority}</span></td>
  <td class="small">${h.issuedOn}</td><td class="small">${h.expiresOn ?? 'until released'}</td>
  <td class="small">${holdScope(h)}</td>
  <td>${
    h.releasedAt
      ? html`<span class="small muted">released ${formatTime(h.releasedAt)}: ${h.releaseReason}</span>`
      : v.canManageHolds
        ? html`<form class="inline" method="post" action="/admin/retention/holds/${h.id}/release">${csrfField(ctx.csrf)}
      <label class="skip" for="reason-${h.id}">Why release ${h.reference}</label>
      <input class="reason" id="reason-${h.id}" name="reason" type="text" required placeholder="why">
      <button class="danger" type="submit">Release</button></form>`
        : ''
  }</td>
</tr>`;
  });
  return html`<h2 id="holds">Legal holds</h2>
<p class="hint">A forensic order keeps data past its period — only where the rule allows it (${v.holdable.join(', ') || 'no collection'}): the statement promises the other periods without exception.</p>
${
  v.holds.length === 0
    ? html`<p class="muted">No legal holds.</p>`
    : html`<table>
  <caption class="skip">Legal holds</caption>
  <thead><tr><th scope="col">Status</th><th scope="col">Order</th><th scope="col">Issued</th><th scope="col">Expires</th><th scope="col">Holds</th><th scope="col">Release</th></tr></thead>
  <tbody>${rows}</tbody>
</table>`
}
${
  v.canManageHolds
    ? html`<h3>Place a legal hold</h3>
<form class="stack" method="post" action="/admin/retention/holds">
  ${csrfField(ctx.csrf)}
  <div><label for="hold-reference">Reference of the order</label><input id="hold-reference" name="reference" type="text" required value="${d.reference ?? ''}">${field('reference')}</div>
  <div><label for="hold-authority">Issued by</label><input id="hold-authority" name="authority" type="text" required value="${d.authority ?? ''}">${field('authority')}</div>
  <div><label for="hold-issued">Date of the order</label><input id="hold-issued" name="issuedOn" type="date" required value="${d.issuedOn ?? ''}">${field('issuedOn')}</div>
  <div><label for="hold-expires">Last day it holds</label><input id="hold-expires" name="expiresOn" type="date" value="${d.expiresOn ?? ''}">${field('expiresOn')}<p class="hint">Empty: until released.</p></div>
  <div><label for="hold-kind">Person, identified by</label><select id="hold-kind" name="identityKind"><option value="">— nobody in particular —</option>${identityKinds.map(
    (k) => html`<option value="${k}"${d.identityKind === k ? html` selected` : ''}>${k}</option>`,
  )}</select></div>
  <div><label for="hold-value">Their identifier</label><input id="hold-value" name="identityValue" type="text" autocomplete="off">${field('identity')}${field('identity.value')}<p class="hint">Stored only sealed; never shown again.</p></div>
  <div><label for="hold-collection">Collection</label><select id="hold-collection" name="collection"><option value="">— every collection the person is in —</option>${v.holdable.map(
    (c) => html`<option value="${c}"${d.collection === c ? html` selected` : ''}>${c}</option>`,
  )}</select>${field('collection')}</div>
  <div><label for="hold-from">Clock from (inclusive)</label><input id="hold-from" name="from" type="date" value="${d.from ?? ''}"></div>
  <div><label for="hold-to">Clock until (exclusive)</label><input id="hold-to" name="to" type="date" value="${d.to ?? ''}">${field('window')}</div>
  <div><button type="submit">Place hold</button></div>
</form>`
    : ''
}`;
}

function runsSection(v: RetentionView): Html {
  if (v.runs.length === 0) return html`<h2>Sweeps</h2><p class="muted">No sweep has run yet.</p>`;
  return html`<h2>Sweeps</h2>
<table>
  <caption class="skip">Retention sweeps, newest first</caption>
  <thead><tr><th scope="col">Started</th><th scope="col">As of</th><th scope="col">Status</th><th scope="col" class="num">Deleted</th><th scope="col" class="num">Anonymised</th><th scope="col" class="num">Held</th><th scope="col">Evidence</th></tr></thead>
  <tbody>${v.runs.map((r) => {
    const o = ruleOutcomes(r.steps);
    const sum = (k: 'deleted' | 'anonymised' | 'held') => o.reduce((n, x) => n + x[k], 0);
    return html`<tr>
  <td class="small">${formatTime(r.startedAt)}<br><span class="muted">${r.actor}</span></td>
  <td class="small">${day(r.asOf)}</td>
  <td>${statusBadge(r.status)}${r.resumedCount > 0 ? html` <span class="badge info">resumed</span>` : ''}</td>
  <td class="num">${num(sum('deleted'))}</td><td class="num">${num(sum('anonymised'))}</td><td class="num">${num(sum('held'))}</td>
  <td><a href="/admin/retention/runs/${r.id}">Run ${r.id.slice(0, 8)}</a></td>
</tr>`;
  })}</tbody>
</table>`;
}

export function retentionPage(ctx: AdminPageContext, v: RetentionView): Html {
  return adminPage(ctx, {
    title: 'Retention',
    active: 'retention',
    body: html`<h1>Retention</h1>
${v.notice ? html`<div class="notice ok" role="status">${v.notice}</div>` : ''}
${v.problem ? html`<div class="notice error" role="alert">${v.problem.message}</div>` : ''}
${v.holds
  .filter((h) => holdStatus(h, v.at) === 'expired')
  .map(
    (h) =>
      html`<div class="notice error" role="alert">Legal hold ${h.reference} expired after ${h.expiresOn}: its data is due at the next sweep. Release it, or place a new hold for a renewed order.</div>`,
  )}
<form class="filters" method="get" action="/admin/retention">
  <div><label for="plan-at">Plan as of</label><input id="plan-at" name="at" type="date" value="${day(v.at)}"></div>
  <div><button class="secondary" type="submit">Show</button></div>
</form>
${planSection(v)}
${holdsSection(ctx, v)}
${runsSection(v)}`,
  });
}

export interface RunEvidenceView {
  run: RetentionRun;
  batches: {
    step: number;
    seq: number;
    count: number;
    file: string | null;
    removedFile: boolean;
    recovered: boolean;
    at: Date;
  }[];
  audit: AuditRecord[];
}

/** One sweep: its steps with cut-offs and counts, every committed batch, and its audit entry. */
export function retentionRunPage(ctx: AdminPageContext, v: RunEvidenceView): Html {
  const { run } = v;
  return adminPage(ctx, {
    title: `Retention run ${run.id.slice(0, 8)}`,
    active: 'retention',
    body: html`<p class="small"><a href="/admin/retention">← Retention</a></p>
<h1>Retention run ${run.id.slice(0, 8)}</h1>
<dl class="facts card">
  <dt>Run</dt><dd class="mono">${run.id}</dd>
  <dt>Status</dt><dd>${statusBadge(run.status)}${run.resumedCount > 0 ? html` resumed ${run.resumedCount}× after an interruption` : ''}</dd>
  <dt>Periods counted back from</dt><dd>${day(run.asOf)}</dd>
  <dt>Started, finished</dt><dd>${formatTime(run.startedAt)} – ${run.finishedAt ? formatTime(run.finishedAt) : 'not finished'}</dd>
  <dt>By</dt><dd>${run.actor}</dd>
  <dt>Audit log</dt><dd>${
    v.audit.length === 0
      ? html`<span class="muted">no entry yet</span>`
      : v.audit.map(
          (a) =>
            html`entry ${a.seq} <span class="mono small">${a.action}</span>, hash <span class="mono small">${a.hash.slice(0, 16)}…</span><br>`,
        )
  }</dd>
</dl>
<h2>Collections</h2>
<table>
  <thead><tr><th scope="col">#</th><th scope="col">Rule</th><th scope="col">Collection</th><th scope="col">Action</th><th scope="col">Cut-off</th><th scope="col" class="num">Due at start</th><th scope="col" class="num">Done</th><th scope="col" class="num">Held</th><th scope="col" class="num">Restricted</th><th scope="col">Status</th></tr></thead>
  <tbody>${run.steps.map(
    (s) => html`<tr>
  <td>${s.step + 1}</td><td>${s.rule}</td>
  <td class="mono small">${s.system}.${s.collection}${s.parent ? html`<br><span class="muted">keys into ${s.parent}</span>` : ''}</td>
  <td>${s.action}</td><td class="small">${day(s.cutoff)}${s.taxFloor ? ' (tax period)' : ''}</td>
  <td class="num">${s.action === 'unlink' ? '—' : num(s.dueAtStart ?? 0)}</td><td class="num">${num(s.affected)}${s.filesRemoved > 0 ? html`<br><span class="small muted">${s.filesRemoved} files removed</span>` : ''}</td>
  <td class="num">${num(s.held)}</td><td class="num">${num(s.restricted)}</td>
  <td>${statusBadge(s.status)}${s.error ? html`<p class="field-error">${s.error}</p>` : ''}</td>
</tr>`,
  )}</tbody>
</table>
<h2>Batches</h2>
<p class="hint">Each batch is one short transaction in the store, recorded here as soon as it committed.</p>
<table>
  <thead><tr><th scope="col">Collection</th><th scope="col">Batch</th><th scope="col" class="num">Rows</th><th scope="col">File</th><th scope="col">Recorded</th></tr></thead>
  <tbody>${v.batches.map((b) => {
    const s = run.steps[b.step];
    return html`<tr><td class="mono small">${s ? `${s.system}.${s.collection}` : b.step}</td><td>${b.seq}${b.recovered ? html` <span class="badge info">recovered on resume</span>` : ''}</td>
  <td class="num">${num(b.count)}</td><td class="small mono">${b.file ? `${b.file}${b.removedFile ? ' (removed)' : ''}` : ''}</td><td class="small">${formatTime(b.at)}</td></tr>`;
  })}</tbody>
</table>`,
  });
}
