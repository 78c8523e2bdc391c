import { z } from 'zod';
import { anyRole, workers } from '../../access/roles.js';
import { checkRestrictions, RESTRICTION_CHECK_CHUNK } from '../../dsr/restriction.js';
import {
  liftRestrictionEntry,
  listRestrictionEntries,
  restrictionEntryJson,
} from '../../dsr/restriction-entries.js';
import { actorOf, dsrDepsOf } from '../dsr-deps.js';
import { type AnyApiRoute, apiRoute } from './route.js';

/**
 * The restriction/suppression list for the organisation's own systems: before a newsletter goes
 * out or a profile is used, they ask whether the people concerned objected, withdrew consent or
 * had processing restricted (Art. 18, 21, 7(3)). The answer carries scope, purposes and article,
 * never who else is listed; a check changes nothing and is not audited (it is a read, asked often).
 */

const person = z
  .strictObject({
    email: z.string().max(320).optional(),
    phone: z.string().max(64).optional(),
    customerNumber: z.string().max(64).optional(),
  })
  .refine((p) => Boolean(p.email?.trim() || p.phone?.trim() || p.customerNumber?.trim()), {
    message: 'give at least one of email, phone, customerNumber',
  });

const scopeJson = z.enum(['processing', 'direct_marketing', 'consent']);

const entryJson = z.object({
  id: z.number().int(),
  scope: scopeJson,
  purposes: z.array(z.string()),
  reason: z.string(),
  article: z.string(),
  since: z.iso.datetime(),
  liftedAt: z.iso.datetime().nullable(),
  liftReason: z.string().nullable(),
  request: z.string().nullable(),
  identifiers: z.number().int(),
  rows: z.number().int(),
});

export const restrictionApiRoutes: AnyApiRoute[] = [
  apiRoute({
    method: 'get',
    path: '/api/restrictions',
    operationId: 'listRestrictions',
    summary:
      'The entries of the restriction/suppression list, newest first (`all=true` adds lifted ones): scope, purposes, article, request, and how many identifiers and rows each lists — never an identifier',
    tag: 'requests',
    access: anyRole,
    query: z.object({ all: z.enum(['true', 'false']).default('false') }),
    response: z.object({ entries: z.array(entryJson) }),
    async handle(c, { query }) {
      const entries = await listRestrictionEntries(dsrDepsOf(c).db, { all: query.all === 'true' });
      return { entries: entries.map(restrictionEntryJson) };
    },
  }),

  apiRoute({
    method: 'post',
    path: '/api/restrictions/:id/lift',
    operationId: 'liftRestriction',
    summary:
      'Lift an entry; when it came from a request the person is mailed the Art. 18(3) notice with the reasons first (a refused mail lifts nothing). Audited',
    tag: 'requests',
    access: workers,
    params: z.object({ id: z.coerce.number().int().positive() }),
    body: z.strictObject({ reasons: z.string().trim().min(1, 'give the reasons').max(5_000) }),
    response: z.object({ entry: entryJson, notified: z.boolean() }),
    async handle(c, { params, body }) {
      const lifted = await liftRestrictionEntry(dsrDepsOf(c), params.id, {
        by: actorOf(c),
        reasons: body.reasons,
      });
      return { entry: restrictionEntryJson(lifted), notified: lifted.notified };
    },
  }),

  apiRoute({
    method: 'post',
    path: '/api/restrictions/check',
    operationId: 'checkRestrictions',
    summary:
      'Whether each person is on the restriction/suppression list (for a scope, or a policy purpose): the answers in the order asked, up to 1,000 people per call',
    tag: 'requests',
    // A POST, so refused to auditors like every other (the route guard holds every POST to that).
    access: workers,
    body: z.strictObject({
      people: z.array(person).min(1).max(RESTRICTION_CHECK_CHUNK),
      scope: scopeJson.optional(),
      purpose: z
        .string()
        .regex(/^[a-z][a-z0-9_-]*$/, 'a policy purpose id')
        .optional(),
    }),
    response: z.object({
      results: z.array(
        z.object({
          restricted: z.boolean(),
          entries: z.array(
            z.object({
              scope: scopeJson,
              purposes: z.array(z.string()),
              article: z.string(),
              since: z.iso.datetime(),
            }),
          ),
        }),
      ),
    }),
    async handle(c, { body }) {
      const deps = dsrDepsOf(c);
      const statuses = await checkRestrictions(deps.db, deps.sealer, body.people, {
        ...(body.scope ? { scope: body.scope } : {}),
        ...(body.purpose ? { purpose: body.purpose } : {}),
      });
      return {
        results: statuses.map((s) => ({
          restricted: s.restricted,
          entries: s.entries.map((e) => ({
            scope: e.scope,
            purposes: e.purposes,
            article: e.article,
            since: e.since.toISOString(),
          })),
        })),
      };
    },
  }),
];
