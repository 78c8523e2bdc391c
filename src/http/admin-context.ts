import type { Context } from 'hono';
import { csrfToken } from './csrf.js';
import type { AppEnv } from './env.js';
import type { AdminPageContext } from './views/admin-layout.js';

/** The signed-in person and the page's CSRF token, for the console layout. */
export async function adminContext(c: Context<AppEnv>): Promise<AdminPageContext> {
  const p = c.var.principal;
  const controller = c.var.deps.policy.policy.controller;
  return {
    email: p?.kind === 'session' ? p.session.email : p?.kind === 'token' ? `token ${p.token.name}` : '',
    role: p?.role ?? 'auditor',
    csrf: await csrfToken(c),
    organisation: controller.tradeName ?? controller.legalName,
  };
}

/**
 * Notices shown after a redirect (`?notice=…`). Only these fixed texts can appear, so the query
 * string cannot put words on the page.
 */
export const notices = {
  'password-changed': 'Your password has been changed.',
  'totp-on': 'Two-step sign-in is on. You will be asked for a code when you sign in.',
  'totp-off': 'Two-step sign-in is off.',
  'role-changed': 'The role has been changed.',
  'user-disabled': 'The user has been disabled and signed out.',
  'user-enabled': 'The user has been enabled.',
  'token-revoked': 'The token has been revoked.',
} as const;

export function noticeFrom(c: Context): string | undefined {
  const key = c.req.query('notice');
  return key && key in notices ? notices[key as keyof typeof notices] : undefined;
}
