import type { Context, Hono } from 'hono';
import { anyRole, dpoOnly } from '../../access/roles.js';
import { AUDIT_COLUMNS, toAuditRecord } from '../../audit/records.js';
import { sealerFor } from '../../crypto/master-key.js';
import type { IdentityKind } from '../../datamap/schema.js';
import { GrondslagError } from '../../errors.js';
import { bindRetention } from '../../retention/bind.js';
import { retentionDeps, retentionInputs } from '../../retention/deps.js';
import { addHold, type LegalHoldInput, listHolds, releaseHold } from '../../retention/holds.js';
import { planRetention, type RetentionPlan } from '../../retention/plan.js';
import { getRun, listRuns, runBatches } from '../../retention/runs.js';
import { adminContext } from '../admin-context.js';
import type { AppEnv } from '../env.js';
import { type FormProblem, formFields, formProblem } from '../form.js';
import { requireRole } from '../middleware/require-role.js';
import { type RetentionView, retentionPage, retentionRunPage } from '../views/retention-page.js';

/** Notices after a redirect; fixed texts only, so the query string cannot put words on the page. */
const notices = {
  'hold-added': 'The legal hold is in force: the sweep keeps its data from now on.',
  'hold-released': 'The legal hold is released: its data is due again at the next sweep.',
} as const;

const RUNS_SHOWN = 20;

function planDate(c: Context<AppEnv>): Date {
  const asked = c.req.query('at');
  if (asked && /^\d{4}-\d{2}-\d{2}$/.test(asked)) {
    const d = new Date(`${asked}T00:00:00Z`);
    if (!Number.isNaN(d.getTime())) return d;
  }
  return c.var.deps.clock();
}

async function render(
  c: Context<AppEnv>,
  status: 200 | 201 | 400 | 404 | 409,
  extra: Partial<RetentionView> = {},
) {
  const { db, config, policy } = c.var.deps;
  const at = planDate(c);
  let plan: RetentionPlan | undefined;
  let planProblem: string | undefined;
  let holdable: string[] = [];
  try {
    const inputs = await retentionInputs(config);
    holdable = bindRetention(inputs.policy, inputs.datamap)
      .sweepOrder.filter((b) => b.holdable)
      .map((b) => b.key);
    const deps = retentionDeps({ db, config, policy: policy.policy, datamap: inputs.datamap });
    try {
      plan = await planRetention(deps, { at });
    } finally {
      await deps.systems.close();
    }
  } catch (e) {
    if (!(e instanceof GrondslagError)) throw e;
    planProblem = e.message;
  }
  const key = c.req.query('notice');
  const view: RetentionView = {
    at,
    plan,
    planProblem,
    holds: await listHolds(db, { includeReleased: true }),
    runs: await listRuns(db, RUNS_SHOWN),
    holdable,
    canManageHolds: c.var.principal?.role === 'dpo',
    notice: key && key in notices ? notices[key as keyof typeof notices] : undefined,
    ...extra,
  };
  return c.html(retentionPage(await adminContext(c), view).value, status);
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

/** A date field of the form as an instant at midnight UTC, or undefined when empty. */
function dateField(form: Record<string, string>, name: string): Date | undefined {
  const v = form[name]?.trim();
  if (!v) return undefined;
  const d = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : new Date(Number.NaN);
  if (Number.isNaN(d.getTime())) {
    throw new GrondslagError('HOLD_INVALID', `${name} is not a date`, {
      details: [{ path: 'window', message: 'a date as YYYY-MM-DD' }],
    });
  }
  return d;
}

function holdInput(form: Record<string, string>): LegalHoldInput {
  const input: LegalHoldInput = {
    reference: form.reference ?? '',
    authority: form.authority ?? '',
    issuedOn: (form.issuedOn ?? '').trim(),
  };
  if (form.expiresOn?.trim()) input.expiresOn = form.expiresOn.trim();
  if (form.collection?.trim()) input.collection = form.collection.trim();
  if (form.identityKind?.trim()) {
    input.identity = { kind: form.identityKind.trim() as IdentityKind, value: form.identityValue ?? '' };
  } else if (form.identityValue?.trim()) {
    throw new GrondslagError('HOLD_INVALID', 'say what kind of identifier it is', {
      details: [{ path: 'identity', message: 'choose how the person is identified' }],
    });
  }
  const from = dateField(form, 'from');
  const to = dateField(form, 'to');
  if (from || to) input.window = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  return input;
}

/** The Retention page, a sweep's evidence, and placing and releasing legal holds (DPO). */
export function retentionRoutes(app: Hono<AppEnv>): void {
  app.get('/admin/retention', requireRole(anyRole), (c) => render(c, 200));

  app.get('/admin/retention/runs/:id', requireRole(anyRole), async (c) => {
    const db = c.var.deps.db;
    const run = await getRun(db, c.req.param('id'));
    if (!run)
      throw new GrondslagError('RETENTION_RUN_NOT_FOUND', 'no such retention run', { kind: 'not_found' });
    const { rows } = await db.query<Parameters<typeof toAuditRecord>[0]>(
      `select ${AUDIT_COLUMNS} from grondslag.audit_log where subject_type = 'retention_run' and subject_id = $1 order by seq`,
      [run.id],
    );
    const page = retentionRunPage(await adminContext(c), {
      run,
      batches: await runBatches(db, run.id),
      audit: rows.map(toAuditRecord),
    });
    return c.html(page.value);
  });

  app.post('/admin/retention/holds', requireRole(dpoOnly), async (c) => {
    const form = await formFields(c);
    const { db, config, clock } = c.var.deps;
    const actor = { actor: c.var.principal?.actor ?? 'anonymous', now: clock() };
    try {
      const inputs = await retentionInputs(config);
      const bindings = bindRetention(inputs.policy, inputs.datamap);
      await addHold(db, sealerFor(config), bindings, inputs.datamap, holdInput(form), actor);
    } catch (e) {
      const problem: FormProblem = formProblem(e);
      // The identifier itself is never sent back into the form.
      const { identityValue: _dropped, _csrf, ...draft } = form;
      return render(c, problemStatus(e), { problem, draft });
    }
    return c.redirect('/admin/retention?notice=hold-added#holds', 303);
  });

  app.post('/admin/retention/holds/:id/release', requireRole(dpoOnly), async (c) => {
    const form = await formFields(c);
    const { db, clock } = c.var.deps;
    try {
      await releaseHold(db, c.req.param('id'), form.reason ?? '', {
        actor: c.var.principal?.actor ?? 'anonymous',
        now: clock(),
      });
    } catch (e) {
      if (e instanceof GrondslagError && e.kind === 'not_found') throw e;
      return render(c, problemStatus(e), { problem: formProblem(e) });
    }
    return c.redirect('/admin/retention?notice=hold-released#holds', 303);
  });
}
