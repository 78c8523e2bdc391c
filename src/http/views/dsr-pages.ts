import type { AuditRecord } from '../../audit/entry.js';
import { canStillExtend, deadlineState } from '../../dsr/deadline.js';
import { maskIdentity } from '../../dsr/identity.js';
import { denialLetter, type Sender } from '../../dsr/letters.js';
import type { PackageLink } from '../../dsr/package-link.js';
import {
  availableActions,
  type DenialGround,
  type DsrRequest,
  denialGrounds,
  type RequestEvent,
  requestTypeArticle,
  requestTypes,
  type SubjectIdentity,
} from '../../dsr/request.js';
import type { StoredMessage } from '../../dsr/store.js';
import type { FormProblem } from '../form.js';
import { type AdminPageContext, adminPage, csrfField } from './admin-layout.js';
import { type Html, type HtmlValue, html } from './html.js';
import { formatTime } from './time.js';

/** The request queue and request detail pages of the console. */

const statusBadge: Record<DsrRequest['status'], string> = {
  received: 'info',
  awaiting_verification: 'warning',
  verified: 'info',
  in_progress: 'info',
  completed: 'ok',
  denied: 'plain',
  withdrawn: 'plain',
};

function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The due date with its mark: overdue (red), due within 7 days (amber), extended. */
export function dueCell(r: DsrRequest, now: Date): Html {
  const s = deadlineState(r, now);
  const mark =
    s.flag === 'overdue'
      ? html` <span class="badge error" data-deadline="overdue">overdue ${-s.daysLeft - 1 > 0 ? `${-s.daysLeft - 1}d` : ''}</span>`
      : s.flag === 'near'
        ? html` <span class="badge warning" data-deadline="near">${s.daysLeft}d left</span>`
        : '';
  return html`<time datetime="${r.dueAt.toISOString()}">${day(r.dueAt)}</time>${mark}${r.extension ? html` <span class="badge plain">extended</span>` : ''}`;
}

export interface QueueView {
  requests: DsrRequest[];
  now: Date;
  showAll: boolean;
  notice?: string;
}

export function queuePage(ctx: AdminPageContext, v: QueueView): Html {
  const open = v.requests.filter((r) => !r.closedAt);
  const overdue = open.filter((r) => deadlineState(r, v.now).flag === 'overdue').length;
  const near = open.filter((r) => deadlineState(r, v.now).flag === 'near').length;
  const body = html`<h1>Requests</h1>
${v.notice ? html`<div class="notice ok" role="status">${v.notice}</div>` : ''}
<div class="stats">
  <div class="stat"><strong>${open.length}</strong> open</div>
  <div class="stat${overdue > 0 ? ' error' : ''}"><strong>${overdue}</strong> overdue</div>
  <div class="stat"><strong>${near}</strong> due within 7 days</div>
</div>
<p class="small">Sorted by due date (Art. 12(3): the earlier of 28 days and one month from receipt). ${
    v.showAll
      ? html`<a href="/admin/requests">Open only</a>`
      : html`<a href="/admin/requests?all=1">Include closed</a>`
  }</p>
${
  v.requests.length === 0
    ? html`<p class="muted">No requests.</p>`
    : html`<table class="queue">
<thead><tr><th scope="col">Reference</th><th scope="col">Type</th><th scope="col">Status</th><th scope="col">Channel</th><th scope="col">Received</th><th scope="col">Due</th></tr></thead>
<tbody>${v.requests.map(
        (r) => html`<tr data-reference="${r.reference}" data-deadline="${deadlineState(r, v.now).flag}">
  <td><a href="/admin/requests/${r.id}">${r.reference}</a>${r.duplicates > 0 ? html` <span class="badge plain" title="submissions grouped into this request">+${r.duplicates}</span>` : ''}</td>
  <td>${r.type === 'unknown' ? html`<span class="badge warning">unknown</span>` : r.type}</td>
  <td><span class="badge ${statusBadge[r.status]}">${r.status.replace('_', ' ')}</span></td>
  <td>${r.channel}</td>
  <td class="small">${formatTime(r.receivedAt)}</td>
  <td>${dueCell(r, v.now)}</td>
</tr>`,
      )}</tbody></table>`
}`;
  return adminPage(ctx, { title: 'Requests', active: 'requests', body });
}

export interface DetailView {
  request: DsrRequest;
  identity: SubjectIdentity;
  messages: StoredMessage[];
  events: RequestEvent[];
  audit: AuditRecord[];
  packageLinks: PackageLink[];
  idCopy?: { mediaType: string; byteLength: number; receivedAt: Date };
  executionPanel?: Html;
  sender: Sender;
  now: Date;
  mailConfigured: boolean;
  notice?: string;
  problem?: FormProblem;
  actorNames: Map<string, string>;
}

