import { z } from 'zod';
import { anyRole, workers } from '../../access/roles.js';
import { deadlineState } from '../../dsr/deadline.js';
import { detailsSchema, parseDetails, requestTypeSchema } from '../../dsr/details-schema.js';
import { executionReport } from '../../dsr/execution-report.js';
import { exportExecution } from '../../dsr/export.js';
import { identityInput, parseIdentity } from '../../dsr/identity.js';
import { submitRequest } from '../../dsr/intake.js';
import { listEvents, listRequests, loadRequest } from '../../dsr/store.js';
import { requestSummary } from '../../dsr/summary.js';
import { sendVerificationCode } from '../../dsr/verification.js';
import { actorOf, dsrDepsOf } from '../dsr-deps.js';
import { type AnyApiRoute, apiRoute, type FileResponse } from './route.js';

/**
 * Data-subject requests over the API, for operators and automation (a CRM that files requests it
 * receives by phone). Responses carry status and dates, never the person's identifiers.
 */

export const summaryJson = z.object({
  id: z.string(),
  reference: z.string(),
  type: requestTypeSchema,
  status: z.string(),
  channel: z.string(),
  language: z.string(),
  receivedAt: z.iso.datetime(),
  dueAt: z.iso.datetime(),
  extended: z.boolean(),
  deadline: z.enum(['overdue', 'near', 'ok', 'closed']),
  daysLeft: z.number().int(),
  duplicates: z.number().int(),
  verification: z.object({ method: z.string(), verifiedAt: z.iso.datetime() }).optional(),
  closedAt: z.iso.datetime().optional(),
});

const countsJson = z.object({
  found: z.number().int(),
  erased: z.number().int(),
  anonymised: z.number().int(),
  kept: z.number().int(),
  updated: z.number().int(),
});

const executionReportJson = z.object({
  request: z.object({
    id: z.string(),
    reference: z.string(),
    type: requestTypeSchema,
    status: z.string(),
    language: z.string(),
    receivedAt: z.iso.datetime(),
    dueAt: z.iso.datetime(),
    overdue: z.boolean(),
  }),
  execution: z
    .object({
      kind: z.string(),
      status: z.string(),
      startedAt: z.iso.datetime(),
      finishedAt: z.iso.datetime().nullable(),
      attempts: z.number().int(),
      lastError: z.string().nullable(),
      warnings: z.array(z.string()),
      collections: z.array(
        countsJson.extend({
          system: z.string(),
          collection: z.string(),
          status: z.enum(['pending', 'found', 'acting', 'done']),
          action: z.string(),
          keptFor: z.array(z.object({ reason: z.string(), article: z.string(), rows: z.number().int() })),
          fields: z.array(
            z.object({ field: z.string(), treatment: z.string(), operator: z.string().optional() }),
          ),
        }),
      ),
      totals: countsJson,
      outcome: z.record(z.string(), z.unknown()).nullable(),
    })
    .nullable(),
});

const submitBody = identityInput.extend({
  type: requestTypeSchema,
  details: detailsSchema.optional(),
  text: z.string().max(20_000).optional(),
  language: z.enum(['nl', 'en']).default('nl'),
  /** Mail the person a verification code now (default true; needs mail.smtp). */
  sendCode: z.boolean().default(true),
});

