import { breachClocks, type Clock, formatRemaining } from '../../breach/clocks.js';
import type { Breach } from '../../breach/incident.js';
import { formatLocal } from '../../breach/local-time.js';
import type { FormProblem } from '../form.js';
import { type AdminPageContext, adminPage, csrfField } from './admin-layout.js';
import { type Html, html } from './html.js';

/**
 * The Breaches pages: the register with its clocks (overdue in red), one breach with a notice
 * preview and a form to record a sent phase, and the form to record a breach.
 */

function clockBadge(k: Clock): Html {
  const kind =
    k.state === 'overdue' || k.state === 'late'
      ? 'error'
      : k.state === 'near'
        ? 'warning'
        : k.state === 'met'
          ? 'ok'
          : 'info';
  const words =
    k.state === 'met'
      ? 'notified in time'
      : k.state === 'late'
        ? 'notified late'
        : k.overdue
          ? `overdue ${formatRemaining(-k.remainingMinutes)}`
          : `${formatRemaining(k.remainingMinutes)} left`;
  return html`<span class="badge ${kind}" data-clock="${k.kind}" data-state="${k.state}">${k.hours} h: ${words}</span>`;
}

const due = (k: Clock) =>
  html`${formatLocal(k.dueAt)} <span class="muted small">(${k.dueAt.toISOString().slice(0, 16).replace('T', ' ')} UTC)</span>`;

export function breachListPage(
  ctx: AdminPageContext,
  v: { breaches: Breach[]; now: Date; canRecord: boolean; notice?: string },
): Html {
  const rows = v.breaches.map((b) => {
    const c = breachClocks(b, v.now);
    return html`<tr class="${c.governing.overdue ? 'overdue' : ''}">
  <td><a class="mono" href="/admin/breaches/${b.id}">${b.id}</a></td>
  <td>${formatLocal(b.awareAt)}</td>
  <td>${b.categories.join(', ') || '—'}</td>
  <td>${b.risk ?? 'not assessed'}</td>
  <td>${c.clocks.map((k) => html`${clockBadge(k)}<br><span class="small">due ${due(k)}</span><br>`)}</td>
</tr>`;
  });
  return adminPage(ctx, {
    title: 'Breaches',
    active: 'breaches',
    body: html`<h1>Breaches</h1>
${v.notice ? html`<div class="notice info" role="status">${v.notice}</div>` : ''}
<p>The register of personal-data breaches (GDPR Art. 33(5)). Clocks run from awareness: 72 hours to notify the Autoriteit Persoonsgegevens, and 24 hours for a telecom provider (EU Reg. 611/2013); the stricter applies.</p>
${v.canRecord ? html`<p><a class="button" href="/admin/breaches/new">Record a breach</a></p>` : ''}
${
  v.breaches.length === 0
    ? html`<p class="muted">No breaches recorded.</p>`
    : html`<table>
  <thead><tr><th>Breach</th><th>Aware</th><th>Data</th><th>Risk</th><th>Clocks</th></tr></thead>
  <tbody>${rows}</tbody>
</table>`
}`,
  });
}

export interface BreachDetailView {
  breach: Breach;
  now: Date;
  preview: { to: 'authority' | 'subjects'; lang: 'nl' | 'en'; text: string; missing: string[] };
  canRecord: boolean;
  notice?: string;
  problem?: FormProblem;
}

