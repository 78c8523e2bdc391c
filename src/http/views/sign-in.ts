import { barePage, csrfField } from './admin-layout.js';
import { type Html, html } from './html.js';

function problem(message: string | undefined): Html | '' {
  return message ? html`<div class="notice error" role="alert">${message}</div>` : '';
}

/** Step one: e-mail address and password. */
export function signInPage(v: { csrf: string; next: string; email?: string; error?: string }): Html {
  return barePage({
    title: 'Sign in',
    body: html`<div class="brand-line">Grondslag</div>
<div class="card">
  <h1>Sign in</h1>
  ${problem(v.error)}
  <form class="stack" method="post" action="/admin/sign-in">
    ${csrfField(v.csrf)}
    <input type="hidden" name="next" value="${v.next}">
    <div><label for="email">E-mail address</label>
      <input id="email" name="email" type="email" autocomplete="username" required value="${v.email ?? ''}"${v.email ? '' : html` autofocus`}></div>
    <div><label for="password">Password</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required${v.email ? html` autofocus` : ''}></div>
    <div><button type="submit">Sign in</button></div>
  </form>
</div>
<p class="muted small">Privacy statement: <a href="/">public portal</a></p>`,
  });
}

/** Step two, for people who turned on two-step sign-in. */
export function totpStepPage(v: { csrf: string; next: string; error?: string }): Html {
  return barePage({
    title: 'Authenticator code',
    body: html`<div class="brand-line">Grondslag</div>
<div class="card">
  <h1>Enter your code</h1>
  <p>Open your authenticator app and enter the 6-digit code for Grondslag.</p>
  ${problem(v.error)}
  <form class="stack" method="post" action="/admin/sign-in/code">
    ${csrfField(v.csrf)}
    <input type="hidden" name="next" value="${v.next}">
    <div><label for="code">Code</label>
      <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]{6,7}" maxlength="7" required autofocus></div>
    <div><button type="submit">Continue</button></div>
  </form>
</div>
<p class="small"><a href="/admin/sign-in">Start again</a></p>`,
  });
}
