import type { ApiToken } from '../../access/api-tokens.js';
import { type Role, roles } from '../../access/roles.js';
import type { User } from '../../access/users.js';
import type { FormProblem } from '../form.js';
import { type AdminPageContext, adminPage, csrfField } from './admin-layout.js';
import { type Html, html } from './html.js';
import { formatTime } from './time.js';

/** A secret shown once, right after it was made: a new user's password or a new API token. */
export interface OneTimeSecret {
  what: string;
  secret: string;
}

export interface UsersView {
  users: User[];
  tokens: ApiToken[];
  /** The signed-in DPO's own id, to keep them from locking themselves out by accident. */
  selfId?: string;
  notice?: string;
  problem?: FormProblem;
  created?: OneTimeSecret;
  /** Values to put back into the create-user form after a problem. */
  draft?: { email?: string; role?: string };
}

const roleHelp: Record<Role, string> = {
  dpo: 'everything, including people and tokens',
  operator: 'requests and retention runs',
  auditor: 'reads and exports evidence, changes nothing',
};

function roleSelect(name: string, id: string, selected: string | undefined): Html {
  return html`<select name="${name}" id="${id}">${roles.map(
    (r) => html`<option value="${r}"${r === selected ? html` selected` : ''}>${r}</option>`,
  )}</select>`;
}

function actor(actorId: string, users: Map<string, User>): string {
  const [kind, id] = actorId.split(':');
  if (kind === 'user' && id) return users.get(id)?.email ?? actorId;
  return actorId;
}

function userRow(u: User, ctx: AdminPageContext, self: boolean): Html {
  return html`<tr>
  <td>${u.email}${self ? html` <span class="muted small">(you)</span>` : ''}</td>
  <td>
    <form class="inline" method="post" action="/admin/users/${u.id}/role">${csrfField(ctx.csrf)}
      <label class="skip" for="role-${u.id}">Role of ${u.email}</label>${roleSelect('role', `role-${u.id}`, u.role)}
      <button class="secondary" type="submit">Change</button></form>
  </td>
  <td>${u.totpEnabled ? html`<span class="badge ok">on</span>` : html`<span class="badge plain">off</span>`}</td>
  <td>${
    u.disabled
      ? html`<span class="badge error">disabled</span>`
      : u.mustChangePassword
        ? html`<span class="badge warning">one-time password</span>`
        : html`<span class="badge ok">active</span>`
  }</td>
  <td class="small">${formatTime(u.createdAt)}</td>
  <td>
    <form class="inline" method="post" action="/admin/users/${u.id}/${u.disabled ? 'enable' : 'disable'}">${csrfField(ctx.csrf)}
      <button class="${u.disabled ? 'secondary' : 'danger'}" type="submit">${u.disabled ? 'Enable' : 'Disable'}</button></form>
    <form class="inline" method="post" action="/admin/users/${u.id}/password-reset">${csrfField(ctx.csrf)}
      <button class="secondary" type="submit">Reset password</button></form>
  </td>
</tr>`;
}

function tokenRow(t: ApiToken, ctx: AdminPageContext, users: Map<string, User>): Html {
  return html`<tr>
  <td>${t.name}</td><td>${t.role}</td>
  <td class="small">${formatTime(t.createdAt)}<br><span class="muted">${actor(t.createdBy, users)}</span></td>
  <td class="small">${t.lastUsedAt ? formatTime(t.lastUsedAt) : html`<span class="muted">never</span>`}</td>
  <td>${
    t.revokedAt
      ? html`<span class="badge error">revoked</span> <span class="small muted">${formatTime(t.revokedAt)}</span>`
      : html`<form class="inline" method="post" action="/admin/tokens/${t.id}/revoke">${csrfField(ctx.csrf)}
      <button class="danger" type="submit">Revoke</button></form>`
  }</td>
</tr>`;
}

/** People and API tokens (DPO only). */
export function usersPage(ctx: AdminPageContext, v: UsersView): Html {
  const byId = new Map(v.users.map((u) => [u.id, u]));
  const fieldError = (f: string) => {
    const m = v.problem?.fields[f];
    return m ? html`<p class="field-error">${m}</p>` : '';
  };
  return adminPage(ctx, {
    title: 'Users',
    active: 'users',
    body: html`<h1>Users</h1>
${v.notice ? html`<div class="notice ok" role="status">${v.notice}</div>` : ''}
${v.problem ? html`<div class="notice error" role="alert">${v.problem.message}</div>` : ''}
${
  v.created
    ? html`<div class="notice info" role="status"><p><strong>${v.created.what}</strong></p>
<p class="secret">${v.created.secret}</p>
<p class="small">Copy it now: it is shown only this once and cannot be retrieved later.</p></div>`
    : ''
}
<table>
  <caption class="skip">People who can sign in</caption>
  <thead><tr><th scope="col">E-mail address</th><th scope="col">Role</th><th scope="col">Two-step</th><th scope="col">Status</th><th scope="col">Created</th><th scope="col">Actions</th></tr></thead>
  <tbody>${v.users.map((u) => userRow(u, ctx, u.id === v.selfId))}</tbody>
</table>

<h2>Add a user</h2>
<form class="stack" method="post" action="/admin/users">
  ${csrfField(ctx.csrf)}
  <div><label for="new-email">E-mail address</label>
    <input id="new-email" name="email" type="email" required value="${v.draft?.email ?? ''}">${fieldError('email')}</div>
  <div><label for="new-role">Role</label>${roleSelect('role', 'new-role', v.draft?.role ?? 'operator')}
    <p class="hint">${roles.map((r) => html`<strong>${r}</strong>: ${roleHelp[r]}. `)}</p></div>
  <div><button type="submit">Add user</button></div>
  <p class="hint">A one-time password is generated and shown once; the person chooses their own at first sign-in.</p>
</form>

<h2>API tokens</h2>
<p class="muted">For scripts and CI: <code>Authorization: Bearer gs_…</code>. The API is described at <a href="/api/openapi.json">/api/openapi.json</a>.</p>
${
  v.tokens.length > 0
    ? html`<table>
  <thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Created</th><th scope="col">Last used</th><th scope="col">Status</th></tr></thead>
  <tbody>${v.tokens.map((t) => tokenRow(t, ctx, byId))}</tbody>
</table>`
    : html`<p class="muted">No tokens yet.</p>`
}
<h3>Create a token</h3>
<form class="stack" method="post" action="/admin/tokens">
  ${csrfField(ctx.csrf)}
  <div><label for="token-name">Name</label>
    <input id="token-name" name="name" type="text" required maxlength="100" placeholder="e.g. ci-datamap-check">${fieldError('name')}</div>
  <div><label for="token-role">Role</label>${roleSelect('role', 'token-role', 'auditor')}</div>
  <div><button type="submit">Create token</button></div>
</form>`,
  });
}
