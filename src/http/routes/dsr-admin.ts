import type { Context, Hono } from 'hono';
import { listApiTokens } from '../../access/api-tokens.js';
import { anyRole, dpoOnly, workers } from '../../access/roles.js';
import { listUsers } from '../../access/users.js';
import { AUDIT_COLUMNS, toAuditRecord } from '../../audit/records.js';
import {
  approveRequest,
  decideObjectionRequest,
  denyRequest,
  extendRequest,
  markVerified,
  sendAnswer,
  setRequestType,
  withdrawRequest,
} from '../../dsr/actions.js';
import { parseDetails, parseRequestType } from '../../dsr/details-schema.js';
import { loadIdCopy, recordDoubtAndRequestIdCopy, verifyWithIdCopy } from '../../dsr/id-copy.js';
import { listPackageLinks } from '../../dsr/package-link.js';
import { type DenialGround, denialGrounds } from '../../dsr/request.js';
import { listEvents, listMessages, listRequests, loadIdentity, loadRequest } from '../../dsr/store.js';
import { sendVerificationCode } from '../../dsr/verification.js';
import { GrondslagError } from '../../errors.js';
import { adminContext } from '../admin-context.js';
import { actorOf, dsrDepsOf } from '../dsr-deps.js';
import type { AppEnv } from '../env.js';
import { type FormProblem, formFields, formProblem } from '../form.js';
import { requireRole } from '../middleware/require-role.js';
import { renderExecutionPanel } from '../views/dsr-execution-panel.js';
import { detailPage, queuePage } from '../views/dsr-pages.js';

/**
 * The request queue and request detail in the console, with the operator's actions. Every action is
 * a domain function in src/dsr/ that records its event and audit entry in the same transaction.
 */

const notices = {
  'code-sent': 'A verification code was sent.',
  verified: 'The request is verified.',
  doubt: 'The doubt is recorded and the person was asked for a masked ID copy.',
  'id-verified': 'Verified with the ID copy; the copy has been deleted.',
  'type-set': 'The type is set.',
  approved: 'Approved: execution may start.',
  decided: 'The decision on the objection is recorded.',
  denied: 'The request is refused; the letter was sent.',
  extended: 'The extension notice was sent and the due date moved.',
  answered: 'The answer was sent; the request is completed.',
  withdrawn: 'The withdrawal is recorded.',
} as const;
type NoticeKey = keyof typeof notices;

async function actorNames(c: Context<AppEnv>): Promise<Map<string, string>> {
  const db = c.var.deps.db;
  const [users, tokens] = await Promise.all([listUsers(db), listApiTokens(db)]);
  return new Map<string, string>([
    ...users.map((u): [string, string] => [`user:${u.id}`, u.email]),
    ...tokens.map((t): [string, string] => [`token:${t.id}`, `token “${t.name}”`]),
  ]);
}

async function renderDetail(c: Context<AppEnv>, id: string, status: 200 | 400 | 409, problem?: FormProblem) {
  const deps = dsrDepsOf(c);
  const db = deps.db;
  const request = await loadRequest(db, deps.sealer, id);
  const [identity, messages, events, links, idCopyRow, auditRows, names] = await Promise.all([
    loadIdentity(db, deps.sealer, request.id),
    listMessages(db, deps.sealer, request.id),
    listEvents(db, request.id),
    listPackageLinks(db, request.id),
    db.query<{ media_type: string; byte_length: number; received_at: Date }>(
      'select media_type, byte_length, received_at from grondslag.dsr_id_copy where request_id = $1',
      [request.id],
    ),
    db.query<Parameters<typeof toAuditRecord>[0]>(
      `select ${AUDIT_COLUMNS} from grondslag.audit_log where subject_type = 'dsr_request' and subject_id = $1 order by seq`,
      [request.id],
    ),
    actorNames(c),
  ]);
  const role = c.var.principal?.role;
  const panel = await renderExecutionPanel({
    db,
    sealer: deps.sealer,
    config: c.var.deps.config,
    request,
    canExport: role !== undefined && workers.includes(role),
  });
  const key = c.req.query('notice');
  const idCopy = idCopyRow.rows[0];
  const page = detailPage(await adminContext(c), {
    request,
    identity,
    messages,
    events,
    audit: auditRows.rows.map(toAuditRecord),
    packageLinks: links,
    ...(idCopy
      ? {
          idCopy: {
            mediaType: idCopy.media_type,
            byteLength: idCopy.byte_length,
            receivedAt: idCopy.received_at,
          },
        }
      : {}),
    ...(panel ? { executionPanel: panel } : {}),
    sender: deps.sender,
    now: deps.clock(),
    mailConfigured: deps.mailer !== undefined,
    ...(key && key in notices ? { notice: notices[key as NoticeKey] } : {}),
    ...(problem ? { problem } : {}),
    actorNames: names,
  });
  return c.html(page.value, status);
}

/** Runs an action; on a domain problem shows the page again with it, else redirects with a notice. */
async function act(
  c: Context<AppEnv>,
  notice: NoticeKey,
  run: (id: string, form: Record<string, string>) => Promise<unknown>,
) {
  const id = c.req.param('id') ?? '';
  const form = await formFields(c);
  try {
    await run(id, form);
  } catch (e) {
    if (e instanceof GrondslagError && e.kind === 'not_found') throw e;
    const problem = formProblem(e);
    return renderDetail(c, id, e instanceof GrondslagError && e.kind === 'conflict' ? 409 : 400, problem);
  }
  return c.redirect(`/admin/requests/${encodeURIComponent(id)}?notice=${notice}`, 303);
}

