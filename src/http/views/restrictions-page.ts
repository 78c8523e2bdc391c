import type { RestrictionEntry } from '../../dsr/restriction-entries.js';
import type { FormProblem } from '../form.js';
import { type AdminPageContext, adminPage, csrfField } from './admin-layout.js';
import { type Html, html } from './html.js';
import { formatTime } from './time.js';

/**
 * The restriction/suppression list in the console: who may not be processed, or mailed, for what,
 * under which article and since when — by request, never by identifier (the list holds keyed
 * hashes). Operators and the DPO lift an entry with reasons; the person is mailed the Art. 18(3)
 * notice first.
 */

export interface RestrictionsView {
  entries: RestrictionEntry[];
  all: boolean;
  canLift: boolean;
  notice?: string;
  problem?: FormProblem;
}

const scopeText: Record<RestrictionEntry['scope'], string> = {
  processing: 'processing restricted (store only)',
  direct_marketing: 'no direct marketing',
  consent: 'consent withdrawn',
};

function row(ctx: AdminPageContext, v: RestrictionsView, e: RestrictionEntry): Html {
  const lift = e.liftedAt
    ? html`<span class="small muted">lifted ${formatTime(e.liftedAt)}: ${e.liftReason ?? ''}</span>`
    : v.canLift
      ? html`<form class="inline" method="post" action="/admin/restrictions/${e.id}/lift">${csrfField(ctx.csrf)}
      <label class="skip" for="lift-${e.id}">Why lift entry ${e.id}</label>
      <input class="reason" id="lift-${e.id}" name="reasons" type="text" required placeholder="why it ends">
      <button class="danger" type="submit">Lift${e.request ? ' and notify' : ''}</button></form>`
      : '';
  return html`<tr>
  <td>${e.id}</td>
  <td>${scopeText[e.scope]}${e.purposes.length > 0 ? html`<br><span class="small muted">for ${e.purposes.join(', ')}</span>` : ''}</td>
  <td class="small">${e.article}</td>
  <td>${e.request ? html`<a href="/admin/requests/${e.request.id}">${e.request.reference}</a>` : html`<span class="muted">—</span>`}</td>
  <td class="small">${formatTime(e.since)}</td>
  <td class="small">${e.identifiers} identifier(s)${e.rows > 0 ? html`, ${e.rows} row(s) by key` : ''}</td>
  <td>${lift}</td>
</tr>`;
}

export function restrictionsPage(ctx: AdminPageContext, v: RestrictionsView): Html {
  return adminPage(ctx, {
    title: 'Restrictions',
    active: 'restrictions',
    body: html`<h1>Restriction list</h1>
${v.notice ? html`<div class="notice ok" role="status">${v.notice}</div>` : ''}
${v.problem ? html`<div class="notice error" role="alert">${v.problem.message}</div>` : ''}
<p class="hint">People who restricted processing (Art. 18), objected to direct marketing (Art. 21(3)) or withdrew consent (Art. 7(3)), and rows kept under restriction after an erasure. Retention skips them; systems ask with <code>POST /api/restrictions/check</code> or <code>grondslag restriction check</code>, and exports pass through <code>grondslag restriction filter</code>.</p>
<p><a href="/admin/restrictions${v.all ? '' : '?all=true'}">${v.all ? 'Active entries only' : 'Include lifted entries'}</a></p>
${
  v.entries.length === 0
    ? html`<p class="muted">${v.all ? 'The list has no entries.' : 'No active entries.'}</p>`
    : html`<table>
  <caption class="skip">Restriction entries</caption>
  <thead><tr><th scope="col">Entry</th><th scope="col">What</th><th scope="col">Article</th><th scope="col">Request</th><th scope="col">Since</th><th scope="col">Lists</th><th scope="col">Lift</th></tr></thead>
  <tbody>${v.entries.map((e) => row(ctx, v, e))}</tbody>
</table>`
}`,
  });
}