export function breachDetailPage(ctx: AdminPageContext, v: BreachDetailView): Html {
  const b = v.breach;
  const c = breachClocks(b, v.now);
  const field = (f: string) => {
    const m = v.problem?.fields[f];
    return m ? html`<p class="field-error">${m}</p>` : '';
  };
  const tab = (to: string, lang: string) =>
    html`<a href="/admin/breaches/${b.id}?to=${to}&amp;lang=${lang}#notice"${v.preview.to === to && v.preview.lang === lang ? html` aria-current="page"` : ''}>${to === 'authority' ? 'Authority' : 'People'} (${lang})</a>`;
  return adminPage(ctx, {
    title: `Breach ${b.id}`,
    active: 'breaches',
    body: html`<h1>Breach <span class="mono">${b.id}</span></h1>
${v.notice ? html`<div class="notice info" role="status">${v.notice}</div>` : ''}
${v.problem ? html`<div class="notice error" role="alert">${v.problem.message}</div>` : ''}
<dl>
  <dt>Occurred</dt><dd>${b.occurredAt ? formatLocal(b.occurredAt) : '—'}</dd>
  <dt>Aware</dt><dd>${formatLocal(b.awareAt)}</dd>
  <dt>What happened</dt><dd>${b.description ?? '—'}</dd>
  <dt>Data</dt><dd>${b.categories.join(', ') || '—'}</dd>
  <dt>People / records</dt><dd>~${b.approxPeople ?? '?'} / ~${b.approxRecords ?? '?'}</dd>
  <dt>Risk</dt><dd>${b.risk ?? 'not assessed'}${b.riskReasons ? html` — ${b.riskReasons}` : ''}</dd>
  <dt>Unintelligible (e.g. encrypted)</dt><dd>${b.unintelligible ? 'yes' : 'no'}</dd>
</dl>
<h2>Clocks</h2>
<table><thead><tr><th>Clock</th><th>Due</th><th>State</th></tr></thead><tbody>
${c.clocks.map((k) => html`<tr class="${k.overdue ? 'overdue' : ''}"><td>${k.kind}${k === c.governing ? ' (governing)' : ''}</td><td>${due(k)}</td><td>${clockBadge(k)}</td></tr>`)}
</tbody></table>
<h2>Notices sent</h2>
${
  b.phases.length === 0
    ? html`<p class="muted">None yet.</p>`
    : html`<table><thead><tr><th>#</th><th>To</th><th>Phase</th><th>Sent</th><th>Delay reasons</th></tr></thead><tbody>
${b.phases.map((p) => html`<tr><td>${p.seq}</td><td>${p.audience}</td><td>${p.phase}</td><td>${formatLocal(p.sentAt)}</td><td>${p.delayReasons ?? '—'}</td></tr>`)}
</tbody></table>`
}
<h2 id="notice">Notice preview</h2>
<p>${tab('authority', 'nl')} · ${tab('authority', 'en')} · ${tab('subjects', 'nl')} · ${tab('subjects', 'en')}</p>
${v.preview.missing.length > 0 ? html`<div class="notice error" role="status">Still to fill in: ${v.preview.missing.join('; ')}</div>` : ''}
<pre class="notice-text">${v.preview.text}</pre>
${
  v.canRecord
    ? html`<h2>Record a sent notice</h2>
<form class="stack" method="post" action="/admin/breaches/${b.id}/notices">${csrfField(ctx.csrf)}
  <input type="hidden" name="to" value="${v.preview.to}"><input type="hidden" name="lang" value="${v.preview.lang}">
  <p>Records the ${v.preview.to === 'authority' ? 'notice to the authority' : 'letter to people'} (${v.preview.lang}) above as sent. The first is the initial notice, later ones follow-ups.</p>
  <div><label for="sent-at">Sent at (Amsterdam time)</label><input id="sent-at" name="sentAt" type="datetime-local" required>${field('sentAt')}</div>
  <div><label for="delay">Reasons for a delay</label><textarea id="delay" name="delayReasons"></textarea>${field('delayReasons')}<p class="hint">Required when the notice to the authority is late (Art. 33(1)).</p></div>
  <button type="submit">Record as sent</button>
</form>`
    : ''
}`,
  });
}

export function breachFormPage(
  ctx: AdminPageContext,
  v: { categories: { id: string; label: string }[]; problem?: FormProblem; draft?: Record<string, string> },
): Html {
  const d = v.draft ?? {};
  const field = (f: string) => {
    const m = v.problem?.fields[f];
    return m ? html`<p class="field-error">${m}</p>` : '';
  };
  const text = (name: string, label: string, hint = '') =>
    html`<div><label for="b-${name}">${label}</label><textarea id="b-${name}" name="${name}">${d[name] ?? ''}</textarea>${field(name)}${hint ? html`<p class="hint">${hint}</p>` : ''}</div>`;
  const chosen = new Set((d.categories ?? '').split(',').filter(Boolean));
  return adminPage(ctx, {
    title: 'Record a breach',
    active: 'breaches',
    body: html`<h1>Record a breach</h1>
${v.problem ? html`<div class="notice error" role="alert">${v.problem.message}</div>` : ''}
<form class="stack" method="post" action="/admin/breaches">${csrfField(ctx.csrf)}
  <div><label for="b-awareAt">Became aware (Amsterdam time)</label><input id="b-awareAt" name="awareAt" type="datetime-local" required value="${d.awareAt ?? ''}">${field('awareAt')}<p class="hint">The clocks start here.</p></div>
  <div><label for="b-occurredAt">Happened (if known)</label><input id="b-occurredAt" name="occurredAt" type="datetime-local" value="${d.occurredAt ?? ''}">${field('occurredAt')}</div>
  ${text('description', 'What happened')}
  <fieldset><legend>Data involved</legend>${v.categories.map(
    (c) =>
      html`<label><input type="checkbox" name="category" value="${c.id}"${chosen.has(c.id) ? html` checked` : ''}> ${c.label}</label> `,
  )}${field('categories')}</fieldset>
  ${text('subjects', 'Categories of people', 'e.g. customers, employees')}
  <div><label for="b-people">Approximate number of people</label><input id="b-people" name="approxPeople" type="number" min="0" value="${d.approxPeople ?? ''}">${field('approxPeople')}</div>
  <div><label for="b-records">Approximate number of records</label><input id="b-records" name="approxRecords" type="number" min="0" value="${d.approxRecords ?? ''}">${field('approxRecords')}</div>
  ${text('consequences', 'Likely consequences')}
  ${text('measures', 'Measures taken or proposed')}
  ${text('contact', 'Contact point', "Empty: the policy's DPO.")}
  <div><label><input type="checkbox" name="unintelligible" value="1"${d.unintelligible ? html` checked` : ''}> The data was unintelligible to others (e.g. encrypted)</label></div>
  <div><label for="b-risk">Risk</label><select id="b-risk" name="risk"><option value="">not assessed yet</option>${(['none', 'risk', 'high'] as const).map((r) => html`<option value="${r}"${d.risk === r ? html` selected` : ''}>${r}</option>`)}</select>${field('risk')}</div>
  ${text('riskReasons', 'Reasons for the risk assessment')}
  <button type="submit">Record</button>
</form>`,
  });
}