const groundLabels: Record<DenialGround, string> = {
  identity_not_established: 'Identity could not be established (Art. 12(2), 12(6))',
  manifestly_unfounded: 'Manifestly unfounded (Art. 12(5))',
  excessive: 'Excessive, e.g. repetitive (Art. 12(5))',
  legal_exception: 'A legal exception applies (e.g. Art. 17(3), 20(4))',
  other: 'Other',
};

function action(id: string, path: string, ctx: AdminPageContext, inner: HtmlValue, cls = 'stack'): Html {
  return html`<form class="${cls}" method="post" action="/admin/requests/${id}/${path}">${csrfField(ctx.csrf)}${inner}</form>`;
}

function detailsText(r: DsrRequest): Html {
  const d = r.details;
  switch (d.type) {
    case 'portability':
      return d.destination.kind === 'person'
        ? html`To the person`
        : html`Transmit to ${d.destination.organisation} at <code>${d.destination.endpoint}</code>`;
    case 'rectification':
      return d.changes.length === 0
        ? html`<span class="muted">No structured changes; see the messages.</span>`
        : html`<ul>${d.changes.map((c) => html`<li><code>${c.field}</code> → ${c.value}${c.note ? html` <span class="muted">(${c.note})</span>` : ''}</li>`)}</ul>`;
    case 'objection':
      return html`${d.ground === 'direct_marketing' ? 'Direct marketing — absolute, immediate (Art. 21(3))' : 'Processing on legitimate interest — DPO decides (Art. 21(1))'}${
        d.purposes.length ? html`; purposes: ${d.purposes.join(', ')}` : ''
      }${d.decision ? html`<br>Decision: <strong>${d.decision.outcome}</strong> — ${d.decision.reasons}` : ''}`;
    case 'withdraw_consent':
      return html`${d.purposes.length ? d.purposes.join(', ') : 'Every consent-based purpose'}`;
    case 'minor_report':
      return html`Reported by: ${d.reporter}${d.childAge !== undefined ? html`; age ${d.childAge}` : ''}. Ends in erasure once verified.`;
    default:
      return html`<span class="muted">—</span>`;
  }
}

function actorName(actor: string, names: Map<string, string>): string {
  return names.get(actor) ?? actor;
}

