import type { Hono } from 'hono';
import { anyRole } from '../../access/roles.js';
import { getCookieAudit, listCookieAudits } from '../../cookies/store.js';
import { GrondslagError } from '../../errors.js';
import { adminContext } from '../admin-context.js';
import type { AppEnv } from '../env.js';
import { requireRole } from '../middleware/require-role.js';
import { cookieAuditsPage, cookieRunPage } from '../views/cookies.js';

const RUNS_SHOWN = 50;

/**
 * The console's Cookies pages: the history of scheduled cookie audits (job `cookies.audit`) with
 * what changed from run to run, and one run's full evidence. Read-only; the reports hold no
 * personal data, so every role may read them.
 */
export function cookieAdminRoutes(app: Hono<AppEnv>): void {
  app.get('/admin/cookies', requireRole(anyRole), async (c) => {
    const deps = c.var.deps;
    const runs = await listCookieAudits(deps.db, { limit: RUNS_SHOWN });
    const page = cookieAuditsPage(await adminContext(c), {
      runs,
      configuredUrls: deps.config.cookies?.auditUrls ?? [],
      limit: RUNS_SHOWN,
    });
    return c.html(page.value);
  });

  app.get('/admin/cookies/:id', requireRole(anyRole), async (c) => {
    const run = await getCookieAudit(c.var.deps.db, c.req.param('id'));
    if (!run)
      throw new GrondslagError('COOKIE_AUDIT_NOT_FOUND', 'no such cookie audit run', { kind: 'not_found' });
    return c.html(cookieRunPage(await adminContext(c), run).value);
  });
}
