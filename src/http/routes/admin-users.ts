import type { Context, Hono } from 'hono';
import { createApiToken, listApiTokens, revokeApiToken } from '../../access/api-tokens.js';
import type { ActionContext } from '../../access/context.js';
import { dpoOnly, isRole } from '../../access/roles.js';
import {
  changeRole,
  createUser,
  getUser,
  listUsers,
  resetPassword,
  setUserDisabled,
} from '../../access/users.js';
import { GrondslagError } from '../../errors.js';
import { adminContext, noticeFrom, type notices } from '../admin-context.js';
import type { AppEnv } from '../env.js';
import { type FormProblem, formFields, formProblem } from '../form.js';
import { requireRole } from '../middleware/require-role.js';
import { type UsersView, usersPage } from '../views/users.js';

function action(c: Context<AppEnv>): ActionContext {
  return { actor: c.var.principal?.actor ?? 'anonymous', now: c.var.deps.clock() };
}

function roleFrom(form: Record<string, string>) {
  const role = form.role;
  if (!isRole(role)) {
    throw new GrondslagError('ROLE_UNKNOWN', `unknown role "${role ?? ''}"`, {
      details: [{ path: 'role', message: 'dpo, operator or auditor' }],
    });
  }
  return role;
}

async function render(
  c: Context<AppEnv>,
  status: 200 | 201 | 400 | 404 | 409,
  view: Partial<UsersView> = {},
) {
  const db = c.var.deps.db;
  const p = c.var.principal;
  const page = usersPage(await adminContext(c), {
    users: await listUsers(db),
    tokens: await listApiTokens(db),
    selfId: p?.kind === 'session' ? p.session.userId : undefined,
    notice: noticeFrom(c),
    ...view,
  });
  return c.html(page.value, status);
}

function problemStatus(e: unknown): 400 | 404 | 409 {
  return e instanceof GrondslagError
    ? e.kind === 'not_found'
      ? 404
      : e.kind === 'conflict'
        ? 409
        : 400
    : 400;
}

/** Runs a change and redirects with a notice, or shows the page again with the problem. */
async function change(c: Context<AppEnv>, notice: keyof typeof notices, run: () => Promise<unknown>) {
  try {
    await run();
  } catch (e) {
    if (e instanceof GrondslagError && e.kind === 'not_found') throw e;
    const problem: FormProblem = formProblem(e);
    return render(c, problemStatus(e), { problem });
  }
  return c.redirect(`/admin/users?notice=${notice}`, 303);
}

/** People and API tokens; DPO only. */
export function userAdminRoutes(app: Hono<AppEnv>): void {
  const dpo = requireRole(dpoOnly);

  app.get('/admin/users', dpo, (c) => render(c, 200));

  app.post('/admin/users', dpo, async (c) => {
    const form = await formFields(c);
    try {
      const { user, generatedPassword } = await createUser(
        c.var.deps.db,
        { email: form.email ?? '', role: roleFrom(form) },
        action(c),
      );
      return render(c, 201, {
        created: { what: `One-time password for ${user.email}`, secret: generatedPassword ?? '' },
      });
    } catch (e) {
      return render(c, problemStatus(e), {
        problem: formProblem(e),
        draft: { email: form.email, role: form.role },
      });
    }
  });

  app.post('/admin/users/:id/role', dpo, async (c) => {
    const form = await formFields(c);
    return change(c, 'role-changed', () =>
      changeRole(c.var.deps.db, c.req.param('id'), roleFrom(form), action(c)),
    );
  });

  app.post('/admin/users/:id/disable', dpo, (c) =>
    change(c, 'user-disabled', () => setUserDisabled(c.var.deps.db, c.req.param('id'), true, action(c))),
  );

  app.post('/admin/users/:id/enable', dpo, (c) =>
    change(c, 'user-enabled', () => setUserDisabled(c.var.deps.db, c.req.param('id'), false, action(c))),
  );

  app.post('/admin/users/:id/password-reset', dpo, async (c) => {
    const db = c.var.deps.db;
    const password = await resetPassword(db, c.req.param('id'), action(c));
    const user = await getUser(db, c.req.param('id'));
    return render(c, 200, { created: { what: `New one-time password for ${user.email}`, secret: password } });
  });

  app.post('/admin/tokens', dpo, async (c) => {
    const form = await formFields(c);
    try {
      const { token, secret } = await createApiToken(
        c.var.deps.db,
        { name: form.name ?? '', role: roleFrom(form) },
        action(c),
      );
      return render(c, 201, { created: { what: `API token “${token.name}” (${token.role})`, secret } });
    } catch (e) {
      return render(c, problemStatus(e), { problem: formProblem(e) });
    }
  });

  app.post('/admin/tokens/:id/revoke', dpo, (c) =>
    change(c, 'token-revoked', () => revokeApiToken(c.var.deps.db, c.req.param('id'), action(c))),
  );
}
