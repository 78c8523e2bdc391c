import type { TotpEnrolment } from '../../access/totp-enrolment.js';
import type { FormProblem } from '../form.js';
import { type AdminPageContext, adminPage, csrfField } from './admin-layout.js';
import { type Html, html } from './html.js';

function notice(text: string | undefined, kind: 'ok' | 'error' = 'ok'): Html | '' {
  return text
    ? html`<div class="notice ${kind}" role="${kind === 'error' ? 'alert' : 'status'}">${text}</div>`
    : '';
}

function fieldError(problem: FormProblem | undefined, field: string): Html | '' {
  const m = problem?.fields[field];
  return m ? html`<p class="field-error" id="${field}-error">${m}</p>` : '';
}

/** The signed-in person's own account: password and two-step sign-in. */
export function accountPage(
  ctx: AdminPageContext,
  v: { totpEnabled: boolean; enrolmentPending: boolean; notice?: string; problem?: FormProblem },
): Html {
  return adminPage(ctx, {
    title: 'Your account',
    active: 'account',
    body: html`<h1>Your account</h1>
${notice(v.notice)}${notice(v.problem?.message, 'error')}
<div class="card">
  <dl class="facts"><dt>E-mail address</dt><dd>${ctx.email}</dd><dt>Role</dt><dd>${ctx.role}</dd></dl>
</div>
<h2>Password</h2>
<p><a href="/admin/account/password">Change your password</a></p>
<h2>Two-step sign-in</h2>
${
  v.totpEnabled
    ? html`<p><span class="badge ok">On</span> You are asked for a code from your authenticator app when you sign in.</p>
<form class="stack" method="post" action="/admin/account/totp/disable">
  ${csrfField(ctx.csrf)}
  <div><label for="code">Current code, to turn it off</label>
    <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="7" required>${fieldError(v.problem, 'code')}</div>
  <div><button class="danger" type="submit">Turn off two-step sign-in</button></div>
</form>`
    : html`<p><span class="badge plain">Off</span> Add a code from an authenticator app to your password, so that a stolen password alone does not open the console.</p>
${v.enrolmentPending ? html`<p><a href="/admin/account/totp">Continue the set-up</a></p>` : ''}
<form method="post" action="/admin/account/totp/setup">${csrfField(ctx.csrf)}<button type="submit">${
        v.enrolmentPending ? 'Start again with a new secret' : 'Set up two-step sign-in'
      }</button></form>`
}`,
  });
}

export function changePasswordPage(
  ctx: AdminPageContext,
  v: { required: boolean; problem?: FormProblem },
): Html {
  return adminPage(ctx, {
    title: 'Change password',
    active: 'account',
    body: html`<h1>Change your password</h1>
${v.required ? html`<div class="notice info" role="status">You signed in with a one-time password. Choose your own password before you continue.</div>` : ''}
${notice(v.problem?.message, 'error')}
<form class="stack" method="post" action="/admin/account/password">
  ${csrfField(ctx.csrf)}
  <input type="text" name="username" autocomplete="username" value="${ctx.email}" hidden>
  <div><label for="currentPassword">Current password</label>
    <input id="currentPassword" name="currentPassword" type="password" autocomplete="current-password" required>${fieldError(v.problem, 'currentPassword')}</div>
  <div><label for="newPassword">New password</label>
    <input id="newPassword" name="newPassword" type="password" autocomplete="new-password" minlength="12" required aria-describedby="newPassword-hint">
    <p class="hint" id="newPassword-hint">At least 12 characters. A few unrelated words make a strong one.</p>${fieldError(v.problem, 'newPassword')}</div>
  <div><label for="confirmPassword">New password again</label>
    <input id="confirmPassword" name="confirmPassword" type="password" autocomplete="new-password" required>${fieldError(v.problem, 'confirmPassword')}</div>
  <div><button type="submit">Change password</button></div>
</form>`,
  });
}

/** Enrolment: the secret to add to an authenticator app, and the code that proves it was added. */
export function totpEnrolmentPage(
  ctx: AdminPageContext,
  v: { enrolment: TotpEnrolment; problem?: FormProblem },
): Html {
  return adminPage(ctx, {
    title: 'Set up two-step sign-in',
    active: 'account',
    body: html`<h1>Set up two-step sign-in</h1>
${notice(v.problem?.message, 'error')}
<ol>
  <li><p>In your authenticator app, add an account with this secret (choose “enter a set-up key”, time-based):</p>
    <p class="secret" aria-label="Secret">${v.enrolment.secret}</p>
    <p class="small">Or, if your app or password manager accepts a link, use this one:</p>
    <p class="secret small" aria-label="otpauth URI">${v.enrolment.uri}</p></li>
  <li><p>Enter the 6-digit code the app now shows:</p>
    <form class="stack" method="post" action="/admin/account/totp">
      ${csrfField(ctx.csrf)}
      <div><label for="code">Code</label>
        <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="7" required>${fieldError(v.problem, 'code')}</div>
      <div><button type="submit">Turn on two-step sign-in</button></div>
    </form></li>
</ol>`,
  });
}