function deniedGround(value: string | undefined): DenialGround {
  if (value && (denialGrounds as readonly string[]).includes(value)) return value as DenialGround;
  throw new GrondslagError('DSR_GROUND_INVALID', 'choose a ground for the refusal', {
    details: [{ path: 'ground', message: denialGrounds.join(', ') }],
  });
}

export function dsrAdminRoutes(app: Hono<AppEnv>): void {
  const work = requireRole(workers);

  app.get('/admin/requests', requireRole(anyRole), async (c) => {
    const deps = dsrDepsOf(c);
    const showAll = c.req.query('all') === '1';
    const requests = await listRequests(deps.db, deps.sealer, { open: !showAll, limit: 1000 });
    return c.html(queuePage(await adminContext(c), { requests, now: deps.clock(), showAll }).value);
  });

  app.get('/admin/requests/:id', requireRole(anyRole), (c) => renderDetail(c, c.req.param('id'), 200));

  // The masked copy, for the operator who decides on it. Never cached; gone once identity is settled.
  app.get('/admin/requests/:id/id-copy', work, async (c) => {
    const deps = dsrDepsOf(c);
    const request = await loadRequest(deps.db, deps.sealer, c.req.param('id'));
    const copy = await loadIdCopy(deps.db, deps, request.id);
    if (!copy)
      throw new GrondslagError('DSR_NO_ID_COPY', 'no ID copy is stored for this request', {
        kind: 'not_found',
      });
    c.header('Content-Type', copy.mediaType);
    c.header('Content-Disposition', 'inline');
    return c.body(new Uint8Array(copy.bytes));
  });

  app.post('/admin/requests/:id/send-code', work, (c) =>
    act(c, 'code-sent', (id) => sendVerificationCode(dsrDepsOf(c), id)),
  );

  app.post('/admin/requests/:id/verify', work, (c) =>
    act(c, 'verified', (id, f) => {
      const note = f.note?.trim();
      if (!note) {
        throw new GrondslagError('DSR_REASONS_REQUIRED', 'say how identity was established', {
          details: [{ path: 'note', message: 'required' }],
        });
      }
      return markVerified(dsrDepsOf(c), id, { by: actorOf(c), note });
    }),
  );

  app.post('/admin/requests/:id/doubt', work, (c) =>
    act(c, 'doubt', (id, f) =>
      recordDoubtAndRequestIdCopy(dsrDepsOf(c), id, { by: actorOf(c), reason: f.reason ?? '' }),
    ),
  );

  app.post('/admin/requests/:id/verify-id-copy', work, (c) =>
    act(c, 'id-verified', (id, f) =>
      verifyWithIdCopy(dsrDepsOf(c), id, {
        by: actorOf(c),
        ...(f.note?.trim() ? { note: f.note.trim() } : {}),
      }),
    ),
  );

  app.post('/admin/requests/:id/type', work, (c) =>
    act(c, 'type-set', (id, f) => {
      const type = parseRequestType(f.type);
      const details =
        type === 'objection'
          ? parseDetails(type, {
              type,
              ground: f.ground === 'legitimate_interest' ? 'legitimate_interest' : 'direct_marketing',
              purposes: [],
            })
          : parseDetails(type);
      return setRequestType(dsrDepsOf(c), id, { by: actorOf(c), details });
    }),
  );

  app.post('/admin/requests/:id/approve', work, (c) =>
    act(c, 'approved', (id) => approveRequest(dsrDepsOf(c), id, { by: actorOf(c) })),
  );

  // The weighing under Art. 21(1) is the DPO's.
  app.post('/admin/requests/:id/objection', requireRole(dpoOnly), (c) =>
    act(c, 'decided', (id, f) =>
      decideObjectionRequest(dsrDepsOf(c), id, {
        by: actorOf(c),
        outcome: f.outcome === 'rejected' ? 'rejected' : 'upheld',
        reasons: f.reasons ?? '',
      }),
    ),
  );

  app.post('/admin/requests/:id/deny', work, (c) =>
    act(c, 'denied', (id, f) =>
      denyRequest(dsrDepsOf(c), id, {
        by: actorOf(c),
        ground: deniedGround(f.ground),
        reasons: f.reasons ?? '',
      }),
    ),
  );

  app.post('/admin/requests/:id/extend', work, (c) =>
    act(c, 'extended', (id, f) =>
      extendRequest(dsrDepsOf(c), id, {
        by: actorOf(c),
        reasons: f.reasons ?? '',
        months: f.months === '1' ? 1 : 2,
      }),
    ),
  );

  app.post('/admin/requests/:id/answer', work, (c) =>
    act(c, 'answered', (id, f) => {
      if (!f.message?.trim()) {
        throw new GrondslagError('DSR_REASONS_REQUIRED', 'write the answer', {
          details: [{ path: 'message', message: 'required' }],
        });
      }
      return sendAnswer(dsrDepsOf(c), id, { by: actorOf(c), message: f.message });
    }),
  );

  app.post('/admin/requests/:id/withdraw', work, (c) =>
    act(c, 'withdrawn', (id) => withdrawRequest(dsrDepsOf(c), id, { by: actorOf(c) })),
  );
}
