import type { Context, Hono } from 'hono';
import { anyRole, workers } from '../../access/roles.js';
import { liftRestrictionEntry, listRestrictionEntries } from '../../dsr/restriction-entries.js';
import { GrondslagError } from '../../errors.js';
import { adminContext } from '../admin-context.js';
import { actorOf, dsrDepsOf } from '../dsr-deps.js';
import type { AppEnv } from '../env.js';
import { type FormProblem, formFields, formProblem } from '../form.js';
import { requireRole } from '../middleware/require-role.js';
import { restrictionsPage } from '../views/restrictions-page.js';

/** Fixed notice texts after a redirect, so the query string cannot put words on the page. */
const notices = {
  lifted: 'The entry is lifted; where it came from a request, the person was mailed the notice first.',
} as const;

async function render(c: Context<AppEnv>, status: 200 | 400 | 409, problem?: FormProblem) {
  const all = c.req.query('all') === 'true';
  const role = c.var.principal?.role;
  const key = c.req.query('notice');
  const page = restrictionsPage(await adminContext(c), {
    entries: await listRestrictionEntries(c.var.deps.db, { all }),
    all,
    canLift: role !== undefined && workers.includes(role),
    ...(key && key in notices ? { notice: notices[key as keyof typeof notices] } : {}),
    ...(problem ? { problem } : {}),
  });
  return c.html(page.value, status);
}

/** The restriction list page, and lifting an entry (operators and the DPO). */
export function restrictionRoutes(app: Hono<AppEnv>): void {
  app.get('/admin/restrictions', requireRole(anyRole), (c) => render(c, 200));

  app.post('/admin/restrictions/:id/lift', requireRole(workers), async (c) => {
    const form = await formFields(c);
    const id = Number(c.req.param('id'));
    if (!Number.isSafeInteger(id) || id <= 0) {
      throw new GrondslagError('DSR_RESTRICTION_NOT_FOUND', 'no such restriction entry', {
        kind: 'not_found',
      });
    }
    try {
      await liftRestrictionEntry(dsrDepsOf(c), id, { by: actorOf(c), reasons: form.reasons ?? '' });
    } catch (e) {
      if (e instanceof GrondslagError && e.kind === 'not_found') throw e;
      return render(c, e instanceof GrondslagError && e.kind === 'conflict' ? 409 : 400, formProblem(e));
    }
    return c.redirect('/admin/restrictions?notice=lifted', 303);
  });
}