export const dsrApiRoutes: AnyApiRoute[] = [
  apiRoute({
    method: 'post',
    path: '/api/dsr',
    operationId: 'submitRequest',
    summary: 'File a data-subject request; an open request of the same person and type absorbs it (grouped)',
    tag: 'requests',
    access: workers,
    body: submitBody,
    status: 201,
    response: z.object({ request: summaryJson, grouped: z.boolean(), codeSent: z.boolean() }),
    async handle(c, { body }) {
      const deps = dsrDepsOf(c);
      const details = parseDetails(body.type, body.details);
      const identity = parseIdentity({
        email: body.email,
        ...(body.phone ? { phone: body.phone } : {}),
        ...(body.customerNumber ? { customerNumber: body.customerNumber } : {}),
      });
      const r = await submitRequest(deps, {
        details,
        identity,
        channel: 'api',
        language: body.language,
        ...(body.text ? { text: body.text } : {}),
        actor: actorOf(c),
      });
      let request = r.request;
      let codeSent = false;
      if (body.sendCode && !r.grouped && deps.mailer) {
        request = (await sendVerificationCode(deps, request.id)).request;
        codeSent = true;
      }
      return { request: requestSummary(request, deps.clock()), grouped: r.grouped, codeSent };
    },
  }),

  apiRoute({
    method: 'get',
    path: '/api/dsr',
    operationId: 'listRequests',
    summary: 'Requests by due date; `due=true` keeps open ones overdue or due within 7 days',
    tag: 'requests',
    access: anyRole,
    query: z.object({
      due: z.enum(['true', 'false']).default('false'),
      all: z.enum(['true', 'false']).default('false'),
    }),
    response: z.object({ requests: z.array(summaryJson) }),
    async handle(c, { query }) {
      const deps = dsrDepsOf(c);
      const now = deps.clock();
      const due = query.due === 'true';
      const rows = await listRequests(deps.db, deps.sealer, {
        open: due || query.all !== 'true',
        limit: 10_000,
      });
      const shown = due ? rows.filter((r) => ['overdue', 'near'].includes(deadlineState(r, now).flag)) : rows;
      return { requests: shown.map((r) => requestSummary(r, now)) };
    },
  }),

  apiRoute({
    method: 'get',
    path: '/api/dsr/:id',
    operationId: 'getRequest',
    summary: 'One request (by id or reference) with its events',
    tag: 'requests',
    access: anyRole,
    params: z.object({ id: z.string().min(1).max(64) }),
    response: z.object({
      request: summaryJson,
      events: z.array(
        z.object({
          kind: z.string(),
          at: z.iso.datetime(),
          actor: z.string(),
          data: z.record(z.string(), z.unknown()),
        }),
      ),
    }),
    async handle(c, { params }) {
      const deps = dsrDepsOf(c);
      const r = await loadRequest(deps.db, deps.sealer, params.id);
      const events = await listEvents(deps.db, r.id);
      return {
        request: requestSummary(r, deps.clock()),
        events: events.map((e) => ({
          kind: e.kind,
          at: e.at.toISOString(),
          actor: e.actor,
          data: e.data ?? {},
        })),
      };
    },
  }),

  apiRoute({
    method: 'get',
    path: '/api/dsr/:id/execution',
    operationId: 'getRequestExecution',
    summary:
      'Where the execution stands: per system/collection the rows found, erased, anonymised, kept (reason, article) and updated — counts and field names, never a value (`grondslag dsr show --json`)',
    tag: 'requests',
    access: anyRole,
    params: z.object({ id: z.string().min(1).max(64) }),
    response: executionReportJson,
    async handle(c, { params }) {
      const deps = dsrDepsOf(c);
      return executionReport(deps.db, deps.sealer, params.id, deps.clock());
    },
  }),

  apiRoute({
    method: 'get',
    path: '/api/dsr/:id/export',
    operationId: 'exportRequest',
    summary:
      'What execution produced, as a ZIP: the person’s package (access, portability) or the outcome and erasure certificate. The package is the person’s data: every export is an audit entry (`dsr.exported`) under the caller',
    tag: 'requests',
    access: workers,
    params: z.object({ id: z.string().min(1).max(64) }),
    response: z.custom<FileResponse>(),
    file: { mediaType: 'application/zip' },
    async handle(c, { params }): Promise<FileResponse> {
      const deps = dsrDepsOf(c);
      const out = await exportExecution(deps.db, deps.sealer, c.var.deps.policy.policy, params.id, {
        actor: actorOf(c),
        now: deps.clock,
      });
      return { body: out.zip, fileName: out.fileName };
    },
  }),
];
