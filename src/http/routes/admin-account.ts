import type { Context, Hono } from 'hono';
import { userActor } from '../../access/context.js';
import { anyRole } from '../../access/roles.js';
import type { SessionPrincipal } from '../../access/sessions.js';
import {
  confirmTotpEnrolment,
  disableTotp,
  pendingTotpEnrolment,
  startTotpEnrolment,
} from '../../access/totp-enrolment.js';
import { changePassword, getUser } from '../../access/users.js';
import { GrondslagError } from '../../errors.js';
import { adminContext, noticeFrom } from '../admin-context.js';
import type { AppEnv } from '../env.js';
import { type FormProblem, formFields, formProblem } from '../form.js';
import { CHANGE_PASSWORD_PATH, requireRole } from '../middleware/require-role.js';
import { accountPage, changePasswordPage, totpEnrolmentPage } from '../views/account.js';

/** The person behind a browser session; API tokens have no account page. */
function sessionOf(c: Context<AppEnv>): SessionPrincipal {
  const p = c.var.principal;
  if (p?.kind !== 'session') {
    throw new GrondslagError('ACCOUNT_NEEDS_SESSION', 'account settings need a signed-in person', {
      kind: 'forbidden',
    });
  }
  return p.session;
}

async function renderAccount(c: Context<AppEnv>, status: 200 | 400 | 409, problem?: FormProblem) {
  const s = sessionOf(c);
  const user = await getUser(c.var.deps.db, s.userId);
  const page = accountPage(await adminContext(c), {
    totpEnabled: user.totpEnabled,
    enrolmentPending: !user.totpEnabled && user.totpSecret !== null,
    notice: noticeFrom(c),
    problem,
  });
  return c.html(page.value, status);
}

/** Your own account: change password, turn two-step sign-in on and off. */
export function accountRoutes(app: Hono<AppEnv>): void {
  const signedIn = requireRole(anyRole);
  // The password form stays open to someone who still has to replace a generated password.
  const evenBeforePasswordChange = requireRole(anyRole, { beforePasswordChange: true });

  app.get('/admin/account', signedIn, (c) => renderAccount(c, 200));

  app.get(CHANGE_PASSWORD_PATH, evenBeforePasswordChange, async (c) => {
    const s = sessionOf(c);
    return c.html(changePasswordPage(await adminContext(c), { required: s.mustChangePassword }).value);
  });

  app.post(CHANGE_PASSWORD_PATH, evenBeforePasswordChange, async (c) => {
    const s = sessionOf(c);
    const form = await formFields(c);
    const { db, clock } = c.var.deps;
    try {
      if ((form.newPassword ?? '') !== (form.confirmPassword ?? '')) {
        throw new GrondslagError('PASSWORD_MISMATCH', 'the two new passwords differ', {
          details: [{ path: 'confirmPassword', message: 'does not match the new password' }],
        });
      }
      await changePassword(
        db,
        s.userId,
        { current: form.currentPassword ?? '', next: form.newPassword ?? '', keepSessionHash: s.tokenHash },
        { actor: userActor(s.userId), now: clock() },
      );
    } catch (e) {
      const problem = formProblem(e);
      const page = changePasswordPage(await adminContext(c), { required: s.mustChangePassword, problem });
      return c.html(page.value, 400);
    }
    return c.redirect('/admin/account?notice=password-changed', 303);
  });

  app.post('/admin/account/totp/setup', signedIn, async (c) => {
    const s = sessionOf(c);
    await startTotpEnrolment(c.var.deps.db, s.userId, {
      actor: userActor(s.userId),
      now: c.var.deps.clock(),
    });
    return c.redirect('/admin/account/totp', 303);
  });

  app.get('/admin/account/totp', signedIn, async (c) => {
    const s = sessionOf(c);
    const enrolment = await pendingTotpEnrolment(c.var.deps.db, s.userId);
    if (!enrolment) return c.redirect('/admin/account', 303);
    return c.html(totpEnrolmentPage(await adminContext(c), { enrolment }).value);
  });

  app.post('/admin/account/totp', signedIn, async (c) => {
    const s = sessionOf(c);
    const { db, clock } = c.var.deps;
    const form = await formFields(c);
    try {
      await confirmTotpEnrolment(db, s.userId, form.code ?? '', { actor: userActor(s.userId), now: clock() });
    } catch (e) {
      const problem = formProblem(e);
      const enrolment = await pendingTotpEnrolment(db, s.userId);
      if (!enrolment) return renderAccount(c, 409, problem);
      return c.html(totpEnrolmentPage(await adminContext(c), { enrolment, problem }).value, 400);
    }
    return c.redirect('/admin/account?notice=totp-on', 303);
  });

  app.post('/admin/account/totp/disable', signedIn, async (c) => {
    const s = sessionOf(c);
    const { db, clock } = c.var.deps;
    const form = await formFields(c);
    try {
      await disableTotp(db, s.userId, form.code ?? '', { actor: userActor(s.userId), now: clock() });
    } catch (e) {
      return renderAccount(c, 400, formProblem(e));
    }
    return c.redirect('/admin/account?notice=totp-off', 303);
  });
}
