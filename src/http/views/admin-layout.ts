import { anyRole, dpoOnly, evidenceReaders, type Role } from '../../access/roles.js';
import { type Html, type HtmlValue, html } from './html.js';

/**
 * The console's frame: top bar (who is signed in, sign-out), navigation, content. Later areas
 * (Requests, Retention, Cookies, Breaches) add one line each to `adminNav`.
 */

export type NavKey =
  | 'dashboard'
  | 'requests'
  | 'policy'
  | 'register'
  | 'audit'
  | 'users'
  | 'account'
  | 'cookies'
  | 'statistics'
  | 'retention'
  | 'restrictions'
  | 'breaches';

export const adminNav: { key: NavKey; label: string; href: string; roles: readonly Role[] }[] = [
  { key: 'dashboard', label: 'Dashboard', href: '/admin', roles: anyRole },
  { key: 'requests', label: 'Requests', href: '/admin/requests', roles: anyRole },
  { key: 'policy', label: 'Policy', href: '/admin/policy', roles: anyRole },
  { key: 'register', label: 'Register', href: '/admin/register', roles: anyRole },
  { key: 'cookies', label: 'Cookies', href: '/admin/cookies', roles: anyRole },
  { key: 'statistics', label: 'Statistics', href: '/admin/statistics', roles: anyRole },
  { key: 'retention', label: 'Retention', href: '/admin/retention', roles: anyRole },
  { key: 'restrictions', label: 'Restrictions', href: '/admin/restrictions', roles: anyRole },
  { key: 'breaches', label: 'Breaches', href: '/admin/breaches', roles: evidenceReaders },
  { key: 'audit', label: 'Audit log', href: '/admin/audit', roles: evidenceReaders },
  { key: 'users', label: 'Users', href: '/admin/users', roles: dpoOnly },
];

/** What every console page needs to know about the request. */
export interface AdminPageContext {
  email: string;
  role: Role;
  /** CSRF token for the forms on the page (sign-out is one). */
  csrf: string;
  /** Name of the organisation whose policy this is. */
  organisation: string;
}

export function csrfField(token: string): Html {
  return html`<input type="hidden" name="_csrf" value="${token}">`;
}

/** A full HTML document for the console. */
export function adminPage(
  ctx: AdminPageContext,
  page: { title: string; active: NavKey | null; body: HtmlValue },
): Html {
  const nav = adminNav.filter((n) => n.roles.includes(ctx.role));
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · Grondslag</title>
<link rel="stylesheet" href="/assets/grondslag.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="topbar">
  <a class="brand" href="/admin">Grondslag <span>· ${ctx.organisation}</span></a>
  <div class="who">
    <a href="/admin/account"${page.active === 'account' ? html` aria-current="page"` : ''}>${ctx.email}</a>
    <span class="badge plain">${ctx.role}</span>
    <form method="post" action="/admin/sign-out">${csrfField(ctx.csrf)}<button class="link" type="submit">Sign out</button></form>
  </div>
</header>
<div class="shell">
  <nav class="sidenav" aria-label="Console">
    <ul>${nav.map(
      (n) =>
        html`<li><a href="${n.href}"${n.key === page.active ? html` aria-current="page"` : ''}>${n.label}</a></li>`,
    )}</ul>
  </nav>
  <main class="content" id="main">
${page.body}
  </main>
</div>
</body>
</html>`;
}

/** A bare page (sign-in, errors): no navigation, nobody signed in. */
export function barePage(page: { title: string; body: HtmlValue; lang?: string }): Html {
  return html`<!doctype html>
<html lang="${page.lang ?? 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · Grondslag</title>
<link rel="stylesheet" href="/assets/grondslag.css">
</head>
<body>
<main class="signin" id="main">
${page.body}
</main>
</body>
</html>`;
}