export function detailPage(ctx: AdminPageContext, v: DetailView): Html {
  const r = v.request;
  const acts = new Set(availableActions(r));
  const isDpo = ctx.role === 'dpo';
  const canAct = ctx.role !== 'auditor';
  const waiting = r.status === 'received' || r.status === 'awaiting_verification';
  const ident: [string, string | undefined][] = [
    ['E-mail', v.identity.email ? maskIdentity('email', v.identity.email) : undefined],
    ['Phone', v.identity.phone ? maskIdentity('phone', v.identity.phone) : undefined],
    [
      'Customer number',
      v.identity.customerNumber ? maskIdentity('customer_number', v.identity.customerNumber) : undefined,
    ],
  ];
  const preview = denialLetter(r.language, {
    sender: v.sender,
    reference: r.reference,
    type: r.type,
    receivedAt: r.receivedAt,
    ground: 'other',
    reasons: r.language === 'nl' ? '[uw redenen]' : '[your reasons]',
  });
  const noMail = v.mailConfigured
    ? ''
    : html`<p class="notice error">Mail is not configured (mail.smtp): codes, notices, refusals and answers cannot be sent.</p>`;

  const actions = canAct
    ? html`<section class="card actions" aria-labelledby="actions"><h2 id="actions">Actions</h2>
${noMail}
${
  waiting && !r.doubt
    ? action(
        r.id,
        'send-code',
        ctx,
        html`<p class="small">Mail a one-time code to the registered address (the default verification).</p><button class="secondary" type="submit">Send verification code</button>`,
      )
    : ''
}
${
  acts.has('verify')
    ? action(
        r.id,
        'verify',
        ctx,
        html`<label for="verify-note">Mark verified — how was identity established?</label>
<input type="text" id="verify-note" name="note" required placeholder="e.g. signed in to the customer portal">
<button type="submit">Mark verified</button>`,
      )
    : ''
}
${
  acts.has('recordDoubt') && !r.doubt
    ? action(
        r.id,
        'doubt',
        ctx,
        html`<label for="doubt-reason">Record a reasonable doubt about identity (Art. 12(6)) — asks the person for a masked ID copy</label>
<textarea id="doubt-reason" name="reason" rows="2" required></textarea>
<p class="hint">Only where there is a concrete reason. Routinely asking for ID copies is not allowed (AP, DPG Media 2022).</p>
<button class="secondary" type="submit">Record doubt and ask for ID copy</button>`,
      )
    : ''
}
${
  v.idCopy && waiting
    ? action(
        r.id,
        'verify-id-copy',
        ctx,
        html`<p>A masked ID copy was received ${formatTime(v.idCopy.receivedAt)} (${v.idCopy.byteLength} bytes). <a href="/admin/requests/${r.id}/id-copy" target="_blank" rel="noopener">View it</a>.</p>
<label for="idcopy-note">Note (optional)</label><input type="text" id="idcopy-note" name="note">
<p class="hint">Verifying deletes the copy; only the fact, method and date remain.</p>
<button type="submit">Verified with ID copy</button>`,
      )
    : ''
}
${
  acts.has('setType')
    ? action(
        r.id,
        'type',
        ctx,
        html`<label for="set-type">Type</label>
<select id="set-type" name="type">${requestTypes
          .filter((t) => t !== 'unknown')
          .map(
            (t) =>
              html`<option value="${t}"${t === r.type ? html` selected` : ''}>${t} (${requestTypeArticle[t]})</option>`,
          )}</select>
<label for="set-ground">Objection ground (objections only)</label>
<select id="set-ground" name="ground"><option value="direct_marketing">direct marketing</option><option value="legitimate_interest">legitimate interest</option></select>
<button class="secondary" type="submit">Set type</button>`,
        'stack',
      )
    : ''
}
${acts.has('approve') ? action(r.id, 'approve', ctx, html`<button type="submit">Approve — start execution</button>`) : ''}
${
  acts.has('decideObjection')
    ? isDpo
      ? action(
          r.id,
          'objection',
          ctx,
          html`<label for="obj-outcome">Objection on legitimate interest: DPO decision (Art. 21(1))</label>
<select id="obj-outcome" name="outcome"><option value="upheld">Upheld — stop the processing</option><option value="rejected">Rejected — compelling legitimate grounds</option></select>
<label for="obj-reasons">Reasons</label><textarea id="obj-reasons" name="reasons" rows="3" required></textarea>
<button type="submit">Record decision</button>`,
        )
      : html`<p class="notice info">This objection waits for the DPO’s decision.</p>`
    : ''
}
${
  acts.has('extend') && canStillExtend(r, v.now)
    ? action(
        r.id,
        'extend',
        ctx,
        html`<label for="ext-reasons">Extend (Art. 12(3)) — reasons sent to the person</label>
<textarea id="ext-reasons" name="reasons" rows="3" required></textarea>
<label for="ext-months">By</label>
<select id="ext-months" name="months"><option value="2">two months</option><option value="1">one month</option></select>
<p class="hint">Sends the notice now; without it there is no extension. Never past receipt + 3 months.</p>
<button class="secondary" type="submit">Send notice and extend</button>`,
      )
    : ''
}
${
  acts.has('complete')
    ? action(
        r.id,
        'answer',
        ctx,
        html`<label for="answer-message">Send the answer — what was done (and kept, and why)</label>
<textarea id="answer-message" name="message" rows="5" required></textarea>
<p class="hint">${v.packageLinks.length > 0 ? 'A fresh download link to the package is added to the mail.' : 'No package was made for this request.'}</p>
<button type="submit">Send answer and complete</button>`,
      )
    : ''
}
${
  acts.has('deny')
    ? action(
        r.id,
        'deny',
        ctx,
        html`<label for="deny-ground">Refuse (Art. 12(4))</label>
<select id="deny-ground" name="ground">${denialGrounds.map((g) => html`<option value="${g}">${groundLabels[g]}</option>`)}</select>
<label for="deny-reasons">Reasons</label><textarea id="deny-reasons" name="reasons" rows="3" required></textarea>
<details><summary>The letter that will be sent (${r.language})</summary><pre class="letter">${preview.text}</pre></details>
<button class="danger" type="submit">Refuse with reasons</button>`,
      )
    : ''
}
${acts.has('withdraw') ? action(r.id, 'withdraw', ctx, html`<button class="link" type="submit">Record withdrawal by the person</button>`) : ''}
</section>`
    : '';

  const body = html`<p class="small"><a href="/admin/requests">← Requests</a></p>
<h1>${r.reference} <span class="badge ${statusBadge[r.status]}" data-status="${r.status}">${r.status.replace('_', ' ')}</span></h1>
${v.notice ? html`<div class="notice ok" role="status">${v.notice}</div>` : ''}
${v.problem ? html`<div class="notice error" role="alert">${v.problem.message}</div>` : ''}
<div class="grid-2">
<section class="card" aria-labelledby="facts"><h2 id="facts">Request</h2>
<dl class="facts">
  <dt>Type</dt><dd>${r.type} <span class="muted small">${requestTypeArticle[r.type]}</span></dd>
  <dt>Details</dt><dd>${detailsText(r)}</dd>
  <dt>Received</dt><dd>${formatTime(r.receivedAt)} via ${r.channel} (${r.language})</dd>
  <dt>Due</dt><dd>${dueCell(r, v.now)}${r.extension ? html`<br><span class="small muted">first due ${day(r.initialDueAt)}; extended ${formatTime(r.extension.noticeSentAt)}: ${r.extension.reasons}</span>` : ''}</dd>
  ${r.duplicates > 0 ? html`<dt>Grouped</dt><dd>${r.duplicates} further submission(s) of the same person and type</dd>` : ''}
  <dt>Verification</dt><dd>${
    r.verification
      ? html`${r.verification.method.replace('_', ' ')}, ${formatTime(r.verification.verifiedAt)}${r.verification.note ? html` — ${r.verification.note}` : ''}`
      : html`<span class="muted">not yet</span>`
  }${r.doubt ? html`<br><span class="badge warning">doubt</span> ${r.doubt.reason} <span class="small muted">(${formatTime(r.doubt.recordedAt)}, ${actorName(r.doubt.by, v.actorNames)})</span>` : ''}</dd>
  ${r.denial ? html`<dt>Refused</dt><dd>${groundLabels[r.denial.ground]}: ${r.denial.reasons}</dd>` : ''}
  ${r.closedAt ? html`<dt>Closed</dt><dd>${formatTime(r.closedAt)}</dd>` : ''}
</dl></section>
<section class="card" aria-labelledby="identity"><h2 id="identity">Identity</h2>
<dl class="facts">${ident.filter(([, v]) => v).map(([k, val]) => html`<dt>${k}</dt><dd class="mono">${val}</dd>`)}</dl>
<p class="hint">Masked. The values are stored encrypted and used only to send mail and to find the person’s data.</p>
</section>
</div>
${actions}
<section class="card" aria-labelledby="execution"><h2 id="execution">Plan and progress</h2>
${v.executionPanel ?? html`<p class="muted">Not planned yet.</p>`}
${
  v.packageLinks.length > 0
    ? html`<h3>Download links</h3><table><thead><tr><th>File</th><th>Created</th><th>Expires</th><th>Downloads</th></tr></thead><tbody>${v.packageLinks.map(
        (l) =>
          html`<tr><td class="mono small">${l.fileName}</td><td class="small">${formatTime(l.createdAt)}</td><td class="small">${l.revokedAt ? 'revoked' : formatTime(l.expiresAt)}</td><td>${l.downloads}</td></tr>`,
      )}</tbody></table>`
    : ''
}
</section>
<section class="card" aria-labelledby="messages"><h2 id="messages">Messages</h2>
${
  v.messages.length === 0
    ? html`<p class="muted">None.</p>`
    : v.messages.map(
        (m) =>
          html`<details class="message"><summary>${m.direction === 'in' ? '⇠ in' : '⇢ out'} · ${m.purpose} · ${formatTime(m.at)}${m.subject ? html` · ${m.subject}` : ''}</summary><pre class="letter">${m.body}</pre></details>`,
      )
}
</section>
<section class="card" aria-labelledby="events"><h2 id="events">Events</h2>
<table><thead><tr><th>When</th><th>What</th><th>Who</th><th>Facts</th></tr></thead><tbody>${v.events.map(
    (e) =>
      html`<tr><td class="small">${formatTime(e.at)}</td><td>${e.kind.replaceAll('_', ' ')}</td><td class="small">${actorName(e.actor, v.actorNames)}</td><td class="small mono">${e.data && Object.keys(e.data).length ? JSON.stringify(e.data) : ''}</td></tr>`,
  )}</tbody></table>
</section>
<section class="card" aria-labelledby="audit"><h2 id="audit">Audit trail</h2>
<table><thead><tr><th>#</th><th>When</th><th>Action</th><th>Actor</th></tr></thead><tbody>${v.audit.map(
    (a) =>
      html`<tr><td class="mono small">${a.seq}</td><td class="small">${formatTime(a.at)}</td><td class="mono small">${a.action}</td><td class="small">${actorName(a.actor, v.actorNames)}</td></tr>`,
  )}</tbody></table>
<p class="hint">Entries in the hash-chained audit log about this request; verify the whole chain under <a href="/admin/audit">Audit log</a>.</p>
</section>`;
  return adminPage(ctx, { title: r.reference, active: 'requests', body });
}
